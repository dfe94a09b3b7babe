import { join } from 'node:path';
import type { FileStamp } from '../fs/file-stamp';
import { readStampedText } from '../fs/read-stamped';
import { EVIDENCE_FILE_NAME, emptyEvidenceFile, parseEvidenceFile, type EvidenceFile } from './evidence-file';

/**
 * A case's `evidence.json` as it is now, with the stamp of the file it came from (none when the case
 * has no evidence yet). A file that does not validate comes back with its reason, never repaired.
 */
export type EvidenceSnapshot = { ok: true; file: EvidenceFile; stamp?: FileStamp } | { ok: false; reason: string; stamp: FileStamp };

/** Reads `evidence.json` of a case folder. Failures to read other than a missing file are thrown. */
export async function readEvidenceSnapshot(caseDir: string): Promise<EvidenceSnapshot> {
  const read = await readStampedText(join(caseDir, EVIDENCE_FILE_NAME));
  if (!read) return { ok: true, file: emptyEvidenceFile() };
  const parsed = parseEvidenceFile(read.text);
  return parsed.ok ? { ok: true, file: parsed.file, stamp: read.stamp } : { ok: false, reason: parsed.reason, stamp: read.stamp };
}
