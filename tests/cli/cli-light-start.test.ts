/**
 * The light commands answer without loading the heavy stacks (PDF, images, mail, zip, OCR): the BUILT
 * command (`npm run build` first) runs with a module-load trace. `letter` is the control: it renders,
 * so the trace must show the PDF stack there.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { fullOpenPartsLoaded, heavyPackagesLoaded, tracingEnv } from './support/module-trace';
import { seedCase } from './support/seed-case';

describe('what the built CLI loads', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let folder: string;
  let runs = 0;

  /** Runs the CLI with the trace on; answers with its outcome and the heavy packages it loaded. */
  const traced = async (...args: string[]) => {
    const trace = join(root, `trace-${++runs}.txt`);
    const run = await runCli(workspace, tracingEnv(env, trace), args);
    expect(run.code, run.stderr).toBe(0);
    return { ...run, heavy: heavyPackagesLoaded(trace), fullOpen: fullOpenPartsLoaded(trace) };
  };

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-modules-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    ({ id: caseId, folder } = await seedCase(workspace, env));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  const lightCommands: [string, () => string[]][] = [
    ['--help', () => ['--help']],
    ['workdays add', () => ['workdays', 'add', '2024-05-20', '7']],
    ['workdays between', () => ['workdays', 'between', '2024-05-20', '2024-06-20']],
    ['case list --json', () => ['case', 'list', '--json']],
    ['case show --json', () => ['case', 'show', caseId, '--json']],
  ];

  it.each(lightCommands)('`casebook %s` loads none of the PDF, image, mail, zip or OCR packages', async (_name, args) => {
    expect((await traced(...args())).heavy).toEqual([]);
  });

  // Four runs of the built CLI, one or two of them opening the whole workspace: a timeout sized to that on a busy machine.
  it('`case list` answers from an index that is in line without opening the workspace, and opens it when a folder changed by hand', { timeout: 180_000 }, async () => {
    await traced('case', 'list'); // brings the index in line with the seeded case
    const quick = await traced('case', 'list', '--json');
    expect(quick.fullOpen).toEqual([]);
    const caseFile = join(workspace, 'cases', folder, 'case.json');
    await writeFile(caseFile, (await readFile(caseFile, 'utf8')).replace(/"title": "[^"]*"/, '"title": "手工改过的标题"'));
    const afterEdit = await traced('case', 'list', '--json');
    expect(afterEdit.fullOpen).toEqual(['session', 'zod']);
    expect(JSON.parse(afterEdit.stdout)).toMatchObject({ cases: [{ id: caseId, title: '手工改过的标题' }] });
    // The open brought the index in line again: the next listing is quick and says the same.
    const again = await traced('case', 'list', '--json');
    expect(again.fullOpen).toEqual([]);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(afterEdit.stdout));
  });

  it('the control: `letter` renders, and the trace shows the PDF stack it loads', async () => {
    const run = await traced('letter', caseId, 'cs-email', '--out', join(root, '投诉邮件.txt'));
    expect(run.heavy).toEqual(expect.arrayContaining(['pdfmake', 'pdf-lib']));
  });
});
