import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION } from '../../../src/core/cases/case-file';
import { CaseIndex } from '../../../src/core/index/case-index';
import { migrateIndex } from '../../../src/core/index/index-db';
import { overdueCases } from '../../../src/core/timeline/overdue-cases';
import type { CaseRecord } from '../../../src/shared/domain/case';
import { bundledCalendar } from '../pinned-clock';
import { sampleRecord } from '../sample-case';

function indexWith(cases: { record: CaseRecord; dueDate?: string }[]): CaseIndex {
  const db = new Database(':memory:');
  migrateIndex(db);
  const index = new CaseIndex(db);
  cases.forEach(({ record, dueDate }, i) => {
    index.record({ ok: true, folder: `f${i}`, record, fromVersion: CASE_FILE_VERSION, stamp: { mtimeMs: 1, size: 1 } });
    index.recordTimeline(record.id, dueDate ? { due: { dueDate, approximate: false } } : {});
  });
  return index;
}

describe('overdueCases', () => {
  it('lists active cases still in progress whose due date is before today, earliest first, with working days overdue', () => {
    const late = sampleRecord({ title: '国庆前到期', status: 'negotiating' });
    const later = sampleRecord({ title: '上周到期' });
    const index = indexWith([
      { record: later, dueDate: '2026-10-09' },
      { record: late, dueDate: '2026-09-30' },
      { record: sampleRecord({ title: '今天到期' }), dueDate: '2026-10-14' },
      { record: sampleRecord({ title: '没有期限' }) },
      { record: sampleRecord({ title: '已归档', lifecycle: 'archived' }), dueDate: '2026-09-01' },
      { record: sampleRecord({ title: '已放入回收站', lifecycle: 'trashed' }), dueDate: '2026-09-01' },
      { record: sampleRecord({ title: '已结案', status: 'closed' }), dueDate: '2026-09-01' },
      { record: sampleRecord({ title: '已解决', status: 'resolved' }), dueDate: '2026-09-01' },
    ]);
    expect(overdueCases(index, bundledCalendar, '2026-10-14')).toEqual([
      // 10-8, 10-9, 10-10 (调休), 10-12, 10-13, 10-14: the holiday week does not count.
      { id: late.id, title: '国庆前到期', nextDueDate: '2026-09-30', overdueWorkingDays: 6 },
      { id: later.id, title: '上周到期', nextDueDate: '2026-10-09', overdueWorkingDays: 4 },
    ]);
    expect(overdueCases(index, bundledCalendar, '2026-09-30')).toEqual([]);
  });
});
