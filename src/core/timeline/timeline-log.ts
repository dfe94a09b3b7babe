import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { NextStep } from '../../shared/domain/advice';
import type { TimelineEvent } from '../../shared/domain/timeline';
import { timelineMessages as t } from '../../shared/messages/timeline';
import { nowChinaIso } from '../../shared/validation/date-time';
import type { TimelineEventFields } from '../../shared/validation/timeline-schema';
import type { AuditEvent } from '../audit/audit-log';
import type { AuditedChange } from '../audit/audited-change';
import { emptyTimelineFile, parseTimelineFile, serializeTimelineFile, TIMELINE_FILE_NAME, type TimelineFile } from './timeline-file';

const newId = monotonicFactory();

/**
 * The timeline of one case folder. Each method turns the file as read into the change an action
 * makes — the new `timeline.json` and its audit line — which the caller commits in one audited step
 * under the case lock. Removed entries stay in the file, marked, and can be restored.
 */
export class TimelineLog {
  constructor(readonly caseDir: string) {}

  async read(): Promise<TimelineFile> {
    let text: string;
    try {
      text = await readFile(join(this.caseDir, TIMELINE_FILE_NAME), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyTimelineFile();
      throw error;
    }
    const parsed = parseTimelineFile(text);
    if (!parsed.ok) throw new ApiFailure('damaged', parsed.reason);
    return parsed.file;
  }

  add(file: TimelineFile, fields: TimelineEventFields): { event: TimelineEvent; change: AuditedChange } {
    const now = nowChinaIso();
    const event: TimelineEvent = { id: newId(), ...fields, createdAt: now, updatedAt: now };
    return { event, change: changeOf({ ...file, events: [...file.events, event] }, { action: 'timeline.add', target: event.id, detail: { channel: event.channel, direction: event.direction } }) };
  }

  update(file: TimelineFile, id: string, fields: TimelineEventFields): { event: TimelineEvent; change: AuditedChange } {
    const existing = requireEvent(file, id);
    const event: TimelineEvent = { id, ...fields, createdAt: existing.createdAt, updatedAt: nowChinaIso() };
    if (existing.removedAt) event.removedAt = existing.removedAt;
    return {
      event,
      change: changeOf({ ...file, events: file.events.map((e) => (e.id === id ? event : e)) }, { action: 'timeline.edit', target: id, detail: { fields: Object.keys(fields) } }),
    };
  }

  setRemoved(file: TimelineFile, id: string, removed: boolean): AuditedChange {
    const event: TimelineEvent = { ...requireEvent(file, id), updatedAt: nowChinaIso() };
    if (removed) event.removedAt = nowChinaIso();
    else delete event.removedAt;
    return changeOf({ ...file, events: file.events.map((e) => (e.id === id ? event : e)) }, { action: removed ? 'timeline.remove' : 'timeline.restore', target: id });
  }

  /** Records what the person decided about the advisor's suggestions. */
  setAdvisor(file: TimelineFile, change: { dismiss?: string; undismiss?: string; chosenStep?: NextStep | null }): AuditedChange {
    const dismissed = new Set(file.advisor?.dismissed ?? []);
    if (change.dismiss) dismissed.add(change.dismiss);
    if (change.undismiss) dismissed.delete(change.undismiss);
    const chosenStep = change.chosenStep === undefined ? file.advisor?.chosenStep : (change.chosenStep ?? undefined);
    const advisor = { dismissed: [...dismissed].sort(), ...(chosenStep ? { chosenStep } : {}) };
    return changeOf({ ...file, advisor }, { action: 'timeline.advisor', detail: { ...change } });
  }
}

const changeOf = (next: TimelineFile, line: AuditEvent): AuditedChange => ({
  lines: [line],
  writes: [{ path: TIMELINE_FILE_NAME, data: serializeTimelineFile(next) }],
});

function requireEvent(file: TimelineFile, id: string): TimelineEvent {
  const event = file.events.find((e) => e.id === id);
  if (!event) throw new ApiFailure('not-found', t.eventNotFound(id));
  return event;
}
