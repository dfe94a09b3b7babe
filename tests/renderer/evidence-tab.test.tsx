// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EvidenceTab } from '../../src/renderer/evidence/EvidenceTab';
import type { EvidenceListing } from '../../src/shared/api/contract';
import { ApiFailure } from '../../src/shared/api/result';
import { evidenceItem, renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { person } from './person';

const host = useFakeWebHost();
const CASE = 'case-1';
const [a, b, c] = [evidenceItem(1), evidenceItem(2), evidenceItem(3)];
const removed = evidenceItem(4, { exhibitNumber: undefined, removedAt: '2024-05-22T09:00:00+08:00' });
const listing: EvidenceListing = { items: [a, b, c, removed], checklist: [] };

beforeEach(() => {
  host.api.mockImplementation(async (channel) => {
    if (channel === 'evidence:list') return listing;
    return [];
  });
});

describe('evidence tab', () => {
  it('moves an exhibit up with its button and sends the whole new order, removed items last', async () => {
    const user = person();
    renderWithMantine(<EvidenceTab caseId={CASE} />);

    await user.click(await screen.findByRole('button', { name: '上移 证据2' }));

    expect(host.api).toHaveBeenCalledWith('evidence:reorder', { caseId: CASE, order: [b.id, a.id, c.id, removed.id] });
    expect(screen.getByRole('button', { name: '上移 证据1' })).toHaveProperty('disabled', true);
  });

  it('moves the last exhibit down nowhere: its button is disabled', async () => {
    renderWithMantine(<EvidenceTab caseId={CASE} />);
    expect(await screen.findByRole('button', { name: '下移 证据3' })).toHaveProperty('disabled', true);
  });

  it('asks before importing a duplicate and retries it with allowDuplicate', async () => {
    const user = person();
    const duplicate = '“截图.png”与已导入的证据1内容完全相同（SHA-256 一致）';
    host.upload
      .mockRejectedValueOnce(new ApiFailure('duplicate', duplicate))
      .mockResolvedValueOnce({ imported: [evidenceItem(5)], warnings: [], rejected: [] });
    renderWithMantine(<EvidenceTab caseId={CASE} />);
    const file = new File(['png bytes'], '截图.png', { type: 'image/png' });

    await user.upload(await screen.findByLabelText('选择文件'), file);

    const question = await screen.findByRole('dialog', { name: '发现重复的文件' });
    expect(question.textContent).toContain(duplicate);
    expect(host.upload).toHaveBeenLastCalledWith(expect.objectContaining({ caseId: CASE, name: file.name, size: file.size }), file);
    expect(host.upload.mock.lastCall?.[0].allowDuplicate).toBeFalsy();

    await user.click(screen.getByRole('button', { name: '仍然导入' }));

    await waitFor(() => expect(host.upload).toHaveBeenCalledTimes(2));
    expect(host.upload.mock.lastCall).toEqual([expect.objectContaining({ caseId: CASE, name: file.name, allowDuplicate: true }), file]);
    expect(await screen.findByText('已导入 1 个文件')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: '发现重复的文件' })).toBeNull();
  });

  it('keeps the duplicate out when the person skips it', async () => {
    const user = person();
    host.upload.mockRejectedValueOnce(new ApiFailure('duplicate', '重复'));
    renderWithMantine(<EvidenceTab caseId={CASE} />);

    await user.upload(await screen.findByLabelText('选择文件'), new File(['x'], 'x.png'));
    await user.click(await screen.findByRole('button', { name: '跳过' }));

    expect(host.upload).toHaveBeenCalledTimes(1);
    expect(screen.getByText('没有导入任何文件')).toBeTruthy();
  });

  it('opens on the exhibit a search hit named: its row is marked and it is shown in the viewer', async () => {
    renderWithMantine(<EvidenceTab caseId={CASE} showItem={b.id} />);

    expect(await screen.findByRole('dialog', { name: '证据2 材料2' })).toBeTruthy();
    const rows = screen.getAllByTestId('evidence-row');
    expect(rows.map((row) => row.getAttribute('aria-current'))).toEqual([null, 'true', null]);
  });

  it('shows nothing in the viewer when the exhibit named is no longer in the list', async () => {
    renderWithMantine(<EvidenceTab caseId={CASE} showItem={removed.id} />);

    expect(await screen.findByRole('button', { name: '上移 证据2' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
