import type { TimelineView } from '../../src/shared/api/contract';
import type { CaseRecord } from '../../src/shared/domain/case';

export const caseRecord = (overrides: Partial<CaseRecord> = {}): CaseRecord => ({
  schemaVersion: 4,
  id: 'case-1',
  createdAt: '2026-11-01T10:00:00+08:00',
  updatedAt: '2026-11-01T10:00:00+08:00',
  status: 'complained',
  lifecycle: 'active',
  title: '星耀卡盟 卡密无效',
  platform: { name: '星耀卡盟' },
  complainant: { name: '李明' },
  order: { number: 'KM001', purchasedAt: '2026-10-20T14:32:08+08:00', amountPaidFen: 98_00 },
  problem: { type: 'invalid-card-key' },
  demand: { type: 'refund', amountFen: 98_00 },
  ...overrides,
});

export const emptyTimeline = (overrides: Partial<TimelineView> = {}): TimelineView => ({
  events: [],
  limitation: { from: '2026-10-20', restartedByDemand: false, lastDay: '2029-10-20', approximate: true },
  advice: [],
  today: '2026-11-26',
  ...overrides,
});
