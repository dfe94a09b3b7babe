import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../../../src/shared/api/field-errors';
import type { CaseIntake } from '../../../src/shared/domain/intake';
import { factsToIntake } from '../../../src/shared/domain/intake';
import { caseIntakeSchema } from '../../../src/shared/validation/intake-schema';
import { CHINESE_ISSUES } from '../../../src/shared/validation/issue-messages';
import { sampleIntake } from '../../core/sample-case';

const fieldErrors = (intake: unknown) => {
  // As the API boundary and the form parse it: with the Chinese messages for every issue.
  const result = caseIntakeSchema.safeParse(intake, CHINESE_ISSUES);
  return result.success ? [] : toFieldErrors(result.error);
};

describe('caseIntakeSchema', () => {
  it('turns the realistic intake into normalised facts', () => {
    const intake = sampleIntake();
    intake.complainant.phone = '+86 138-1234-5678';
    intake.platform.creditCode = ' 91330106ma2h3kxc5c ';
    intake.order.purchasedAt = '2024-05-20 14:32:08';
    intake.order.amountPaid = '¥98';
    const facts = caseIntakeSchema.parse(intake);
    expect(facts).toMatchObject({
      title: '星耀卡盟 王者荣耀点券卡密无效',
      platform: { name: '星耀卡盟', creditCode: '91330106MA2H3KXC5C', url: 'https://www.xingyao-kameng.example.cn/' },
      complainant: { name: '李明', phone: '13812345678' },
      order: { purchasedAt: '2024-05-20T14:32:08+08:00', amountPaidFen: 9800 },
      demand: { type: 'refund', amountFen: 9800, deadlineDays: 3 },
    });
    expect(facts.order).not.toHaveProperty('amountPaid');
  });

  it('takes the fields letters need: mailboxes, ethnicity, legal representative, the shop, the lawsuit answers', () => {
    const intake = sampleIntake();
    intake.platform.serviceEmail = ' kefu＠xingyao.example.cn ';
    intake.seller = { name: '速充小铺', operator: '广州速充贸易商行', contact: '' };
    intake.litigation = { court: '', agreement: 'none', electronicService: 'no' };
    const facts = caseIntakeSchema.parse(intake);
    expect(facts.platform).toMatchObject({ serviceEmail: 'kefu@xingyao.example.cn', managementEmail: 'tousu@xingyao-kameng.example.cn', legalRepresentative: '周海涛' });
    expect(facts.complainant).toMatchObject({ ethnicity: '汉族', email: 'liming2024@example.com' });
    expect(facts.seller).toEqual({ name: '速充小铺', operator: '广州速充贸易商行' });
    expect(facts.litigation).toEqual({ agreement: 'none', electronicService: false });
    expect(caseIntakeSchema.parse(factsToIntake(facts))).toEqual(facts);
  });

  it('leaves out a shop and lawsuit answers nobody gave, so a case without a shop reads as before', () => {
    const intake = sampleIntake();
    delete intake.litigation;
    const facts = caseIntakeSchema.parse({ ...intake, seller: { name: ' ' } });
    expect(facts).not.toHaveProperty('seller');
    expect(facts).not.toHaveProperty('litigation');
  });

  it('names a bad mailbox, a shop without a name and an unknown agreement', () => {
    const intake = sampleIntake();
    expect(fieldErrors({ ...intake, complainant: { ...intake.complainant, email: 'liming at example' } })).toEqual([
      { field: 'complainant.email', message: '请输入电子邮箱地址，例如 liming@example.com' },
    ]);
    expect(fieldErrors({ ...intake, seller: { operator: '广州速充贸易商行' } })).toEqual([
      { field: 'seller.name', message: '填写了店铺的其他信息，请同时填写店铺名称' },
    ]);
    expect(fieldErrors({ ...intake, litigation: { agreement: 'maybe' } }).map((e) => e.field)).toEqual(['litigation.agreement']);
  });

  it('names every missing required field', () => {
    expect(fieldErrors({}).map((e) => e.field).sort()).toEqual([
      'complainant.name',
      'order.amountPaid',
      'order.number',
      'order.purchasedAt',
      'platform.name',
      'problem.type',
    ]);
    expect(fieldErrors({}).find((e) => e.field === 'platform.name')?.message).toBe('此项必填');
  });

  it('gives each bad field its own message', () => {
    const intake = sampleIntake();
    intake.platform.url = 'javascript:alert(1)';
    intake.complainant.idNumber = '110105194912310021';
    intake.complainant.phone = '12345';
    intake.order.amountPaid = '0';
    intake.demand = { type: 'refund', amount: 'abc', deadlineDays: '100' };
    const errors = Object.fromEntries(fieldErrors(intake).map((e) => [e.field, e.message]));
    expect(errors).toEqual({
      'platform.url': expect.stringContaining('http'),
      'complainant.idNumber': expect.stringContaining('校验位'),
      'complainant.phone': expect.stringContaining('手机号码'),
      'order.amountPaid': expect.stringContaining('大于 0'),
      'demand.amount': expect.stringContaining('金额'),
      'demand.deadlineDays': expect.stringContaining('1 到 90'),
    });
  });

  it('treats blank optional fields as not given and derives a title when none is typed', () => {
    const intake: CaseIntake = {
      platform: { name: ' 极速卡盟 ', url: '  ', company: '' },
      complainant: { name: '王芳', phone: '' },
      order: { number: 'JS001', purchasedAt: '2024-06-01 10:00', amountPaid: '30', product: '腾讯视频月卡' },
      problem: { type: 'not-delivered', description: '   ' },
      demand: { type: '', amount: '', deadlineDays: '' },
    };
    const facts = caseIntakeSchema.parse(intake);
    expect(facts.platform).toEqual({ name: '极速卡盟' });
    expect(facts.complainant).toEqual({ name: '王芳' });
    expect(facts.problem).toEqual({ type: 'not-delivered' });
    expect(facts.demand).toEqual({});
    expect(facts.title).toBe('极速卡盟 腾讯视频月卡未到账 / 未发货');
  });

  it('rejects a problem type outside the list and text that is too long', () => {
    const intake = sampleIntake();
    intake.problem.type = 'angry';
    intake.order.number = 'x'.repeat(101);
    const fields = fieldErrors(intake).map((e) => e.field).sort();
    expect(fields).toEqual(['order.number', 'problem.type']);
  });

  it('round-trips stored facts through the edit form', () => {
    const facts = caseIntakeSchema.parse(sampleIntake());
    expect(caseIntakeSchema.parse(factsToIntake(facts))).toEqual(facts);
  });
});
