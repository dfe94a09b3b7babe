// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFileText } from '../../src/renderer/evidence/useFileText';

/** Answers each URL with the given status and body; `pending` URLs never answer. */
function serve(answers: Record<string, { status: number; body: string } | 'pending'>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const answer = answers[url];
      if (!answer || answer === 'pending') return new Promise<Response>(() => {});
      return Promise.resolve(new Response(answer.body, { status: answer.status }));
    }),
  );
}

describe('useFileText', () => {
  it('reads the text of a file that is there', async () => {
    serve({ '/a.txt': { status: 200, body: '你好' } });
    const { result } = renderHook(() => useFileText('/a.txt', true));
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', text: '你好' }));
  });

  it('reports a 404 as a failure instead of showing its body as the content', async () => {
    serve({ '/gone.txt': { status: 404, body: 'Not Found' } });
    const { result } = renderHook(() => useFileText('/gone.txt', true));
    await waitFor(() => expect(result.current).toEqual({ status: 'failed', reason: 'HTTP 404' }));
  });

  it('forgets the previous file when the URL changes', async () => {
    serve({ '/a.txt': { status: 200, body: 'first' }, '/b.txt': 'pending' });
    const { result, rerender } = renderHook(({ url }) => useFileText(url, true), { initialProps: { url: '/a.txt' } });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', text: 'first' }));
    rerender({ url: '/b.txt' });
    expect(result.current).toEqual({ status: 'loading' });
  });

  it('does not fetch while disabled', () => {
    serve({});
    renderHook(() => useFileText('/a.txt', false));
    expect(fetch).not.toHaveBeenCalled();
  });
});
