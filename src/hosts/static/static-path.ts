import { resolve, sep } from 'node:path';

/**
 * Maps the path of a request URL to a file inside `root`, or `null` when it could leave the root.
 *
 * Containment is decided on decoded path segments, never by comparing string prefixes: a segment
 * that is `.`/`..`, empty in the middle, or carries a separator, a drive colon or a control character
 * after decoding (`%2e%2e`, `%2f`, `%5c`, `%00`) is refused outright. `/` means `index.html`.
 *
 * @example resolveStaticPath('/app/out/renderer', '/assets/index.js') // '/app/out/renderer/assets/index.js'
 * @example resolveStaticPath('/app/out/renderer', '/%2e%2e/package.json') // null
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  const rawSegments = urlPath === '/' ? ['index.html'] : urlPath.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const target = resolve(base, ...segments);
  // Belt and braces: the segment rules above already guarantee this.
  return target.startsWith(base + sep) ? target : null;
}

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  return !/[/\\:\u0000-\u001f\u007f]/.test(segment);
}
