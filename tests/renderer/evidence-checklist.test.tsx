// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChecklistGap } from '../../src/shared/domain/evidence';
import { ChecklistPanel } from '../../src/renderer/evidence/ChecklistPanel';
import { gapMessage } from '../../src/renderer/evidence/checklist-text';
import { renderWithMantine } from './evidence-fixtures';

const cases: [ChecklistGap, string][] = [
  [{ kind: 'no-evidence' }, '还没有任何证据'],
  [{ kind: 'no-payment-proof' }, '缺少支付凭证：请导入订单页面截图、支付宝或微信支付账单'],
  [{ kind: 'no-failure-proof' }, '缺少能证明问题的证据：请导入报错截图、未到账页面或录屏'],
  [{ kind: 'no-communication' }, '缺少沟通记录：请导入与客服的聊天记录、邮件或通话录音'],
  [{ kind: 'element-uncovered', element: 'result' }, '四要素中“结果”尚无证据覆盖'],
  [{ kind: 'screenshot-missing-facts', itemId: 'x', exhibitNumber: 3, missing: ['orderNumber', 'timestamp'] }, '证据3 截图未确认显示订单号、时间戳'],
  [{ kind: 'screenshot-missing-facts', itemId: 'x', exhibitNumber: 2, missing: ['timestamp'] }, '证据2 截图未确认显示时间戳'],
  [{ kind: 'recording-consent-unknown', itemId: 'y', exhibitNumber: 4 }, '证据4 录音未确认是否告知对方'],
];

describe('evidence checklist', () => {
  it.each(cases)('names the gap %o in plain Chinese', (gap, message) => {
    expect(gapMessage(gap)).toBe(message);
  });

  it('lists every gap', () => {
    renderWithMantine(<ChecklistPanel gaps={cases.map(([gap]) => gap)} />);
    const region = screen.getByRole('region', { name: '案件证据清单检查' });
    expect(region.querySelectorAll('li')).toHaveLength(cases.length);
    expect(screen.queryByText('证据齐全')).toBeNull();
  });

  it('shows the complete state when nothing is missing', () => {
    renderWithMantine(<ChecklistPanel gaps={[]} />);
    expect(screen.getByText('证据齐全')).toBeTruthy();
  });
});
