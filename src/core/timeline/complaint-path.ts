import type { CaseStatus } from '../../shared/domain/case';
import { PATH_STAGES, PATH_STAGE_OF_CHANNEL, REGULATOR_ACCEPTANCE_WORKING_DAYS, type CasePath, type PathStage, type PathStep } from '../../shared/domain/complaint-path';
import type { Deadline, TimelineEvent, TimelineEventView } from '../../shared/domain/timeline';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { deadlineFrom } from './deadlines';

const FINISHED: readonly CaseStatus[] = ['resolved', 'closed'];

const stageIndex = (stage: PathStage) => PATH_STAGES.indexOf(stage);

/** Live entries in time order. */
const ordered = <T extends TimelineEvent>(events: readonly T[]): T[] =>
  events.filter((event) => !event.removedAt).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));

/**
 * The furthest step of the path the person has taken: the highest stage on which they sent something
 * (a complaint, a letter, a call). Replies alone do not move the case along. Does not depend on the
 * day, so the workspace index can keep it.
 *
 * @example pathStage([{ channel: 'blackcat', direction: 'outgoing', … }]) // 'blackcat'
 */
export function pathStage(events: readonly TimelineEvent[]): PathStage {
  let furthest = 0;
  for (const event of ordered(events)) {
    const stage = event.direction === 'outgoing' ? PATH_STAGE_OF_CHANNEL[event.channel] : undefined;
    if (stage) furthest = Math.max(furthest, stageIndex(stage));
  }
  return PATH_STAGES[furthest]!;
}

/**
 * The whole path as the case page draws it: each step taken with the day it was taken and the
 * complaint number given there, the current step with its latest deadline counted in working days
 * for `today`, and the steps still ahead.
 */
export function complaintPath(
  status: CaseStatus,
  events: readonly TimelineEventView[],
  demandDeadline: (Deadline & { sentAt: string }) | undefined,
  calendar: WorkingDayCalendar,
  today: string,
): CasePath {
  const live = ordered(events);
  const current = pathStage(live);
  const currentIndex = stageIndex(current);
  const onStage = (stage: PathStage) => live.filter((event) => PATH_STAGE_OF_CHANNEL[event.channel] === stage);

  const steps = PATH_STAGES.map((stage, index): PathStep => {
    const entries = onStage(stage);
    const takenAt = entries.find((event) => event.direction === 'outgoing')?.at;
    const ticketNumber = entries.find((event) => event.ticketNumber)?.ticketNumber;
    const state = index === currentIndex ? 'current' : index > currentIndex ? 'upcoming' : stage === 'prepare' || takenAt ? 'done' : 'skipped';
    return { stage, state, ...(takenAt ? { takenAt } : {}), ...(ticketNumber ? { ticketNumber } : {}) };
  });

  const deadlines: (Deadline & { basis?: 'regulator-acceptance' })[] = [
    ...onStage(current).flatMap((event) => (event.deadline ? [event.deadline] : [])),
    ...(current === 'customer-service' && demandDeadline ? [demandDeadline] : []),
  ];
  // At 12315 the regulator's own limit applies even when nobody promised anything; its answer is the
  // first entry it sends back.
  const complainedAt = steps[currentIndex]!.takenAt;
  if (deadlines.length === 0 && current === '12315' && complainedAt) {
    deadlines.push({ ...deadlineFrom(complainedAt, REGULATOR_ACCEPTANCE_WORKING_DAYS, onStage('12315'), calendar, today), basis: 'regulator-acceptance' as const });
  }
  const latest = deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate)).at(-1);
  const deadline = latest && {
    dueDate: latest.dueDate,
    approximate: latest.approximate,
    ...(latest.answeredAt || today > latest.dueDate ? {} : { workingDaysLeft: calendar.workingDaysBetween(today, latest.dueDate).value }),
    overdueWorkingDays: latest.overdueWorkingDays,
    ...(latest.answeredAt ? { answeredAt: latest.answeredAt } : {}),
    ...(latest.basis ? { basis: latest.basis } : {}),
  };

  return { steps, current, finished: FINISHED.includes(status), ...(deadline ? { deadline } : {}) };
}
