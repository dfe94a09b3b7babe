/**
 * The response headers every host puts on app content, kept in one place so the Electron `app://`
 * protocol and the loopback web host cannot drift apart.
 *
 * `style-src 'unsafe-inline'` is the one relaxation: Mantine injects its CSS variables and component
 * styles at run time. Scripts stay `'self'` only.
 */
const DOCUMENT_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = [...DOCUMENT_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy as the page itself carries it (a `<meta>` tag in the built `index.html`), so it
 * holds wherever the page is opened, headers or not. `frame-ancestors` only works as a header.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = DOCUMENT_DIRECTIVES.join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Case data must not linger in a browser cache after the host stops.
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
