import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cookies are scoped by host, not by port: two web hosts running at once (two workspaces) would
 * overwrite each other's cookie under one fixed name, so the name carries the port.
 */
export const tokenCookieName = (port: number): string => `casebook_token_${port}`;

/** A fresh secret per launch: 32 random bytes, URL-safe so it can travel in the printed address. */
export const createAccessToken = (): string => randomBytes(32).toString('base64url');

/**
 * Compares a presented token with the expected one in constant time. Both sides are hashed first so
 * the comparison length never depends on what the caller sent.
 */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The `Set-Cookie` value that carries the token after the first visit. */
export const tokenCookie = (token: string, port: number): string =>
  `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Reads one cookie from a `Cookie` header. @example readCookie('a=1; b=2', 'b') // '2' */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Reads the token from `Authorization: Bearer …`. */
export function readBearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
