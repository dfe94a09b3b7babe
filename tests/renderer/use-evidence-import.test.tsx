// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useEvidenceImport } from '../../src/renderer/evidence/useEvidenceImport';
import './setup-dom';

/** A dropped folder whose contents cannot be read any more (moved away, no permission). */
const unreadableFolder = (name: string) =>
  ({
    name,
    isDirectory: true,
    isFile: false,
    createReader: () => ({
      readEntries: (_resolve: unknown, reject: (error: Error) => void) => reject(new Error('NotFoundError')),
    }),
  }) as unknown as FileSystemDirectoryEntry;

describe('useEvidenceImport', () => {
  it('reports a confirmed folder that cannot be read in the outcome instead of rejecting', async () => {
    const { result } = renderHook(() => useEvidenceImport('01J0000000000000000000000A', vi.fn()));
    act(() => result.current.start([], [unreadableFolder('聊天记录')]));
    expect(result.current.folders).toEqual(['聊天记录']);

    await act(() => result.current.importFolders());
    expect(result.current.folders).toBeUndefined();
    expect(result.current.outcome?.imported).toEqual([]);
    expect(result.current.outcome?.rejected).toEqual([
      expect.objectContaining({ code: 'failed', source: expect.objectContaining({ name: '聊天记录' }) }),
    ]);
  });
});
