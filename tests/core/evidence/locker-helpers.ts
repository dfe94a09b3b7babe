import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withCaseLock } from '../../../src/core/cases/case-lock';
import { EvidenceLocker } from '../../../src/core/evidence/evidence-locker';
import { writeCaseFolder } from '../case-folders';
import { sampleRecord } from '../sample-case';
import { tempDir } from '../temp-dir';

/** A case folder (case.json and the first line of its audit log) with an evidence locker, and a folder of source files to import from. */
export async function makeLocker() {
  const root = tempDir('casebook-evidence-');
  const folder = '20240520-星耀卡盟-KM1';
  const record = sampleRecord();
  const caseDir = writeCaseFolder(join(root, 'cases'), folder, record);
  const sources = join(root, 'sources');
  await mkdir(sources);
  const locker = new EvidenceLocker(caseDir, (work) => withCaseLock(caseDir, folder, work));
  const source = async (name: string, content: string | Uint8Array) => {
    const path = join(sources, name);
    await writeFile(path, content);
    return path;
  };
  return { root, caseDir, sources, locker, source, record };
}

/** The smallest valid PNG (1×1, transparent), so content sniffing sees a real image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
