import { DOSSIER_STEPS, type DossierProgress } from '../../shared/domain/dossier';

/**
 * How much of the work each step is, roughly, for a case of photos and screenshots: reading the
 * exhibits and laying the pages out, then writing the pictures into the PDF and the archive.
 */
const WEIGHTS: Record<DossierProgress['step'], number> = { reading: 10, layout: 15, exhibits: 5, write: 40, archive: 30 };
const TOTAL = DOSSIER_STEPS.reduce((sum, step) => sum + WEIGHTS[step], 0);

/** The share of the whole dossier done, 0–100, from the step under way and its count. */
export function progressPercent(progress: DossierProgress | undefined): number {
  if (!progress) return 0;
  const before = DOSSIER_STEPS.slice(0, DOSSIER_STEPS.indexOf(progress.step)).reduce((sum, step) => sum + WEIGHTS[step], 0);
  const within = progress.total === 0 ? 0 : progress.done / progress.total;
  return Math.round(((before + WEIGHTS[progress.step] * within) / TOTAL) * 100);
}
