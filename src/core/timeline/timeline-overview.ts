import type { Advice } from '../../shared/domain/advice';
import type { CaseRecord } from '../../shared/domain/case';
import type { CasePath } from '../../shared/domain/complaint-path';
import type { Deadline, TimelineChannel, TimelineEvent, TimelineEventView } from '../../shared/domain/timeline';
import { claimModel } from '../../shared/claims/claim-model';
import { adviseNextSteps } from '../advisor/escalation-advisor';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { complaintPath } from './complaint-path';
import { chinaDate, demandDeadline, withDeadlines } from './deadlines';
import { limitationPeriod, type LimitationPeriod } from './limitation-period';

export interface TimelineOverview {
  /** Entries in time order (removed ones last), each promise with its deadline. */
  events: TimelineEventView[];
  demandDeadline?: Deadline & { sentAt: string };
  /** The earliest deadline still open (not answered), if any: what the dashboard sorts by. */
  nextDue?: Deadline;
  limitation: LimitationPeriod;
  advice: Advice[];
  /** Where the case stands on the complaint path, with the current step's deadline. */
  path: CasePath;
}

const byTime = (a: TimelineEvent, b: TimelineEvent) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id);

/**
 * Everything the timeline tab, the dashboard and the CLI derive from a case's entries on a given day:
 * deadlines, the demand's deadline, the limitation period and the advisor's suggestions.
 */
export function timelineOverview(
  record: CaseRecord,
  events: readonly TimelineEvent[],
  calendar: WorkingDayCalendar,
  today: string,
  dismissedAdvice: readonly string[] = [],
): TimelineOverview {
  const views = withDeadlines(events, calendar, today) as TimelineEventView[];
  const live = views.filter((e) => !e.removedAt).sort(byTime);
  const demand = demandDeadline(live, record.demand.deadlineDays, calendar, today);
  const path = complaintPath(record.status, live, demand, calendar, today);
  // The regulator's own limit at 12315 counts like a promise, so the dashboard sorts and flags by it too.
  const statutory = path.deadline?.basis === 'regulator-acceptance' && !path.deadline.answeredAt ? [path.deadline] : [];
  const open = [
    ...live.flatMap((e) => (e.deadline && !e.deadline.answeredAt ? [e.deadline] : [])),
    ...(demand && !demand.answeredAt ? [demand] : []),
    ...statutory.map(({ dueDate, overdueWorkingDays, approximate }) => ({ dueDate, overdueWorkingDays, approximate })),
  ];
  const nextDue = open.sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];

  const outgoing = live.filter((e) => e.direction === 'outgoing');
  const lastOut = outgoing.at(-1);
  const repliedAfter = lastOut && live.some((e) => e.direction === 'incoming' && Date.parse(e.at) > Date.parse(lastOut.at));
  // A reply is not a resolution: until the case is resolved, the latest promise (or the demand's
  // deadline) keeps counting against today, so an answer that settles nothing still leads onwards.
  const latestDeadline = [
    ...live.flatMap((e) => (e.deadline ? [{ channel: e.channel, deadline: e.deadline, by: e.promisedWorkingDays !== undefined ? ('promise' as const) : ('demand' as const) }] : [])),
    ...(demand ? [{ channel: live.find((e) => e.at === demand.sentAt)?.channel ?? ('email' as const), deadline: demand, by: 'demand' as const }] : []),
  ].sort((a, b) => a.deadline.dueDate.localeCompare(b.deadline.dueDate)).at(-1);
  const openPromise = latestDeadline && {
    channel: latestDeadline.channel,
    dueDate: latestDeadline.deadline.dueDate,
    overdueWorkingDays: Math.max(0, calendar.workingDaysBetween(latestDeadline.deadline.dueDate, today).value),
    approximate: latestDeadline.deadline.approximate,
    by: latestDeadline.by,
  };
  const advice = adviseNextSteps({
    status: record.status,
    problemType: record.problem.type,
    amountFen: claimModel(record).totalFen,
    fraudClaimed: record.claims?.fraud ?? false,
    outgoingChannels: [...new Set<TimelineChannel>(outgoing.map((e) => e.channel))],
    ...(openPromise ? { openPromise } : {}),
    ...(lastOut && !repliedAfter
      ? { lastOutgoing: { channel: lastOut.channel, workingDaysWithoutReply: Math.max(0, calendar.workingDaysBetween(chinaDate(lastOut.at), today).value) } }
      : {}),
    dismissed: dismissedAdvice,
  });

  return {
    events: [...live, ...views.filter((e) => e.removedAt)],
    ...(demand ? { demandDeadline: demand } : {}),
    ...(nextDue ? { nextDue } : {}),
    // The day of purchase stands in for the day the harm was known: never later, so never too generous.
    limitation: limitationPeriod(record.order.purchasedAt, live, calendar),
    advice,
    path,
  };
}
