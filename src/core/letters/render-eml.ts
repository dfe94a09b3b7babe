import MailComposer from 'nodemailer/lib/mail-composer';
import type { LetterDocument } from '../../shared/domain/letter-document';
import { bodyWithDraftNote } from './render-text';

export interface EmlAttachment {
  filename: string;
  content: Buffer;
}

/**
 * An unsent e-mail draft (`.eml`) any mail client opens: subject and plain-text body from the
 * document, the evidence bundle attached. `X-Unsent: 1` makes Outlook open it as a draft to send;
 * there is no From or To, as neither the sender's account nor the platform's address is known.
 */
export async function renderLetterEml(document: LetterDocument, attachment: EmlAttachment): Promise<Buffer> {
  const composer = new MailComposer({
    subject: document.subject ?? document.title,
    text: bodyWithDraftNote(document),
    textEncoding: 'base64',
    attachments: [{ filename: attachment.filename, content: attachment.content, contentType: 'application/pdf' }],
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
