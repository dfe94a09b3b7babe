import { ipcMain } from 'electron';
import { CHANNELS } from '../../src/shared/api/channels';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { dispatch } from '../../src/shared/api/dispatch';
import { isTrustedSender } from './url-policy';

/**
 * One `ipcMain.handle` per API channel. Each call is served only for the main frame of a page of
 * ours; its input is validated by `dispatch` against the contract before the core sees it.
 */
export function registerIpc(handlers: ApiHandlers, trustedOrigins: readonly string[]): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        throw new Error(`Refused ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
      }
      return dispatch(handlers, channel, input, (error) => console.error(`[${channel}]`, error));
    });
  }
}
