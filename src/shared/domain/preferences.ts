/** How the app looks: light, dark, or as the operating system is set. */
export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export type ColorSchemePreference = (typeof COLOR_SCHEMES)[number];

/**
 * The person's preferences, kept in the user settings file (not the workspace): the browser's own
 * storage cannot keep them, since the web host's address changes with every start.
 */
export interface Preferences {
  colorScheme: ColorSchemePreference;
}
