import { describe, expect, it } from 'vitest';
import { caseChanges } from '../../../src/core/cases/case-changes';
import { sampleRecord } from '../sample-case';

describe('caseChanges', () => {
  const before = sampleRecord();

  it('names changed, added and removed facts by their dotted path, never by value', () => {
    const after = {
      ...before,
      updatedAt: '2024-06-01T10:00:00+08:00',
      platform: { ...before.platform, company: undefined, address: '杭州市西湖区文三路 1 号' },
      order: { ...before.order, amountPaidFen: 109850 },
    };
    expect(caseChanges(before, after)).toEqual({ fields: ['order.amountPaidFen', 'platform.address', 'platform.company'] });
  });

  it('reports status and lifecycle with where they came from', () => {
    expect(caseChanges(before, { ...before, status: 'litigation', lifecycle: 'archived' })).toEqual({
      fields: [],
      status: { from: 'preparing', to: 'litigation' },
      lifecycle: { from: 'active', to: 'archived' },
    });
  });

  it('reports nothing for a write that changed no fact', () => {
    expect(caseChanges(before, { ...before, updatedAt: '2099-01-01T00:00:00+08:00' })).toEqual({ fields: [] });
  });
});
