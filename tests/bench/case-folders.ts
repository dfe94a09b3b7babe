import { join } from 'node:path';
import { writeCaseFolder } from '../core/case-folders';
import { sampleRecord } from '../core/sample-case';

/**
 * `count` sample cases written as folders under `workspace/cases` (titled 案件 0000, 案件 0001 …), as a
 * large workspace looks before any host opened it. Answers with the first case's id.
 */
export function writeSampleCases(workspace: string, count: number): { firstCaseId: string } {
  let firstCaseId = '';
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    const record = sampleRecord({ title: `案件 ${n}` });
    firstCaseId ||= record.id;
    writeCaseFolder(join(workspace, 'cases'), `20240520-卡盟${n}-KM${n}`, record);
  }
  return { firstCaseId };
}
