import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../electron/main/permission-policy';
import { APP_ORIGIN } from '../../../electron/main/url-policy';

describe('isPermissionAllowed', () => {
  const origins = [APP_ORIGIN];

  it('lets our own page write sanitised text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`, origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ORIGIN, origins)).toBe(true);
  });

  it('refuses the clipboard to any other origin', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://attacker.example/', origins)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '', origins)).toBe(false);
  });

  it.each(['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'fileSystem'])('denies %s even to our page', (permission) => {
    expect(isPermissionAllowed(permission, `${APP_ORIGIN}/index.html`, origins)).toBe(false);
  });
});
