import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (where package.json and `out/` live), found by walking up from this module.
 * Walking up rather than a fixed `../..` keeps it right whichever bundle or chunk this code lands in.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the running bundle');
    dir = parent;
  }
  return dir;
}

/** The built renderer that both the Electron protocol and the web host serve. */
export const rendererDir = (): string => join(appRoot(), 'out', 'renderer');
