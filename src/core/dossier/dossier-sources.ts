import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LetterRecord } from '../../shared/api/contract';
import type { LetterDocument, MissingFact } from '../../shared/domain/letter-document';
import { mergeRegenerated } from '../../shared/letters/merge-regenerated';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import type { CaseService } from '../cases/case-service';
import { buildLetter } from '../letters/build-letter';
import type { LetterContext } from '../letters/letter-context';
import type { LetterService } from '../letters/letter-service';
import { auditSnapshot, type AuditSnapshot } from './archive/audit-head';

/** A letter that went out: the version sent, its document and its saved PDF. */
export interface SentLetter {
  record: LetterRecord & { sent: NonNullable<LetterRecord['sent']> };
  document: LetterDocument;
  pdfPath: string;
  pdfSha256: string;
}

/** Everything a dossier is made from, read once at the start so the whole dossier shows one moment. */
export interface DossierSources {
  context: LetterContext & { evidencePath: (id: string) => string };
  caseId: string;
  folder: string;
  caseDir: string;
  /** The 民事起诉状: the person's latest saved version brought up to date, or a fresh one, or the facts it lacks. */
  courtComplaint: { ok: true; document: LetterDocument; conflicts: number } | { ok: false; missing: MissingFact[] };
  sentLetters: SentLetter[];
  audit: AuditSnapshot;
}

const savedAt = (record: LetterRecord) => record.versions.at(-1)!.savedAt;

async function readAuditBytes(caseDir: string): Promise<Buffer> {
  try {
    return await readFile(join(caseDir, AUDIT_LOG_NAME));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

/**
 * The 起诉状 as the person would file it today: regenerated from the case, keeping what they edited
 * in their latest saved version (where they edited a part whose data also changed, their text is kept
 * and counted as a conflict for the warning).
 */
async function courtComplaintOf(letters: LetterService, ref: string, context: LetterContext, records: readonly LetterRecord[]): Promise<DossierSources['courtComplaint']> {
  const fresh = buildLetter('court-complaint', context);
  if (!fresh.ok) return fresh;
  const saved = records.filter((record) => record.kind === 'court-complaint').sort((a, b) => savedAt(a).localeCompare(savedAt(b))).at(-1);
  if (!saved) return { ok: true, document: fresh.document, conflicts: 0 };
  const latest = await letters.get(ref, saved.id);
  const { merged, conflicts } = mergeRegenerated(latest.generated, latest.document, fresh.document);
  return { ok: true, document: merged, conflicts: conflicts.length };
}

/** Reads the case as it stands: facts, exhibits in order, timeline, the letters sent, the 起诉状, the audit log. */
export async function readDossierSources(cases: CaseService, letters: LetterService, ref: string): Promise<DossierSources> {
  const { record, folder, path } = await cases.get(ref);
  // First, so the audit log in the archive was written before anything the dossier shows.
  const audit = auditSnapshot(await readAuditBytes(path));
  const context = await letters.context(ref);
  const records = await letters.list(ref);
  const sentLetters: SentLetter[] = [];
  for (const letter of records) {
    if (!letter.sent) continue;
    const version = letter.versions.find((v) => v.version === letter.sent!.version)!;
    const saved = await letters.get(ref, letter.id, version.version);
    sentLetters.push({
      record: letter as SentLetter['record'],
      document: saved.document,
      pdfPath: await letters.pdfPath(ref, letter.id, version.version),
      pdfSha256: version.pdfSha256,
    });
  }
  sentLetters.sort((a, b) => a.record.sent.at.localeCompare(b.record.sent.at));
  return {
    context,
    caseId: record.id,
    folder,
    caseDir: path,
    courtComplaint: await courtComplaintOf(letters, ref, context, records),
    sentLetters,
    audit,
  };
}
