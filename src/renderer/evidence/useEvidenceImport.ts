import { useCallback, useRef, useState } from 'react';
import type { EvidenceCategory } from '../../shared/domain/evidence';
import { errorMessageOf, hasDesktopBridge } from '../api/client';
import { registerFiles } from '../api/desktop-import';
import { filesInFolder } from './dropped-files';
import { emptyOutcome, sourceName, sourceSize, type ImportOptions, type ImportOutcome, type ImportSource, type RejectedSource } from './import-sources';
import { runImport } from './run-import';

export interface ImportProgressState {
  names: string[];
  sizes: number[];
  loaded: number[];
}

/** Folders waiting for the person to confirm that everything inside them should be imported. */
export interface PendingFolders {
  names: string[];
  sources: () => Promise<ImportSource[]>;
  category?: EvidenceCategory;
}

/** In a browser the files themselves; in the desktop app the handles the main process gives for them. */
async function fileSources(files: File[]): Promise<ImportSource[]> {
  if (!hasDesktopBridge()) return files.map((file) => ({ kind: 'file', file }));
  const registered = files.length > 0 ? await registerFiles(files) : [];
  return registered.map(({ handle, name, size }) => ({ kind: 'handle', handle, name, size }));
}

/** The outcome when the confirmed folders could not even be listed: each is rejected by name, nothing imported. */
const folderFailure = (names: string[], message: string): ImportOutcome => ({
  ...emptyOutcome(),
  // Only the name is shown; a failed source is never sent again, so it needs no real handle.
  rejected: names.map((name) => ({ source: { kind: 'handle', handle: name, name, size: 0 }, code: 'failed', message })),
});

/**
 * The import workflow of the evidence tab: one batch at a time, with progress, cancelling, and the two
 * questions an import can raise (a duplicate file, a folder). `onChanged` refreshes the list.
 */
export function useEvidenceImport(caseId: string, onChanged: () => void) {
  const [progress, setProgress] = useState<ImportProgressState>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [duplicates, setDuplicates] = useState<{ rejected: RejectedSource[]; category?: EvidenceCategory }>();
  const [folders, setFolders] = useState<PendingFolders>();
  const controller = useRef<AbortController>(undefined);

  const run = useCallback(
    async (sources: ImportSource[], options: Omit<ImportOptions, 'caseId'>) => {
      if (sources.length === 0 || controller.current) return;
      const abort = (controller.current = new AbortController());
      const loaded = sources.map(() => 0);
      const show = () => setProgress({ names: sources.map(sourceName), sizes: sources.map(sourceSize), loaded: [...loaded] });
      show();
      let result: ImportOutcome;
      try {
        const onProgress = (index: number, bytes: number) => {
          loaded[index] = bytes;
          show();
        };
        result = await runImport(sources, { ...options, caseId }, onProgress, abort.signal);
      } catch (failure) {
        const message = errorMessageOf(failure);
        result = { imported: [], warnings: [], rejected: sources.map((source) => ({ source, code: 'failed', message })), cancelled: false };
      } finally {
        controller.current = undefined;
        setProgress(undefined);
      }
      setOutcome(result);
      const duplicated = result.rejected.filter((r) => r.code === 'duplicate');
      if (duplicated.length > 0 && !options.allowDuplicate) setDuplicates({ rejected: duplicated, category: options.category });
      const folderPaths = result.rejected.filter((r) => r.code === 'folder').map((r) => r.source);
      if (folderPaths.length > 0) setFolders({ names: folderPaths.map(sourceName), sources: async () => folderPaths, category: options.category });
      onChanged();
    },
    [caseId, onChanged],
  );

  const start = (files: File[], dropped: FileSystemDirectoryEntry[], category?: EvidenceCategory) => {
    if (dropped.length > 0) {
      const sources = async () => fileSources((await Promise.all(dropped.map(filesInFolder))).flat());
      setFolders({ names: dropped.map((folder) => folder.name), sources, category });
    }
    fileSources(files).then(
      (sources) => run(sources, { category }),
      (failure: unknown) => setOutcome(folderFailure(files.map((file) => file.name), errorMessageOf(failure))),
    );
  };

  const importFolders = async () => {
    if (!folders) return;
    setFolders(undefined);
    let sources: ImportSource[];
    try {
      sources = await folders.sources();
    } catch (failure) {
      // Reading a dropped folder can fail (removed meanwhile, no permission): report it per folder.
      setOutcome(folderFailure(folders.names, errorMessageOf(failure)));
      return;
    }
    // By path the main process expands the folders itself; uploads already list every file.
    await run(sources, { category: folders.category, recursive: hasDesktopBridge() || undefined });
  };

  const importDuplicates = async () => {
    if (!duplicates) return;
    setDuplicates(undefined);
    await run(
      duplicates.rejected.map((r) => r.source),
      { category: duplicates.category, allowDuplicate: true },
    );
  };

  return {
    progress,
    outcome: outcome && { ...outcome, rejected: outcome.rejected.filter((r) => r.code !== 'folder') },
    duplicates: duplicates?.rejected,
    folders: folders?.names,
    start,
    cancel: () => controller.current?.abort(),
    importFolders,
    importDuplicates,
    dismissFolders: () => setFolders(undefined),
    dismissDuplicates: () => setDuplicates(undefined),
    dismissOutcome: () => setOutcome(undefined),
  };
}
