// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceInfo } from '../../src/shared/api/contract';
import { call } from '../../src/renderer/api/client';
import { useApiQuery } from '../../src/renderer/api/useApiQuery';
import './setup-dom';

vi.mock('../../src/renderer/api/client', async (original) => ({
  ...(await original<typeof import('../../src/renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);
afterEach(() => vi.clearAllMocks());

const info = (path: string) => ({ path }) as WorkspaceInfo;

describe('useApiQuery', () => {
  it('an older reload answering after setData does not overwrite the newer data', async () => {
    let answerReload: (value: WorkspaceInfo) => void = () => {};
    callMock.mockResolvedValueOnce(info('/first'));
    callMock.mockImplementationOnce(() => new Promise((resolve) => (answerReload = resolve as typeof answerReload)));
    const { result } = renderHook(() => useApiQuery('workspace:info', {}));
    await waitFor(() => expect(result.current.data).toEqual(info('/first')));

    act(() => result.current.reload());
    expect(result.current.loading).toBe(true);
    act(() => result.current.setData(info('/from-mutation')));
    await act(async () => answerReload(info('/stale-reload')));

    expect(result.current.data).toEqual(info('/from-mutation'));
    expect(result.current.loading).toBe(false);
  });
});
