import { simpleParser } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderBodyText } from '../../../src/core/letters/render-text';
import type { SavedLetter } from '../../../src/shared/api/contract';
import { letterDisclaimer } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { sampleIntake } from '../sample-case';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';

const api = useApiSession({ today: () => LETTER_TODAY });

async function emlOf(caseId: string, kind: 'cs-email' | 'management-escalation') {
  const generated = await generateDocument(api, caseId, kind);
  const saved = await api.call<SavedLetter>('letters:save', { caseId, generated, document: generated });
  return { generated, mail: await simpleParser(await api.session.letters.eml(caseId, saved.record.id, 1)) };
}

describe('.eml draft', () => {
  it('is addressed To customer service’s mailbox From the complainant, dated in +08:00, with the body (no disclaimer) and the evidence bundle', async () => {
    const { id } = await createLetterCase(api);
    const { generated, mail } = await emlOf(id, 'cs-email');
    expect(mail.subject).toBe('催告+KM20240520143208001+游戏卡密无效');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: '星耀卡盟客服', address: 'kefu@xingyao-kameng.example.cn' }]);
    expect(mail.from?.value).toEqual([{ name: '李明', address: 'liming2024@example.com' }]);
    expect(mail.headerLines.find((header) => header.key === 'date')?.line).toMatch(/^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
    expect(mail.text).toBe(renderBodyText(generated));
    expect(mail.text).not.toContain(letterDisclaimer);
    expect(mail.text).not.toMatch(/仅为草稿|不构成法律意见/);
    expect(mail.attachments).toHaveLength(1);
    const [bundle] = mail.attachments;
    expect(bundle!.filename).toBe('证据材料-KM20240520143208001.pdf');
    expect(bundle!.contentType).toBe('application/pdf');
    expect(bundle!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The whole bundle: one page per exhibit (the PDF bill's page is drawn below its heading).
    expect((await PDFDocument.load(bundle!.content)).getPageCount()).toBe(3);
  });

  it('the letter to management goes to the complaint / management mailbox; without known mailboxes there is no To or From', async () => {
    const { id } = await createLetterCase(api);
    const { mail } = await emlOf(id, 'management-escalation');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: '星耀卡盟投诉与管理层', address: 'tousu@xingyao-kameng.example.cn' }]);

    const intake = sampleIntake();
    delete intake.platform.serviceEmail;
    delete intake.platform.managementEmail;
    delete intake.complainant.email;
    const bare = await api.call<{ id: string }>('cases:create', { intake });
    const { mail: unaddressed } = await emlOf(bare.id, 'cs-email');
    expect(unaddressed.to).toBeUndefined();
    expect(unaddressed.from).toBeUndefined();
  });
});
