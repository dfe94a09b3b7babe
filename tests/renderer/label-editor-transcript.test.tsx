// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../src/renderer/api/client';
import { LabelEditor } from '../../src/renderer/evidence/LabelEditor';
import { transcriptMessages } from '../../src/shared/messages/dossier';
import { evidenceItem, renderWithMantine } from './evidence-fixtures';
import { person } from './setup-dom';

vi.mock('../../src/renderer/api/client', async (original) => ({
  ...(await original<typeof import('../../src/renderer/api/client')>()),
  call: vi.fn(async () => ({})),
}));

const callMock = vi.mocked(call);
afterEach(() => vi.clearAllMocks());

describe('label editor transcript', () => {
  it('asks a recording for its transcript and sends what was typed', async () => {
    const user = person();
    const recording = evidenceItem(1, { mediaType: 'audio/mp4', originalName: '通话录音.m4a', title: '通话录音' });
    renderWithMantine(<LabelEditor caseId="case-1" item={recording} onClose={() => {}} onChanged={() => {}} />);

    await user.type(screen.getByLabelText(transcriptMessages.label), '客服：已登记工单。');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(callMock).toHaveBeenCalledWith('evidence:update', expect.objectContaining({ labels: expect.objectContaining({ transcript: '客服：已登记工单。' }) }));
  });

  it('does not ask a screenshot for a transcript', () => {
    const screenshot = evidenceItem(2, { mediaType: 'image/png' });
    renderWithMantine(<LabelEditor caseId="case-1" item={screenshot} onClose={() => {}} onChanged={() => {}} />);
    expect(screen.queryByLabelText(transcriptMessages.label)).toBeNull();
  });
});
