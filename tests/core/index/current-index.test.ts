import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCalendar } from '../../../src/core/calendar/load-calendar';
import { CASE_LOCK_NAME, STAGING_DIR } from '../../../src/core/cases/case-folder-layout';
import { openCurrentIndex, type CurrentIndex } from '../../../src/core/index/current-index';
import { INDEX_VERSION } from '../../../src/core/index/index-db';
import { listCases } from '../../../src/core/timeline/overdue-cases';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { writeCaseFolder } from '../case-folders';
import { sampleFacts, v1FixtureText } from '../sample-case';
import { tempDir } from '../temp-dir';

const TODAY = '2024-06-03';
const opened: CurrentIndex[] = [];
afterEach(() => opened.splice(0).forEach((current) => current.close()));

/** A workspace with two cases, opened once (so its index is in line) and closed again. */
async function workspaceWithCases() {
  const root = tempDir();
  const environment = { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } };
  const workspace = join(root, 'workspace');
  const session = await WorkspaceSession.open(workspace, environment, { today: () => TODAY });
  const first = await session.cases.create(sampleFacts());
  const second = sampleFacts();
  await session.cases.create({ ...second, order: { ...second.order, number: 'KM20240520002' } });
  const listing = session.cases.list({ view: 'active' });
  session.close();
  const clock = { calendar: await loadCalendar(environment), today: () => TODAY };
  return { workspace, environment, clock, listing, caseDir: join(workspace, 'cases', first.folder) };
}

const current = (workspace: string) => {
  const answer = openCurrentIndex(workspace);
  if (answer) opened.push(answer);
  return answer;
};

const indexFiles = (workspace: string) =>
  ['index.sqlite', 'index.sqlite-wal'].map((name) => {
    const path = join(workspace, '.casebook', name);
    // Opening a WAL database for reading may create its (empty) -wal file: no content.
    return existsSync(path) && statSync(path).size > 0 ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'none';
  });

describe('openCurrentIndex', () => {
  it('answers from the index when every folder is as it was last read, with the listing a session gives, and writes nothing', async () => {
    const { workspace, clock, listing } = await workspaceWithCases();
    const before = indexFiles(workspace);
    const answer = current(workspace);
    expect(answer).toBeDefined();
    expect(listCases(answer!.index, clock, { view: 'active' })).toEqual(listing);
    expect(listing.cases).toHaveLength(2);
    answer!.close();
    opened.pop();
    expect(indexFiles(workspace)).toEqual(before);
  });

  it('still answers when an import left its staging folder empty, as every finished import does', async () => {
    const { workspace, caseDir } = await workspaceWithCases();
    mkdirSync(join(caseDir, STAGING_DIR));
    expect(current(workspace)).toBeDefined();
  });

  const changes: [string, (at: { workspace: string; caseDir: string }) => void][] = [
    [
      'a case.json edited by hand (same size, later time)',
      ({ caseDir }) => {
        const path = join(caseDir, 'case.json');
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace('"KM', '"XM'));
        const later = new Date(statSync(path).mtimeMs + 5_000);
        utimesSync(path, later, later);
      },
    ],
    ['an evidence.json that appeared', ({ caseDir }) => writeFileSync(join(caseDir, 'evidence.json'), '{}')],
    ['a timeline.json that appeared', ({ caseDir }) => writeFileSync(join(caseDir, 'timeline.json'), '{}')],
    ['a case folder copied in', ({ workspace }) => writeCaseFolder(join(workspace, 'cases'), '20240601-旧版-KM9', v1FixtureText())],
    ['a case folder removed', ({ caseDir }) => rmSync(caseDir, { recursive: true })],
    ['a case folder renamed', ({ workspace, caseDir }) => renameSync(caseDir, join(workspace, 'cases', '20240601-改名-KM1'))],
    ['a lock left by a process (live or dead)', ({ caseDir }) => writeFileSync(join(caseDir, CASE_LOCK_NAME), '{}')],
    [
      'a staged copy left by an interrupted import',
      ({ caseDir }) => {
        mkdirSync(join(caseDir, STAGING_DIR));
        writeFileSync(join(caseDir, STAGING_DIR, '01J0ABCDEFGHJKMNPQRSTVWXYZ.part'), 'half');
      },
    ],
    ['the index deleted', ({ workspace }) => rmSync(join(workspace, '.casebook'), { recursive: true })],
    [
      'an index written by a newer version',
      ({ workspace }) => {
        const db = new Database(join(workspace, '.casebook', 'index.sqlite'));
        db.pragma(`user_version = ${INDEX_VERSION + 1}`);
        db.close();
      },
    ],
  ];

  it.each(changes)('declines after %s', async (_name, change) => {
    const { workspace, caseDir } = await workspaceWithCases();
    change({ workspace, caseDir });
    expect(current(workspace)).toBeUndefined();
  });

  it('answers again, with the change, once a full open has brought the index in line', async () => {
    const { workspace, caseDir, environment, clock } = await workspaceWithCases();
    const path = join(caseDir, 'case.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"title": "[^"]*"/, '"title": "手工改过的标题"'));
    expect(current(workspace)).toBeUndefined();
    (await WorkspaceSession.open(workspace, environment, { today: () => TODAY })).close();
    const answer = current(workspace);
    expect(answer && listCases(answer.index, clock, { view: 'active' }).cases.map((row) => row.title)).toContain('手工改过的标题');
  });

  it('declines while a folder is listed as damaged, since every open reads those again', async () => {
    const { workspace, environment } = await workspaceWithCases();
    mkdirSync(join(workspace, 'cases', '20240601-损坏-KM7'));
    writeFileSync(join(workspace, 'cases', '20240601-损坏-KM7', 'case.json'), '{ not json');
    (await WorkspaceSession.open(workspace, environment, { today: () => TODAY })).close();
    expect(current(workspace)).toBeUndefined();
  });
});
