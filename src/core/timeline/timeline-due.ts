import { join } from 'node:path';
import type { CaseRecord } from '../../shared/domain/case';
import type { PathStage } from '../../shared/domain/complaint-path';
import type { Deadline } from '../../shared/domain/timeline';
import type { FileStamp } from '../fs/file-stamp';
import { readStampedText } from '../fs/read-stamped';
import type { DueClock } from './due-clock';
import { parseTimelineFile, TIMELINE_FILE_NAME } from './timeline-file';
import { timelineOverview } from './timeline-overview';

/**
 * What the index keeps of a case's timeline: its earliest open deadline, the step of the complaint
 * path it reached (none: the first), and the stamp of the file it came from.
 */
export interface TimelineDue {
  due?: Pick<Deadline, 'dueDate' | 'approximate'>;
  stage?: PathStage;
  /** None when the case has no `timeline.json`. */
  stamp?: FileStamp;
}

/**
 * Reads a case's `timeline.json` and derives its next open due date and its step of the complaint path
 * the way the timeline tab does. Neither depends on today (a deadline is open until an incoming entry answers it), so
 * it can be kept in the index; overdue days do, and are counted when listing. A file that does not
 * validate gives no due date (the case stays listed; its timeline tab reports the file as damaged).
 * Failures to read other than a missing file are thrown.
 */
export async function readTimelineDue(caseDir: string, record: CaseRecord, clock: DueClock): Promise<TimelineDue> {
  const read = await readStampedText(join(caseDir, TIMELINE_FILE_NAME));
  if (!read) return {};
  const parsed = parseTimelineFile(read.text);
  if (!parsed.ok) return { stamp: read.stamp };
  const { nextDue: next, path } = timelineOverview(record, parsed.file.events, clock.calendar, clock.today());
  return { ...(next ? { due: { dueDate: next.dueDate, approximate: next.approximate } } : {}), stage: path.current, stamp: read.stamp };
}
