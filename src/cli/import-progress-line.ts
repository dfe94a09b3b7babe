import type { ApiHandlers } from '../shared/api/contract';
import { cliMessages } from '../shared/messages';
import { withImportProgress } from '../hosts/import-progress';
import { throttleProgress } from '../hosts/progress-throttle';
import { formatSize } from './evidence-output';

/** Small files are done before a progress line would be readable. */
const SHOW_FROM_BYTES = 16 * 1024 * 1024;
const REDRAW_MS = 200;

/**
 * Handlers whose path imports draw one self-overwriting progress line on stderr, when stderr is a
 * terminal (never in pipes or logs, which would fill with carriage returns). `done` clears it.
 */
export function withProgressLine(handlers: ApiHandlers, stream: NodeJS.WriteStream = process.stderr): { handlers: ApiHandlers; done(): void } {
  if (!stream.isTTY) return { handlers, done: () => {} };
  let drawn = false;
  const line = throttleProgress((copied: number) => {
    drawn = true;
    stream.write(`\r\x1b[2K${cliMessages.importProgress(formatSize(copied))}`);
  }, REDRAW_MS);
  return {
    handlers: withImportProgress(handlers, ({ copied }) => {
      if (copied >= SHOW_FROM_BYTES) line.push(copied);
    }),
    done: () => {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
