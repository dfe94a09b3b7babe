// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExportTab } from '../../src/renderer/export/ExportTab';
import type { DossierExport, DossierJob } from '../../src/shared/domain/dossier';
import { renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { person } from './person';

const host = useFakeWebHost();

const CASE = '01J0000000000000000000C001';
const JOB = '01J0000000000000000000J001';
const made: DossierExport = {
  id: '20240612-153000',
  createdAt: '2024-06-12T15:30:00+08:00',
  pages: 18,
  exhibits: 5,
  pdf: { name: '20240520-星耀卡盟-KM1-卷宗.pdf', size: 183_383, sha256: 'a'.repeat(64) },
  zip: { name: '20240520-星耀卡盟-KM1-卷宗.zip', size: 297_807, sha256: 'b'.repeat(64) },
  folder: '/ws/cases/20240520-星耀卡盟-KM1/exports/20240612-153000',
  warnings: [],
};

describe('export tab', () => {
  it('starts the dossier, shows each step on a progress bar, cancels it', async () => {
    const user = person();
    const running: DossierJob = { jobId: JOB, caseId: CASE, state: 'running', progress: { step: 'write', done: 37, total: 200 } };
    host.api.mockImplementation(async (channel) => {
      if (channel === 'dossier:exports') return [];
      if (channel === 'dossier:start') return { jobId: JOB, caseId: CASE, state: 'running' };
      if (channel === 'dossier:job') return running;
      if (channel === 'dossier:cancel') return { cancelled: true };
      throw new Error(channel);
    });
    renderWithMantine(<ExportTab caseId={CASE} />);

    await user.click(await screen.findByRole('button', { name: '生成卷宗' }));
    expect(host.api).toHaveBeenCalledWith('dossier:start', { caseId: CASE });
    expect(await screen.findByText('写入卷宗 PDF：图片 37/200')).toBeTruthy();
    // reading 10 + layout 15 + exhibits 5 + 40 × 37/200 of 100.
    expect(screen.getByRole('progressbar', { name: '卷宗生成进度' }).getAttribute('aria-valuenow')).toBe('37');

    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(host.api).toHaveBeenCalledWith('dossier:cancel', { jobId: JOB });
  });

  it('shows the result with its size and place, and lists it with the earlier exports', async () => {
    const user = person();
    let listed: DossierExport[] = [];
    host.api.mockImplementation(async (channel) => {
      if (channel === 'dossier:exports') return listed;
      if (channel === 'dossier:start') return { jobId: JOB, caseId: CASE, state: 'running' };
      if (channel === 'dossier:job') {
        listed = [made];
        return { jobId: JOB, caseId: CASE, state: 'done', result: made };
      }
      throw new Error(channel);
    });
    renderWithMantine(<ExportTab caseId={CASE} />);
    expect(await screen.findByText('还没有导出过卷宗。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '生成卷宗' }));
    const result = await screen.findByTestId('dossier-result');
    expect(result.textContent).toContain('共 18 页 · 5 项证据');
    expect(result.textContent).toContain(made.folder);
    expect(result.textContent).toContain('179.1 KB');
    await waitFor(() => expect(screen.getAllByTestId('previous-export')).toHaveLength(1));
    expect(screen.getByRole('button', { name: '重新生成卷宗' })).toBeTruthy();
  });

  it('says why a dossier could not be made', async () => {
    const user = person();
    host.api.mockImplementation(async (channel) => {
      if (channel === 'dossier:exports') return [];
      if (channel === 'dossier:start') return { jobId: JOB, caseId: CASE, state: 'running' };
      if (channel === 'dossier:job') return { jobId: JOB, caseId: CASE, state: 'failed', message: '证据3（客服聊天记录）的原始文件与导入时记录的 SHA-256 不一致，卷宗未生成。' };
      throw new Error(channel);
    });
    renderWithMantine(<ExportTab caseId={CASE} />);
    await user.click(await screen.findByRole('button', { name: '生成卷宗' }));
    expect((await screen.findByRole('alert')).textContent).toContain('证据3（客服聊天记录）的原始文件与导入时记录的 SHA-256 不一致');
  });
});
