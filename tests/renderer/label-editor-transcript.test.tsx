// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LabelEditor } from '../../src/renderer/evidence/LabelEditor';
import { transcriptMessages } from '../../src/shared/messages/dossier';
import { evidenceItem, renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { person } from './person';

const host = useFakeWebHost();
beforeEach(() => host.api.mockResolvedValue({}));

describe('label editor transcript', () => {
  it('asks a recording for its transcript and sends what was typed', async () => {
    const user = person();
    const recording = evidenceItem(1, { mediaType: 'audio/mp4', originalName: '通话录音.m4a', title: '通话录音' });
    renderWithMantine(<LabelEditor caseId="case-1" item={recording} onClose={() => {}} onChanged={() => {}} />);

    await user.type(screen.getByLabelText(transcriptMessages.label), '客服：已登记工单。');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(host.api).toHaveBeenCalledWith('evidence:update', expect.objectContaining({ labels: expect.objectContaining({ transcript: '客服：已登记工单。' }) }));
  });

  it('does not ask a screenshot for a transcript', () => {
    const screenshot = evidenceItem(2, { mediaType: 'image/png' });
    renderWithMantine(<LabelEditor caseId="case-1" item={screenshot} onClose={() => {}} onChanged={() => {}} />);
    expect(screen.queryByLabelText(transcriptMessages.label)).toBeNull();
  });
});
