// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CasePath } from '../../src/shared/domain/complaint-path';
import { CasePathStepper } from '../../src/renderer/case-path/CasePathStepper';
import { renderWithMantine } from './evidence-fixtures';

/** Complained to customer service, went straight on to 黑猫 (passing management over), now at 12315. */
const atRegulator = (deadline?: CasePath['deadline']): CasePath => ({
  current: '12315',
  finished: false,
  steps: [
    { stage: 'prepare', state: 'done' },
    { stage: 'customer-service', state: 'done', takenAt: '2024-05-20T18:10:00+08:00', ticketNumber: 'GD20240521007' },
    { stage: 'management', state: 'skipped' },
    { stage: 'blackcat', state: 'done', takenAt: '2024-06-06T21:15:00+08:00', ticketNumber: '17350012345' },
    { stage: '12315', state: 'current', takenAt: '2024-06-20T09:00:00+08:00' },
    { stage: 'court', state: 'upcoming' },
  ],
  ...(deadline ? { deadline } : {}),
});

const step = (stage: string) => screen.getByTestId(`path-step-${stage}`);

describe('the complaint path on the case page', () => {
  it('shows a 黑猫 complaint as a step done, with its day and number', () => {
    renderWithMantine(<CasePathStepper path={atRegulator()} />);
    const blackcat = within(step('blackcat'));
    expect(blackcat.getByText('已完成')).toBeTruthy();
    expect(blackcat.getByText('黑猫投诉')).toBeTruthy();
    expect(blackcat.getByText('2024-06-06 提交')).toBeTruthy();
    expect(blackcat.getByText('编号 17350012345')).toBeTruthy();
    expect(within(step('management')).getByText('未经过')).toBeTruthy();
    expect(step('12315').getAttribute('aria-current')).toBe('step');
  });

  it('gives the current step its deadline and the working days left, or overdue', () => {
    const { unmount } = renderWithMantine(<CasePathStepper path={atRegulator({ dueDate: '2024-07-01', approximate: false, workingDaysLeft: 4, overdueWorkingDays: 0 })} />);
    expect(within(step('12315')).getByText('期限 2024-07-01')).toBeTruthy();
    expect(within(step('12315')).getByText('还剩 4 个工作日')).toBeTruthy();
    unmount();
    renderWithMantine(<CasePathStepper path={atRegulator({ dueDate: '2024-07-01', approximate: false, overdueWorkingDays: 6 })} />);
    expect(within(step('12315')).getByText('已超期 6 个工作日')).toBeTruthy();
    expect(within(step('12315')).queryByText('法定受理期限')).toBeNull();
  });

  it('names the regulator’s statutory limit when that is the deadline', () => {
    renderWithMantine(<CasePathStepper path={atRegulator({ dueDate: '2024-07-01', approximate: false, workingDaysLeft: 2, overdueWorkingDays: 0, basis: 'regulator-acceptance' })} />);
    expect(within(step('12315')).getByText('法定受理期限').getAttribute('title')).toContain('第十四条');
  });

  it('says so when the current step has no deadline yet, instead of leaving it blank', () => {
    renderWithMantine(<CasePathStepper path={atRegulator()} />);
    expect(within(step('12315')).getByText('尚未记录期限').getAttribute('title')).toContain('承诺的处理时间');
    expect(within(step('blackcat')).queryByText('尚未记录期限')).toBeNull();
  });
});
