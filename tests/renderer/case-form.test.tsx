// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validationMessages } from '../../src/shared/messages/validation';
import { ApiCallError } from '../../src/renderer/api/client';
import { CaseForm, type CaseFormProps } from '../../src/renderer/cases/CaseForm';
import './setup-dom';

function renderForm(onSubmit: CaseFormProps['onSubmit'] = async () => {}) {
  const submit = vi.fn(onSubmit);
  render(
    // env="test" turns off transitions and portals, so dropdown options are reachable at once.
    <MantineProvider env="test">
      <CaseForm onSubmit={submit} />
    </MantineProvider>,
  );
  return { submit, user: userEvent.setup() };
}

/** Labels carry Mantine's required asterisk, hence the substring match. */
const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input' });

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
});
