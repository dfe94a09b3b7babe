import { isTrustedUrl } from './url-policy';

/**
 * Permissions a page of ours may use. Copy buttons write (sanitised) text to the clipboard; nothing
 * else — camera, notifications, clipboard reading, geolocation … — is ever granted.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

/** Pure, so it is unit-tested without Electron; `security.ts` applies it to the session. */
export const isPermissionAllowed = (permission: string, requestingUrl: string, origins: readonly string[]): boolean =>
  ALLOWED.has(permission) && isTrustedUrl(requestingUrl, origins);
