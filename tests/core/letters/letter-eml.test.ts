import { simpleParser } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderBodyText } from '../../../src/core/letters/render-text';
import type { SavedLetter } from '../../../src/shared/api/contract';
import { letterText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';

const api = useApiSession({ today: () => LETTER_TODAY });

describe('.eml draft', () => {
  it('carries the subject, the body with the draft note and the evidence bundle, as an unsent draft without recipients', async () => {
    const { id } = await createLetterCase(api);
    const generated = await generateDocument(api, id, 'cs-email');
    const saved = await api.call<SavedLetter>('letters:save', { caseId: id, generated, document: generated });
    const eml = await api.session.letters.eml(id, saved.record.id, 1);

    const mail = await simpleParser(eml);
    expect(mail.subject).toBe('投诉+KM20240520143208001+游戏卡密无效');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to).toBeUndefined();
    expect(mail.from).toBeUndefined();
    expect(mail.text).toContain(renderBodyText(generated).trim().split('\n')[0]);
    expect(mail.text).toContain('KM20240520143208001');
    expect(mail.text).toContain(letterText.draftNote);
    expect(mail.attachments).toHaveLength(1);
    const [bundle] = mail.attachments;
    expect(bundle!.filename).toBe('证据材料-KM20240520143208001.pdf');
    expect(bundle!.contentType).toBe('application/pdf');
    expect(bundle!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The whole bundle: one page per exhibit (the PDF bill's page is drawn below its heading).
    expect((await PDFDocument.load(bundle!.content)).getPageCount()).toBe(3);
  });
});
