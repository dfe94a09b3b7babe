import { ipcMain, type WebContents } from 'electron';
import { IMPORT_PROGRESS_EVENT, type ImportProgress } from '../../src/shared/api/bridge';
import { CHANNELS, type Channel } from '../../src/shared/api/channels';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { dispatch } from '../../src/shared/api/dispatch';
import { withImportProgress } from '../../src/hosts/import-progress';
import { throttleProgress } from '../../src/hosts/progress-throttle';
import { isTrustedSender } from './url-policy';

/** At most ten progress events a second reach the page. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * One `ipcMain.handle` per API channel. Each call is served only for the main frame of a page of
 * ours; its input is validated by `dispatch` against the contract before the core sees it. An import
 * by path reports its progress back to the page that asked for it. `onSucceeded` hears of each
 * call that went through, imports aside (they never move a deadline): the deadline notices re-check.
 */
export function registerIpc(handlers: ApiHandlers, trustedOrigins: readonly string[], onSucceeded: (channel: Channel) => void = () => {}): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        throw new Error(`Refused ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
      }
      const onUnexpected = (error: unknown) => console.error(`[${channel}]`, error);
      if (channel !== 'evidence:import-paths') {
        const result = await dispatch(handlers, channel, input, onUnexpected);
        if (result.ok) onSucceeded(channel);
        return result;
      }
      const progress = throttleProgress((value: ImportProgress) => sendProgress(event.sender, value), PROGRESS_INTERVAL_MS);
      const reporting = withImportProgress(handlers, ({ importId, copied }) => {
        // Without an id the page could not tell which import the numbers belong to.
        if (importId !== undefined) progress.push({ importId, copied });
      });
      try {
        return await dispatch(reporting, channel, input, onUnexpected);
      } finally {
        progress.flush();
      }
    });
  }
}

function sendProgress(sender: WebContents, progress: ImportProgress): void {
  if (!sender.isDestroyed()) sender.send(IMPORT_PROGRESS_EVENT, progress);
}
