import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';

const projectRoot = resolve(import.meta.dirname, '../..');
// The command as people run it (Node's compile cache on), starting the built CLI.
const cliPath = join(projectRoot, 'bin/casebook.js');

export interface RunningHost {
  /** The printed URL, with its token. */
  url: string;
  origin: string;
  workspace: string;
  configDir: string;
  /** The host's home folder (the test's own temp folder, which holds `workspace` and `configDir`). */
  home: string;
  /** Runs the built CLI against this test's workspace. */
  cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function runCli(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    // A hang detector: the host prints its URL in well under a second when the machine is idle.
    const timer = setTimeout(() => fail(new Error(`web host printed no URL:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => fail(new Error(`web host exited with ${code}:\n${output}`)));
  });
}

/** Each test gets its own workspace, settings folder and web host, started through the real CLI. */
export const test = base.extend<{ host: RunningHost }>({
  // Playwright reads the fixture's dependencies from this destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'casebook-e2e-'));
    const workspace = join(root, 'workspace');
    const configDir = join(root, 'config');
    // The test's folder is the host's home folder too, so the folder browser shows only what the test made.
    const env = { ...process.env, CASEBOOK_CONFIG_DIR: configDir, CASEBOOK_WORKSPACE: workspace, HOME: root };
    const child = spawn(process.execPath, [cliPath, '--workspace', workspace, 'web', '--port', '0', '--no-open'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await waitForUrl(child);
      await use({
        url,
        origin: new URL(url).origin,
        workspace,
        configDir,
        home: root,
        cli: (args) => runCli(['--workspace', workspace, ...args], env),
      });
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      await rm(root, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

/**
 * Calls the web host's API as the page would, with the page's session cookie (open `host.url` first):
 * seeding a test through the API is much quicker than spawning the CLI for every entry.
 */
export async function callApi<T>(page: Page, origin: string, channel: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${origin}/api/${channel}`, { data: input });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
export const fixturePath = (name: string) => join(projectRoot, 'tests/fixtures', name);
