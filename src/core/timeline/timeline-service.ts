import type { TimelineView } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import { claimModel } from '../../shared/claims/claim-model';
import type { CaseRecord, CaseStatus } from '../../shared/domain/case';
import { estimateSmallClaims } from '../litigation/small-claims';
import type { NextStep } from '../../shared/domain/advice';
import type { TimelineEvent } from '../../shared/domain/timeline';
import { timelineMessages as t } from '../../shared/messages/timeline';
import type { TimelineEventFields } from '../../shared/validation/timeline-schema';
import { joinChanges, type AuditedChange } from '../audit/audited-change';
import type { CaseService } from '../cases/case-service';
import { EvidenceLocker } from '../evidence/evidence-locker';
import type { DueClock } from './due-clock';
import type { TimelineFile } from './timeline-file';
import { TimelineLog } from './timeline-log';
import { timelineOverview } from './timeline-overview';

/** What one timeline action makes: its change of the case folder, and the status it moves the case to (if any). */
interface TimelineAction {
  change: AuditedChange;
  status?: CaseStatus | undefined;
}

/**
 * The timeline operations behind the API. Each change is one audited commit under the case lock; an
 * entry that moves the case's status writes `timeline.json` and `case.json` in that one commit.
 * Reading takes no lock.
 */
export class TimelineService {
  constructor(
    private readonly cases: CaseService,
    private readonly clock: DueClock,
  ) {}

  get(ref: string): Promise<TimelineView> {
    return this.cases.read(ref, async ({ record, path }) => this.view(record, path));
  }

  /**
   * `alongside` belongs to the same user action (a letter marked sent records the entry's id): the
   * change it returns is committed together with the entry's.
   */
  add(ref: string, fields: TimelineEventFields, alongside?: (event: TimelineEvent, casePath: string) => Promise<AuditedChange>): Promise<TimelineView> {
    return this.changing(ref, async (log, file, path) => {
      await requireEvidence(path, fields.evidence);
      const { event, change } = log.add(file, fields);
      return { change: joinChanges(change, await alongside?.(event, path)), status: event.status };
    });
  }

  update(ref: string, eventId: string, fields: TimelineEventFields): Promise<TimelineView> {
    return this.changing(ref, async (log, file, path) => {
      await requireEvidence(path, fields.evidence);
      const { event, change } = log.update(file, eventId, fields);
      return { change, status: event.status };
    });
  }

  setRemoved(ref: string, eventId: string, removed: boolean): Promise<TimelineView> {
    return this.changing(ref, async (log, file) => ({ change: log.setRemoved(file, eventId, removed) }));
  }

  dismissAdvice(ref: string, ruleId: string, undo = false): Promise<TimelineView> {
    return this.changing(ref, async (log, file) => ({ change: log.setAdvisor(file, undo ? { undismiss: ruleId } : { dismiss: ruleId }) }));
  }

  chooseStep(ref: string, step: NextStep | null): Promise<TimelineView> {
    return this.changing(ref, async (log, file) => ({ change: log.setAdvisor(file, { chosenStep: step }) }));
  }

  private changing(ref: string, work: (log: TimelineLog, file: TimelineFile, path: string) => Promise<TimelineAction>): Promise<TimelineView> {
    return this.cases.withCase(ref, async ({ path, commit }) => {
      const log = new TimelineLog(path);
      const { change, status } = await work(log, await log.read(), path);
      const record = await commit(change, status ? (current) => (current.status === status ? current : { ...current, status }) : undefined);
      await this.cases.timelineChanged(record, path);
      return this.view(record, path);
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
