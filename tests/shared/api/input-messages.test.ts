import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { ApiResult, FieldError } from '../../../src/shared/api/result';
import { createStubHandlers } from '../../hosts/support/stub-handlers';
import { sampleIntake } from '../../core/sample-case';

const CASE_ID = '01J0ABCDEFGHJKMNPQRSTVWXYZ';
const event = { at: '2024-05-21 10:05', channel: 'online-cs', direction: 'incoming', summary: '客服称三个工作日内处理' };

async function fieldsOf(channel: string, input: unknown): Promise<Record<string, string>> {
  const { handlers } = createStubHandlers();
  const result: ApiResult<unknown> = await dispatch(handlers, channel, input);
  expect(result.ok).toBe(false);
  const fields: FieldError[] = result.ok ? [] : (result.error.fields ?? []);
  for (const { message } of fields) {
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Invalid|expected|received|Unrecognized|Too (big|small)/);
  }
  return Object.fromEntries(fields.map(({ field, message }) => [field, message]));
}

describe('validation messages at the API boundary', () => {
  it('says in Chinese what the input as a whole should be', async () => {
    expect(await fieldsOf('cases:create', [])).toEqual({ '(root)': '应为一组字段（{…}），收到的是列表' });
    expect(await fieldsOf('cases:create', { intake: [] })).toEqual({ '(root)': '应为一组字段（{…}），收到的是列表' });
    expect(await fieldsOf('timeline:add', { caseId: CASE_ID, event: '客服' })).toEqual({ '(root)': '应为一组字段（{…}），收到的是文字“客服”' });
  });

  it('names an unknown field by its name', async () => {
    const fields = await fieldsOf('timeline:add', { caseId: CASE_ID, event: { ...event, summary2: 'x', quote2: 'y' } });
    expect(fields).toEqual({ summary2: expect.stringContaining('不认识的字段 summary2'), quote2: expect.stringContaining('不认识的字段 quote2') });
  });

  it('says which type a field expects and what came', async () => {
    const fields = await fieldsOf('timeline:add', { caseId: CASE_ID, event: { ...event, evidence: 'abc', promisedWorkingDays: true, channel: 'wechat' } });
    expect(fields.evidence).toBe('应为列表（[…]），收到的是文字“abc”');
    expect(fields.promisedWorkingDays).toContain('1 到 60 之间的整数');
    expect(fields.channel).toMatch(/^应为以下之一：.*online-cs、email、phone.*；收到的是文字“wechat”$/);
    const intake = sampleIntake() as unknown as { order: Record<string, unknown>; platform: Record<string, unknown> };
    intake.order.number = 12345;
    intake.platform = [] as never;
    expect(await fieldsOf('cases:create', { intake })).toEqual({
      'order.number': '应为文字，收到的是数字 12345',
      platform: '应为一组字段（{…}），收到的是列表',
    });
  });

  it('accepts a JSON number for money: 98 is 98.00 元', async () => {
    const { handlers, calls } = createStubHandlers();
    const intake = { ...sampleIntake(), order: { ...sampleIntake().order, amountPaid: 98 }, demand: { type: 'refund', amount: 98.5 } };
    const result = await dispatch(handlers, 'cases:create', { intake });
    expect(result.ok).toBe(true);
    expect(calls[0]!.input).toMatchObject({ intake: { order: { amountPaidFen: 9800 }, demand: { amountFen: 9850 } } });
    expect(await fieldsOf('cases:create', { intake: { ...intake, order: { ...intake.order, amountPaid: 98.123 } } })).toEqual({
      'order.amountPaid': '金额最多保留两位小数（精确到分）',
    });
    expect(await fieldsOf('cases:create', { intake: { ...intake, order: { ...intake.order, amountPaid: true } } })).toEqual({
      'order.amountPaid': '请输入金额（元），例如 98 或 98.00',
    });
    expect(await fieldsOf('timeline:add', { caseId: CASE_ID, event: { ...event, offerAmount: [] } })).toEqual({ offerAmount: '请输入金额（元），例如 98 或 98.00' });
  });

  it('refuses control characters in single-line fields, naming the character', async () => {
    for (const bad of ['KM\u0000001', 'KM\r001', 'KM\n001', 'KM\u001b[2J001']) {
      const intake = { ...sampleIntake(), order: { ...sampleIntake().order, number: bad } };
      expect(await fieldsOf('cases:create', { intake })).toEqual({ 'order.number': expect.stringMatching(/^第 3 个字符是控制字符 U\+00(00|0D|0A|1B)/) });
    }
    const labels = await fieldsOf('evidence:update', { caseId: CASE_ID, itemId: CASE_ID, labels: { title: '支付截图\u202Egnp.exe', source: 'a\tb' } });
    expect(labels).toEqual({
      'labels.title': expect.stringContaining('第 5 个字符是文字方向控制符 U+202E'),
      'labels.source': expect.stringContaining('U+0009'),
    });
    const claims = await fieldsOf('cases:set-claims', { id: CASE_ID, claims: { fraud: false, platformPromise: { text: '假一赔三\u001b]0;x\u0007', multiplier: 3 } } });
    expect(claims).toEqual({ 'claims.platformPromise.text': expect.stringContaining('U+001B') });
  });

  it('keeps line breaks in texts of several lines, but no other control characters', async () => {
    const { handlers, calls } = createStubHandlers();
    // The stub's timeline:add fails after it was reached: what matters is that the input got there.
    await dispatch(handlers, 'timeline:add', { caseId: CASE_ID, event: { ...event, summary: '第一行\n第二行', quote: '原话\r\n下一行' } });
    expect(calls[0]!.input).toMatchObject({ event: { summary: '第一行\n第二行' } });
    expect(await fieldsOf('timeline:add', { caseId: CASE_ID, event: { ...event, summary: '第一行\u001b[1A伪造' } })).toEqual({
      summary: expect.stringContaining('U+001B'),
    });
    expect(await fieldsOf('timeline:add', { caseId: CASE_ID, event: { ...event, ticketNumber: 'T1\nT2' } })).toEqual({
      ticketNumber: expect.stringContaining('U+000A'),
    });
  });
});
