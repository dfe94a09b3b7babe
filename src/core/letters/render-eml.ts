import MailComposer from 'nodemailer/lib/mail-composer';
import type { LetterDocument } from '../../shared/domain/letter-document';
import { toChinaIso } from '../../shared/validation/date-time';
import { renderBodyText } from './render-text';

export interface EmlAttachment {
  filename: string;
  content: Buffer;
}

/** Who the e-mail is from and to, as far as the case knows; `name` is shown beside the address. */
export interface EmlParties {
  to?: { name: string; address: string };
  from?: { name: string; address: string };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date in China time: `Wed, 12 Jun 2024 09:30:00 +0800`, as a Chinese mail client would stamp it. */
export function chinaMailDate(instant: Date): string {
  const iso = toChinaIso(instant);
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${iso.slice(11, 19)} +0800`;
}

/**
 * An unsent e-mail draft (`.eml`) any mail client opens: To the platform's mailbox for the kind and
 * From the complainant when the case knows them, dated in +08:00, subject and plain-text body from
 * the document (which carries no disclaimer), the evidence bundle attached. `X-Unsent: 1` makes
 * Outlook open it as a draft to send.
 */
export async function renderLetterEml(document: LetterDocument, attachment: EmlAttachment, parties: EmlParties, at: Date = new Date()): Promise<Buffer> {
  const composer = new MailComposer({
    subject: document.subject ?? document.title,
    text: renderBodyText(document),
    textEncoding: 'base64',
    ...(parties.to ? { to: parties.to } : {}),
    ...(parties.from ? { from: parties.from } : {}),
    date: chinaMailDate(at),
    attachments: [{ filename: attachment.filename, content: attachment.content, contentType: 'application/pdf' }],
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
