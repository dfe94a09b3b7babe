/**
 * The Electron hardening gate of `npm test`: runs Electronegativity 1.10.3 over the built app (`out/`),
 * fails on any HIGH finding and on any MEDIUM finding that the allow-list does not accept with a
 * reason, and lists every MEDIUM with its reason. Electronegativity itself exits 0 whatever it
 * finds, so the gate reads its findings and decides.
 *
 * It runs offline: the tool fetches translations and Electron's release list with `got`; here `got`
 * answers "offline" at once, so no request leaves the machine. The check that needs the release list
 * (AvailableSecurityFixesGlobalCheck) is left out for that reason; Electron upgrades are a packaging
 * matter.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ALLOWED_MEDIUM_FINDINGS } from './electronegativity-allow-list';
import { verdict, type Finding } from './electronegativity-verdict';

interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

const projectRoot = resolve(import.meta.dirname, '../..');
const built = join(projectRoot, 'out');
if (!existsSync(join(built, 'main', 'index.js'))) {
  console.error(`${built} has no build: run \`npm run build\` first.`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
const scannerRequire = createRequire(runnerPath);
const offline = () => Promise.reject(new Error('offline: the Electronegativity gate makes no network requests'));
const gotPath = scannerRequire.resolve('got');
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { head: offline }) } as NodeJS.Module;
// Its bundled English texts; the locale of the machine would send it looking for others.
process.env.LANG = 'en-US';

const electronVersion = (require('electron/package.json') as { version: string }).version;
const run = scannerRequire(runnerPath) as (options: object, forCli: boolean) => Promise<ScanResult>;
const quiet = console.log;
// It announces the failed translation download on stdout; the gate prints its own report.
console.log = () => {};
let result: ScanResult;
try {
  result = await run(
    { input: built, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['availablesecurityfixesglobalcheck'] },
    false,
  );
} finally {
  console.log = quiet;
}

const unparsed = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`);
const { passed, lines } = verdict(result.issues, ALLOWED_MEDIUM_FINDINGS, unparsed);
console.log(`Electronegativity over out/ (Electron ${electronVersion}): ${lines[0]}`);
for (const line of lines.slice(1)) console.log(line);
console.log(passed ? 'Electron hardening gate: passed' : 'Electron hardening gate: FAILED');
process.exitCode = passed ? 0 : 1;
