import type { TimelineView } from '../../shared/api/contract';
import type { CaseRecord } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { TimelineEventView } from '../../shared/domain/timeline';
import type { WorkingDayCalendar } from '../calendar/working-days';

/** Everything a document is generated from: the case as it stands today. */
export interface LetterContext {
  record: CaseRecord;
  /** Evidence not in the trash, in exhibit order. */
  evidence: EvidenceView[];
  timeline: TimelineView;
  calendar: WorkingDayCalendar;
  /** Today in China time, YYYY-MM-DD. */
  today: string;
  /** Where each exhibit sits in the evidence bundle PDF, when one was laid out. */
  evidencePages?: ReadonlyMap<string, { from: number; to: number }>;
}

/** Timeline entries that happened (not removed, not private notes), in time order. */
export const contacts = (context: LetterContext): TimelineEventView[] =>
  context.timeline.events.filter((event) => !event.removedAt && event.direction !== 'note');
