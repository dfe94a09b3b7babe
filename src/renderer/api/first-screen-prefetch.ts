import type { Channel } from '../../shared/api/channels';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { paths } from '../app/paths';
import { call } from './client';

/** A call started before the first render, with its answer once that has come. */
export interface Prefetched<T> {
  answer: Promise<T>;
  arrived?: { value: T };
}

/** Calls started before the first render, by channel and input, until a query takes them. */
const started = new Map<string, Prefetched<unknown>>();

const keyOf = (channel: Channel, input: unknown): string => `${channel} ${JSON.stringify(input)}`;

function prefetch<C extends Channel>(channel: C, input: ApiInput<C>): void {
  const entry: Prefetched<ApiOutput<C>> = { answer: call(channel, input) };
  entry.answer.then(
    (value) => (entry.arrived = { value }),
    // Whoever takes it handles a failure; one nobody takes must not be reported as unhandled.
    () => {},
  );
  started.set(keyOf(channel, input), entry);
}

/**
 * Starts the calls the first screen waits for, before React renders: the workspace and, when the
 * page opens on the dashboard, the case list and the backup status. Otherwise the list is only asked
 * for once the workspace has answered and the dashboard has rendered, one round trip after the other.
 */
export function prefetchFirstScreen(hash: string): void {
  // Once the person has moved on, an answer nobody took may be stale (a later visit to the
  // dashboard must show the entries added meanwhile, not the list as it was at start-up).
  window.addEventListener('hashchange', () => started.clear(), { once: true });
  prefetch('workspace:info', {});
  const route = hash.replace(/^#/, '') || paths.active;
  if (route === paths.active) {
    prefetch('cases:list', { view: 'active' });
    // The dashboard's backup reminder, so it is drawn with the rows instead of pushing them down just after.
    prefetch('backup:status', {});
  }
}

/** Resolves once every call {@link prefetchFirstScreen} started has answered or failed, or after `atMostMs`. */
export function prefetchedAnswers(atMostMs: number): Promise<void> {
  const all = Promise.allSettled([...started.values()].map((entry) => entry.answer));
  return Promise.race([all.then(() => undefined), new Promise<void>((done) => setTimeout(done, atMostMs))]);
}

/**
 * The call {@link prefetchFirstScreen} started with this very channel and input (as JSON), handed
 * out once: a later query (a reload) calls again.
 */
export function takePrefetched<C extends Channel>(channel: C, input: ApiInput<C>): Prefetched<ApiOutput<C>> | undefined {
  const key = keyOf(channel, input);
  const entry = started.get(key);
  started.delete(key);
  return entry as Prefetched<ApiOutput<C>> | undefined;
}
