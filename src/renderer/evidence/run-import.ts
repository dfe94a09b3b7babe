import { ApiCallError, call, errorMessageOf } from '../api/client';
import { onImportProgress } from '../api/desktop-import';
import { uploadEvidence, UploadCancelledError } from '../api/upload-evidence';
import { emptyOutcome, sourceSize, type ImportOptions, type ImportOutcome, type ImportSource } from './import-sources';

/** Reports the bytes done so far of the source at `index`. */
export type ProgressListener = (index: number, loaded: number) => void;

/** Browser: one upload per file, one after another, so progress and cancelling are per file. */
async function uploadAll(sources: ImportSource[], options: ImportOptions, onProgress: ProgressListener, signal: AbortSignal): Promise<ImportOutcome> {
  const outcome = emptyOutcome();
  for (const [index, source] of sources.entries()) {
    if (source.kind !== 'file') throw new Error('a browser can only upload files');
    try {
      const report = await uploadEvidence({ ...options, file: source.file }, (loaded) => onProgress(index, loaded), signal);
      outcome.imported.push(...report.imported);
      outcome.warnings.push(...report.warnings);
      outcome.rejected.push(...report.rejected.map(({ code, message }) => ({ source, code, message })));
      onProgress(index, source.file.size);
    } catch (failure) {
      if (failure instanceof UploadCancelledError) return { ...outcome, cancelled: true };
      // A refused file (duplicate, disk full …) does not stop the others.
      const code = failure instanceof ApiCallError ? failure.code : 'internal';
      outcome.rejected.push({ source, code, message: errorMessageOf(failure) });
    }
  }
  return outcome;
}

/**
 * Desktop: one `evidence:import-paths` call for the whole batch, naming the files by their handles.
 * The main process reports bytes copied of the current file only, so a drop in the count means it
 * moved on to the next file.
 */
async function importByHandle(sources: ImportSource[], options: ImportOptions, onProgress: ProgressListener, signal: AbortSignal): Promise<ImportOutcome> {
  const handles = sources.map((source) => (source.kind === 'handle' ? source.handle : ''));
  const importId = crypto.randomUUID();
  let index = 0;
  let last = 0;
  const unsubscribe = onImportProgress(({ importId: id, copied }) => {
    if (id !== importId) return;
    if (copied < last && index < sources.length - 1) {
      onProgress(index, sourceSize(sources[index]!));
      index++;
    }
    last = copied;
    onProgress(index, copied);
  });
  const cancel = () => void call('evidence:cancel-import', { importId }).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const report = await call('evidence:import-paths', { ...options, paths: handles, importId });
    const byHandle = new Map(sources.map((source, i) => [handles[i], source]));
    return {
      imported: report.imported,
      warnings: report.warnings,
      // A file found inside a confirmed folder has no source of its own; it comes back with a handle of its own.
      rejected: report.rejected.map(({ file, name, code, message }) => ({
        source: byHandle.get(file) ?? { kind: 'handle' as const, handle: file, name: name ?? file, size: 0 },
        code,
        message,
      })),
      cancelled: signal.aborted,
    };
  } catch (failure) {
    if (signal.aborted) return { ...emptyOutcome(), cancelled: true };
    throw failure;
  } finally {
    signal.removeEventListener('abort', cancel);
    unsubscribe();
  }
}

/** Imports a batch through whichever way the host takes bytes. */
export function runImport(sources: ImportSource[], options: ImportOptions, onProgress: ProgressListener, signal: AbortSignal): Promise<ImportOutcome> {
  const byHandle = sources.every((source) => source.kind === 'handle');
  return (byHandle ? importByHandle : uploadAll)(sources, options, onProgress, signal);
}
