// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceInfo } from '../../src/shared/api/contract';
import { prefetchedAnswers, prefetchFirstScreen, takePrefetched } from '../../src/renderer/api/first-screen-prefetch';
import { useApiQuery } from '../../src/renderer/api/useApiQuery';
import { useFakeWebHost } from './fake-web-host';

const host = useFakeWebHost();
// Prefetched calls nobody took wait for a change of route: each test starts without those of the one before.
afterEach(() => window.dispatchEvent(new HashChangeEvent('hashchange')));

const info = (path: string) => ({ path }) as WorkspaceInfo;

describe('useApiQuery', () => {
  it('an older reload answering after setData does not overwrite the newer data', async () => {
    let answerReload: (value: WorkspaceInfo) => void = () => {};
    host.api.mockResolvedValueOnce(info('/first'));
    host.api.mockImplementationOnce(() => new Promise((resolve) => (answerReload = resolve as typeof answerReload)));
    const { result } = renderHook(() => useApiQuery('workspace:info', {}));
    await waitFor(() => expect(result.current.data).toEqual(info('/first')));

    act(() => result.current.reload());
    expect(result.current.loading).toBe(true);
    act(() => result.current.setData(info('/from-mutation')));
    await act(async () => answerReload(info('/stale-reload')));

    expect(result.current.data).toEqual(info('/from-mutation'));
    expect(result.current.loading).toBe(false);
  });

  it('takes the answer the first screen prefetched once, then calls again on reload', async () => {
    let answerInfo: (value: WorkspaceInfo) => void = () => {};
    host.api.mockImplementationOnce(() => new Promise((resolve) => (answerInfo = resolve as typeof answerInfo)));
    host.api.mockResolvedValueOnce({ cases: [], damaged: [] });
    host.api.mockResolvedValueOnce({ reminderDays: 30, due: false });
    prefetchFirstScreen('#/');
    // The workspace and the dashboard's list and backup status are asked for before anything renders.
    expect(host.api.mock.calls).toEqual([
      ['workspace:info', {}],
      ['cases:list', { view: 'active' }],
      ['backup:status', {}],
    ]);
    const { result } = renderHook(() => useApiQuery('workspace:info', {}));
    expect(result.current.loading).toBe(true);
    await act(async () => answerInfo(info('/prefetched')));
    expect(result.current.data).toEqual(info('/prefetched'));
    expect(host.api).toHaveBeenCalledTimes(3);

    host.api.mockResolvedValueOnce(info('/reloaded'));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.data).toEqual(info('/reloaded')));
    expect(host.api).toHaveBeenCalledTimes(4);
  });

  it('starts with a prefetched answer that came before it mounted, without a render that waits for it', async () => {
    host.api.mockResolvedValueOnce(info('/prefetched'));
    host.api.mockResolvedValueOnce({ cases: [], damaged: [] });
    host.api.mockResolvedValueOnce({ reminderDays: 30, due: false });
    prefetchFirstScreen('#/');
    await prefetchedAnswers(1000);
    const { result } = renderHook(() => useApiQuery('workspace:info', {}));
    expect(result.current).toMatchObject({ data: info('/prefetched'), loading: false });
    expect(host.api).toHaveBeenCalledTimes(3);
  });

  it('waits for the prefetched answers only so long', async () => {
    vi.useFakeTimers();
    try {
      host.api.mockReturnValue(new Promise(() => {}));
      prefetchFirstScreen('#/');
      let waited = false;
      void prefetchedAnswers(300).then(() => (waited = true));
      await vi.advanceTimersByTimeAsync(299);
      expect(waited).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(waited).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('prefetches no case list for a page that opens elsewhere than the dashboard', () => {
    host.api.mockResolvedValue(info('/x'));
    prefetchFirstScreen('#/case/01HYC000000000000000000001');
    expect(host.api.mock.calls).toEqual([['workspace:info', {}]]);
    expect(takePrefetched('workspace:info', {})).toBeDefined();
  });

  it('forgets a prefetched list nobody took once the page moves to another route, so a later dashboard asks again', async () => {
    host.api.mockResolvedValue(info('/x'));
    prefetchFirstScreen('#/');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(takePrefetched('cases:list', { view: 'active' })).toBeUndefined();
    expect(takePrefetched('workspace:info', {})).toBeUndefined();
  });
});
