/**
 * Passes on at most one value per `intervalMs` (a copy reports every megabyte, far more often than
 * anyone can read or an IPC channel should carry); `flush` delivers the last value held back.
 */
export function throttleProgress<T>(send: (value: T) => void, intervalMs: number, now: () => number = Date.now) {
  let lastSent = -Infinity;
  let held: { value: T } | undefined;
  return {
    push(value: T): void {
      const time = now();
      if (time - lastSent >= intervalMs) {
        lastSent = time;
        held = undefined;
        send(value);
      } else held = { value };
    },
    flush(): void {
      if (!held) return;
      const { value } = held;
      held = undefined;
      lastSent = now();
      send(value);
    },
  };
}
