import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { COLOR_SCHEMES } from '../../shared/domain/preferences';
import { writeFileAtomic } from '../fs/atomic-write';

/** Where the app and the CLI look for things that are not given explicitly. */
export interface Environment {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  homeDir?: string;
}

const resolved = ({ env = process.env, platform = process.platform, homeDir = homedir() }: Environment = {}) => ({
  env,
  platform,
  homeDir,
});

/**
 * The per-user configuration folder: `$CASEBOOK_CONFIG_DIR` (tests), else the platform's usual place
 * (`%APPDATA%\Casebook`, `~/Library/Application Support/Casebook`, `$XDG_CONFIG_HOME/casebook`).
 */
export function userConfigDir(environment?: Environment): string {
  const { env, platform, homeDir } = resolved(environment);
  if (env.CASEBOOK_CONFIG_DIR) return env.CASEBOOK_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homeDir, 'AppData', 'Roaming'), 'Casebook');
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', 'Casebook');
  return join(env.XDG_CONFIG_HOME || join(homeDir, '.config'), 'casebook');
}

/**
 * Unknown keys are kept, so settings written by a newer version survive a save by this one; a value
 * this version cannot read counts as not set, and never costs the other settings.
 */
const settingsSchema = z.looseObject({
  workspaceDir: z.string().min(1).optional(),
  colorScheme: z.enum(COLOR_SCHEMES).optional().catch(undefined),
});
export type UserSettings = z.infer<typeof settingsSchema>;

const settingsPath = (environment?: Environment) => join(userConfigDir(environment), 'settings.json');

/** The saved settings; a missing or unreadable file means defaults (it only holds preferences). */
export function readUserSettings(environment?: Environment): UserSettings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(settingsPath(environment), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Merges `patch` into the saved settings and writes them atomically. */
export async function updateUserSettings(patch: Partial<UserSettings>, environment?: Environment): Promise<void> {
  mkdirSync(userConfigDir(environment), { recursive: true });
  const next = { ...readUserSettings(environment), ...patch };
  await writeFileAtomic(settingsPath(environment), `${JSON.stringify(next, null, 2)}\n`);
}
