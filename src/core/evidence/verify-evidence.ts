import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VerifyProblem, VerifyReport } from '../../shared/domain/evidence';
import { readAudit, verifyAuditChain } from '../audit/audit-log';
import { hashFile } from '../fs/hash-file';
import { timestampStatus } from '../timestamps/case-timestamps';
import { OCR_DIR } from '../ocr/ocr-file';
import { verifyOcrFiles } from '../ocr/verify-ocr';
import { EVIDENCE_DIR, type EvidenceLocker } from './evidence-locker';

/**
 * Files the operating system drops into any folder a person opens; they are not evidence. The OCR
 * readings' folder is checked on its own (see `verifyOcrFiles`).
 */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Re-hashes every original of a case and checks the audit chain: files missing or modified since
 * import, files in `evidence/` that no item accounts for, and a broken audit log; and checks the case's
 * trusted timestamps offline (signature, imprint, the stamped hashes against the items now).
 */
export async function verifyEvidence(locker: EvidenceLocker): Promise<VerifyReport> {
  const file = await locker.read();
  const problems: VerifyProblem[] = [];
  let present: string[] = [];
  try {
    present = await readdir(join(locker.caseDir, EVIDENCE_DIR));
  } catch {
    // No evidence folder: every item is then reported missing below.
  }
  const onDisk = new Set(present);
  for (const item of file.items) {
    if (!onDisk.has(item.storedName)) {
      problems.push({ kind: 'missing', itemId: item.id, storedName: item.storedName });
      continue;
    }
    const actual = await hashFile(locker.storedPath(item));
    if (actual !== item.sha256) problems.push({ kind: 'modified', itemId: item.id, storedName: item.storedName, expected: item.sha256, actual });
  }
  const known = new Set(file.items.map((item) => item.storedName));
  for (const name of present) {
    if (!known.has(name) && !OS_LITTER.has(name) && name !== OCR_DIR) problems.push({ kind: 'unexpected', file: `${EVIDENCE_DIR}/${name}` });
  }
  const audit = await readAudit(locker.caseDir);
  problems.push(...(await verifyOcrFiles(locker.caseDir, file.items, audit)));
  const broken = verifyAuditChain(audit);
  if (broken) problems.push({ kind: 'audit-broken', ...broken });
  const timestamps = await timestampStatus(locker.caseDir, file.items);
  for (const stamp of timestamps.filter((s) => !s.valid)) problems.push({ kind: 'timestamp-invalid', file: stamp.token, reason: stamp.problems.join('；') });
  return { ok: problems.length === 0, checked: file.items.length, problems, ...(timestamps.length > 0 ? { timestamps } : {}) };
}
