import { sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../src/hosts/static/static-path';

const root = '/srv/casebook/out/renderer';

describe('resolveStaticPath', () => {
  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(`${root}/index.html`);
    expect(resolveStaticPath(root, '/assets/index-3f2a.js')).toBe(`${root}/assets/index-3f2a.js`);
    expect(resolveStaticPath(root, '/assets/%E5%9B%BE.png')).toBe(`${root}/assets/图.png`);
  });

  // The web host's URL parser already folds `..`; the resolver must hold on its own, e.g. for app://.
  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/..%5cpackage.json',
    '/assets//app.js',
    '/assets/',
    '/C:%5cWindows',
    '/a%00b',
    '/%E0%A4%A',
    'relative',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '', 'a'), fc.string()), { maxLength: 6 }), (parts) => {
        const resolved = resolveStaticPath(root, `/${parts.join('/')}`);
        expect(resolved === null || resolved.startsWith(root + sep)).toBe(true);
      }),
    );
  });
});
