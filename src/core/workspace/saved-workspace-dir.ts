import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userConfigDir, type Environment } from './user-config-dir';

/** The user settings file (read and written by user-settings.ts). */
export const settingsPath = (environment?: Environment): string => join(userConfigDir(environment), 'settings.json');

/**
 * The workspace folder saved in the user settings, or undefined (no file, unreadable, no usable
 * value). Read without the settings schema, since every command finds its workspace and most need
 * nothing else of the settings; it accepts what the schema accepts (a non-empty string).
 */
export function savedWorkspaceDir(environment?: Environment): string | undefined {
  try {
    const { workspaceDir } = JSON.parse(readFileSync(settingsPath(environment), 'utf8')) as { workspaceDir?: unknown };
    return typeof workspaceDir === 'string' && workspaceDir.length > 0 ? workspaceDir : undefined;
  } catch {
    return undefined;
  }
}
