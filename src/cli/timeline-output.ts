import type { TimelineView } from '../shared/api/contract';
import type { Deadline, TimelineEventView } from '../shared/domain/timeline';
import { adviceSentence, cliCommandMessages, cliMessages, nextStepLabels, offerKindLabels, timelineChannelLabels, timelineDirectionLabels, timelineFieldLabels, timelineMessages } from '../shared/messages';
import { escapeControls } from '../shared/text/escape-controls';
import { formatFen } from '../shared/validation/money';

/** Stored times are ISO in China time (+08:00): `2024-05-21T10:05:00+08:00` → `2024-05-21 10:05`. */
const shownTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** A text of several lines, each line escaped and indented under the entry's heading. */
const indentedText = (text: string): string =>
  text
    .split(/\r\n|\n/)
    .map((line) => `  ${escapeControls(line)}`)
    .join('\n');

/** `应于 D 前处理，已于 T 回复，已超期 N 个工作日（估算）`: only the parts that apply. */
export function formatDeadline(deadline: Deadline): string {
  const parts = [timelineMessages.dueOn(deadline.dueDate)];
  if (deadline.answeredAt) parts.push(cliMessages.answeredAt(shownTime(deadline.answeredAt)));
  if (deadline.overdueWorkingDays > 0) parts.push(timelineMessages.overdue(deadline.overdueWorkingDays));
  return parts.join('，') + (deadline.approximate ? cliMessages.estimated : '');
}

/**
 * One entry: a heading line (time, channel, direction), the summary, then indented detail lines —
 * agent id, ticket number, offer in 元, the other side's words, and a promise with its deadline.
 */
export function formatEvent(event: TimelineEventView): string {
  const heading = [shownTime(event.at), timelineChannelLabels[event.channel], timelineDirectionLabels[event.direction]].join('  ');
  // Entry texts are the person's: single-line ones are escaped whole; in texts of several lines each
  // line is escaped and indented, so no line of an entry can pass for a heading.
  const field = (name: string, value: string) => `  ${timelineFieldLabels[name] ?? name}：${escapeControls(value)}`;
  const lines = [heading + (event.removedAt ? cliMessages.eventRemoved : ''), indentedText(event.summary)];
  if (event.agentId) lines.push(field('agentId', event.agentId));
  if (event.ticketNumber) lines.push(field('ticketNumber', event.ticketNumber));
  if (event.offerKind) lines.push(field('offerKind', offerKindLabels[event.offerKind]));
  if (event.offerAmountFen !== undefined) lines.push(field('offerAmount', formatFen(event.offerAmountFen)));
  if (event.quote) lines.push(`  ${timelineFieldLabels.quote}：“${indentedText(event.quote).trimStart()}”`);
  if (event.promisedWorkingDays !== undefined) {
    const promise = cliMessages.promiseLine(event.promisedWorkingDays, event.promiseSource && escapeControls(event.promiseSource));
    lines.push(`  ${promise}${event.deadline ? `：${formatDeadline(event.deadline)}` : ''}`);
  } else if (event.replyBy) {
    lines.push(`  ${cliCommandMessages.replyByLine(event.replyBy)}${event.deadline ? `：${formatDeadline(event.deadline)}` : ''}`);
  }
  if (event.sellerIdentityRefused) lines.push(`  ${timelineFieldLabels.sellerIdentityRefused}`);
  return lines.join('\n');
}

/** `casebook timeline`: the entries in time order, then the demand's deadline, the limitation period and the advice. */
export function formatTimeline(view: TimelineView): string {
  const sections = [view.events.length === 0 ? cliMessages.noEvents : view.events.map(formatEvent).join('\n\n')];
  if (view.demandDeadline) {
    const { sentAt, ...deadline } = view.demandDeadline;
    sections.push(`${cliMessages.demandDeadlineHeading}：${formatDeadline(deadline)}（${cliMessages.demandSentAt(shownTime(sentAt))}）`);
  }
  const { limitation } = view;
  const from = cliMessages.limitationFrom(limitation.from, limitation.restartedByDemand);
  sections.push(`${cliMessages.limitationHeading}：${cliMessages.limitationLastDay(limitation.lastDay)}，${from}${limitation.approximate ? cliMessages.estimated : ''}`);
  const advice = view.advice.length === 0 ? [cliMessages.noAdvice] : view.advice.map((a, i) => `${i + 1}. ${nextStepLabels[a.step]}：${adviceSentence(a.reason)}`);
  if (view.chosenStep) advice.push(cliMessages.chosenStep(nextStepLabels[view.chosenStep]));
  sections.push([`${cliMessages.adviceHeading}：`, ...advice.map((line) => `  ${line}`)].join('\n'));
  return sections.join('\n\n');
}

/**
 * The entry `timeline:add` just created: the newest by `createdAt`. That is stored to the second,
 * so ties are broken by the id, a ULID, which starts with its creation time in milliseconds.
 */
export function newestEvent(view: TimelineView): TimelineEventView | undefined {
  const key = (event: TimelineEventView) => `${Date.parse(event.createdAt).toString().padStart(15, '0')}${event.id}`;
  return view.events.reduce<TimelineEventView | undefined>((newest, event) => (!newest || key(event) > key(newest) ? event : newest), undefined);
}
