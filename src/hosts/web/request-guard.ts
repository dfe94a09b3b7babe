import type { IncomingMessage } from 'node:http';
import { readBearer, readCookie, tokenCookieName, tokenMatches } from './access-token';

/**
 * Refuses requests a page on another site could make through the browser. DNS rebinding points a
 * foreign name at 127.0.0.1, so the Host header is checked against the two names we answer to; a
 * cross-site fetch or form carries a foreign Origin.
 */
export function hasTrustedHostAndOrigin(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (host === undefined || !allowedHosts.includes(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${host}`;
}

/** True when the request carries the launch token, as cookie or bearer header. */
export function isAuthorised(req: IncomingMessage, token: string, port: number): boolean {
  return (
    tokenMatches(readCookie(req.headers.cookie, tokenCookieName(port)), token) ||
    tokenMatches(readBearer(req.headers.authorization), token)
  );
}
