import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestUserConfig } from 'vitest/config';
import { useRamDiskForScratch } from './fast-scratch';

const root = new URL('..', import.meta.url).pathname;
const TEST_FILE = /\.test\.tsx?$/;

/**
 * Test files share a worker's loaded modules from file to file: starting a worker and loading the core
 * (or jsdom, React and Mantine) again for each of them cost more than half of their time. Vitest
 * restores spies after each file and the setup file undoes stubs and fake timers; a file that can leave
 * more behind — replaced modules, a changed working directory or environment variable — gets a fresh
 * worker. Found by reading the files, so a new one is never missed.
 */
const OUTLIVES_THE_FILE = /vi\.(mock|doMock)\b|process\.chdir|process\.env\.\w+\s*=[^=]/;
const NEEDS_A_DOM = /@vitest-environment jsdom/;

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === 'tests/e2e' ? [] : testFiles(path);
    return TEST_FILE.test(entry.name) ? [path] : [];
  });
}

useRamDiskForScratch();

const files = testFiles('tests').map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
const filesThat = (needADom: boolean, outliveTheFile: boolean) =>
  files.filter(({ text }) => NEEDS_A_DOM.test(text) === needADom && OUTLIVES_THE_FILE.test(text) === outliveTheFile).map(({ path }) => path);

const common = {
  root,
  environment: 'node',
  // Hang detectors, not speed checks (speed lives in `npm run bench`): on a busy 2-core machine a
  // test that spawns the CLI, renders PDFs or drives a jsdom form takes many times its idle time.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  setupFiles: ['tests/clean-up-after-tests.ts'],
  // A larger young generation: the tests allocate a great deal (PDFs, images, whole case folders), and
  // the default size made the workers collect garbage about 3 % more.
  execArgv: ['--max-semi-space-size=32'],
};

const dom: TestUserConfig = {
  environment: 'jsdom',
  setupFiles: [...common.setupFiles, 'tests/renderer/setup-dom.ts'],
  // Each DOM test sets up its own fake host and spies; undone before the next test, they cannot answer
  // for another. Not for node tests: some watch a whole file (the OCR test spies on fetch from its start).
  unstubGlobals: true,
  unstubEnvs: true,
  restoreMocks: true,
};

const project = (name: string, include: string[], options: TestUserConfig = {}) => ({ test: { ...common, name, include, ...options } });

export default defineConfig({
  test: {
    // Two cores: keep parallelism modest so child-process tests are not starved.
    maxWorkers: 2,
    projects: [
      project('isolated', filesThat(false, true)),
      project('shared', filesThat(false, false), { isolate: false }),
      project('dom isolated', filesThat(true, true), dom),
      project('dom', filesThat(true, false), { ...dom, isolate: false }),
    ].filter(({ test }) => test.include.length > 0),
  },
});
