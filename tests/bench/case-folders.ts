import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeCaseFile } from '../../src/core/cases/case-file';
import { CASE_FILE_NAME } from '../../src/core/cases/case-store';
import { seedCase } from '../cli/support/seed-case';
import { sampleRecord } from '../core/sample-case';

/**
 * `count` cases under `workspace/cases` (titled 案件 0000, 案件 0001 …), laid out as the app makes them
 * (`letters/`, `exports/`, `evidence/`, the audit log): one case is created through the API in a
 * scratch workspace and its folder copied, each copy with a case.json of its own. The index is not
 * built. Answers with the first case's id.
 */
export async function writeSampleCases(workspace: string, count: number): Promise<{ firstCaseId: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-bench-template-'));
  try {
    const { folder } = await seedCase(join(scratch, 'workspace'), { CASEBOOK_CONFIG_DIR: join(scratch, 'config') });
    let firstCaseId = '';
    for (let i = 0; i < count; i++) {
      const n = String(i).padStart(4, '0');
      const record = sampleRecord({ title: `案件 ${n}` });
      firstCaseId ||= record.id;
      const dir = join(workspace, 'cases', `20240520-卡盟${n}-KM${n}`);
      cpSync(join(scratch, 'workspace', 'cases', folder), dir, { recursive: true });
      writeFileSync(join(dir, CASE_FILE_NAME), serializeCaseFile(record));
    }
    return { firstCaseId };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
