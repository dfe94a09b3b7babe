import { join } from 'node:path';
import { CASE_FILE_NAME, EVIDENCE_DIR, EVIDENCE_FILE_NAME, OCR_DIR, TIMELINE_FILE_NAME } from '../cases/case-folder-layout';
import { sameOptionalStamp, sameStamp, statStampSync, type FileStamp } from '../fs/file-stamp';
import type { CaseIndex, SideFile } from './case-index';

/** The files beside `case.json` whose content the index mirrors (and the folder of OCR readings), each with its stamp column. */
export const SIDE_FILES: readonly { kind: SideFile; name: string }[] = [
  { kind: 'evidence', name: EVIDENCE_FILE_NAME },
  { kind: 'timeline', name: TIMELINE_FILE_NAME },
  { kind: 'ocr', name: `${EVIDENCE_DIR}/${OCR_DIR}` },
];

/** The stamps the index recorded for every folder: what tells, with a `stat` per file, whether a folder changed since. */
export interface RecordedStamps {
  cases: Map<string, FileStamp>;
  sides: { name: string; stamps: Map<string, FileStamp | undefined> }[];
}

export function recordedStamps(index: CaseIndex): RecordedStamps {
  return { cases: index.stamps(), sides: SIDE_FILES.map(({ kind, name }) => ({ name, stamps: index.sideFileStamps(kind) })) };
}

/**
 * Whether a folder the index knows still has the `case.json` and side files (same modification time
 * and size, or still absent) it was last read with. Any write — by the app, the CLI, or a person with
 * an editor — changes one of them.
 */
export function folderUnchanged(casePath: string, folder: string, recorded: RecordedStamps): boolean {
  return (
    sameStamp(recorded.cases.get(folder), statStampSync(join(casePath, CASE_FILE_NAME))) &&
    recorded.sides.every(({ name, stamps }) => sameOptionalStamp(stamps.get(folder), statStampSync(join(casePath, name))))
  );
}
