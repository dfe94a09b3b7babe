import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatEvidenceListing, formatVerifyReport } from '../../src/cli/evidence-output';
import { formatCaseDetail, formatCaseListing } from '../../src/cli/output';
import { printError, printJson, printText } from '../../src/cli/print';
import { formatTimeline } from '../../src/cli/timeline-output';
import type { EvidenceListing, TimelineView } from '../../src/shared/api/contract';
import type { CaseDetail, CaseSummary } from '../../src/shared/domain/case';
import type { EvidenceView } from '../../src/shared/domain/evidence';
import type { TimelineEventView } from '../../src/shared/domain/timeline';
import { sampleFacts } from '../core/sample-case';

/** What stored data may hold after someone edited a case file by hand: screen-clearing, line-forging, reordering. */
const CLEAR_SCREEN = '\u001b[2J\u001b[H';
const FORGED_LINE = '\r2024-05-22 09:00  在线客服  对方回复\n  平台已同意全额退款';
const REVERSED = 'invoice\u202Egnp.exe';
// eslint-disable-next-line no-control-regex -- raw control characters are what must not reach the terminal
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const printed = (print: () => void): string => {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void lines.push(text));
  const error = vi.spyOn(console, 'error').mockImplementation((text: string) => void lines.push(text));
  print();
  log.mockRestore();
  error.mockRestore();
  return lines.join('\n');
};

const event = (fields: Partial<TimelineEventView>): TimelineEventView => ({
  id: '01J0ABCDEFGHJKMNPQRSTVWXYZ',
  at: '2024-05-21T10:05:00+08:00',
  channel: 'online-cs',
  direction: 'incoming',
  summary: '客服称三个工作日内处理',
  evidence: [],
  createdAt: '2024-05-21T10:06:00+08:00',
  updatedAt: '2024-05-21T10:06:00+08:00',
  ...fields,
});

const timeline = (events: TimelineEventView[]): TimelineView => ({
  events,
  limitation: { from: '2024-05-20', restartedByDemand: false, lastDay: '2027-05-20', approximate: false },
  advice: [],
  today: '2024-05-22',
});

const item: EvidenceView = {
  id: '01J0ABCDEFGHJKMNPQRSTVWXY0',
  storedName: '01J0ABCDEFGHJKMNPQRSTVWXY0-invoicegnp.png',
  storedPath: 'evidence/01J0ABCDEFGHJKMNPQRSTVWXY0-invoicegnp.png',
  originalName: REVERSED,
  size: 10,
  mediaType: 'image/png',
  sha256: 'a'.repeat(64),
  importedAt: '2024-05-21T10:06:00+08:00',
  capturedAt: '2024-05-21T10:06:00+08:00',
  capturedAtSource: 'file-mtime',
  category: 'transaction',
  title: `支付截图${CLEAR_SCREEN}${FORGED_LINE}`,
  elements: [],
  exhibitNumber: 1,
};

afterEach(() => vi.restoreAllMocks());

describe('CLI human output', () => {
  it('shows control and text-direction characters in a timeline as escapes, and a multi-line text indented', () => {
    const view = timeline([
      event({ summary: `第一行${CLEAR_SCREEN}\n第二行${FORGED_LINE}`, agentId: `KF${CLEAR_SCREEN}`, ticketNumber: REVERSED, quote: '原话\n下一行' }),
    ]);
    const out = printed(() => printText(formatTimeline(view)));
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\x1b[2J\\x1b[H');
    expect(out).toContain('\\u202e');
    // Every line the person wrote stays under the entry's heading: indented, never at the margin.
    const entry = out.split('\n\n')[0]!.split('\n');
    expect(entry[0]).toMatch(/^2024-05-21 10:05/);
    expect(entry.slice(1).every((line) => line.startsWith('  '))).toBe(true);
    expect(out).not.toMatch(/^2024-05-22 09:00/m);
  });

  it('keeps evidence, case tables and verify reports to one line per row', () => {
    const listing: EvidenceListing = { items: [item], checklist: [] };
    const evidence = printed(() => printText(formatEvidenceListing(listing)));
    expect(evidence.split('\n')).toHaveLength(2);
    expect(evidence).not.toMatch(RAW_CONTROL);

    const facts = sampleFacts();
    const summary: CaseSummary = {
      id: '01J0ABCDEFGHJKMNPQRSTVWXY1',
      folder: `20240520-星耀${FORGED_LINE}`,
      title: `${facts.title}${CLEAR_SCREEN}`,
      platformName: REVERSED,
      orderNumber: facts.order.number,
      amountPaidFen: 9800,
      status: 'preparing',
      lifecycle: 'active',
      createdAt: '2024-05-21T10:06:00+08:00',
      lastActivityAt: '2024-05-21T10:06:00+08:00',
      evidenceCount: 0,
    };
    const list = printed(() => printText(formatCaseListing({ cases: [summary], damaged: [{ folder: `坏${FORGED_LINE}`, reason: CLEAR_SCREEN }] })));
    expect(list).not.toMatch(RAW_CONTROL);
    expect(list.split('\n')).toHaveLength(5);

    const detail: CaseDetail = {
      folder: summary.folder,
      path: `/ws/cases/${summary.folder}`,
      record: {
        ...facts,
        order: { ...facts.order, number: `KM${CLEAR_SCREEN}001` },
        problem: { ...facts.problem, description: `第一行\n第二行${REVERSED}` },
        schemaVersion: 3,
        id: summary.id,
        createdAt: summary.createdAt,
        updatedAt: summary.createdAt,
        status: 'preparing',
        lifecycle: 'active',
      },
    };
    const shown = printed(() => printText(formatCaseDetail(detail)));
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).toContain('KM\\x1b[2J\\x1b[H001');
    expect(shown).toContain('第一行\\n第二行');

    const report = printed(() =>
      printText(formatVerifyReport({ ok: false, checked: 1, problems: [{ kind: 'unexpected', file: `evidence/x${FORGED_LINE}` }] })),
    );
    expect(report.split('\n')).toHaveLength(2);
    expect(report).not.toMatch(RAW_CONTROL);
  });

  it('escapes what a message quotes on stderr, and what JSON would pass on raw', () => {
    expect(printed(() => printError(`找不到案件“${CLEAR_SCREEN}”`))).toBe('找不到案件“\\x1b[2J\\x1b[H”');
    const json = printed(() => printJson({ title: `a\u009b2Jb${REVERSED}`, esc: CLEAR_SCREEN }));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual({ title: `a\u009b2Jb${REVERSED}`, esc: CLEAR_SCREEN });
  });
});
