/**
 * Which overdue cases to announce with a desktop notification, as pure functions (no `electron`
 * import) so they are unit-tested under plain Node. `deadline-notifier.ts` shows what they decide.
 */
import type { OverdueCase } from '../../src/core/timeline/overdue-cases';
import type { Channel } from '../../src/shared/api/channels';
import { desktopMessages } from '../../src/shared/messages/cli';


export interface DeadlineNotice {
  caseId: string;
  title: string;
  body: string;
}

/** A case is announced once per due date: a new promise with a new due date is news again. */
export const noticeKey = (overdue: Pick<OverdueCase, 'id' | 'nextDueDate'>): string => `${overdue.id}@${overdue.nextDueDate}`;

/**
 * The notices to show now, and the keys to remember afterwards. Only cases at least one working day
 * past their due date count (a weekend after a Friday deadline is not yet a broken promise). The
 * remembered keys are those of the cases overdue now, so the list stays as short as the dashboard's.
 */
export function decideNotices(overdue: readonly OverdueCase[], notified: readonly string[]): { notices: DeadlineNotice[]; remember: string[] } {
  const late = overdue.filter((c) => c.overdueWorkingDays > 0);
  const already = new Set(notified);
  return {
    notices: late
      .filter((c) => !already.has(noticeKey(c)))
      .map((c) => ({ caseId: c.id, title: desktopMessages.windowTitle, body: desktopMessages.overdueNotice(c.title, c.overdueWorkingDays) })),
    remember: late.map(noticeKey),
  };
}

/** The keys saved in the user settings; anything else there (an older or hand-edited file) is no keys. */
export const rememberedKeys = (saved: unknown): string[] =>
  Array.isArray(saved) ? saved.filter((key): key is string => typeof key === 'string') : [];

/** Calls after which deadlines may have changed: entries, a case's status or lifecycle, another workspace. */
const DEADLINE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'timeline:add',
  'timeline:update',
  'timeline:remove',
  'timeline:restore',
  'cases:set-status',
  'cases:set-lifecycle',
  'workspace:switch',
]);
export const changesDeadlines = (channel: Channel): boolean => DEADLINE_CHANNELS.has(channel);

/**
 * The page showing a case: the current page with the hash route of the case (the renderer routes by
 * hash), so the same document stays loaded whether it came from `app://` or the dev server.
 * @example caseUrl('app://casebook/index.html#/', '01J…') // 'app://casebook/index.html#/case/01J…'
 */
export function caseUrl(currentUrl: string, caseId: string): string {
  const url = new URL(currentUrl);
  url.hash = `/case/${encodeURIComponent(caseId)}`;
  return url.toString();
}
