import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { stampOf, type FileStamp } from '../fs/file-stamp';
import { EVIDENCE_FILE_NAME, emptyEvidenceFile, parseEvidenceFile, type EvidenceFile } from './evidence-file';

/**
 * A case's `evidence.json` as it is now, with the stamp of the file it came from (none when the case
 * has no evidence yet). A file that does not validate comes back with its reason, never repaired.
 */
export type EvidenceSnapshot = { ok: true; file: EvidenceFile; stamp?: FileStamp } | { ok: false; reason: string; stamp: FileStamp };

/**
 * Reads `evidence.json` of a case folder. The stamp comes from the same open file as the content, so
 * a concurrent atomic replace can never pair new metadata with old content (the index relies on it to
 * skip unchanged files). Failures to read other than a missing file are thrown.
 */
export async function readEvidenceSnapshot(caseDir: string): Promise<EvidenceSnapshot> {
  let handle;
  try {
    handle = await open(join(caseDir, EVIDENCE_FILE_NAME), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, file: emptyEvidenceFile() };
    throw error;
  }
  let text: string;
  let stamp: FileStamp;
  try {
    stamp = stampOf(await handle.stat());
    text = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  const parsed = parseEvidenceFile(text);
  return parsed.ok ? { ok: true, file: parsed.file, stamp } : { ok: false, reason: parsed.reason, stamp };
}
