import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/**
 * Starts the app `npm run dist` just packed (the unpacked copy in dist/, the same files the installer
 * carries) and checks that it runs as shipped: the fuses are burnt, and it opens a workspace (which
 * loads SQLite's native module from app.asar.unpacked) and is still running a few seconds later
 * (window and renderer up). The Electron specs cannot do this: Playwright drives Electron through
 * --inspect, which the packaged app's fuses refuse. Run by the release pipeline after `npm run dist`.
 *
 * Usage: node packaging/smoke-test.ts
 */

const dist = resolve(import.meta.dirname, '..', 'dist');

/** The packaged app: the `.app` bundle on macOS (fuses live in its framework), else the executable. */
function packedApp(): { fuseTarget: string; executable: string } {
  if (process.platform === 'win32') {
    const executable = join(dist, 'win-unpacked', 'Casebook.exe');
    return { fuseTarget: executable, executable };
  }
  if (process.platform === 'linux') {
    const executable = join(dist, 'linux-unpacked', 'casebook');
    return { fuseTarget: executable, executable };
  }
  const folder = readdirSync(dist).find((name) => name.startsWith('mac'));
  const bundle = folder && readdirSync(join(dist, folder)).find((name) => name.endsWith('.app'));
  if (!folder || !bundle) throw new Error(`no .app bundle in ${dist}`);
  const app = join(dist, folder, bundle);
  const [executable] = readdirSync(join(app, 'Contents', 'MacOS'));
  return { fuseTarget: app, executable: join(app, 'Contents', 'MacOS', executable!) };
}

async function main(): Promise<void> {
  const { fuseTarget, executable } = packedApp();
  const wire = await getCurrentFuseWire(fuseTarget);
  const expected: [FuseV1Options, FuseState][] = [
    [FuseV1Options.RunAsNode, FuseState.DISABLE],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
    [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
    [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
  ];
  for (const [fuse, state] of expected) {
    if (wire[fuse] !== state) throw new Error(`fuse ${FuseV1Options[fuse]} is ${wire[fuse]}, expected ${state}`);
  }
  console.log(`fuses burnt in ${fuseTarget}`);

  const root = mkdtempSync(join(tmpdir(), 'casebook-smoke-'));
  const workspace = join(root, 'workspace');
  const index = join(workspace, '.casebook', 'index.sqlite');
  const child = spawn(executable, ['--workspace', workspace, `--user-data-dir=${join(root, 'profile')}`], {
    env: { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') },
    stdio: 'inherit',
  });
  let exited: number | string | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.on('error', (error) => (exited = error.message));
  try {
    for (let waited = 0; !existsSync(index); waited += 500) {
      if (exited !== undefined) throw new Error(`the app exited with ${exited} before opening its workspace`);
      if (waited > 90_000) throw new Error(`the app opened no workspace at ${workspace} within 90 s`);
      await sleep(500);
    }
    console.log(`workspace opened: ${index}`);
    await sleep(5_000);
    if (exited !== undefined) throw new Error(`the app exited with ${exited} after opening its workspace`);
    console.log('the packaged app is running');
  } finally {
    child.kill();
    await sleep(1_000);
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
