import type { LetterKind } from '../../shared/domain/letters';

/** Kinds filled into a website's form field by field rather than sent as a letter. */
export const isWebFormKind = (kind: LetterKind): boolean => kind === 'blackcat' || kind === 'blackcat-followup' || kind === '12315';

/** Kinds sent by e-mail: they get 复制主题, 复制正文 and the .eml export. */
export const isEmailKind = (kind: LetterKind): boolean => kind === 'cs-email' || kind === 'management-escalation';
