import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_LOG_NAME, chainEntries, GENESIS, serializeEntries, sha256Hex } from '../../src/core/audit/audit-log';
import { serializeCaseFile } from '../../src/core/cases/case-file';
import type { CaseRecord } from '../../src/shared/domain/case';

/**
 * Writes a case folder by hand, as a sync tool or a copy from another computer would: `case.json`
 * and the audit log's first line, as every case folder the app makes has.
 */
export function writeCaseFolder(casesDir: string, folder: string, content: CaseRecord | string): string {
  const dir = join(casesDir, folder);
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  const text = typeof content === 'string' ? content : serializeCaseFile(content);
  writeFileSync(join(dir, 'case.json'), text);
  let id: string | undefined;
  try {
    id = (JSON.parse(text) as { id?: string }).id;
  } catch {
    // A damaged case.json: its log still begins with a creation.
  }
  const entries = chainEntries({ seq: 0, hash: GENESIS }, '2024-05-20T14:32:08+08:00', [
    { action: 'case.create', ...(id ? { target: id } : {}), detail: { folder }, files: { 'case.json': sha256Hex(text) } },
  ]);
  writeFileSync(join(dir, AUDIT_LOG_NAME), serializeEntries(entries));
  return dir;
}

export function copyCaseFolder(fromDir: string, casesDir: string, folder: string): void {
  cpSync(fromDir, join(casesDir, folder), { recursive: true });
}
