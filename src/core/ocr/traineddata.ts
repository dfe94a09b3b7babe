import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * English and Simplified Chinese, in this order: loaded the other way round, the WebAssembly build
 * prints a spurious "Failed loading language" to stderr (the reading is the same).
 */
export const OCR_LANGUAGES = ['eng', 'chi_sim'] as const;

/**
 * The traineddata ship inside npm packages (`@tesseract.js-data/<lang>`, the smaller "best_int" LSTM
 * models). Packaging must keep these two package folders (see COORDINATION.md).
 */
export function traineddataFile(language: (typeof OCR_LANGUAGES)[number]): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int', `${language}.traineddata.gz`);
}

/**
 * tesseract.js reads every language from one local folder (`langPath`), and the two packages are two
 * folders: their files are copied once into a folder named by their content, so an upgraded package
 * never mixes with an older copy. A plain local path, never a URL: nothing is ever fetched.
 */
export async function prepareTraineddataDir(cacheRoot: string = tmpdir()): Promise<string> {
  const files = OCR_LANGUAGES.map((language) => ({ language, path: traineddataFile(language) }));
  const contents = await Promise.all(files.map((file) => readFile(file.path)));
  const digest = createHash('sha256');
  for (const content of contents) digest.update(content);
  const dir = join(cacheRoot, `casebook-tessdata-${digest.digest('hex').slice(0, 16)}`);
  await mkdir(dir, { recursive: true });
  await Promise.all(
    files.map(async ({ language }, index) => {
      const target = join(dir, `${language}.traineddata.gz`);
      const existing = await stat(target).catch(() => undefined);
      if (existing?.size !== contents[index]!.length) await writeFileAtomic(target, contents[index]!);
    }),
  );
  return dir;
}
