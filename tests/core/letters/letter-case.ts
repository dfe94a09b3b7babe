import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { LetterBuild, LetterDocument } from '../../../src/shared/domain/letter-document';
import type { LetterKind } from '../../../src/shared/domain/letters';
import type { useApiSession } from '../api/api-session';
import { sampleIntake, xingyaoContacts } from '../sample-case';
import { tempDir } from '../temp-dir';

type Api = ReturnType<typeof useApiSession>;

/**
 * A realistic dispute, as far along as the escalation path goes: complete facts, three exhibits
 * (an order screenshot, a chat log, a PDF bill), a complaint e-mail, a customer-service promise
 * with a ticket number and a low offer, a letter to management, and a 黑猫 complaint.
 */
export async function createLetterCase(api: Api): Promise<{ id: string; folder: string }> {
  const intake = sampleIntake();
  intake.complainant.idNumber = '440106199003151234'.slice(0, 17) + 'X';
  const created = await api.call<{ id: string; folder: string }>('cases:create', { intake: validIdIntake(intake) });
  const sources = tempDir('casebook-letter-sources-');
  const png = join(sources, '订单支付截图.png');
  await sharp({ create: { width: 360, height: 640, channels: 3, background: '#f4f6fb' } }).png().toFile(png);
  const chat = join(sources, '客服聊天记录.txt');
  writeFileSync(chat, '2024-05-21 10:05 客服KF8848：您好，已为您登记工单GD20240521007，3个工作日内处理。\n');
  const bill = join(sources, '支付宝账单.pdf');
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText('Alipay bill 98.00 CNY 2024-05-20', { x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  writeFileSync(bill, await pdf.save());
  await api.call('evidence:import-paths', { caseId: created.id, paths: [png, bill], category: 'transaction' });
  await api.call('evidence:import-paths', { caseId: created.id, paths: [chat], category: 'communication' });
  const { items } = await api.call<{ items: { id: string; title: string }[] }>('evidence:list', { caseId: created.id });
  const labels: Record<string, object> = {
    订单支付截图: { title: '订单支付截图', source: '平台订单页截图', purpose: '证明原告于2024年5月20日下单并支付98元', elements: ['time', 'parties'] },
    支付宝账单: { title: '支付宝账单', source: '支付宝账单', purpose: '证明货款已实际支付', elements: ['time', 'result'] },
    客服聊天记录: { title: '客服聊天记录', source: '客服聊天记录', purpose: '证明客服承诺3个工作日内处理且未履行', elements: ['event'] },
  };
  for (const item of items) await api.call('evidence:update', { caseId: created.id, itemId: item.id, labels: labels[item.title] });
  for (const event of xingyaoContacts()) await api.call('timeline:add', { caseId: created.id, event });
  return created;
}

/** The fixture has no ID number; a valid one (GB 11643 check digit) for the court complaint. */
function validIdIntake(intake: ReturnType<typeof sampleIntake>) {
  return { ...intake, complainant: { ...intake.complainant, idNumber: '11010519491231002X' } };
}

/** The document of `kind` for the case, failing the test if the case lacks facts for it. */
export async function generateDocument(api: Api, caseId: string, kind: LetterKind): Promise<LetterDocument> {
  const build = await api.call<LetterBuild>('letters:generate', { caseId, kind });
  if (!build.ok) throw new Error(`${kind}: ${build.missing.map((m) => m.message).join('; ')}`);
  return build.document;
}

/** Today for every letter test: the session's clock, pinned (China date). */
export const LETTER_TODAY = '2024-06-12';
