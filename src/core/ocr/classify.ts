import type { EvidenceCategory } from '../../shared/domain/evidence';
import type { OcrClassification, OcrFact, OcrLine } from '../../shared/domain/ocr';
import { ocrMessages as m } from '../../shared/messages/ocr';
import { chatSide } from './proposals';

type Scored = Exclude<EvidenceCategory, 'other'>;

/** Words that mark each kind of screenshot; a word counts once however often it appears. */
const SIGNS: Record<Scored, RegExp[]> = {
  transaction: [
    /订单详情/, /订单编号|订单号/, /下单时间|创建时间|成交时间/, /实付|实付款|应付/, /支付成功|交易成功|付款成功/, /账单详情|账单/,
    /付款方式|支付方式/, /交易单号|商户单号/, /商品名称|商品信息/, /支付时间|付款时间/, /订单状态|交易状态/,
  ],
  communication: [
    /在线客服|人工客服/, /您好|你好/, /请问|请您/, /亲[，,!！]?/, /工号/, /已读|未读/, /发送/, /发件人|收件人|主题[:：]/,
    /为您|帮您|给您/, /客服[A-Za-z0-9\u4e00-\u9fa5]{0,6}[:：]/, /反馈|登记|核实|处理/,
  ],
  anomaly: [
    /错误|出错/, /失败/, /无效|已失效/, /异常/, /已被使用|已使用/, /不存在/, /未到账/, /Error|error|ERROR/, /提示/, /错误码|错误代码/, /invalid|Invalid|failed|Failed/,
  ],
  identity: [/个人信息|个人资料/, /实名认证|实名/, /身份证/, /账号信息|账户信息/, /绑定手机|手机号/, /个人中心|我的账户|会员中心/, /昵称/, /用户ID|UID/, /注册时间/],
};

/** Ties go to the order a court reads evidence in: what was bought, what was said, what went wrong. */
const PRECEDENCE: Scored[] = ['transaction', 'communication', 'anomaly', 'identity'];
/** Fewer signs than this and the screenshot stays 其他: a wrong guess would misplace the exhibit. */
const MIN_SIGNS = 2;

/** Looks like a chat: bubbles on both sides of the screen. */
function chatShape(lines: readonly OcrLine[], width: number): boolean {
  const sides = lines.map((line) => chatSide(line, width));
  return sides.filter((s) => s === 'incoming').length >= 2 && sides.includes('outgoing');
}

/**
 * Proposes a category and a title from what a screenshot says (支付宝账单截图, 客服聊天记录（KF-1024）);
 * undefined when the text does not say enough.
 */
export function classifyScreenshot(lines: readonly OcrLine[], facts: readonly OcrFact[], width: number): OcrClassification | undefined {
  const text = lines.map((l) => l.text).join('\n');
  const scores = PRECEDENCE.map((category) => {
    const because = SIGNS[category].flatMap((sign) => {
      const found = sign.exec(text);
      return found ? [found[0]] : [];
    });
    return { category, because };
  });
  const communication = scores.find((s) => s.category === 'communication')!;
  if (chatShape(lines, width) && communication.because.length > 0) communication.because.push(m.chatLayout);
  // An error pop-up on an order page is an anomaly: the failure is what the screenshot is for.
  const anomaly = scores.find((s) => s.category === 'anomaly')!;
  if (facts.some((f) => f.kind === 'error' && f.code)) anomaly.because.push(m.errorCode);
  const best = scores.reduce((a, b) => (b.because.length > a.because.length ? b : a));
  if (best.because.length < MIN_SIGNS) return undefined;
  return { category: best.category, title: titleFor(best.category, text, facts), because: best.because };
}

function titleFor(category: Scored, text: string, facts: readonly OcrFact[]): string {
  const first = (kind: OcrFact['kind']) => facts.find((f) => f.kind === kind)?.value;
  switch (category) {
    case 'transaction':
      if (/支付宝/.test(text)) return m.titles.alipay;
      if (/微信支付|微信/.test(text)) return m.titles.wechatPay;
      if (/账单/.test(text)) return m.titles.bill;
      return first('order-number') ? m.titles.orderWithNumber(first('order-number')!) : m.titles.order;
    case 'communication': {
      if (/发件人|收件人|主题[:：]/.test(text)) return m.titles.email;
      const agent = first('agent');
      return agent ? m.titles.chatWithAgent(agent) : m.titles.chat;
    }
    case 'anomaly': {
      const code = facts.find((f) => f.kind === 'error' && f.code)?.code;
      if (code) return m.titles.errorWithCode(code);
      if (/未到账/.test(text)) return m.titles.notArrived;
      return m.titles.error;
    }
    case 'identity':
      return m.titles.account;
  }
}
