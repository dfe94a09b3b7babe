import type { TimelineView } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import { claimModel } from '../../shared/claims/claim-model';
import type { CaseRecord } from '../../shared/domain/case';
import { estimateSmallClaims } from '../litigation/small-claims';
import type { NextStep } from '../../shared/domain/advice';
import type { TimelineEvent } from '../../shared/domain/timeline';
import { timelineMessages as t } from '../../shared/messages/timeline';
import type { TimelineEventFields } from '../../shared/validation/timeline-schema';
import type { CaseService } from '../cases/case-service';
import { EvidenceLocker } from '../evidence/evidence-locker';
import type { DueClock } from './due-clock';
import { TimelineLog } from './timeline-log';
import { timelineOverview } from './timeline-overview';

/**
 * The timeline operations behind the API. Each action runs under the case lock; an entry that moves
 * the case's status writes `timeline.json` and `case.json` in that one action, taking the entry
 * back if the status cannot be written.
 */
export class TimelineService {
  constructor(
    private readonly cases: CaseService,
    private readonly clock: DueClock,
  ) {}

  get(ref: string): Promise<TimelineView> {
    return this.cases.withCase(ref, async ({ record, path }) => this.view(record, path));
  }

  /**
   * `alongside` belongs to the same user action (a letter marked sent records the entry's id): it
   * runs under the same lock after the entry is written, and if it fails the entry is taken back.
   */
  add(ref: string, fields: TimelineEventFields, alongside?: (event: TimelineEvent, casePath: string) => Promise<void>): Promise<TimelineView> {
    return this.changing(ref, async (log, setStatus, path) => {
      await requireEvidence(path, fields.evidence);
      await log.add(fields, async (event) => {
        // The status goes last: it is the one step the entry's undo cannot take back.
        await alongside?.(event, path);
        if (event.status) await setStatus(event.status);
      });
    });
  }

  update(ref: string, eventId: string, fields: TimelineEventFields): Promise<TimelineView> {
    return this.changing(ref, async (log, setStatus, path) => {
      await requireEvidence(path, fields.evidence);
      await log.update(eventId, fields, async (event) => {
        if (event.status) await setStatus(event.status);
      });
    });
  }

  setRemoved(ref: string, eventId: string, removed: boolean): Promise<TimelineView> {
    return this.changing(ref, (log) => log.setRemoved(eventId, removed).then(() => {}));
  }

  dismissAdvice(ref: string, ruleId: string, undo = false): Promise<TimelineView> {
    return this.changing(ref, (log) => log.setAdvisor(undo ? { undismiss: ruleId } : { dismiss: ruleId }));
  }

  chooseStep(ref: string, step: NextStep | null): Promise<TimelineView> {
    return this.changing(ref, (log) => log.setAdvisor({ chosenStep: step }));
  }

  private changing(
    ref: string,
    work: (log: TimelineLog, setStatus: (status: NonNullable<TimelineEventFields['status']>) => Promise<void>, path: string) => Promise<void>,
  ): Promise<TimelineView> {
    return this.cases.withCase(ref, async ({ record, path, setStatus }) => {
      const log = new TimelineLog(path);
      let status = record.status;
      await work(log, async (next) => {
        await setStatus(next);
        status = next;
      }, path);
      await this.cases.timelineChanged({ ...record, status }, path);
      return this.view({ ...record, status }, path);
    });
  }

  private async view(record: Parameters<typeof timelineOverview>[0], path: string): Promise<TimelineView> {
    const file = await new TimelineLog(path).read();
    const today = this.clock.today();
    const overview = timelineOverview(record, file.events, this.clock.calendar, today, file.advisor?.dismissed ?? []);
    const smallClaims = smallClaimsFor(record, today);
    return { ...overview, ...(file.advisor?.chosenStep ? { chosenStep: file.advisor.chosenStep } : {}), ...(smallClaims ? { smallClaims } : {}), today };
  }
}

/** The province of an address written the Chinese way (广东省广州市… → 广东省, 北京市朝阳区… → 北京市). */
const provinceOf = (address?: string) => /^(.{2,8}?(?:省|自治区|市))/.exec(address ?? '')?.[1];

/** Whether what the case claims would go to the small-claims procedure, filed this year where the person lives. */
function smallClaimsFor(record: CaseRecord, today: string): TimelineView['smallClaims'] {
  const { totalFen } = claimModel(record);
  const estimate = estimateSmallClaims(totalFen, Number(today.slice(0, 4)), provinceOf(record.complainant.address));
  return estimate && { ...estimate, claimFen: totalFen };
}

/** Linked evidence must be items of this case's locker (a typo in a script should not dangle). */
async function requireEvidence(casePath: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = new Set((await new EvidenceLocker(casePath, (work) => work()).read()).items.map((item) => item.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new ApiFailure('invalid', t.evidenceNotInCase(missing), [{ field: 'evidence', message: t.evidenceNotInCase(missing) }]);
}
