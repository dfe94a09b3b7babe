import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { NextStep } from '../../shared/domain/advice';
import type { TimelineEvent } from '../../shared/domain/timeline';
import { timelineMessages as t } from '../../shared/messages/timeline';
import { nowChinaIso } from '../../shared/validation/date-time';
import type { TimelineEventFields } from '../../shared/validation/timeline-schema';
import { appendAudit } from '../audit/audit-log';
import { writeFileAtomic } from '../fs/atomic-write';
import { emptyTimelineFile, parseTimelineFile, serializeTimelineFile, TIMELINE_FILE_NAME, type TimelineFile } from './timeline-file';

const newId = monotonicFactory();

/**
 * The timeline of one case folder. Every change is one atomic write of `timeline.json` plus its
 * audit line; callers hold the case lock. Removed entries stay in the file, marked, and can be
 * restored.
 */
export class TimelineLog {
  constructor(readonly caseDir: string) {}

  private get path() {
    return join(this.caseDir, TIMELINE_FILE_NAME);
  }

  async read(): Promise<TimelineFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyTimelineFile();
      throw error;
    }
    const parsed = parseTimelineFile(text);
    if (!parsed.ok) throw new ApiFailure('damaged', parsed.reason);
    return parsed.file;
  }

  /** Writes the file; returns a function that puts the previous content back (for a failed follow-up step). */
  private async write(next: TimelineFile, previous: TimelineFile): Promise<() => Promise<void>> {
    await writeFileAtomic(this.path, serializeTimelineFile(next));
    return () => writeFileAtomic(this.path, serializeTimelineFile(previous));
  }

  /**
   * Adds an entry. `then` runs after the write (e.g. the status change the entry carries); if it
   * fails, the entry is taken back so the action leaves nothing half-done.
   */
  async add(fields: TimelineEventFields, then: (event: TimelineEvent) => Promise<void> = async () => {}): Promise<TimelineEvent> {
    const file = await this.read();
    const now = nowChinaIso();
    const event: TimelineEvent = { id: newId(), ...fields, createdAt: now, updatedAt: now };
    const undo = await this.write({ ...file, events: [...file.events, event] }, file);
    await this.afterWrite(undo, () => then(event));
    await appendAudit(this.caseDir, { action: 'timeline.add', target: event.id, detail: { channel: event.channel, direction: event.direction } });
    return event;
  }

  async update(id: string, fields: TimelineEventFields, then: (event: TimelineEvent) => Promise<void> = async () => {}): Promise<TimelineEvent> {
    const file = await this.read();
    const existing = requireEvent(file, id);
    const event: TimelineEvent = { id, ...fields, createdAt: existing.createdAt, updatedAt: nowChinaIso() };
    if (existing.removedAt) event.removedAt = existing.removedAt;
    const undo = await this.write({ ...file, events: file.events.map((e) => (e.id === id ? event : e)) }, file);
    await this.afterWrite(undo, () => then(event));
    await appendAudit(this.caseDir, { action: 'timeline.edit', target: id, detail: { fields: Object.keys(fields) } });
    return event;
  }

  async setRemoved(id: string, removed: boolean): Promise<TimelineEvent> {
    const file = await this.read();
    const event: TimelineEvent = { ...requireEvent(file, id), updatedAt: nowChinaIso() };
    if (removed) event.removedAt = nowChinaIso();
    else delete event.removedAt;
    await this.write({ ...file, events: file.events.map((e) => (e.id === id ? event : e)) }, file);
    await appendAudit(this.caseDir, { action: removed ? 'timeline.remove' : 'timeline.restore', target: id });
    return event;
  }

  /** Records what the person decided about the advisor's suggestions. */
  async setAdvisor(change: { dismiss?: string; undismiss?: string; chosenStep?: NextStep | null }): Promise<void> {
    const file = await this.read();
    const dismissed = new Set(file.advisor?.dismissed ?? []);
    if (change.dismiss) dismissed.add(change.dismiss);
    if (change.undismiss) dismissed.delete(change.undismiss);
    const chosenStep = change.chosenStep === undefined ? file.advisor?.chosenStep : (change.chosenStep ?? undefined);
    const advisor = { dismissed: [...dismissed].sort(), ...(chosenStep ? { chosenStep } : {}) };
    await this.write({ ...file, advisor }, file);
    await appendAudit(this.caseDir, { action: 'timeline.advisor', detail: { ...change } });
  }

  private async afterWrite(undo: () => Promise<void>, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      await undo();
      throw error;
    }
  }
}

function requireEvent(file: TimelineFile, id: string): TimelineEvent {
  const event = file.events.find((e) => e.id === id);
  if (!event) throw new ApiFailure('not-found', t.eventNotFound(id));
  return event;
}
