import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../src/core/letters/letter-format';
import { renderLetterText } from '../../../src/core/letters/render-text';
import { claimModel } from '../../../src/shared/claims/claim-model';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../../../src/shared/domain/letters';
import { formatFen } from '../../../src/shared/validation/money';
import { letterText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { bundledCalendar } from '../pinned-clock';
import { sampleIntake, xingyaoContacts } from '../sample-case';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { expectCleanDocument } from './letter-invariants';

const api = useApiSession({ today: () => LETTER_TODAY });

const PARTIES = ['李明', '杭州星耀网络科技有限公司', '91330106MA2H3KXC5C'];
const ORDER = 'KM20240520143208001';
const ARTICLE_55 = '第五十五条';
const ARTICLE_51 = '第五十一条';
const summaries = xingyaoContacts().map((event) => String(event.summary));

/** What each kind must say about the realistic case, beyond what every kind says. */
const expected: Record<LetterKind, string[]> = {
  'cs-email': [...PARTIES, ORDER, '98.00元', '2024年5月20日', 'GD20240521007', 'KF8848', '17350012345', '催告+KM20240520143208001+游戏卡密无效'],
  'management-escalation': [PARTIES[0]!, PARTIES[1]!, ORDER, '98.00元', '10.00元', '2024年5月20日', 'GD20240521007', 'KF8848', '17350012345'],
  blackcat: ['杭州星耀网络科技有限公司', ORDER, '98.00元', '2024年5月20日', 'KF8848'],
  'blackcat-followup': ['杭州星耀网络科技有限公司', '98.00元', '2024年6月6日', '17350012345'],
  '12315': [...PARTIES, ORDER, '98.00元', '2024年5月20日', 'GD20240521007', 'KF8848'],
  'court-complaint': [...PARTIES, ORDER, '人民币98.00元', '2024年5月20日', 'GD20240521007', 'KF8848', '17350012345', '11010519491231002X', '广州互联网法院'],
  'evidence-list': [PARTIES[0]!, PARTIES[1]!, '订单支付截图', '支付宝账单', '客服聊天记录'],
};

async function textOf(caseId: string, kind: LetterKind): Promise<string> {
  return renderLetterText(await generateDocument(api, caseId, kind));
}

describe('letters of the realistic case', () => {
  it.each(LETTER_KINDS)('%s names the parties, order, amounts, dates and numbers; tells contacts from their fields; carries no disclaimer', async (kind) => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, kind);
    for (const part of expected[kind]) expect(text, part).toContain(part);
    expectCleanDocument(text, summaries, kind);
    // No fraud claimed: 消保法 第55条 is not cited; the card key was delivered: 电子商务法 第51条 neither.
    expect(text).not.toContain(ARTICLE_55);
    expect(text).not.toContain(ARTICLE_51);
    // A case without a shop reads as it did: no shop, no platform liability for one.
    expect(text).not.toMatch(/店铺|第三十八条|第四十四条/);
  });

  it('every kind that demands money demands the claim model’s total', async () => {
    const { id } = await createLetterCase(api);
    const { record } = await api.call<CaseDetail>('cases:get', { ref: id });
    const total = `${formatFen(claimModel(record).totalFen)}元`;
    for (const kind of LETTER_KINDS.filter((k) => k !== 'evidence-list')) expect(await textOf(id, kind), kind).toContain(total);
  });

  it('tells each contact from its fields: the promise is customer service’s with its date, the coupon is no money, whole hours without 00分', async () => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, 'cs-email');
    expect(text).toContain('2024年5月20日18时10分，本人向平台客服邮箱发送投诉邮件，要求退款98元。');
    expect(text).toContain('平台在线客服（工号KF8848）答复，告知工单号为GD20240521007，承诺3个工作日内（即2024年5月24日前）处理，原话为“已为您登记，请耐心等待”。');
    expect(text).toContain('仅提出补偿10.00元优惠券（非现金），未同意退款');
    expect(text).not.toContain('处理方案金额');
    expect(text).toContain('2024年5月30日20时，本人致信平台管理层，请求介入。');
  });

  it('a second e-mail is a 催告 citing the first: its date, its number and the deadline it missed', async () => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, 'cs-email');
    const missed = bundledCalendar.workingDaysBetween('2024-05-24', LETTER_TODAY).value;
    expect(text).toContain('关于订单KM20240520143208001的催告函');
    expect(text).toContain(`本人已于2024年5月20日向贵平台客服邮箱发送投诉邮件（工单号/投诉编号：GD20240521007），贵平台客服（工号KF8848）承诺于2024年5月24日前处理，该期限已过${missed}个工作日，问题仍未解决。现再次催告`);
    expect(text).not.toContain('正式投诉，事实、诉求及证据如下');
  });

  it('a first e-mail after a chat says the matter was raised before; with no contact at all it is a first complaint', async () => {
    const intake = { ...sampleIntake(), complainant: { ...sampleIntake().complainant, idNumber: '11010519491231002X' } };
    const { id } = await api.call<{ id: string }>('cases:create', { intake });
    expect(await textOf(id, 'cs-email')).toContain('本人就以下订单向贵平台正式投诉');
    await api.call('timeline:add', { caseId: id, event: { at: '2024-05-21 09:00', channel: 'online-cs', direction: 'outgoing', ticketNumber: 'GD1', summary: '反映卡密无效' } });
    const after = await textOf(id, 'cs-email');
    expect(after).toContain('本人已于2024年5月21日通过在线客服就本订单的问题向贵平台反映（工单号/投诉编号：GD1），至今未获解决，现以邮件正式投诉');
    expect(after).toContain('投诉+KM20240520143208001+游戏卡密无效');
  });

  it('management letter: addressed to the company and the brand, counts working days with the calendar, states what was done and announces only what was not', async () => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, 'management-escalation');
    const elapsed = bundledCalendar.workingDaysBetween('2024-05-20', LETTER_TODAY).value;
    const due = bundledCalendar.addWorkingDays('2024-05-21', 3).value;
    const late = bundledCalendar.workingDaysBetween(due, '2024-05-29').value;
    expect(text).toContain('杭州星耀网络科技有限公司（星耀卡盟）管理层负责人：');
    expect(text).toContain(`至今已过去${elapsed}个工作日`);
    expect(text).toContain(`平台客服（工号KF8848）曾承诺在3个工作日内处理，期限已于${chineseDate(due)}届满`);
    expect(text).toContain(`晚了${late}个工作日`);
    expect(text).toContain(`即${chineseDate(bundledCalendar.addWorkingDays(LETTER_TODAY, 3).value)}前`);
    // The 黑猫 complaint was filed: it is stated as done with its number, and not announced again.
    expect(text).toContain('本人已于2024年6月6日在黑猫投诉平台投诉（投诉编号17350012345）。');
    expect(text).not.toMatch(/将[^。]*在黑猫投诉平台投诉/);
    expect(text).toContain('本人将向市场监督管理部门（全国12315平台）投诉，并保留向人民法院提起诉讼的权利');
  });

  it('the 黑猫 description never narrates its own filing', async () => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, 'blackcat');
    expect(text).not.toContain('17350012345');
    expect(text).not.toContain('黑猫投诉平台提交投诉');
  });

  it('court complaint counts calendar days since the order', async () => {
    const { id } = await createLetterCase(api);
    const days = Math.round((Date.parse(`${LETTER_TODAY}T00:00:00+08:00`) - Date.parse('2024-05-20T00:00:00+08:00')) / 86_400_000);
    expect(await textOf(id, 'court-complaint')).toContain(`至今已${days}天`);
  });

  it('cites 消保法 第55条 and claims it with its legal basis in every document once fraud is claimed, the same total everywhere', async () => {
    const { id } = await createLetterCase(api);
    await api.call<CaseDetail>('cases:set-claims', { id, claims: { fraud: true } });
    for (const kind of ['cs-email', 'management-escalation', '12315', 'court-complaint'] as const) {
      const text = await textOf(id, kind);
      expect(text, kind).toContain(ARTICLE_55);
      // 3 × 98 = 294 < 500: the statutory minimum of 500 yuan applies, and the claim says so; 98 + 500 in total.
      expect(text, kind).toContain('价款的三倍不足五百元，按五百元计');
      expect(text, kind).toContain('598.00元');
    }
    for (const kind of ['blackcat', 'blackcat-followup'] as const) expect(await textOf(id, kind), kind).toContain('598.00元');
  });

  it('cites 电子商务法 第51条 for goods not delivered', async () => {
    const { id } = await createLetterCase(api);
    const intake = sampleIntake();
    intake.problem.type = 'not-delivered';
    await api.call('cases:update', { id, intake: { ...intake, complainant: { ...intake.complainant, idNumber: '11010519491231002X' } } });
    const text = await textOf(id, 'cs-email');
    expect(text).toContain(ARTICLE_51);
    expect(text).toContain('充值未到账');
  });
});

describe('missing facts', () => {
  it('a 黑猫 complaint needs the product; a court complaint without demands does not invent one', async () => {
    const intake = sampleIntake();
    delete (intake.order as { product?: string }).product;
    const { id } = await api.call<{ id: string }>('cases:create', { intake: { ...intake, complainant: { ...intake.complainant, idNumber: '11010519491231002X' } } });
    const blackcat = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'blackcat' });
    expect(blackcat.ok).toBe(false);
    if (!blackcat.ok) expect(blackcat.missing.map((m) => m.message)).toContain(letterText.missing.product);

    const complete = await api.call<{ id: string }>('cases:create', { intake: { ...sampleIntake(), complainant: { ...sampleIntake().complainant, idNumber: '11010519491231002X' } } });
    const court = await textOf(complete.id, 'court-complaint');
    expect(court).toContain('起诉前，原告未另行向被告书面催告');
    expect(court).not.toContain('多次');
  });

  it('names what a case without ID number lacks; 12315 without a credit code is generated with a warning (第9条 does not require it)', async () => {
    const intake = sampleIntake();
    delete (intake.platform as { creditCode?: string }).creditCode;
    const { id } = await api.call<{ id: string }>('cases:create', { intake });
    const build12315 = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: '12315' });
    expect(build12315.ok).toBe(true);
    if (build12315.ok) {
      expect(build12315.warnings).toContain(letterText.warning.noCreditCode);
      expect(build12315.document.fields?.map((f) => f.id)).not.toContain('creditCode');
    }
    const court = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'court-complaint' });
    expect(court.ok).toBe(false);
    if (!court.ok) expect(court.missing.map((m) => m.message).join('\n')).toContain('身份证');
    // Nothing in the timeline yet: the management letter needs the first complaint.
    const management = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'management-escalation' });
    expect(management.ok ? [] : management.missing.map((m) => m.message)).toContain(letterText.missing.firstComplaint);
  });
});
