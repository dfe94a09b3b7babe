import type { Channel } from '../../shared/api/channels';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { paths } from '../app/paths';
import { call } from './client';

/** Calls started before the first render, by channel and input, until a query takes them. */
const started = new Map<string, Promise<unknown>>();

const keyOf = (channel: Channel, input: unknown): string => `${channel} ${JSON.stringify(input)}`;

function prefetch<C extends Channel>(channel: C, input: ApiInput<C>): void {
  const answer = call(channel, input);
  // Whoever takes it handles a failure; one nobody takes must not be reported as unhandled.
  answer.catch(() => {});
  started.set(keyOf(channel, input), answer);
}

/**
 * Starts the calls the first screen waits for, before React renders: the workspace and, when the
 * page opens on the dashboard, the case list. Otherwise the list is only asked for once the
 * workspace has answered and the dashboard has rendered, one round trip after the other.
 */
export function prefetchFirstScreen(hash: string): void {
  // Once the person has moved on, an answer nobody took may be stale (a later visit to the
  // dashboard must show the entries added meanwhile, not the list as it was at start-up).
  window.addEventListener('hashchange', () => started.clear(), { once: true });
  prefetch('workspace:info', {});
  const route = hash.replace(/^#/, '') || paths.active;
  if (route === paths.active) prefetch('cases:list', { view: 'active' });
}

/**
 * The answer of a call {@link prefetchFirstScreen} started with this very channel and input (as
 * JSON), handed out once: a later query (a reload) calls again.
 */
export function takePrefetched<C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> | undefined {
  const key = keyOf(channel, input);
  const answer = started.get(key);
  started.delete(key);
  return answer as Promise<ApiOutput<C>> | undefined;
}
