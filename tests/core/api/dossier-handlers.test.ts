import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import type { DossierExport, DossierJob } from '../../../src/shared/domain/dossier';
import { useApiSession } from './api-session';
import { createLetterCase, LETTER_TODAY } from '../letters/letter-case';

const api = useApiSession({ today: () => LETTER_TODAY });

/** Polls the job the way the 导出 tab does, until it ends. */
async function finished(jobId: string): Promise<DossierJob> {
  for (;;) {
    const job = await api.call<DossierJob>('dossier:job', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Each test makes a dossier in the background: PDF rendering, slow on a busy machine.
describe('dossier through dispatch', { timeout: 180_000 }, () => {
  it('makes the dossier into the case’s exports/ as a job, reports progress and the result, and lists it', async () => {
    const { id, folder } = await createLetterCase(api);
    const started = await api.call<DossierJob>('dossier:start', { caseId: folder });
    expect(started).toMatchObject({ state: 'running', caseId: id });
    // A second start while it runs follows the same job.
    expect((await api.call<DossierJob>('dossier:start', { caseId: id })).jobId).toBe(started.jobId);

    const job = await finished(started.jobId);
    if (job.state !== 'done') throw new Error(`job ended ${job.state}`);
    const { result } = job;
    expect(result).toMatchObject({ exhibits: 3, pdf: { name: `${folder}-卷宗.pdf` }, zip: { name: `${folder}-卷宗.zip` }, warnings: [] });
    expect(result.folder).toBe(join(api.workspace, 'cases', folder, 'exports', result.id));
    expect(readdirSync(result.folder).sort()).toEqual([`${folder}-卷宗.pdf`, `${folder}-卷宗.zip`, 'export.json']);
    expect(await api.call<DossierExport[]>('dossier:exports', { caseId: id })).toEqual([result]);
  });

  it('cancels a running job: it ends cancelled and leaves no file under a final name and no listed export', async () => {
    const { id } = await createLetterCase(api);
    const started = await api.call<DossierJob>('dossier:start', { caseId: id });
    expect(await api.call('dossier:cancel', { jobId: started.jobId })).toEqual({ cancelled: true });
    expect((await finished(started.jobId)).state).toBe('cancelled');
    expect(await api.call('dossier:cancel', { jobId: started.jobId })).toEqual({ cancelled: false });
    expect(await api.call<DossierExport[]>('dossier:exports', { caseId: id })).toEqual([]);
    const exportsDir = join(api.workspace, 'cases', (await api.call<{ folder: string }>('cases:get', { ref: id })).folder, 'exports');
    expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
  });

  it('sweeps the temp files a crash left in an export folder when the workspace opens again', async () => {
    const { folder } = await createLetterCase(api);
    const exportDir = join(api.workspace, 'cases', folder, 'exports', '20240612-153000');
    mkdirSync(exportDir, { recursive: true });
    const temp = join(exportDir, `${folder}-卷宗.zip.tmp-0123456789ab`);
    writeFileSync(temp, 'partial');
    utimesSync(temp, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    api.session.close();
    api.session = await WorkspaceSession.open(api.workspace);
    expect(existsSync(temp)).toBe(false);
  });

  it('refuses an unknown case at once, an unknown job, and revealing a folder from the core', async () => {
    expect(await api.callRaw('dossier:start', { caseId: 'no-such-case' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await api.callRaw('dossier:job', { jobId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { id } = await createLetterCase(api);
    expect(await api.callRaw('dossier:reveal', { caseId: id, exportId: '20240612-153000' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(await api.callRaw('dossier:reveal', { caseId: id, exportId: '../../x' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
