import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyScreenshot } from '../../../src/core/ocr/classify';
import { extractFacts } from '../../../src/core/ocr/extract-facts';
import { OcrEngine, startTesseract, tesseractOptions } from '../../../src/core/ocr/ocr-engine';
import { prepareTraineddataDir } from '../../../src/core/ocr/traineddata';
import { tempDir } from '../temp-dir';
import { screenshotFixtures, type ScreenshotFixture } from './screenshot-fixtures';
import { formatScores, precision, recall, scoreReadings } from './score-readings';

const WORKER = fileURLToPath(new URL('./no-network-worker.mjs', import.meta.url));
// Engine start-up and readings run on a machine shared with other test files: generous, never tight.
const SLOW = 300_000;

let engine: OcrEngine;
let fixtures: ScreenshotFixture[];
let networkLog: string;
const fetchSpy = vi.spyOn(globalThis, 'fetch');

beforeAll(async () => {
  fixtures = await screenshotFixtures('small');
  const cacheRoot = tempDir('casebook-tessdata-');
  networkLog = join(cacheRoot, 'network.log');
  vi.stubEnv('CASEBOOK_NETWORK_LOG', networkLog);
  engine = await OcrEngine.start({ cacheRoot, workerPath: WORKER });
}, SLOW);

afterAll(async () => {
  await engine?.stop();
  vi.unstubAllEnvs();
});

describe('the OCR engine (tesseract.js, Simplified Chinese and English, offline)', () => {
  it('takes its traineddata from a local folder, never a URL', async () => {
    const dir = await prepareTraineddataDir(tempDir('casebook-tessdata-'));
    const options = tesseractOptions(dir);
    expect(isAbsolute(options.langPath)).toBe(true);
    expect(options.langPath).not.toMatch(/^[a-z]+:\/\//i);
    expect(options.cacheMethod).toBe('none');
    expect(readdirSync(dir).sort()).toEqual(['chi_sim.traineddata.gz', 'eng.traineddata.gz']);
  });

  it('finds nothing to read on a blank image', async () => {
    const blank = join(tempDir('casebook-blank-'), 'blank.png');
    await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ffffff' } }).png().toFile(blank);
    expect(await engine.read(blank)).toMatchObject({ blank: true, lines: [] });
  });

  it('finds nothing to read on an image too small to hold a line of text', async () => {
    const dir = tempDir('casebook-tiny-');
    // One pixel (no deviation at all) and a strip 10 pixels high with something on it.
    const pixel = join(dir, 'pixel.png');
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#3a7d44' } }).png().toFile(pixel);
    const strip = join(dir, 'strip.png');
    await sharp({ create: { width: 300, height: 10, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 100, height: 4, channels: 3, background: '#000000' } }, left: 20, top: 3 }])
      .png()
      .toFile(strip);
    expect(await engine.read(pixel)).toMatchObject({ blank: true, lines: [] });
    expect(await engine.read(strip)).toMatchObject({ blank: true, lines: [] });
  });

  it(
    'a failure inside Tesseract rejects that recognition and leaves the process running',
    async () => {
      // Local thresholding needs a window of two pixels: on a 2×2 image Tesseract's job fails.
      const worker = await startTesseract(await prepareTraineddataDir(tempDir('casebook-tessdata-')), WORKER);
      try {
        const tiny = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#3a7d44' } }).png().toBuffer();
        await expect(worker.recognize(tiny, {}, { text: false, blocks: true })).rejects.toBeDefined();
      } finally {
        await worker.terminate();
      }
    },
    SLOW,
  );

  it(
    'reads grey text on a green chat bubble (one threshold for the whole page would turn the bubble into a picture)',
    async () => {
      // The bench's low-contrast chat: #8a8a8a text on #95ec69 bubbles over an #ededed page.
      const [chat] = await screenshotFixtures('full', ['chat-low-contrast']);
      const reading = await engine.read(chat!.file);
      const facts = extractFacts(reading.lines, reading.height);
      expect(facts.filter((f) => f.kind === 'order-number').map((f) => f.value)).toEqual(chat!.truth.orderNumbers);
    },
    SLOW,
  );

  it(
    'reads realistic screenshots without touching the network; field precision and recall meet the targets',
    async () => {
      const results = [];
      for (const fixture of fixtures) {
        const reading = await engine.read(fixture.file);
        const facts = extractFacts(reading.lines, reading.height);
        results.push({ fixture, facts, classification: classifyScreenshot(reading.lines, facts, reading.width) });
      }
      const scores = scoreReadings(results);
      console.log(`OCR field scores over ${fixtures.length} generated screenshots:\n${formatScores(scores)}`);

      expect(existsSync(networkLog)).toBe(false);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(scores.falseOrderNumbers).toEqual([]);
      for (const field of Object.values(scores.fields)) {
        expect(recall(field)).toBeGreaterThanOrEqual(0.95);
        expect(precision(field)).toBeGreaterThanOrEqual(0.95);
      }
      expect(scores.categories.correct / scores.categories.total).toBeGreaterThanOrEqual(0.9);
    },
    SLOW,
  );
});
