import type { EvidenceView } from '../../shared/domain/evidence';

/**
 * One thing to import: a browser holds the File and uploads its bytes; the desktop app holds the
 * handle its main process issued for the file and lets that process read it. Either can be sent again
 * (duplicate, folder).
 */
export type ImportSource = { kind: 'file'; file: File } | { kind: 'handle'; handle: string; name: string; size: number };

export interface ImportOptions {
  caseId: string;
  category?: EvidenceView['category'];
  allowDuplicate?: boolean;
  /** Import the files inside folders; the person confirmed it. */
  recursive?: boolean;
}

export interface RejectedSource {
  source: ImportSource;
  code: string;
  message: string;
}

export interface ImportOutcome {
  imported: EvidenceView[];
  warnings: string[];
  rejected: RejectedSource[];
  /** The person cancelled; what was imported before that is in `imported`. */
  cancelled: boolean;
}

export const sourceName = (source: ImportSource) => (source.kind === 'file' ? source.file.name : source.name);
export const sourceSize = (source: ImportSource) => (source.kind === 'file' ? source.file.size : source.size);

export const emptyOutcome = (): ImportOutcome => ({ imported: [], warnings: [], rejected: [], cancelled: false });
