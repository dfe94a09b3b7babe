import type { Content } from 'pdfmake/interfaces';
import { dossierText } from '../../../shared/messages/dossier';
import { chineseDate, chineseDateTime } from '../../letters/letter-format';
import { contacts, type LetterContext } from '../../letters/letter-context';
import { claimModel } from '../../../shared/claims/claim-model';
import { purchaseParagraph } from '../../letters/narrative/case-facts';
import { eventSentence } from '../../letters/narrative/event-sentence';
import { dossierVoice } from './court-voice';

const t = dossierText.chronology;

/** The time has its own column: a sentence that opens with it does not repeat it. */
function withoutTime(sentence: string, at: string): string {
  const time = chineseDateTime(at);
  return sentence.startsWith(time) ? sentence.slice(time.length).replace(/^[，,\s]+/, '') : sentence;
}

/** `2024年5月20日` over `14时32分`, so the column stays narrow. */
const twoLineTime = (at: string) => {
  const time = chineseDateTime(at);
  const day = chineseDate(at);
  return `${day}\n${time.slice(day.length)}`;
};

/**
 * 大事记: the purchase and every contact in time order, each narrated as the letters narrate it, with
 * the deadline a promise set and the exhibits that prove it.
 */
export function chronologyContent(context: LetterContext): Content[] {
  const exhibits = new Map(context.evidence.map((item) => [item.id, item.exhibitNumber]));
  const events = contacts(context);
  const voice = dossierVoice(context.record);
  const refundDemanded = claimModel(context.record).items.some((item) => item.kind === 'refund');
  const rows = [
    { at: context.record.order.purchasedAt, text: withoutTime(purchaseParagraph(context.record, voice), context.record.order.purchasedAt), evidence: '' },
    ...events.map((event) => ({
      at: event.at,
      text: `${withoutTime(eventSentence(event, voice, refundDemanded), event.at)}${event.deadline ? t.deadline(chineseDate(event.deadline.dueDate)) : ''}`,
      evidence: event.evidence
        .map((id) => exhibits.get(id))
        .filter((n): n is number => n !== undefined)
        .map((n) => `证据${n}`)
        .join('、'),
    })),
  ];
  return [
    { text: t.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
    {
      table: {
        headerRows: 1,
        widths: [28, 76, '*', 52],
        body: [
          t.columns.map((text) => ({ text, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' })),
          ...rows.map((row, index) => [
            { text: String(index + 1), alignment: 'center' as const },
            { text: twoLineTime(row.at) },
            { text: row.text },
            { text: row.evidence },
          ]),
        ],
      },
      fontSize: 10,
    },
    ...(events.length === 0 ? [{ text: t.none, margin: [0, 8, 0, 0] as [number, number, number, number], color: '#555555' }] : []),
  ];
}
