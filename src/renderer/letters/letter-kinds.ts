import type { LetterKind } from '../../shared/domain/letters';

/** Kinds sent by e-mail: they get 复制主题, 复制正文 and the .eml export. */
export const isEmailKind = (kind: LetterKind): boolean => kind === 'cs-email' || kind === 'management-escalation';
