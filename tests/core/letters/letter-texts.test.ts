import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../src/core/letters/letter-format';
import { renderLetterText } from '../../../src/core/letters/render-text';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../../../src/shared/domain/letters';
import { letterText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { bundledCalendar } from '../pinned-clock';
import { sampleIntake } from '../sample-case';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';

const api = useApiSession({ today: () => LETTER_TODAY });

const PARTIES = ['李明', '杭州星耀网络科技有限公司', '91330106MA2H3KXC5C'];
const ORDER = 'KM20240520143208001';
const ARTICLE_55 = '第五十五条';
const ARTICLE_51 = '第五十一条';

/** What each kind must say about the realistic case, beyond what every kind says. */
const expected: Record<LetterKind, string[]> = {
  'cs-email': [...PARTIES, ORDER, '98.00元', '2024年5月20日', 'GD20240521007', '17350012345', '投诉+KM20240520143208001+游戏卡密无效'],
  'management-escalation': [PARTIES[0]!, ORDER, '98.00元', '10.00元', '2024年5月20日', 'GD20240521007'],
  blackcat: ['杭州星耀网络科技有限公司', ORDER, '98.00元', '2024年5月20日', '17350012345'],
  'blackcat-followup': ['杭州星耀网络科技有限公司', '98.00元', '2024年6月6日', '17350012345'],
  '12315': [...PARTIES, ORDER, '98.00元', '2024年5月20日'],
  'court-complaint': [...PARTIES, ORDER, '人民币98.00元', '2024年5月20日', 'GD20240521007', '17350012345', '11010519491231002X', '广州互联网法院'],
  'evidence-list': [PARTIES[0]!, PARTIES[1]!, '订单支付截图', '支付宝账单', '客服聊天记录'],
};

async function textOf(caseId: string, kind: LetterKind): Promise<string> {
  return renderLetterText(await generateDocument(api, caseId, kind));
}

describe('letters of the realistic case', () => {
  it.each(LETTER_KINDS)('%s names the parties, order, amounts, dates and numbers, and nothing undefined', async (kind) => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, kind);
    for (const part of expected[kind]) expect(text, part).toContain(part);
    expect(text).toContain(letterText.draftNote);
    expect(text).not.toMatch(/undefined|null|NaN/);
    // No fraud claimed: 消保法 第55条 is not cited; the card key was delivered: 电子商务法 第51条 neither.
    expect(text).not.toContain(ARTICLE_55);
    expect(text).not.toContain(ARTICLE_51);
  });

  it('management letter counts working days since the first complaint and the promise’s delay with the calendar', async () => {
    const { id } = await createLetterCase(api);
    const text = await textOf(id, 'management-escalation');
    const elapsed = bundledCalendar.workingDaysBetween('2024-05-20', LETTER_TODAY).value;
    const due = bundledCalendar.addWorkingDays('2024-05-21', 3).value;
    const late = bundledCalendar.workingDaysBetween(due, '2024-05-29').value;
    expect(elapsed).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(0);
    expect(text).toContain(`至今已过去${elapsed}个工作日`);
    expect(text).toContain(`期限已于${chineseDate(due)}届满`);
    expect(text).toContain(`晚了${late}个工作日`);
    expect(text).toContain(`即${chineseDate(bundledCalendar.addWorkingDays(LETTER_TODAY, 3).value)}前`);
  });

  it('court complaint counts calendar days since the order', async () => {
    const { id } = await createLetterCase(api);
    const days = Math.round((Date.parse(`${LETTER_TODAY}T00:00:00+08:00`) - Date.parse('2024-05-20T00:00:00+08:00')) / 86_400_000);
    expect(await textOf(id, 'court-complaint')).toContain(`至今已${days}天`);
  });

  it('cites 消保法 第55条 (and claims three times the price) once fraud is claimed', async () => {
    const { id } = await createLetterCase(api);
    await api.call<CaseDetail>('cases:set-claims', { id, claims: { fraud: true } });
    expect(await textOf(id, 'cs-email')).toContain(ARTICLE_55);
    const court = await textOf(id, 'court-complaint');
    expect(court).toContain(ARTICLE_55);
    // 3 × 98 = 294 < 500: the statutory minimum of 500 yuan applies, and the claim says so.
    expect(court).toContain('人民币500.00元');
    expect(court).toContain('价款的三倍不足五百元，按五百元计');
    expect(court).not.toContain('支付价款三倍的赔偿金');
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

  it('names what a case without credit code and ID number lacks', async () => {
    const intake = sampleIntake();
    delete (intake.platform as { creditCode?: string }).creditCode;
    const { id } = await api.call<{ id: string }>('cases:create', { intake });
    const build12315 = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: '12315' });
    expect(build12315.ok).toBe(false);
    if (!build12315.ok) expect(build12315.missing.map((m) => m.message)).toContain(letterText.missing.creditCode);
    const court = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'court-complaint' });
    expect(court.ok).toBe(false);
    if (!court.ok) expect(court.missing.map((m) => m.message).join('\n')).toContain('身份证');
    // Nothing in the timeline yet: the management letter needs the first complaint.
    const management = await api.call<LetterBuild>('letters:generate', { caseId: id, kind: 'management-escalation' });
    expect(management.ok ? [] : management.missing.map((m) => m.message)).toContain(letterText.missing.firstComplaint);
  });
});
