import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { LetterBuild, LetterDocument } from '../../../src/shared/domain/letter-document';
import type { LetterKind } from '../../../src/shared/domain/letters';
import type { useApiSession } from '../api/api-session';
import { builtOnce } from '../api/built-case-copies';
import { sampleIntake, topUpContacts, topUpIntake, xingyaoContacts } from '../sample-case';
import { tempDir } from '../temp-dir';

type Api = ReturnType<typeof useApiSession>;

/**
 * A realistic dispute, as far along as the escalation path goes: complete facts, three exhibits
 * (an order screenshot, a chat log, a PDF bill), a complaint e-mail, a customer-service promise
 * with a ticket number and a low offer, a letter to management, and a 黑猫 complaint.
 */
export const createLetterCase = (api: Api): Promise<{ id: string; folder: string }> => builtOnce(api, `letter case ${api.today()}`, () => buildLetterCase(api));

async function buildLetterCase(api: Api): Promise<{ id: string; folder: string }> {
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

/** Today for the top-up case's tests: two weeks after its 黑猫 complaint. */
export const TOP_UP_TODAY = '2025-04-02';

/** A few bytes of a real WAV file: a recording exhibit (视听资料). */
function wav(): Buffer {
  const samples = Buffer.alloc(800);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

/**
 * The second realistic dispute (see tests/fixtures): a 6,800 元 top-up bought from a shop on a
 * marketplace, never delivered, fraud claimed with a demand of "compensation 20,400", and six
 * exhibits the person arranged so that categories alternate (1 transaction, 2 anomaly,
 * 3 communication, 4 transaction, 5 a call recording, 6 an ID card copy).
 */
export const createTopUpCase = (api: Api): Promise<{ id: string; folder: string }> => builtOnce(api, `top-up case ${api.today()}`, () => buildTopUpCase(api));

async function buildTopUpCase(api: Api): Promise<{ id: string; folder: string }> {
  const created = await api.call<{ id: string; folder: string }>('cases:create', { intake: topUpIntake() });
  await api.call('cases:set-claims', { id: created.id, claims: { fraud: true } });
  const sources = tempDir('casebook-topup-sources-');
  // Different pictures: the locker refuses a second file with the same content.
  const picture = (name: string, background: string) => sharp({ create: { width: 240, height: 420, channels: 3, background } }).png().toFile(join(sources, name));
  await picture('充值记录截图.png', '#eef2f7');
  await picture('账号未到账截图.png', '#f7eeee');
  await picture('身份证复印件.png', '#f2f7ee');
  writeFileSync(join(sources, '客服聊天记录.txt'), '2025-03-17 15:20 客服KF-1024：只能给您申请20元优惠券。\n');
  writeFileSync(join(sources, '客服通话录音.wav'), wav());
  const bill = await PDFDocument.create();
  bill.addPage([595, 842]).drawText('WeChat Pay 6800.00 CNY 2025-03-03', { x: 72, y: 760, size: 14, font: await bill.embedFont(StandardFonts.Helvetica) });
  writeFileSync(join(sources, '微信支付账单.pdf'), await bill.save());
  const files: [string, string][] = [
    ['充值记录截图.png', 'transaction'],
    ['账号未到账截图.png', 'anomaly'],
    ['客服聊天记录.txt', 'communication'],
    ['微信支付账单.pdf', 'transaction'],
    ['客服通话录音.wav', 'communication'],
    ['身份证复印件.png', 'identity'],
  ];
  for (const [file, category] of files) await api.call('evidence:import-paths', { caseId: created.id, paths: [join(sources, file)], category });
  const { items } = await api.call<{ items: { id: string; originalName: string }[] }>('evidence:list', { caseId: created.id });
  const byFile = (file: string) => items.find((item) => item.originalName === file)!.id;
  await api.call('evidence:reorder', { caseId: created.id, order: files.map(([file]) => byFile(file)) });
  const labels: Record<string, object> = {
    '充值记录截图.png': { title: '充值订单截图', source: '平台订单页截图', purpose: '证明原告于2025年3月3日下单并支付6800元' },
    '账号未到账截图.png': { title: '游戏账号未到账截图', source: '游戏客户端截图', purpose: '证明所购充值至今未到账' },
    '客服聊天记录.txt': { title: '平台客服聊天记录', source: '平台在线客服', purpose: '证明客服承诺7个工作日内处理、仅提出20元优惠券' },
    '微信支付账单.pdf': { title: '微信支付账单', source: '微信支付账单导出', purpose: '证明货款6800元已实际支付' },
    '客服通话录音.wav': { title: '客服通话录音', source: '原告手机录音', purpose: '证明平台拒绝提供店铺经营者信息' },
    '身份证复印件.png': { title: '原告身份证复印件', source: '原告提供', purpose: '证明原告的身份' },
  };
  for (const [file] of files) await api.call('evidence:update', { caseId: created.id, itemId: byFile(file), labels: labels[file] });
  for (const event of topUpContacts()) await api.call('timeline:add', { caseId: created.id, event });
  return created;
}
