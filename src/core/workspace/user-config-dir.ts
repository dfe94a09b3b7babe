import { homedir } from 'node:os';
import { join } from 'node:path';

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
