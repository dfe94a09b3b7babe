import type { OcrAmountRole, OcrFact, OcrLine, OcrTimeRole } from '../../shared/domain/ocr';

/**
 * Reads the facts a dispute needs from OCR lines, each with the line and box it was found on.
 * Deliberately conservative where a wrong answer is costly: an order number is only taken after a
 * label that names it (订单号, 订单编号 …), never guessed from a long digit run.
 */
export const EXTRACTOR_VERSION = 1;

/** Full-width digits, letters and colons become ASCII; OCR's Y for ¥ is recognised where money is meant. */
const normalise = (text: string) => text.normalize('NFKC').replace(/：/g, ':');

const ID = '[A-Za-z0-9][A-Za-z0-9_-]{3,39}';
const SEP = '\\s*[:：]?\\s*';

const ORDER_LABEL = /(?:订单编号|订单号码?|订单ID|订单No\.?|订单)/;
const PAYMENT_LABEL = /(?:交易单号|商户单号|支付单号|交易流水号|流水号|交易号|支付订单号|商户订单号)/;
const orderPattern = new RegExp(`${ORDER_LABEL.source}${SEP}(${ID})`, 'g');
const paymentPattern = new RegExp(`${PAYMENT_LABEL.source}${SEP}(${ID})`, 'g');
const ticketPattern = new RegExp(`(?:工单编?号|投诉单?编?号|受理编?号|服务单号|案件编号|投诉ID)${SEP}(${ID})`, 'g');
const accountPattern = /(?:账号|帐号|用户ID|用户名|会员ID|会员号|UID|买家账号|充值账号|游戏账号|QQ号?|手机号)\s*[:：]?\s*([A-Za-z0-9_@.*-]{4,40})/g;
const cardKeyPattern = /(?:卡密|卡号|激活码|兑换码|CDK|密码)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,63})/g;
const agentIdPattern = /工号\s*[:：]?\s*([A-Za-z0-9-]{2,20})/g;
const agentTokenPattern = /客服\s*[:：]?\s*([A-Za-z]{1,4}-?\d{2,6})/g;
const agentNamePattern = /客服\s*[:：]?\s*(小[\u4e00-\u9fa5]{1,2})/g;
const companyPattern = /([\u4e00-\u9fa5（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))/g;
const productPattern = /(?:商品名称|商品信息|商品说明|产品名称|商品)\s*[:：]?\s+(.{2,60})$|(?:商品名称|商品信息|商品说明|产品名称|商品)\s*[:：]\s*(.{2,60})$/;

const MONEY = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?';
const currencyAmount = new RegExp(`(?:¥|￥|RMB|(?<![A-Za-z])Y(?=\\s?\\d))\\s?${MONEY}`, 'g');
const yuanAmount = new RegExp(`${MONEY}\\s?元`, 'g');
const signedBillAmount = new RegExp(`^([-+])\\s?${MONEY}$`);

const fullDateTime = /(20\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})日?\s*(\d{1,2})[:：.](\d{2})(?:[:：.](\d{2}))?/g;
const dateOnly = /(20\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})日?/g;
const monthDayTime = /(?<![\d.\-/])(\d{1,2})[-/月](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/g;
const bareTime = /(?<![\d:.\-/])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g;

const ERROR_WORDS = /错误|失败|无效|异常|不存在|已被使用|已使用|已过期|已失效|无法|未到账|Error|error|ERROR|invalid|Invalid|failed|Failed/;
const errorCodePattern = /(?:错误码|错误代码|代码|code)\s*[:：=]?\s*([A-Za-z0-9_-]{2,16})|(?<![A-Za-z0-9])([A-Z]{1,3}\d{3,5})(?![A-Za-z0-9])/;
const workingDaysRange = /(\d{1,2})\s*[-~～至到]\s*(\d{1,2})\s*个?工作日/;
const workingDays = /(\d{1,2})\s*个?工作日/;
const hoursWithin = /(\d{1,3})\s*(?:个)?小时内?/;
const daysWithin = /(\d{1,2})\s*天内/;

const pad = (n: string | number) => String(n).padStart(2, '0');

const PAID = /实付|实际支付|支付金额|付款金额|实付款|已付|付款|支付/;
const TOTAL = /合计|总价|总额|订单金额|应付|总计/;
const PRICE = /单价|价格|售价|面值/;
const REFUND = /退款|退回|返还/;

function amountRole(text: string): OcrAmountRole {
  if (REFUND.test(text)) return 'refund';
  if (PAID.test(text)) return 'paid';
  if (TOTAL.test(text)) return 'total';
  if (PRICE.test(text)) return 'price';
  return 'other';
}

const ORDER_TIME = /下单时间|创建时间|订单时间|提交时间|购买时间|成交时间/;
const PAY_TIME = /支付时间|付款时间|交易时间/;

/** Masks the middle of a card key so it is never shown whole: ABCD-EFGH-1234-5678 → ABCD-****-****-5678. */
export function maskCardKey(key: string): string {
  const alnum = [...key].filter((c) => /[A-Za-z0-9]/.test(c)).length;
  let seen = 0;
  return [...key]
    .map((c) => {
      if (!/[A-Za-z0-9]/.test(c)) return c;
      seen++;
      return seen <= 4 || seen > alnum - 4 ? c : '*';
    })
    .join('');
}

/** A line as it may be shown: every card key in it masked. */
export const maskCardKeys = (text: string): string =>
  text.replace(new RegExp(cardKeyPattern.source, 'g'), (whole: string, key: string) => whole.replace(key, maskCardKey(key)));

const realDate = (y: number, m: number, d: number) => {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
};

/** Extracts the facts of every line; `imageHeight` tells the phone's status bar (its top strip) from the rest. */
export function extractFacts(lines: readonly OcrLine[], imageHeight: number): OcrFact[] {
  const facts: OcrFact[] = [];
  const years: number[] = [];
  lines.forEach((line, index) => {
    const text = normalise(line.text);
    const add = (fact: Omit<OcrFact, 'line' | 'box'>) => facts.push({ ...fact, line: index, box: line.box });
    const taken: [number, number][] = [];
    const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

    for (const match of text.matchAll(paymentPattern)) {
      add({ kind: 'payment-ref', value: match[1]!, text: match[0] });
      taken.push([match.index, match.index + match[0].length]);
    }
    for (const match of text.matchAll(orderPattern)) {
      if (overlaps(match.index, match.index + match[0].length) || !/\d{4}/.test(match[1]!)) continue;
      add({ kind: 'order-number', value: match[1]!, text: match[0] });
    }
    for (const match of text.matchAll(ticketPattern)) add({ kind: 'ticket', value: match[1]!, text: match[0] });
    for (const match of text.matchAll(accountPattern)) add({ kind: 'account', value: match[1]!, text: match[0] });
    for (const match of text.matchAll(cardKeyPattern)) add({ kind: 'card-key', value: maskCardKey(match[1]!), text: maskCardKey(match[0]) });
    for (const pattern of [agentIdPattern, agentTokenPattern, agentNamePattern]) {
      for (const match of text.matchAll(pattern)) {
        if (!facts.some((f) => f.kind === 'agent' && f.line === index && f.value === match[1])) add({ kind: 'agent', value: match[1]!, text: match[0] });
      }
    }
    for (const match of text.matchAll(companyPattern)) {
      add({ kind: 'company', value: match[1]!.replace(/^.*?(?:运营方|公司名称|经营者|主体|名称|由)/, ''), text: match[0] });
    }
    const product = productPattern.exec(text);
    if (product) add({ kind: 'product', value: (product[1] ?? product[2])!.trim(), text: product[0] });

    // Money: ¥98.00, 98元, a bill's -98.00.
    const amounts: { fen: number; text: string }[] = [];
    for (const pattern of [currencyAmount, yuanAmount]) {
      for (const match of text.matchAll(pattern)) {
        amounts.push({ fen: Number(match[1]!.replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0')), text: match[0] });
      }
    }
    const signed = signedBillAmount.exec(text);
    if (signed) amounts.push({ fen: Number(signed[2]!.replace(/,/g, '')) * 100 + Number((signed[3] ?? '').padEnd(2, '0')), text: signed[0] });
    // A product's name often carries a face value (Steam充值卡100元): that is not money paid.
    if (product) amounts.length = 0;
    for (const amount of amounts) {
      const role = signed && amount.text === signed[0] && signed[1] === '-' ? 'paid' : amountRole(text);
      add({ kind: 'amount', value: (amount.fen / 100).toFixed(2), text: amount.text, amountFen: amount.fen, role });
    }

    // Date-times: full ones first, then month-day with a time, then a bare clock.
    const spans: [number, number][] = [];
    const role: OcrTimeRole = ORDER_TIME.test(text) ? 'order' : PAY_TIME.test(text) ? 'payment' : 'other';
    for (const match of text.matchAll(fullDateTime)) {
      const [y, mo, d, h, mi, s = '00'] = match.slice(1).map((v) => v ?? '00');
      if (!realDate(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59) continue;
      years.push(Number(y));
      spans.push([match.index, match.index + match[0].length]);
      add({ kind: 'date-time', value: `${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${mi}:${pad(s)}+08:00`, text: match[0], role: role === 'other' ? chatOrOther(text, match[0]) : role });
    }
    for (const match of text.matchAll(dateOnly)) {
      const inside = spans.some(([s, e]) => match.index >= s && match.index < e);
      if (!inside && realDate(Number(match[1]), Number(match[2]), Number(match[3]))) years.push(Number(match[1]));
    }
    for (const match of text.matchAll(monthDayTime)) {
      if (spans.some(([s, e]) => match.index < e && match.index + match[0].length > s)) continue;
      spans.push([match.index, match.index + match[0].length]);
      add({ kind: 'date-time', value: `--${pad(match[1]!)}-${pad(match[2]!)}T${pad(match[3]!)}:${match[4]}:${pad(match[5] ?? '00')}`, text: match[0], role: chatOrOther(text, match[0]) });
    }
    for (const match of text.matchAll(bareTime)) {
      if (spans.some(([s, e]) => match.index < e && match.index + match[0].length > s)) continue;
      const statusBar = line.box.y + line.box.height < imageHeight * 0.045;
      add({
        kind: 'date-time',
        value: `${pad(match[1]!)}:${match[2]}${match[3] ? `:${match[3]}` : ''}`,
        text: match[0],
        timeOnly: true,
        role: statusBar ? 'status-bar' : chatOrOther(text, match[0]),
      });
    }

    if (ERROR_WORDS.test(text)) {
      const code = errorCodePattern.exec(text);
      add({ kind: 'error', value: line.text, text: line.text, ...(code ? { code: code[1] ?? code[2]! } : {}) });
    } else {
      const code = /(?:错误码|错误代码)\s*[:：=]?\s*([A-Za-z0-9_-]{2,16})/.exec(text);
      if (code) add({ kind: 'error', value: line.text, text: line.text, code: code[1]! });
    }

    const range = workingDaysRange.exec(text);
    const days = range ? undefined : workingDays.exec(text);
    const hours = hoursWithin.exec(text);
    const calendarDays = daysWithin.exec(text);
    if (range) add({ kind: 'promise', value: range[0], text: range[0], min: Number(range[1]), max: Number(range[2]) });
    else if (days) add({ kind: 'promise', value: days[0], text: days[0], min: Number(days[1]), max: Number(days[1]) });
    else if (hours && /内|之内|以内/.test(text)) add({ kind: 'promise', value: hours[0], text: hours[0], min: 0, max: Number(hours[1]), hours: true });
    else if (calendarDays) add({ kind: 'promise', value: calendarDays[0], text: calendarDays[0], min: 0, max: Number(calendarDays[1]) });
  });
  // A chat's 05-20 14:32 has no year: the latest year the screenshot shows elsewhere, if any.
  const year = years.length > 0 ? Math.max(...years) : undefined;
  return facts.map((fact) => {
    if (fact.kind !== 'date-time' || !fact.value.startsWith('--')) return fact;
    if (year === undefined) return { ...fact, value: `${fact.value.slice(2, 7)} ${fact.value.slice(8, 13)}`, timeOnly: true };
    return { ...fact, value: `${year}${fact.value.slice(1)}+08:00` };
  });
}

/** A line that is only a time (centred above chat bubbles, maybe with 昨天 or 星期一) is a chat time. */
function chatOrOther(line: string, matched: string): OcrTimeRole {
  const rest = line.replace(matched, '').replace(/昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日天]|上午|下午|晚上|凌晨/g, '').trim();
  return rest === '' ? 'chat' : 'other';
}
