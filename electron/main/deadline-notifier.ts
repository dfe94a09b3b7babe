import { Notification } from 'electron';
import { readUserSettings, updateUserSettings } from '../../src/core/workspace/user-settings';
import type { OverdueCase } from '../../src/core/timeline/overdue-cases';
import { decideNotices, rememberedKeys } from './deadline-notices';

/** Deadlines pass at midnight; a check every half hour announces them soon enough without polling hard. */
const CHECK_INTERVAL_MS = 30 * 60 * 1000;
/** The user-settings key of the notices already shown, so a restart does not repeat them. */
const SETTINGS_KEY = 'notifiedDeadlines';

export interface DeadlineNotifier {
  /** Checks now (after a change); a check already running is followed by one more. */
  check(): void;
  stop(): void;
}

/**
 * Announces each active case once per due date when its deadline has passed: at start, every half
 * hour, and whenever `check` is called. Clicking a notice calls `openCase` with the case id.
 */
export function startDeadlineNotifier(overdue: () => OverdueCase[], openCase: (caseId: string) => void): DeadlineNotifier {
  // Shown notices are kept referenced until closed: a collected Notification loses its click handler.
  const showing = new Set<Notification>();
  let running: Promise<void> | null = null;
  let again = false;

  async function run(): Promise<void> {
    const notified = rememberedKeys(readUserSettings()[SETTINGS_KEY]);
    const { notices, remember } = decideNotices(overdue(), notified);
    for (const notice of notices) {
      const shown = new Notification({ title: notice.title, body: notice.body });
      showing.add(shown);
      shown.on('click', () => openCase(notice.caseId));
      shown.on('close', () => showing.delete(shown));
      shown.show();
    }
    if (notified.join('\n') !== remember.join('\n')) await updateUserSettings({ [SETTINGS_KEY]: remember });
  }

  function check(): void {
    if (!Notification.isSupported()) return;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch((error: unknown) => console.error('deadline notices failed', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          check();
        }
      });
  }

  const timer = setInterval(check, CHECK_INTERVAL_MS);
  check();
  return {
    check,
    stop: () => {
      clearInterval(timer);
      showing.clear();
    },
  };
}
