import { createRequire } from 'node:module';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { OcrLine } from '../../shared/domain/ocr';
import { cleanLineText } from './line-text';
import { BAND_HEIGHT, BAND_OVERLAP, prepareBands, type Band } from './preprocess';
import { OCR_LANGUAGES, prepareTraineddataDir } from './traineddata';

/** What one reading produced: the lines in reading order, with boxes in original pixels. */
export interface Reading {
  width: number;
  height: number;
  lines: OcrLine[];
  durationMs: number;
  /** Nothing varied anywhere on the image (a blank or one-pixel image): there was nothing to read. */
  blank: boolean;
}

export interface EngineOptions {
  /** Where the traineddata copy lives (tests use their temp folder). */
  cacheRoot?: string;
  /** A different worker script (tests wrap the real one to prove nothing touches the network). */
  workerPath?: string;
}

/** What the OCR service needs of an engine (tests of the service give a scripted one). */
export interface OcrReader {
  readonly identity: { name: string; version: string; languages: string[] };
  read(path: string): Promise<Reading>;
  stop(): Promise<void>;
}

/** The engine's name and version as recorded in every OCR file. */
export function engineIdentity(): { name: string; version: string; languages: string[] } {
  const require = createRequire(import.meta.url);
  const { version } = require('tesseract.js/package.json') as { version: string };
  return { name: 'tesseract.js', version, languages: [...OCR_LANGUAGES] };
}

/**
 * The options tesseract.js gets: the traineddata from a local folder (never a URL: tesseract.js would
 * otherwise download them from a CDN), no cache writes beside the process, gzip as packaged. Without
 * an error handler tesseract.js also throws a failed job's error inside its message listener, where
 * nothing can catch it and the host process ends; the job's promise is rejected either way, and that
 * rejection is what the reading reports.
 */
export function tesseractOptions(langPath: string, workerPath?: string) {
  return { langPath, cacheMethod: 'none', gzip: true, errorHandler: ignoreError, ...(workerPath ? { workerPath } : {}) } as const;
}

const ignoreError = (): void => {};

/**
 * Tesseract's default binarisation is one Otsu threshold for the whole page: a chat bubble whose colour
 * lies on the dark side of it (grey text on a green bubble) turns into one black block, which the
 * layout analysis then drops as a picture, text and all. Sauvola's threshold is computed per
 * neighbourhood, so text is separated from whatever it is written on. Sauvola also leaves specks on
 * photos of screens that Tesseract reports on its debug output ("Image too small to scale!!"); that
 * output goes nowhere, so the CLI's stderr carries only our own messages.
 */
const RECOGNITION_PARAMETERS = {
  thresholding_method: '2',
  debug_file: '/dev/null',
  // A PGM carries no resolution, and Tesseract measures in inches (the thresholding window, the
  // shortest ruled line): a phone's 40 px text is the size of 10 pt type at 300 dpi.
  user_defined_dpi: '300',
};

/** A Tesseract worker for both languages, set up as every reading needs it. */
export async function startTesseract(langPath: string, workerPath?: string): Promise<Worker> {
  const worker = await createWorker(OCR_LANGUAGES.join('+'), OEM.LSTM_ONLY, tesseractOptions(langPath, workerPath));
  await worker.setParameters(RECOGNITION_PARAMETERS);
  return worker;
}

/**
 * One Tesseract worker (a Node worker thread: recognition never runs on the caller's thread) reading
 * Simplified Chinese and English. Loaded only when OCR runs: this module pulls in tesseract.js and sharp.
 */
export class OcrEngine implements OcrReader {
  readonly identity = engineIdentity();
  private worker: Promise<Worker> | undefined;
  private stopped = false;
  /** The recognition in flight: stopping waits for it, since tesseract.js fails on a terminated worker. */
  private current: Promise<unknown> | undefined;

  private constructor(private readonly options: EngineOptions) {}

  /**
   * The Tesseract worker itself starts with the first image that has anything to read: a blank or
   * tiny image (a 1×1 test PNG) costs a look with sharp, not the model's start-up.
   */
  static async start(options: EngineOptions = {}): Promise<OcrEngine> {
    return new OcrEngine(options);
  }

  /** Starts the worker now (the bench times start-up on its own). */
  async warmUp(): Promise<void> {
    await this.tesseract();
  }

  private tesseract(): Promise<Worker> {
    if (this.stopped) return Promise.reject(new Error('OCR engine stopped'));
    this.worker ??= prepareTraineddataDir(this.options.cacheRoot).then((langPath) => startTesseract(langPath, this.options.workerPath));
    return this.worker;
  }

  async read(path: string): Promise<Reading> {
    const started = performance.now();
    const { width, height, bands } = await prepareBands(path);
    const lines: OcrLine[] = [];
    for (const [index, band] of bands.entries()) {
      const worker = await this.tesseract();
      if (this.stopped) throw new Error('OCR engine stopped');
      const recognition = worker.recognize(band.pgm, {}, { text: false, blocks: true });
      this.current = recognition;
      const { data } = await recognition;
      const [previous, next] = [bands[index - 1], bands[index + 1]];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const read = toLine(line.text, line.confidence, line.bbox, band);
            if (read && ownsLine(read, band, previous, next)) lines.push(read);
          }
        }
      }
    }
    return { width, height, lines, durationMs: Math.round(performance.now() - started), blank: bands.length === 0 };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const worker = this.worker;
    this.worker = undefined;
    await this.current?.catch(() => {});
    if (worker) await (await worker.catch(() => undefined))?.terminate();
  }
}

function toLine(raw: string, confidence: number, bbox: { x0: number; y0: number; x1: number; y1: number }, band: Band): OcrLine | undefined {
  const text = cleanLineText(raw);
  if (!text) return undefined;
  const scale = band.scale;
  return {
    text,
    confidence: Math.round(confidence),
    box: {
      x: Math.round(bbox.x0 * scale),
      y: Math.round(bbox.y0 * scale) + band.imageTop,
      width: Math.round((bbox.x1 - bbox.x0) * scale),
      height: Math.round((bbox.y1 - bbox.y0) * scale),
    },
  };
}

/** In the overlap of two bands read one after the other, a line belongs to the band in whose half of the overlap its middle lies. */
function ownsLine(line: OcrLine, band: Band, previous: Band | undefined, next: Band | undefined): boolean {
  const middle = line.box.y + line.box.height / 2;
  const adjacent = (upper: Band, lower: Band) => lower.top - upper.top === BAND_HEIGHT - BAND_OVERLAP;
  if (previous && adjacent(previous, band) && middle < band.top + BAND_OVERLAP / 2) return false;
  return !(next && adjacent(band, next) && middle >= next.top + BAND_OVERLAP / 2);
}
