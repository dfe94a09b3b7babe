// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validationMessages } from '../../src/shared/messages/validation';
import { ApiCallError } from '../../src/renderer/api/client';
import { CaseForm, type CaseFormProps } from '../../src/renderer/cases/CaseForm';
import type { CaseIntake } from '../../src/shared/domain/intake';
import { person } from './person';

function renderForm(onSubmit: CaseFormProps['onSubmit'] = async () => {}, initial?: CaseIntake) {
  const submit = vi.fn(onSubmit);
  render(
    // env="test" turns off transitions and portals, so dropdown options are reachable at once.
    <MantineProvider env="test">
      <CaseForm onSubmit={submit} initial={initial} />
    </MantineProvider>,
  );
  return { submit, user: person() };
}

/** Labels carry Mantine's required asterisk, hence a match on how the label starts (经营者统一社会信用代码 is another field). */
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`), { selector: 'input' });

/**
 * Enters a whole value at once, as pasting or an input method does: every keystroke re-renders and
 * re-checks the whole form, which a busy machine makes slow, and typing is not what these tests test.
 */
async function enter(user: UserEvent, input: HTMLElement, value: string) {
  await user.click(input);
  await user.paste(value);
}

async function fillRequired(user: UserEvent) {
  await enter(user, field('平台名称'), '星耀卡盟');
  await enter(user, field('投诉人姓名'), '张三');
  await enter(user, field('订单号'), '20240520001');
  await enter(user, field('购买时间'), '2024-05-20 14:32:08');
  await enter(user, field('实付金额（元）'), '98');
  await user.click(field('问题类型'));
  await user.click(await screen.findByRole('option', { name: '卡密无效' }));
}

describe('case form', () => {
  it('shows the credit-code message on blur and does not save while it stands', async () => {
    const { submit, user } = renderForm();

    await enter(user, field('平台名称'), '星耀卡盟');
    await enter(user, field('统一社会信用代码'), '91350100M000100Y44');
    await user.tab();
    expect(await screen.findByText(validationMessages.creditCodeCheck)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(submit).not.toHaveBeenCalled();
    // In form order the credit code is the first bad field, so the person lands on it.
    expect(document.activeElement).toBe(field('统一社会信用代码'));
    expect(field('统一社会信用代码').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the intake the CLI reads, with the purchase time as ISO 8601 in China time', async () => {
    const { submit, user } = renderForm();

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(submit).toHaveBeenCalledWith({
      platform: { name: '星耀卡盟' },
      complainant: { name: '张三' },
      order: { number: '20240520001', purchasedAt: '2024-05-20T14:32:08+08:00', amountPaid: '98' },
      problem: { type: 'invalid-card-key' },
    });
  });

  it('shows field errors the server answers under the fields they name', async () => {
    const message = '该订单号已登记在另一个案件中';
    const { user } = renderForm(async () => {
      throw new ApiCallError('invalid', '输入有误，请按提示修改后再保存', [{ field: 'order.number', message }]);
    });

    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(message)).toBeTruthy();
    expect(field('订单号').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('订单号'));
  });

  it('asks for the shop only when there is one, and proposes the court from the addresses with the reason', async () => {
    const { user } = renderForm(async () => {}, {
      platform: { name: '星耀卡盟', address: '浙江省杭州市西湖区文三路 398 号 7 楼' },
      complainant: { name: '李明', address: '广东省广州市天河区体育西路 103 号' },
      order: { number: 'KM001', purchasedAt: '2024-05-20T14:32:08+08:00', amountPaid: '98.00' },
      problem: { type: 'invalid-card-key' },
      litigation: { agreement: 'none' },
    });
    expect(screen.queryByLabelText(/^店铺名称/)).toBeNull();
    await user.click(screen.getByRole('switch', { name: /店铺（商户）卖的/ }));
    expect(screen.getByLabelText(/^店铺名称/)).toBeTruthy();
    // The sample case answered the lawsuit questions, so that part is open; the buyer lives in Guangzhou.
    expect(screen.getByText(/^建议：广州互联网法院。本案为网络购物合同纠纷/)).toBeTruthy();
  });
});
