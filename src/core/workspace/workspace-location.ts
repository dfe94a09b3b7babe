import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Environment } from './user-config-dir';
import { readUserSettings } from './user-settings';

const WORKSPACE_FOLDER_NAME = 'Casebook';

/** Reads `XDG_DOCUMENTS_DIR` from `user-dirs.dirs` (written by xdg-user-dirs, localised on Chinese desktops). */
function xdgDocumentsDir(env: NodeJS.ProcessEnv, homeDir: string): string | undefined {
  if (env.XDG_DOCUMENTS_DIR) return env.XDG_DOCUMENTS_DIR;
  const configHome = env.XDG_CONFIG_HOME || join(homeDir, '.config');
  let text: string;
  try {
    text = readFileSync(join(configHome, 'user-dirs.dirs'), 'utf8');
  } catch {
    return undefined;
  }
  const match = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"([^"]*)"/m.exec(text);
  if (!match?.[1]) return undefined;
  const dir = match[1].replace(/^\$HOME(?=\/|$)/, homeDir);
  // The spec says a value equal to $HOME means "no documents folder".
  return dir === homeDir || dir === `${homeDir}/` ? undefined : dir;
}

/**
 * The user's Documents folder: `%USERPROFILE%\Documents` on Windows, `~/Documents` on macOS, on Linux
 * the XDG documents folder (`~/文档` on many Chinese desktops), falling back to whichever of
 * `~/Documents` and `~/文档` exists.
 */
export function documentsDir(environment: Environment & Required<Pick<Environment, 'env' | 'platform' | 'homeDir'>>): string {
  const { env, platform, homeDir } = environment;
  if (platform === 'win32') return join(env.USERPROFILE ?? homeDir, 'Documents');
  if (platform === 'darwin') return join(homeDir, 'Documents');
  const xdg = xdgDocumentsDir(env, homeDir);
  if (xdg) return xdg;
  const chinese = join(homeDir, '文档');
  const english = join(homeDir, 'Documents');
  return !existsSync(english) && existsSync(chinese) ? chinese : english;
}

export interface WorkspaceLocationOptions extends Environment {
  /** The `--workspace DIR` flag; relative paths are taken from `cwd`. */
  flag?: string;
  cwd?: string;
}

/**
 * Which workspace to open: the `--workspace` flag, else `$CASEBOOK_WORKSPACE`, else the folder saved
 * in the user settings (chosen in the app), else `Casebook` in the Documents folder. Returns an
 * absolute path; the folder may not exist yet (opening creates it).
 *
 * @example resolveWorkspaceDir({ flag: options.workspace, env: process.env }) // '/home/li/文档/Casebook'
 */
export function resolveWorkspaceDir(options: WorkspaceLocationOptions = {}): string {
  const { flag, cwd = process.cwd(), env = process.env, platform = process.platform, homeDir = homedir() } = options;
  const environment = { env, platform, homeDir };
  const chosen = flag?.trim() || env.CASEBOOK_WORKSPACE?.trim() || readUserSettings(environment).workspaceDir;
  return resolve(cwd, chosen ?? join(documentsDir(environment), WORKSPACE_FOLDER_NAME));
}
