import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');
const builtCli = join(projectRoot, 'out/main/cli.js');
/** The command as people run it: it starts the built CLI with Node's compile cache on. */
export const cliPath = join(projectRoot, 'bin/casebook.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails early with the fix when the build these tests run is missing. */
export function requireBuiltCli(): void {
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run \`npm run build\` before these tests`);
}

/**
 * A settings folder of the test's own, and no $CASEBOOK_WORKSPACE, so the user's saved choices
 * never leak into a test.
 */
export function isolatedEnv(configDir: string): NodeJS.ProcessEnv {
  const { CASEBOOK_WORKSPACE: _ignored, ...rest } = process.env;
  return { ...rest, CASEBOOK_CONFIG_DIR: configDir };
}

/** Runs the built `casebook` with the Node that runs Vitest, on `workspace` (as another user: `as`). */
export const runCli = (workspace: string, env: NodeJS.ProcessEnv, args: readonly string[], cwd?: string, as?: { uid: number; gid: number }) =>
  new Promise<CliRun>((done) => {
    const child = spawn(process.execPath, [cliPath, '--workspace', workspace, ...args], { env, cwd, ...as });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
