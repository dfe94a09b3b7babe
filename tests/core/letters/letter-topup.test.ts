import { describe, expect, it } from 'vitest';
import { renderLetterText } from '../../../src/core/letters/render-text';
import { claimModel } from '../../../src/shared/claims/claim-model';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../../../src/shared/domain/letters';
import type { TimelineView } from '../../../src/shared/api/contract';
import { claimWarningText } from '../../../src/shared/messages/claims';
import { letterText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { topUpContacts, topUpIntake } from '../sample-case';
import { createTopUpCase, generateDocument, TOP_UP_TODAY } from './letter-case';
import { expectCleanDocument } from './letter-invariants';

const api = useApiSession({ today: () => TOP_UP_TODAY });
const summaries = topUpContacts().map((event) => String(event.summary));

async function textOf(caseId: string, kind: LetterKind): Promise<string> {
  return renderLetterText(await generateDocument(api, caseId, kind));
}

/** The kinds that state what the case demands. */
const DEMANDING: readonly LetterKind[] = LETTER_KINDS.filter((kind) => kind !== 'evidence-list');

describe('the top-up case: 6,800 元 from a shop on a marketplace, “compensation 20,400” with fraud claimed', () => {
  it('every kind tells contacts from their fields, carries no disclaimer, and demands the same total: refund + three times the price, never 40,800', async () => {
    const { id } = await createTopUpCase(api);
    const { record } = await api.call<CaseDetail>('cases:get', { ref: id });
    expect(claimModel(record).totalFen).toBe(27_200_00);
    for (const kind of LETTER_KINDS) {
      const text = await textOf(id, kind);
      expectCleanDocument(text, summaries, kind);
      if (DEMANDING.includes(kind)) expect(text, kind).toContain('27,200.00元');
      expect(text, kind).not.toContain('40,800');
      // The 20,400 demanded is the statutory multiple, not a further 损失 under 民法典第584条.
      expect(text, kind).not.toContain('第五百八十四条');
    }
  });

  it('warns before the document is used that the demand typed differs from what is claimed', async () => {
    const { id } = await createTopUpCase(api);
    const { record } = await api.call<CaseDetail>('cases:get', { ref: id });
    const [warning] = claimModel(record).warnings;
    for (const kind of DEMANDING) {
      const build = await api.call<LetterBuild>('letters:generate', { caseId: id, kind });
      expect(build.ok && build.warnings, kind).toContain(claimWarningText(warning!));
    }
  });

  it('a promise on the person’s own entry is the agent’s, with the date it runs to; 9时 for a whole hour; full-width punctuation', async () => {
    const { id } = await createTopUpCase(api);
    for (const kind of ['cs-email', 'management-escalation', '12315', 'court-complaint'] as const) {
      const text = await textOf(id, kind);
      // The agent (客服工号) and ticket of the first complaint and the promise, and of the offer, in every document that tells the history.
      expect(text, kind).toMatch(/客服（工号KF-1024）(?:曾)?承诺(?:在)?7个工作日内/);
      expect(text, kind).toContain('STKF20250304017');
      expect(text, kind).toMatch(/在线客服（工号KF-1024）答复，称店铺已下架，仅提出补偿20\.00元优惠券（非现金），未同意退款/);
      expect(text, kind).not.toMatch(/本人[^。]*，承诺/);
    }
    const email = await textOf(id, 'cs-email');
    expect(email).toContain('2025年3月4日9时，本人通过平台在线客服反映充值未到账（工单号STKF20250304017），要求尽快处理，平台客服（工号KF-1024）承诺7个工作日内（即2025年3月13日前）处理。');
    expect(email).toContain('具体情况：付款后订单显示“充值成功”，但游戏账号内一直没有到账；店铺客服此后不再回复。');
  });

  it('the 催告 cites the first e-mail and the deadline it asked for, counted from the day it was sent', async () => {
    const { id } = await createTopUpCase(api);
    const text = await textOf(id, 'cs-email');
    expect(text).toMatch(/^关于订单ST20250303210500的催告函\n主题：催告\+ST20250303210500\+充值未到账/);
    expect(text).toContain('本人已于2025年3月14日向贵平台客服邮箱发送投诉邮件，要求于2025年3月19日前处理，该期限已过10个工作日');
    // 黑猫 was used, 12315 was not: only 12315 and the court lie ahead.
    expect(text).toContain('本人将向市场监督管理部门（全国12315平台）投诉，并保留向人民法院提起诉讼的权利');
  });

  it('12315: the shop’s operator is the respondent, the regulator of the platform’s domicile is suggested, the exhibits are listed', async () => {
    const { id } = await createTopUpCase(api);
    const document = await generateDocument(api, id, '12315');
    const field = (fieldId: string) => document.fields!.find((f) => f.id === fieldId)!.value;
    expect(field('respondent')).toBe('广州市白云区速充贸易商行（平台“盛天游戏交易平台”内店铺“速充小铺”的经营者）');
    expect(field('creditCode')).toBe('92440111MA5D8RC03J');
    expect(field('authority')).toMatch(/^上海市浦东新区市场监督管理局（《市场监督管理投诉举报处理暂行办法》第十二条/);
    expect(field('evidence').split('\n')).toEqual([
      '证据1：充值订单截图（充值记录截图.png）',
      '证据2：游戏账号未到账截图（账号未到账截图.png）',
      '证据3：平台客服聊天记录（客服聊天记录.txt）',
      '证据4：微信支付账单（微信支付账单.pdf）',
      '证据5：客服通话录音（客服通话录音.wav）',
      '证据6：原告身份证复印件（身份证复印件.png）',
    ]);
    expect([...field('facts')].length).toBeLessThanOrEqual(500);
    expect(field('demand')).toContain('以上合计27,200.00元。');
  });

  it('12315 with an address lacking street and number is generated, with a warning', async () => {
    const { id } = await createTopUpCase(api);
    const intake = topUpIntake();
    delete intake.seller;
    intake.platform.address = '上海市浦东新区';
    await api.call('cases:update', { id, intake });
    const build = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: '12315' });
    expect(build.ok && build.warnings).toContain(letterText.warning.addressIncomplete);
  });

  it('黑猫: attachments listed, the payment serial masked to its last four digits, no signature, brand and shop named', async () => {
    const { id } = await createTopUpCase(api);
    for (const kind of ['blackcat', 'blackcat-followup'] as const) {
      const document = await generateDocument(api, id, kind);
      const text = renderLetterText(document);
      expect(document.signature, kind).toBeUndefined();
      expect(text, kind).not.toContain('投诉人：');
      expect(text, kind).not.toContain('4200002025030321050012345678');
      expect(document.fields!.find((f) => f.id === 'attachments')!.value.split('\n')).toHaveLength(6);
      expect(document.fields!.find((f) => f.id === 'target')!.value).toBe('盛天游戏交易平台（上海盛天网络科技有限公司）平台内店铺“速充小铺”');
      expect(document.fields!.find((f) => f.id === 'amount')!.value).toBe('27,200.00元');
    }
    expect(await textOf(id, 'blackcat')).toContain('交易流水号尾号为5678');
  });

  it('起诉状: sues the shop’s operator with the platform jointly liable (电子商务法第38条, 消保法第44条 on the refusal to name it)', async () => {
    const { id } = await createTopUpCase(api);
    const text = await textOf(id, 'court-complaint');
    expect(text).toContain('被告一：广州市白云区速充贸易商行，住所地：广东省广州市白云区机场路 1200 号 A 座 302 室，统一社会信用代码：92440111MA5D8RC03J');
    expect(text).toContain('被告二：上海盛天网络科技有限公司，住所地：上海市浦东新区张江路 88 号 3 幢 5 楼，统一社会信用代码：91310115MA1K4BT12C，法定代表人：陈建国');
    expect(text).toContain('1. 判令解除原告与被告一之间的网络购物合同（订单号ST20250303210500）；');
    expect(text).toContain('判令被告一向原告退还货款人民币6,800.00元');
    expect(text).toContain('判令被告二对被告一的上述债务承担连带责任');
    expect(text).toContain('以上金额合计：人民币27,200.00元。');
    expect(text).toContain('5. 交付情况：原告付款后，被告一至今没有交付所购商品');
    expect(text).toContain('《中华人民共和国电子商务法》第三十八条第一款');
    expect(text).toContain('网络交易平台提供者不能提供销售者的真实名称、地址和有效联系方式的');
    // The buyer lives in Hangzhou: the internet court there, with the reason.
    expect(text).toContain('3. 管辖法院：本案为网络购物合同纠纷，标的物通过信息网络交付');
    expect(text).toContain('本案由杭州互联网法院管辖。');
    expect(text).toContain('原告：王磊，男，1992年5月18日出生，汉族，住');
  });

  it('消保法第44条 is cited only where the platform refused to name the shop; without a shop, neither article', async () => {
    const { id } = await createTopUpCase(api);
    const view = await api.call<TimelineView>('timeline:get', { caseId: id });
    const refusal = view.events.find((event) => event.sellerIdentityRefused)!;
    await api.call('timeline:remove', { caseId: id, eventId: refusal.id });
    const withoutRefusal = await textOf(id, 'court-complaint');
    expect(withoutRefusal).not.toContain('不能提供销售者的真实名称');
    expect(withoutRefusal).toContain('第三十八条');
    const intake = topUpIntake();
    delete intake.seller;
    await api.call('cases:update', { id, intake });
    for (const kind of ['cs-email', 'court-complaint', '12315'] as const) {
      const text = await textOf(id, kind);
      expect(text, kind).not.toMatch(/第三十八条|第四十四条|店铺“速充小铺”|被告一/);
    }
  });

  it('the court the person chose is used; an unanswered agreement question is a missing fact, never assumed 无', async () => {
    const { id } = await createTopUpCase(api);
    const intake = topUpIntake();
    intake.litigation = { court: '上海市浦东新区人民法院', agreement: 'none', electronicService: 'no' };
    await api.call('cases:update', { id, intake });
    const text = await textOf(id, 'court-complaint');
    expect(text).toContain('被告住所地在上海市浦东新区张江路 88 号 3 幢 5 楼，本案由上海市浦东新区人民法院管辖。');
    expect(text).toContain('此致\n上海市浦东新区人民法院');
    expect(text).toContain('是否同意电子送达：不同意');
    intake.litigation = {};
    await api.call('cases:update', { id, intake });
    const build = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'court-complaint' });
    expect(build.ok ? [] : build.missing.map((m) => m.field)).toEqual(['litigation.agreement', 'litigation.electronicService']);
  });

  it('证据目录: rows in the order the person arranged, with type (书证 / 电子数据 / 视听资料), carrier and pages; signed by the plaintiff', async () => {
    const { id } = await createTopUpCase(api);
    const document = await generateDocument(api, id, 'evidence-list');
    const tables = document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'table' ? [block] : [])));
    // Categories alternate in the order the person chose: one table, no group reordering them.
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(['序号', '证据名称', '证据类型', '证据来源', '证明目的', '原件/载体', '页码']);
    expect(tables[0]!.rows.map((row) => [row[0], row[2]])).toEqual([
      ['1', '电子数据'],
      ['2', '电子数据'],
      ['3', '电子数据'],
      ['4', '电子数据'],
      ['5', '视听资料'],
      ['6', '书证'],
    ]);
    // 页码 are the bundle's pages of each exhibit, rising with the exhibit order.
    const { evidence, evidencePages } = await api.session.letters.context(id);
    const pages = evidence.map((item) => evidencePages!.get(item.id)!);
    expect(tables[0]!.rows.map((row) => row[6])).toEqual(pages.map(({ from, to }) => (from === to ? `${from}` : `${from}-${to}`)));
    expect(pages.map((range) => range.from)).toEqual([...pages.map((range) => range.from)].sort((a, b) => a - b));
    expect(renderLetterText(document)).toContain(`举证人：原告王磊（签名）\n2025年4月2日`);
  });
});
