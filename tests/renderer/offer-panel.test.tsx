// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../src/renderer/format/money';
import { OfferPanel } from '../../src/renderer/timeline/OfferPanel';
import { assessOffer, claimModel } from '../../src/shared/claims/claim-model';
import { courtFee } from '../../src/shared/claims/court-fee';
import type { TimelineView } from '../../src/shared/api/contract';
import type { CaseRecord } from '../../src/shared/domain/case';
import type { TimelineEventView } from '../../src/shared/domain/timeline';
import { renderWithMantine } from './evidence-fixtures';
import { caseRecord } from './timeline-fixtures';
import { person } from './person';

const offer = (fen: number, at: string, offerKind?: TimelineEventView['offerKind']): TimelineEventView => ({
  id: `01J0000000000000000000${at.slice(8, 10)}00`,
  at,
  channel: 'online-cs',
  direction: 'incoming',
  summary: '客服提出部分退款',
  offerAmountFen: fen,
  ...(offerKind ? { offerKind } : {}),
  evidence: [],
  createdAt: at,
  updatedAt: at,
});


const renderPanel = (record: CaseRecord, events: TimelineEventView[], smallClaims?: TimelineView['smallClaims']) =>
  renderWithMantine(<OfferPanel record={record} events={events} smallClaims={smallClaims} onClaimsSaved={() => {}} />);

describe('offer panel', () => {
  it('says whether the small-claims procedure likely applies, with the wage data it rests on', () => {
    const basis = { region: '全国', year: 2025, source: '国家统计局' };
    renderPanel(caseRecord(), [], { likely: true, claimFen: 98_00, thresholdFen: 60_349_00, basis, fromNationalFigure: true });
    const text = screen.getByTestId('small-claims').textContent!;
    expect(text).toContain('很可能适用小额诉讼程序');
    expect(text).toContain(formatYuan(60_349_00));
    expect(text).toContain('2025年全国');
  });

  it('weighs the latest offer against the claim model, with fraud compensation and the court fee on its total', async () => {
    const record = caseRecord({ order: { number: 'KM001', purchasedAt: '2026-10-20T14:32:08+08:00', amountPaidFen: 648_00 }, demand: { type: 'refund' }, claims: { fraud: true } });
    renderPanel(record, [offer(100_00, '2026-11-02T10:00:00+08:00', 'partial-refund'), offer(300_00, '2026-11-05T10:00:00+08:00', 'partial-refund')]);
    const model = claimModel(record);
    const expected = assessOffer(model, { kind: 'partial-refund', fen: 300_00 }, 648_00);
    const fee = courtFee(model.totalFen);

    const gap = screen.getByTestId('offer-gap');
    expect(gap.textContent).toContain(`还差 ${formatYuan(expected.gapFen)}`);
    expect(gap.textContent).toContain(`覆盖 ${Math.round(expected.coverage * 100)}%`);
    const entitlement = screen.getByTestId('entitlement');
    expect(within(entitlement).getByText(formatYuan(model.items.find((item) => item.kind === 'statutory-multiple')!.fen))).toBeTruthy();
    expect(entitlement.textContent).toContain('消保法第55条第1款');
    expect(entitlement.textContent).toContain(`合计 ${formatYuan(model.totalFen)}`);
    const fees = screen.getByTestId('court-fee').textContent!;
    expect(fees).toContain(formatYuan(fee.fullFen));
    expect(fees).toContain(`减半：${formatYuan(fee.simpleProcedureFen)}`);
    expect(fees).toContain('请以当地法院公布为准');
  });

  // Issue #9 point 3: a 20-yuan coupon was weighed as 20 yuan of money.
  it('a coupon covers nothing of a refund demand, and the panel says so', () => {
    renderPanel(caseRecord(), [offer(20_00, '2026-11-02T10:00:00+08:00', 'coupon')]);
    expect(screen.getByText(/最近一次方案.*优惠券 \/ 代金券（非现金） ¥20\.00/)).toBeTruthy();
    expect(screen.getByTestId('offer-gap').textContent).toContain(`还差 ${formatYuan(98_00)}`);
    expect(screen.getByTestId('offer-gap').textContent).toContain('覆盖 0%');
    expect(screen.getByTestId('offer-no-cash').textContent).toBe('优惠券不是现金，不抵扣退款，计为 0 元。');
  });

  it('uses a typed amount over the latest offer, and the platform promise multiple', async () => {
    const user = person();
    const record = caseRecord({ claims: { fraud: false, platformPromise: { text: '假一赔三', multiplier: 3 } } });
    renderPanel(record, [offer(50_00, '2026-11-02T10:00:00+08:00')]);
    const model = claimModel(record);
    await user.type(screen.getByLabelText(/评估金额/), String(model.totalFen / 100));

    expect(screen.getByTestId('offer-gap').textContent).toContain('报价已满足诉求');
    expect(screen.getByTestId('entitlement').textContent).toContain('平台承诺“假一赔三”（3 倍）');
    expect(screen.getByTestId('entitlement').textContent).toContain(`合计 ${formatYuan(model.totalFen)}`);
    expect(screen.getByTestId('court-fee').textContent).toContain(formatYuan(courtFee(model.totalFen).fullFen));
  });

  it('warns about a multiple of the price claimed without fraud or a promise', () => {
    renderPanel(caseRecord({ demand: { type: 'compensation', amountFen: 294_00 } }), []);
    expect(screen.getByTestId('claim-warning').textContent).toContain('是实付金额的 3 倍');
  });
});
