/** Vocabulary of dossier exports (卷宗), shared by every host and the renderer. */

/** The steps of making a dossier, in order; progress counts exhibits or files within the current one. */
export const DOSSIER_STEPS = ['reading', 'layout', 'exhibits', 'write', 'archive'] as const;
export type DossierStep = (typeof DOSSIER_STEPS)[number];

export interface DossierProgress {
  step: DossierStep;
  done: number;
  total: number;
}

/** A file of an export. */
export interface ExportFile {
  name: string;
  size: number;
  sha256: string;
}

/** A dossier the app wrote into the case's `exports/` folder. */
export interface DossierExport {
  /** Its folder's name inside `exports/`, e.g. `20240612-153000`. */
  id: string;
  createdAt: string;
  pages: number;
  exhibits: number;
  pdf: ExportFile;
  zip: ExportFile;
  /** Absolute path of the folder holding both files, to show the person where they are. */
  folder: string;
  /** Things to check in the result (a kept 起诉状 edit over changed data, a broken audit chain). */
  warnings: string[];
}

/** A dossier being made in the background, as the 导出 tab polls it. */
export type DossierJob =
  | { jobId: string; caseId: string; state: 'running'; progress?: DossierProgress }
  | { jobId: string; caseId: string; state: 'done'; result: DossierExport }
  | { jobId: string; caseId: string; state: 'failed'; message: string }
  | { jobId: string; caseId: string; state: 'cancelled' };
