import { useEffect, useState } from 'react';

/** Plain-text evidence (chat exports) is read and shown as text rather than handed to the browser. */
export function useFileText(url: string, enabled: boolean): string | undefined {
  const [text, setText] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => response.text())
      .then(setText, () => {});
    return () => controller.abort();
  }, [url, enabled]);
  return text;
}
