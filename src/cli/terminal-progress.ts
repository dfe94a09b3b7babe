import { throttleProgress } from '../hosts/progress-throttle';

const REDRAW_MS = 200;

/**
 * A self-overwriting progress line on stderr, drawn only when stderr is a terminal (never in pipes or
 * logs, which would fill with carriage returns); `done` clears it.
 */
export function terminalProgress<T>(format: (value: T) => string, stream: NodeJS.WriteStream = process.stderr): { push(value: T): void; done(): void } {
  if (!stream.isTTY) return { push: () => {}, done: () => {} };
  let drawn = false;
  const line = throttleProgress((value: T) => {
    drawn = true;
    stream.write(`\r\x1b[2K${format(value)}`);
  }, REDRAW_MS);
  return { push: line.push, done: () => void (drawn && stream.write('\r\x1b[2K')) };
}
