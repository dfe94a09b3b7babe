import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { EvidenceItem, VerifyProblem } from '../../shared/domain/evidence';
import type { AuditEntry } from '../audit/audit-log';
import { OCR_DIR, OCR_FILE_PATTERN } from './ocr-file';
import { ocrDirOf } from './ocr-store';

/**
 * Checks the readings in `evidence/ocr`: each must belong to an item of the case and hash to what the
 * audit log recorded when it was written (`ocr.read`), so an edited reading is reported like an edited
 * original. A reading the log knows of but that is gone is reported missing.
 */
export async function verifyOcrFiles(caseDir: string, items: readonly EvidenceItem[], auditLines: readonly string[]): Promise<VerifyProblem[]> {
  const recorded = new Map<string, string>();
  for (const line of auditLines) {
    try {
      const entry = JSON.parse(line) as AuditEntry;
      if (entry.action === 'ocr.read' && entry.target && entry.sha256) recorded.set(entry.target, entry.sha256);
    } catch {
      // A damaged line is reported by the audit chain check.
    }
  }
  let names: string[] = [];
  try {
    names = await readdir(ocrDirOf(caseDir));
  } catch {
    // No readings yet.
  }
  const known = new Set(items.map((item) => item.id));
  const problems: VerifyProblem[] = [];
  const present = new Set<string>();
  for (const name of names) {
    const itemId = OCR_FILE_PATTERN.exec(name)?.[1];
    if (!itemId || !known.has(itemId)) {
      problems.push({ kind: 'unexpected', file: `evidence/${OCR_DIR}/${name}` });
      continue;
    }
    present.add(itemId);
    const actual = createHash('sha256').update(await readFile(`${ocrDirOf(caseDir)}/${name}`)).digest('hex');
    const expected = recorded.get(itemId);
    if (expected !== actual) problems.push({ kind: 'modified', itemId, storedName: `${OCR_DIR}/${name}`, expected: expected ?? '', actual });
  }
  for (const itemId of recorded.keys()) {
    if (known.has(itemId) && !present.has(itemId)) problems.push({ kind: 'missing', itemId, storedName: `${OCR_DIR}/${itemId}.json` });
  }
  return problems;
}
