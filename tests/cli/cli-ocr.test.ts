/** `casebook evidence ocr`, `evidence add [--no-ocr]` and `evidence list --json` with readings, run as the BUILT command. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceListing } from '../../src/shared/api/contract';
import { screenshotFixtures, type ScreenshotFixture } from '../core/ocr/screenshot-fixtures';
import { isolatedEnv, projectRoot, requireBuiltCli, runCli } from './support/built-cli';

const intake = join(projectRoot, 'tests/fixtures/intake/xingyao-invalid-card-key.json');
// The CLI starts the OCR engine in its own process, on a machine shared with other tests.
const SLOW = 300_000;

describe('casebook evidence ocr (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let caseDir: string;
  let fixtures: ScreenshotFixture[];
  const cli = (...args: string[]) => runCli(workspace, env, args);

  beforeAll(async () => {
    requireBuiltCli();
    fixtures = await screenshotFixtures('small');
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-ocr-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    const created = await cli('case', 'create', '--file', intake);
    const { id, folder } = JSON.parse(created.stdout) as { id: string; folder: string };
    caseId = id;
    caseDir = join(workspace, 'cases', folder);
  }, SLOW);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it(
    'imports without reading when asked, reads on demand, and lists each item’s facts',
    async () => {
      const order = fixtures.find((f) => f.name === 'order-page')!;
      const added = await cli('evidence', 'add', caseId, order.file, '--no-ocr', '--json');
      expect(added.code).toBe(0);
      expect(existsSync(join(caseDir, 'evidence', 'ocr'))).toBe(false);

      const unknown = await cli('evidence', 'ocr', caseId, '证据9');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('证据9');

      const read = await cli('evidence', 'ocr', caseId, '1', '--json');
      expect(read.code).toBe(0);
      const { items } = JSON.parse(read.stdout) as { items: { category: string; capturedAtSource: string; ocr: { status: string; facts: { kind: string; value: string }[] } }[] };
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ category: 'transaction', capturedAtSource: 'ocr', ocr: { status: 'done' } });
      expect(items[0]!.ocr.facts).toContainEqual(expect.objectContaining({ kind: 'order-number', value: order.truth.orderNumbers[0] }));

      // `evidence add` reads by default; progress stays off stderr when it is not a terminal.
      const chat = fixtures.find((f) => f.name === 'chat')!;
      const withOcr = await cli('evidence', 'add', caseId, chat.file);
      expect(withOcr.code).toBe(0);
      expect(withOcr.stderr).toBe('');
      const listed = JSON.parse((await cli('evidence', 'list', caseId, '--json')).stdout) as EvidenceListing;
      expect(listed.items.map((item) => [item.category, item.ocr?.status])).toEqual([
        ['transaction', 'done'],
        ['communication', 'done'],
      ]);
      expect((await cli('verify', caseId)).code).toBe(0);
    },
    SLOW,
  );
});
