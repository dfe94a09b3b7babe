/**
 * The app id of the installers (electron-builder.yml `appId`). Windows ties notifications to the
 * Start-menu shortcut through it, so the main process declares the same id (AppUserModelID).
 */
export const APP_ID = 'org.casebook.app';
