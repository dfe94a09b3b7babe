// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CasebookBridge } from '../../src/shared/api/bridge';
import { useEvidenceImport } from '../../src/renderer/evidence/useEvidenceImport';

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

afterEach(() => {
  delete window.casebook;
});

describe('useEvidenceImport', () => {
  it('in the desktop app sends the handles the main process issued for the dropped files, never a path', async () => {
    const registerFiles = vi.fn(async (files: readonly File[]) => files.map((file, i) => ({ handle: `import-${i}`, name: file.name, size: file.size, folder: false })));
    const importPaths = vi.fn(async () => ({ ok: true, value: { imported: [], warnings: [], rejected: [{ file: 'import-9', name: '2.png', code: 'duplicate', message: '重复' }] } }));
    window.casebook = { registerFiles, 'evidence:import-paths': importPaths, onImportProgress: () => () => {} } as unknown as CasebookBridge;
    const { result } = renderHook(() => useEvidenceImport('01J0000000000000000000000A', vi.fn()));
    act(() => result.current.start([new File(['abc'], '1.png')], []));
    await waitFor(() => expect(importPaths).toHaveBeenCalled());
    expect(registerFiles).toHaveBeenCalledWith([expect.any(File)]);
    expect(importPaths).toHaveBeenCalledWith(expect.objectContaining({ paths: ['import-0'] }));
    // A file found inside a folder comes back with a handle of its own, shown by its name.
    await waitFor(() => expect(result.current.duplicates).toEqual([expect.objectContaining({ source: { kind: 'handle', handle: 'import-9', name: '2.png', size: 0 } })]));
  });

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
