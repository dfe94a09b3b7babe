import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCaseLock } from '../../../src/core/cases/case-lock';
import { EvidenceLocker } from '../../../src/core/evidence/evidence-locker';

/** A bare case folder with an evidence locker, and a folder of source files to import from. */
export async function makeLocker() {
  const root = await mkdtemp(join(tmpdir(), 'casebook-evidence-'));
  const caseDir = join(root, 'cases', '20240520-星耀卡盟-KM1');
  const sources = join(root, 'sources');
  await mkdir(join(caseDir, 'evidence'), { recursive: true });
  await mkdir(sources);
  const locker = new EvidenceLocker(caseDir, (work) => withCaseLock(caseDir, '20240520-星耀卡盟-KM1', work));
  const source = async (name: string, content: string | Uint8Array) => {
    const path = join(sources, name);
    await writeFile(path, content);
    return path;
  };
  return { root, caseDir, sources, locker, source };
}

/** The smallest valid PNG (1×1, transparent), so content sniffing sees a real image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
