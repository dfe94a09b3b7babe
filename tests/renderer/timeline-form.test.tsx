// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TimelineTab } from '../../src/renderer/timeline/TimelineTab';
import { renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { caseRecord, emptyTimeline } from './timeline-fixtures';
import { person } from './person';

const host = useFakeWebHost();
const noop = () => {};

beforeEach(() => {
  host.api.mockImplementation(async (channel) => {
    if (channel === 'evidence:list') return { items: [], checklist: [] };
    return emptyTimeline();
  });
});

const renderTab = (record = caseRecord()) => renderWithMantine(<TimelineTab record={record} onCaseChanged={noop} onClaimsSaved={noop} onOpenTab={noop} />);

describe('quick-add form', () => {
  it('shows the schema message under 时间 for a bad time and does not call the API', async () => {
    const user = person();
    renderTab();
    const time = await screen.findByLabelText(/^时间/);
    await user.clear(time);
    await user.type(time, '2026-02-30 10:00');
    await user.type(screen.getByLabelText(/^经过摘要/), '发邮件要求退款{Enter}');

    expect(await screen.findByText('日期或时间不存在，请核对')).toBeTruthy();
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(host.api.mock.calls.map(([channel]) => channel)).not.toContain('timeline:add');
  });

  it('sends the entry on Ctrl+Enter from any field, then keeps the channel and direction for the next one', async () => {
    const user = person();
    renderTab();
    await user.selectOptions(await screen.findByLabelText('渠道'), 'email');
    await user.selectOptions(screen.getByLabelText('方向'), 'incoming');
    await user.type(screen.getByLabelText(/^经过摘要/), '客服回复会尽快处理');
    await user.type(screen.getByLabelText('承诺处理时限（工作日）'), '3{Control>}{Enter}{/Control}');

    await waitFor(() => expect(host.api).toHaveBeenCalledWith('timeline:add', expect.objectContaining({ caseId: 'case-1' })));
    const sent = host.api.mock.calls.find(([channel]) => channel === 'timeline:add')![1] as { event: Record<string, unknown> };
    expect(sent.event).toMatchObject({ channel: 'email', direction: 'incoming', summary: '客服回复会尽快处理', promisedWorkingDays: '3' });
    await waitFor(() => expect((screen.getByLabelText(/^经过摘要/) as HTMLTextAreaElement).value).toBe(''));
    expect((screen.getByLabelText('渠道') as HTMLSelectElement).value).toBe('email');
    expect((screen.getByLabelText('方向') as HTMLSelectElement).value).toBe('incoming');
  });

  // Issue #9 point 3: an offer is recorded as what it is, not only as an amount.
  it('records what the offer is (a coupon), and on a case with a shop that the platform refused to name its operator', async () => {
    const user = person();
    renderTab(caseRecord({ seller: { name: '速充小铺' } }));
    await user.selectOptions(await screen.findByLabelText('方向'), 'incoming');
    await user.selectOptions(screen.getByLabelText('方案类型'), 'coupon');
    await user.type(screen.getByLabelText('对方提出的金额（元）'), '20');
    await user.click(screen.getByLabelText('平台拒绝提供店铺经营者的真实名称、地址和联系方式'));
    await user.type(screen.getByLabelText(/^经过摘要/), '客服提出补偿20元优惠券{Enter}');

    await waitFor(() => expect(host.api).toHaveBeenCalledWith('timeline:add', expect.anything()));
    const sent = host.api.mock.calls.find(([channel]) => channel === 'timeline:add')![1] as { event: Record<string, unknown> };
    expect(sent.event).toMatchObject({ offerKind: 'coupon', offerAmount: '20', sellerIdentityRefused: true });
  });

  it('asks about the shop’s operator only on a case with a shop', async () => {
    renderTab();
    await screen.findByLabelText('方案类型');
    expect(screen.queryByLabelText('平台拒绝提供店铺经营者的真实名称、地址和联系方式')).toBeNull();
  });
});
