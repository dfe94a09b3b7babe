import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { EvidenceCategory } from '../../../src/shared/domain/evidence';

/**
 * Realistic screenshots rendered in the tests (SVG text in Noto Sans CJK through sharp): phone order
 * pages, payment bills, chats with bubbles, error pop-ups, desktop pages, low contrast, dark mode, a
 * long chat, and a JPEG "photo of a screen". Each comes with what a person reads on it, to score
 * the extraction. Rendered once per machine and cached by the content of their SVG.
 */
export interface ScreenshotFixture {
  name: string;
  file: string;
  category: EvidenceCategory;
  truth: { orderNumbers: string[]; amountsFen: number[]; dateTimes: string[] };
}

interface Spec extends Omit<ScreenshotFixture, 'file'> {
  width: number;
  height: number;
  svg: string;
  format: 'png' | 'jpeg-photo' | 'jpeg';
}

const FONT = `font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"`;
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const text = (x: number, y: number, size: number, content: string, fill = '#222', anchor = 'start', weight = 400) =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}" text-anchor="${anchor}" font-weight="${weight}" ${FONT}>${esc(content)}</text>`;
const svg = (width: number, height: number, background: string, body: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${background}"/>${body.join('')}</svg>`;

const statusBar = (clock: string, fill = '#000') => [text(48, 62, 38, clock, fill, 'start', 600), text(1032, 62, 32, '5G 87%', fill, 'end')];
const yuan = (fen: number) => (fen / 100).toFixed(2);
const iso = (date: string, time: string) => `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;

/** A small deterministic generator, so the bench's variations are the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Order {
  number: string;
  fen: number;
  date: string;
  time: string;
  product: string;
}

function orderPage(name: string, o: Order, options: { fg?: string; bg?: string; format?: Spec['format'] } = {}): Spec {
  const fg = options.fg ?? '#333';
  const rows: [string, string][] = [
    ['订单编号', o.number],
    ['下单时间', `${o.date} ${o.time}`],
    ['商品名称', o.product],
    ['实付金额', `¥${yuan(o.fen)}`],
    ['订单状态', '未完成'],
    ['付款方式', '支付宝'],
  ];
  return {
    name,
    width: 1080,
    height: 2340,
    format: options.format ?? 'png',
    category: 'transaction',
    truth: { orderNumbers: [o.number], amountsFen: [o.fen], dateTimes: [iso(o.date, o.time)] },
    svg: svg(1080, 2340, options.bg ?? '#f5f5f5', [
      ...statusBar(o.time.slice(0, 5)),
      `<rect y="100" width="1080" height="130" fill="#ffffff"/>`,
      text(540, 185, 50, '订单详情', '#000', 'middle', 600),
      `<rect x="30" y="270" width="1020" height="560" rx="20" fill="#ffffff"/>`,
      ...rows.map(([label, value], i) => text(70, 350 + i * 84, 40, `${label}：${value}`, fg)),
      text(70, 930, 32, '如有疑问请联系在线客服', '#888'),
    ]),
  };
}

function alipayBill(name: string, o: Order & { tradeNo: string }): Spec {
  return {
    name,
    width: 1080,
    height: 2340,
    format: 'png',
    category: 'transaction',
    truth: { orderNumbers: [o.number], amountsFen: [o.fen], dateTimes: [iso(o.date, o.time)] },
    svg: svg(1080, 2340, '#ffffff', [
      ...statusBar(o.time.slice(0, 5)),
      text(540, 190, 46, '账单详情', '#000', 'middle', 600),
      text(540, 330, 40, '星耀卡盟', '#333', 'middle'),
      text(540, 450, 88, `-${yuan(o.fen)}`, '#000', 'middle', 600),
      text(540, 530, 38, '交易成功', '#333', 'middle'),
      ...[
        ['支付时间', `${o.date} ${o.time}`],
        ['付款方式', '余额宝'],
        ['商品说明', o.product],
        ['交易单号', o.tradeNo],
        ['商家订单号', o.number],
      ].map(([label, value], i) => text(60, 680 + i * 90, 38, `${label}      ${value}`, '#555')),
      text(540, 1220, 34, '支付宝', '#1677ff', 'middle'),
    ]),
  };
}

interface ChatMessage {
  side: 'left' | 'right';
  lines: string[];
}

function chat(
  name: string,
  c: { agent: string; date: string; times: string[]; messages: ChatMessage[][]; amountsFen: number[]; orderNumbers: string[]; height?: number; dark?: boolean; fg?: string },
): Spec {
  const height = c.height ?? 2340;
  const dark = c.dark ?? false;
  const body: string[] = [...statusBar(c.times[0]!.slice(0, 5), dark ? '#eee' : '#000'), text(540, 190, 44, `在线客服 ${c.agent}`, dark ? '#eee' : '#000', 'middle', 600)];
  let y = 320;
  c.messages.forEach((group, i) => {
    body.push(text(540, y, 32, `${c.date} ${c.times[i]}`, dark ? '#999' : '#999', 'middle'));
    y += 60;
    for (const message of group) {
      const widest = Math.max(...message.lines.map((l) => l.length));
      const boxWidth = Math.min(820, widest * 40 + 60);
      const boxHeight = message.lines.length * 58 + 40;
      const x = message.side === 'left' ? 40 : 1040 - boxWidth;
      const fill = message.side === 'left' ? (dark ? '#2c2c2c' : '#ffffff') : dark ? '#3a7d44' : '#95ec69';
      body.push(`<rect x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="14" fill="${fill}"/>`);
      message.lines.forEach((line, j) => body.push(text(x + 30, y + 64 + j * 58, 40, line, c.fg ?? (dark ? '#eee' : '#111'))));
      y += boxHeight + 36;
    }
    y += 30;
  });
  return {
    name,
    width: 1080,
    height,
    format: 'png',
    category: 'communication',
    truth: { orderNumbers: c.orderNumbers, amountsFen: c.amountsFen, dateTimes: c.times.map((t) => iso(c.date, t)) },
    svg: svg(1080, height, dark ? '#111111' : '#ededed', body),
  };
}

function errorPopup(name: string, e: { code: string; time: string; message: string }): Spec {
  return {
    name,
    width: 1080,
    height: 2340,
    format: 'png',
    category: 'anomaly',
    truth: { orderNumbers: [], amountsFen: [], dateTimes: [] },
    svg: svg(1080, 2340, '#7a7a7a', [
      ...statusBar(e.time, '#fff'),
      `<rect x="120" y="900" width="840" height="480" rx="24" fill="#ffffff"/>`,
      text(540, 1000, 46, '充值失败', '#000', 'middle', 600),
      text(540, 1090, 38, e.message, '#333', 'middle'),
      text(540, 1160, 38, `错误码：${e.code}`, '#333', 'middle'),
      text(540, 1320, 40, '确定', '#1677ff', 'middle'),
    ]),
  };
}

function desktopOrder(name: string, o: Order): Spec {
  return {
    name,
    width: 1920,
    height: 1080,
    format: 'png',
    category: 'transaction',
    truth: { orderNumbers: [o.number], amountsFen: [o.fen], dateTimes: [iso(o.date, o.time)] },
    svg: svg(1920, 1080, '#f0f2f5', [
      `<rect width="1920" height="64" fill="#001529"/>`,
      text(40, 42, 24, '星耀卡盟 - 会员中心 - 我的订单', '#fff'),
      `<rect x="240" y="120" width="1440" height="600" fill="#ffffff"/>`,
      text(280, 180, 30, '订单详情', '#000', 'start', 600),
      ...[
        ['订单编号', o.number],
        ['下单时间', `${o.date} ${o.time}`],
        ['商品名称', o.product],
        ['订单金额', `¥${yuan(o.fen)}`],
        ['实付款', `¥${yuan(o.fen)}`],
        ['订单状态', '交易关闭'],
      ].map(([label, value], i) => text(280, 250 + i * 60, 24, `${label}：${value}`, '#333')),
    ]),
  };
}

function accountPage(name: string, a: { account: string; date: string; time: string }): Spec {
  return {
    name,
    width: 1080,
    height: 2340,
    format: 'png',
    category: 'identity',
    truth: { orderNumbers: [], amountsFen: [], dateTimes: [iso(a.date, a.time)] },
    svg: svg(1080, 2340, '#f7f7f7', [
      ...statusBar('09:15'),
      text(540, 190, 46, '个人信息', '#000', 'middle', 600),
      ...[
        ['昵称', '李明'],
        ['用户ID', a.account],
        ['绑定手机', '138****5678'],
        ['实名认证', '已认证'],
        ['注册时间', `${a.date} ${a.time}`],
      ].map(([label, value], i) => text(60, 340 + i * 100, 40, `${label}：${value}`, '#333')),
    ]),
  };
}

const PRODUCTS = ['王者荣耀点券1000点', '和平精英600UC', '原神创世结晶6480', 'Steam充值卡100元', '网易一卡通50元'];

function orderFrom(next: () => number, day: number): Order {
  const fen = Math.round(next() * 500) * 100 + (next() < 0.5 ? 0 : 50);
  const hour = String(8 + Math.floor(next() * 14)).padStart(2, '0');
  const minute = String(Math.floor(next() * 60)).padStart(2, '0');
  const second = String(Math.floor(next() * 60)).padStart(2, '0');
  return {
    number: `2024${String(5).padStart(2, '0')}${String(day).padStart(2, '0')}${String(Math.floor(next() * 1e6)).padStart(6, '0')}`,
    fen: Math.max(fen, 990),
    date: `2024-05-${String(day).padStart(2, '0')}`,
    time: `${hour}:${minute}:${second}`,
    product: PRODUCTS[Math.floor(next() * PRODUCTS.length)]!,
  };
}

function chatFrom(next: () => number, name: string, options: { long?: boolean; dark?: boolean; fg?: string } = {}): Spec {
  const agent = `KF-${1000 + Math.floor(next() * 9000)}`;
  const order = orderFrom(next, 20 + Math.floor(next() * 8));
  const refund = Math.round(order.fen / 200) * 100;
  const date = `2024-05-${String(21 + Math.floor(next() * 7)).padStart(2, '0')}`;
  const groups: ChatMessage[][] = [
    [
      { side: 'right', lines: [`订单号${order.number}的卡密无效`, '兑换时提示卡密已被使用，请退款'] },
      { side: 'left', lines: [`您好，客服${agent}为您服务`, '已为您登记，3-7个工作日内处理'] },
    ],
    [
      { side: 'right', lines: ['已经过了7个工作日，还没有处理'] },
      { side: 'left', lines: [`可以为您申请部分退款${yuan(refund)}元`, '或补发一张新卡密'] },
    ],
  ];
  if (options.long) {
    for (let i = 0; i < 4; i++) groups.push([{ side: 'right', lines: ['请尽快处理，谢谢'] }, { side: 'left', lines: ['正在为您加急处理，请耐心等待'] }]);
  }
  const times = groups.map((_, i) => `${String(10 + i).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`);
  return chat(name, {
    agent,
    date,
    times,
    messages: groups,
    amountsFen: [refund],
    orderNumbers: [order.number],
    ...(options.long ? { height: 4200 } : {}),
    ...(options.dark ? { dark: true } : {}),
    ...(options.fg ? { fg: options.fg } : {}),
  });
}

/** The fixture set: `small` for `npm test` (one of each main kind), `full` for the bench. */
export function fixtureSpecs(set: 'small' | 'full'): Spec[] {
  const next = random(20240520);
  const base: Spec[] = [
    orderPage('order-page', orderFrom(next, 20)),
    chatFrom(next, 'chat'),
    errorPopup('error-popup', { code: 'E1032', time: '14:35', message: '卡密已被使用，请联系客服' }),
    orderPage('order-photo', orderFrom(next, 21), { format: 'jpeg-photo' }),
  ];
  if (set === 'small') return base;
  const more: Spec[] = [
    alipayBill('alipay-bill', { ...orderFrom(next, 22), tradeNo: '2024052222001412345678901234' }),
    desktopOrder('desktop-order', orderFrom(next, 23)),
    orderPage('order-low-contrast', orderFrom(next, 24), { fg: '#b4b4b4', bg: '#ffffff' }),
    chatFrom(next, 'chat-low-contrast', { fg: '#8a8a8a' }),
    chatFrom(next, 'chat-dark', { dark: true }),
    chatFrom(next, 'chat-long', { long: true }),
    accountPage('account-page', { account: 'liming_2024', date: '2023-11-02', time: '18:20:45' }),
    errorPopup('error-popup-2', { code: 'E2007', time: '21:02', message: '充值未到账，订单异常' }),
    orderPage('order-jpeg', orderFrom(next, 25), { format: 'jpeg' }),
    chatFrom(next, 'chat-2'),
    orderPage('order-photo-2', orderFrom(next, 26), { format: 'jpeg-photo' }),
    alipayBill('alipay-bill-2', { ...orderFrom(next, 27), tradeNo: '2024052722001498765432109876' }),
  ];
  return [...base, ...more];
}

async function render(spec: Spec, target: string): Promise<void> {
  const image = sharp(Buffer.from(spec.svg));
  let output: Buffer;
  if (spec.format === 'png') output = await image.png().toBuffer();
  else if (spec.format === 'jpeg') output = await image.jpeg({ quality: 80 }).toBuffer();
  else {
    // A phone photo of a screen: slightly turned, soft, dimmer, heavily compressed.
    const turned = await image.flatten({ background: '#ffffff' }).rotate(1.5, { background: '#cfcfcf' }).png().toBuffer();
    output = await sharp(turned).blur(0.9).modulate({ brightness: 0.9 }).resize({ width: 1200 }).jpeg({ quality: 45 }).toBuffer();
  }
  const temp = `${target}.tmp-${process.pid}`;
  writeFileSync(temp, output);
  renameSync(temp, target);
}

/** Renders (or finds already rendered) the fixtures; their files are named by content, so a changed SVG renders anew. */
export async function screenshotFixtures(set: 'small' | 'full'): Promise<ScreenshotFixture[]> {
  const dir = join(tmpdir(), 'casebook-ocr-fixtures');
  mkdirSync(dir, { recursive: true });
  const fixtures: ScreenshotFixture[] = [];
  for (const spec of fixtureSpecs(set)) {
    const hash = createHash('sha256').update(spec.svg).update(spec.format).digest('hex').slice(0, 12);
    const file = join(dir, `${spec.name}-${hash}.${spec.format === 'png' ? 'png' : 'jpg'}`);
    if (!existsSync(file) || readFileSync(file).length === 0) await render(spec, file);
    fixtures.push({ name: spec.name, file, category: spec.category, truth: spec.truth });
  }
  return fixtures;
}
