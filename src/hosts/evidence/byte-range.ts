/** What a `Range` header asks of a file of `size` bytes. */
export type ByteRange =
  | { kind: 'full' }
  /** Inclusive byte positions, as in `Content-Range`. */
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

/**
 * Reads a single `bytes=` range (`a-b`, `a-`, `-n`), which is what `<video>` and `<audio>` send when
 * they seek. A header we do not understand, or one with several ranges, is ignored as RFC 9110
 * allows (the whole file is sent); a well-formed range that lies outside the file is unsatisfiable.
 *
 * @example parseByteRange('bytes=0-99', 1000) // { kind: 'partial', start: 0, end: 99 }
 * @example parseByteRange('bytes=-100', 1000) // { kind: 'partial', start: 900, end: 999 }
 * @example parseByteRange('bytes=1000-', 1000) // { kind: 'unsatisfiable' }
 */
export function parseByteRange(header: string | null | undefined, size: number): ByteRange {
  if (!header) return { kind: 'full' };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'full' };
  const [, first = '', last = ''] = match;
  if (first === '') {
    // A suffix: the last n bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
