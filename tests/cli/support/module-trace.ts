import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The stacks that only rendering or reading work may load: PDF (pdfmake, pdfkit, fontkit, pdf-lib),
 * images (sharp, exifr, file-type), mail, zip archives and OCR. They stay external packages in the
 * build (electron.vite.config.ts bundles only light ones), so a load shows up as a node_modules path.
 */
export const HEAVY_PACKAGES = [
  'pdfmake',
  'pdfkit',
  'pdf-lib',
  'fontkit',
  'sharp',
  'exifr',
  'file-type',
  'nodemailer',
  'yazl',
  'yauzl',
  'tesseract.js',
  'music-metadata',
] as const;

/** Environment for a child process that writes the modules it loaded to `traceFile` (see trace-modules.mjs). */
export function tracingEnv(env: NodeJS.ProcessEnv, traceFile: string): NodeJS.ProcessEnv {
  const hook = join(import.meta.dirname, 'trace-modules.mjs');
  return { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${hook}`.trim(), CASEBOOK_MODULE_TRACE: traceFile };
}

/** The heavy packages among the modules a traced process loaded. */
export function heavyPackagesLoaded(traceFile: string): string[] {
  const urls = readFileSync(traceFile, 'utf8').split('\n');
  return HEAVY_PACKAGES.filter((name) => urls.some((url) => url.includes(`/node_modules/${name}/`)));
}
