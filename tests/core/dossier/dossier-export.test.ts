/**
 * A dossier exported into the case's `exports/` appears whole or not at all: it is assembled in a
 * hidden folder, recorded in the audit log, then published; what a process that died mid-export left
 * is removed at the next open.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_LOG_NAME } from '../../../src/core/audit/audit-log';
import { processTag } from '../../../src/core/fs/process-identity';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { deadPid } from '../dead-process';
import { sampleFacts } from '../sample-case';
import { tempDir } from '../temp-dir';

const sessions: WorkspaceSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.close()));

async function open(root: string) {
  const session = await WorkspaceSession.open(root, { env: { CASEBOOK_CONFIG_DIR: join(root, '..', 'config') } });
  sessions.push(session);
  return session;
}

describe('dossier export into the case folder', () => {
  it('publishes a complete folder with its record, after the audit line; nothing hidden stays behind', { timeout: 120_000 }, async () => {
    const root = join(tempDir(), 'ws');
    const session = await open(root);
    const { id, folder } = await session.cases.create(sampleFacts());
    const made = await session.dossier.export(id);
    const exportsDir = join(root, 'cases', folder, 'exports');
    expect(readdirSync(exportsDir)).toEqual([made.id]);
    expect(readdirSync(join(exportsDir, made.id)).sort()).toEqual(['export.json', made.pdf.name, made.zip.name].sort());
    const last = JSON.parse(readFileSync(join(root, 'cases', folder, AUDIT_LOG_NAME), 'utf8').trim().split('\n').at(-1)!) as { action: string; sha256: string };
    expect(last).toMatchObject({ action: 'export', sha256: made.zip.sha256 });
    expect((await session.dossier.exports(id)).map((entry) => entry.id)).toEqual([made.id]);
    expect((await session.verify(id)).ok).toBe(true);
  });

  it('removes at open the hidden folder of an export whose process died, and keeps one a live process is still writing', async () => {
    const root = join(tempDir(), 'ws');
    const first = await open(root);
    const { folder } = await first.cases.create(sampleFacts());
    first.close();
    sessions.pop();
    const exportsDir = join(root, 'cases', folder, 'exports');
    const dead = join(exportsDir, `.20240612-153000.${processTag({ pid: deadPid(), host: hostname() })}`);
    const alive = join(exportsDir, `.20240612-153001.${processTag()}`);
    for (const dir of [dead, alive]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '卷宗.pdf.tmp-0123456789ab'), 'half a PDF');
    }
    const session = await open(root);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(await session.dossier.exports(folder)).toEqual([]);
  });
});
