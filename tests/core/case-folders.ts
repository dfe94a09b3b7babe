import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeCaseFile } from '../../src/core/cases/case-file';
import type { CaseRecord } from '../../src/shared/domain/case';

/** Writes a case folder by hand, as a sync tool or a copy from another computer would. */
export function writeCaseFolder(casesDir: string, folder: string, content: CaseRecord | string): string {
  const dir = join(casesDir, folder);
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  writeFileSync(join(dir, 'case.json'), typeof content === 'string' ? content : serializeCaseFile(content));
  return dir;
}

export function copyCaseFolder(fromDir: string, casesDir: string, folder: string): void {
  cpSync(fromDir, join(casesDir, folder), { recursive: true });
}
