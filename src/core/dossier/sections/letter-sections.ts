import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import type { LetterDocument } from '../../../shared/domain/letter-document';
import { dossierText } from '../../../shared/messages/dossier';
import { timelineChannelLabels } from '../../../shared/messages/timeline';
import { chineseDate } from '../../letters/letter-format';
import { letterDefinition } from '../../letters/render-pdf';
import type { SentLetter } from '../dossier-sources';

/**
 * A document as its PDF shows it (title, sections, addressee, signature), through the letters' own
 * renderer, set in the dossier's court font.
 */
export function documentContent(document: LetterDocument): Content[] {
  const { content, defaultStyle } = letterDefinition(document);
  return [{ stack: content as Content[], fontSize: defaultStyle?.fontSize ?? 12, lineHeight: defaultStyle?.lineHeight ?? 1.5 }];
}

/** The letters' named styles (title, heading), which their content refers to. */
export const documentStyles = (document: LetterDocument): StyleDictionary => letterDefinition(document).styles ?? {};

/** A sent letter under a line saying when, how and which version went out. */
export function sentLetterContent(letter: SentLetter): Content[] {
  const { sent, title } = letter.record;
  return [
    { text: dossierText.letters.sent(title, sent.version, chineseDate(sent.at), timelineChannelLabels[sent.channel]), fontSize: 9.5, color: '#555555', margin: [0, 0, 0, 14] },
    ...documentContent(letter.document),
  ];
}
