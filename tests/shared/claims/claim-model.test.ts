import { describe, expect, it } from 'vitest';
import { assessOffer, claimModel, fraudCompensationFen, type ClaimFacts } from '../../../src/shared/claims/claim-model';
import { claimWarningText } from '../../../src/shared/messages/claims';

/** A 6,800 元 game top-up that never arrived: the second realistic case of the letter tests. */
const topUp = (overrides: Partial<ClaimFacts> = {}): ClaimFacts => ({
  order: { number: 'ST20250303001', purchasedAt: '2025-03-03T21:05:00+08:00', amountPaidFen: 6_800_00 },
  problem: { type: 'not-delivered' },
  demand: { type: 'refund', amountFen: 6_800_00, deadlineDays: 3 },
  ...overrides,
});

const summary = (facts: ClaimFacts) => {
  const model = claimModel(facts);
  return { items: model.items.map((item) => [item.kind, item.fen, item.basis.join('+')]), total: model.totalFen, warnings: model.warnings.map((w) => w.kind) };
};

describe('claim model', () => {
  it('fraud: three times the price paid, at least 500 元 (消保法 第55条)', () => {
    expect(fraudCompensationFen(98_00)).toBe(500_00);
    expect(fraudCompensationFen(166_67)).toBe(500_01);
    expect(fraudCompensationFen(648_00)).toBe(1_944_00);
  });

  it('a refund demand is the price back, on 民法典 第577条', () => {
    expect(summary(topUp())).toEqual({ items: [['refund', 6_800_00, 'civil577']], total: 6_800_00, warnings: [] });
  });

  it('a card key that does not work adds 消保法 第24条 to the refund', () => {
    expect(summary(topUp({ problem: { type: 'invalid-card-key' } })).items).toEqual([['refund', 6_800_00, 'civil577+consumer24']]);
  });

  it('“compensation 20,400” with fraud on a 6,800 purchase: refund plus the statutory multiple, never 20,400 twice', () => {
    // The defect: the 起诉状 asked 20,400 as 损失 under 民法典第584条 and added 20,400 again (40,800).
    const facts = topUp({ demand: { type: 'compensation', amountFen: 20_400_00, deadlineDays: 3 }, claims: { fraud: true } });
    const model = claimModel(facts);
    expect(summary(facts).items).toEqual([
      ['refund', 6_800_00, 'civil577'],
      ['statutory-multiple', 20_400_00, 'consumer55'],
    ]);
    expect(model.totalFen).toBe(27_200_00);
    expect(model.items.filter((item) => item.kind === 'loss')).toEqual([]);
    // The demand typed is lower than what is claimed: said, not silently changed.
    expect(model.warnings).toEqual([{ kind: 'demand-below-total', demandFen: 20_400_00, totalFen: 27_200_00 }]);
    expect(claimWarningText(model.warnings[0]!)).toContain('27,200.00');
  });

  it('a multiple of the price without fraud or a platform promise is warned about before any document asks for it', () => {
    const model = claimModel(topUp({ demand: { type: 'compensation', amountFen: 20_400_00, deadlineDays: 3 } }));
    expect(model.warnings).toEqual([{ kind: 'multiple-without-basis', demandFen: 20_400_00, multiple: 3 }]);
    expect(model.items.at(-1)).toMatchObject({ kind: 'loss', fen: 13_600_00, basis: ['civil584'], unitemised: true });
    expect(model.totalFen).toBe(20_400_00);
  });

  it('a loss larger than the price without itemised losses is warned about; listed losses are claimed one by one', () => {
    const unlisted = claimModel(topUp({ demand: { type: 'compensation', amountFen: 15_000_00, deadlineDays: 3 } }));
    expect(unlisted.warnings.map((w) => w.kind)).toEqual(['loss-not-itemised']);
    const listed = claimModel(
      topUp({ demand: { type: 'compensation', amountFen: 7_100_00, deadlineDays: 3 }, claims: { fraud: false, losses: [{ text: '另行购买点券的差价', amountFen: 300_00 }] } }),
    );
    expect(listed.items.map((item) => [item.kind, item.fen, item.text])).toEqual([
      ['refund', 6_800_00, undefined],
      ['loss', 300_00, '另行购买点券的差价'],
    ]);
    expect(listed.totalFen).toBe(7_100_00);
    expect(listed.warnings).toEqual([]);
  });

  it('claims the higher of fraud compensation and a platform promise such as 假一赔三, never both', () => {
    const both = claimModel({ ...topUp(), order: { ...topUp().order, amountPaidFen: 98_00 }, claims: { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } } });
    expect(both.items.map((item) => [item.kind, item.fen])).toEqual([
      ['refund', 98_00],
      ['statutory-multiple', 500_00],
    ]);
    expect(both.items[1]).toMatchObject({ minimumApplied: true });
    expect(both.notAdded).toMatchObject({ kind: 'promised-multiple', fen: 294_00, basis: ['consumer44Promise'] });
    expect(both.totalFen).toBe(598_00);
  });

  it('a refund above the price is claimed as the price, with a warning', () => {
    const model = claimModel(topUp({ demand: { type: 'refund', amountFen: 7_000_00, deadlineDays: 3 } }));
    expect(model.totalFen).toBe(6_800_00);
    expect(model.warnings.map((w) => w.kind)).toEqual(['refund-above-price']);
  });

  it('a demand to deliver again is no money, but a claimed multiple still is', () => {
    const model = claimModel(topUp({ demand: { type: 'redeliver', deadlineDays: 3 }, claims: { fraud: true } }));
    expect(model.items.map((item) => [item.kind, item.fen, item.basis.join('+')])).toEqual([
      ['redelivery', 0, 'civil577+ecommerce51'],
      ['statutory-multiple', 20_400_00, 'consumer55'],
    ]);
  });
});

describe('offer assessment', () => {
  const model = claimModel(topUp());

  it('a coupon covers nothing of a refund demand, whatever its face value', () => {
    expect(assessOffer(model, { kind: 'coupon', fen: 20_00 }, 6_800_00)).toEqual({ demandFen: 6_800_00, cashFen: 0, gapFen: 6_800_00, coverage: 0 });
  });

  it('a partial refund covers its share; a refund without amount is the price', () => {
    expect(assessOffer(model, { kind: 'partial-refund', fen: 3_400_00 }, 6_800_00)).toMatchObject({ cashFen: 3_400_00, coverage: 0.5 });
    expect(assessOffer(model, { kind: 'refund' }, 6_800_00)).toMatchObject({ cashFen: 6_800_00, gapFen: 0, coverage: 1 });
  });

  it('an offer recorded before offer kinds counts its amount', () => {
    expect(assessOffer(model, { fen: 1_000_00 }, 6_800_00)).toMatchObject({ cashFen: 1_000_00 });
  });

  it('a redelivery meets a demand to deliver again, and nothing of a money demand', () => {
    const redeliver = claimModel(topUp({ demand: { type: 'redeliver', deadlineDays: 3 } }));
    expect(assessOffer(redeliver, { kind: 'redelivery' }, 6_800_00).coverage).toBe(1);
    expect(assessOffer(redeliver, { kind: 'coupon', fen: 20_00 }, 6_800_00).coverage).toBe(0);
    expect(assessOffer(model, { kind: 'redelivery' }, 6_800_00).coverage).toBe(0);
  });
});
