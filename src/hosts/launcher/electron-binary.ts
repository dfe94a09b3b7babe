import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed `electron` package folder, found without running it (its index.js downloads). */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable, located the way `electron/index.js` does (`path.txt` names it inside
 * `dist/`; `ELECTRON_OVERRIDE_DIST_PATH` replaces `dist/`), or null when it was never downloaded.
 */
export function findElectronBinary(packageDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = join(override, executable || 'electron');
  else if (executable) binary = join(packageDir, 'dist', executable);
  return binary && existsSync(binary) ? binary : null;
}

export type InstallOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Runs the package's own `install.js` once (it downloads the binary for this platform). On a machine
 * without access to GitHub it fails within seconds; the timeout bounds a stalled download.
 */
export function installElectron(packageDir: string, timeoutMs = 60_000): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      cwd: packageDir,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: timeoutMs,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ ok: true });
      const firstLine = stderr.split('\n').find((line) => line.trim() !== '')?.trim();
      resolve({ ok: false, reason: signal ? `timed out after ${timeoutMs / 1000} s` : (firstLine ?? `exit code ${code}`) });
    });
  });
}
