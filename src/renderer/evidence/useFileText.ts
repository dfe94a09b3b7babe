import { useEffect, useState } from 'react';

export type FileText = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'failed'; reason: string };

const LOADING: FileText = { status: 'loading' };

/**
 * Plain-text evidence (chat exports) is read and shown as text rather than handed to the browser.
 * An error answer (404, 500) is a failure, never content. The result is kept with the URL it belongs
 * to, so a new URL shows the spinner instead of the previous file's text.
 */
export function useFileText(url: string, enabled: boolean): FileText {
  const [result, setResult] = useState<{ url: string; value: FileText }>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then(
        (text) => setResult({ url, value: { status: 'ready', text } }),
        (error: unknown) => {
          // Aborted because the URL changed or the viewer closed: nobody is waiting for this answer.
          if (controller.signal.aborted) return;
          setResult({ url, value: { status: 'failed', reason: error instanceof Error ? error.message : String(error) } });
        },
      );
    return () => controller.abort();
  }, [url, enabled]);
  return result?.url === url ? result.value : LOADING;
}
