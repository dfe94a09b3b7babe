import { useState } from 'react';
import type { CaseImportView } from '../../shared/domain/transfer';
import { transferUiMessages as t } from '../../shared/messages/archives';
import { errorMessageOf } from '../api/client';
import { importCaseArchive, isZipFile } from './import-case-archive';

export interface CaseImportState {
  /** The name of the archive being imported. */
  running?: string;
  result?: CaseImportView;
  error?: string;
  /** Imports the one .zip among `files` (refusing anything else with the reason). */
  start: (files: readonly File[]) => void;
}

/** One import at a time; `onImported` lets the dashboard list the new case. */
export function useCaseImport(onImported: (imported: CaseImportView) => void): CaseImportState {
  const [running, setRunning] = useState<string>();
  const [result, setResult] = useState<CaseImportView>();
  const [error, setError] = useState<string>();
  const start = (files: readonly File[]) => {
    if (running !== undefined || files.length === 0) return;
    setResult(undefined);
    setError(undefined);
    const [file] = files;
    if (files.length > 1) return setError(t.oneFile);
    if (!isZipFile(file!)) return setError(t.notZip(file!.name));
    setRunning(file!.name);
    importCaseArchive(file!)
      .then((imported) => {
        setResult(imported);
        onImported(imported);
      })
      .catch((failure: unknown) => setError(errorMessageOf(failure)))
      .finally(() => setRunning(undefined));
  };
  return { running, result, error, start };
}
