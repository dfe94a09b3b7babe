import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyScreenshot } from '../../../src/core/ocr/classify';
import { extractFacts } from '../../../src/core/ocr/extract-facts';
import { OcrEngine, tesseractOptions } from '../../../src/core/ocr/ocr-engine';
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
