import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierProgress } from '../../shared/domain/dossier';
import { dossierText } from '../../shared/messages/dossier';
import { nowChinaIso } from '../../shared/validation/date-time';
import { APP_VERSION } from '../app-version';
import { fsyncDirectory, renameWithRetry } from '../fs/atomic-write';
import { dossierFileNames, exhibitDigits, exhibitEntryName, letterEntryName } from './archive/entry-names';
import {
  AUDIT_ENTRY_NAME,
  DOSSIER_ENTRY_NAME,
  MANIFEST_NAME,
  manifestBytes,
  sha256Sums,
  SUMS_NAME,
  type DossierManifest,
  type ManifestFile,
} from './archive/manifest';
import { writeZip, type ZipEntry } from './archive/write-zip';
import { composePdf } from './compose/compose-pdf';
import { settleLayout } from './compose/document-parts';
import { readExhibitFacts, type ExhibitFacts } from './exhibits/exhibit-facts';
import { dossierParts } from './dossier-parts';
import type { DossierSources } from './dossier-sources';


export interface DossierOutcome {
  pdf: string;
  zip: string;
  pages: number;
  exhibits: number;
  pdfSize: number;
  zipSize: number;
  pdfSha256: string;
  zipSha256: string;
  createdAt: string;
  /** Things the person should look at (a 起诉状 edit kept over changed data, a broken audit chain). */
  warnings: string[];
}

export interface DossierOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DossierProgress) => void;
}

/** Already compressed media gain nothing from deflate and would only cost time. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml))/;
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const tempName = (target: string) => `${target}.tmp-${randomBytes(6).toString('hex')}`;

async function readExhibits(sources: DossierSources, scratchDir: string, options: DossierOptions): Promise<ExhibitFacts[]> {
  const { evidence } = sources.context;
  const exhibits: ExhibitFacts[] = [];
  for (const item of evidence) {
    options.signal?.throwIfAborted();
    exhibits.push(await readExhibitFacts({ ...item, exhibitNumber: item.exhibitNumber! }, sources.context.evidencePath(item.id), { scratchDir }));
    options.onProgress?.({ step: 'reading', done: exhibits.length, total: evidence.length });
  }
  return exhibits;
}

/**
 * Makes the court-ready dossier of a case in `outDir`: `<case folder>-卷宗.pdf` and the archive
 * `<case folder>-卷宗.zip` (the untouched originals named by exhibit, the letters sent as PDFs, the
 * audit log, dossier.pdf, manifest.json and SHA256SUMS). Both are written under temporary names and
 * renamed only when complete, so a cancel or a crash never leaves a partial file under a final name.
 * Every original is checked against its recorded SHA-256 while it is archived.
 */
export async function makeDossier(sources: DossierSources, outDir: string, options: DossierOptions = {}): Promise<DossierOutcome> {
  const createdAt = nowChinaIso();
  const mtime = new Date(createdAt);
  const names = dossierFileNames(sources.folder);
  const target = { pdf: join(outDir, names.pdf), zip: join(outDir, names.zip) };
  const temp = { pdf: tempName(target.pdf), zip: tempName(target.zip) };
  await mkdir(outDir, { recursive: true });
  const scratchDir = await mkdtemp(join(tmpdir(), 'casebook-dossier-'));
  try {
    const exhibits = await readExhibits(sources, scratchDir, options);
    const digits = exhibitDigits(exhibits.length);
    const archiveNames = new Map(exhibits.map((facts) => [facts.item.id, exhibitEntryName(facts.item.exhibitNumber, digits, facts.item.title, facts.item.storedName)]));

    const evidenceFiles: (ManifestFile & { path: string; compress?: boolean })[] = exhibits.map(({ item, path }) => ({
      name: archiveNames.get(item.id)!,
      role: 'evidence',
      exhibit: item.exhibitNumber,
      title: item.title,
      originalName: item.originalName,
      size: item.size,
      sha256: item.sha256,
      capturedAt: item.capturedAt,
      capturedAtSource: item.capturedAtSource,
      importedAt: item.importedAt,
      path,
      compress: COMPRESSIBLE.test(item.mediaType),
    }));
    const letterFiles: (ManifestFile & { path: string })[] = [];
    for (const [index, letter] of sources.sentLetters.entries()) {
      letterFiles.push({
        name: letterEntryName(index + 1, letter.record.title, letter.record.sent.version),
        role: 'letter',
        title: letter.record.title,
        size: (await stat(letter.pdfPath)).size,
        sha256: letter.pdfSha256,
        path: letter.pdfPath,
      });
    }
    const audit = sources.audit;
    const auditFile: ManifestFile = { name: AUDIT_ENTRY_NAME, role: 'audit', size: audit.bytes.length, sha256: sha256Of(audit.bytes) };
    const manifest: DossierManifest = {
      format: 'casebook-dossier',
      formatVersion: 1,
      tool: { name: 'casebook', version: APP_VERSION },
      caseId: sources.caseId,
      caseFolder: sources.folder,
      createdAt,
      auditHead: audit.head,
      files: [
        ...evidenceFiles.map(({ path: _path, compress: _compress, ...file }) => file),
        ...letterFiles.map(({ path: _path, ...file }) => file),
        auditFile,
        { name: DOSSIER_ENTRY_NAME, role: 'dossier' },
      ],
    };
    const manifestJson = manifestBytes(manifest);
    const manifestSha256 = sha256Of(manifestJson);

    const { parts, styles } = dossierParts({ sources, exhibits, archiveNames, manifest, manifestSha256, audit, zipName: names.zip });
    options.onProgress?.({ step: 'layout', done: 0, total: exhibits.length });
    const layout = await settleLayout(parts, styles);
    const pdf = await composePdf(parts, layout, temp.pdf, {
      title: `${dossierText.title}·${sources.context.record.title}`,
      styles,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (progress) => options.onProgress?.(progress),
    });

    const stored = (file: ManifestFile & { path: string; compress?: boolean }): ZipEntry => ({
      name: file.name,
      file: file.path,
      sha256: file.sha256!,
      compress: file.compress ?? false,
      mtime,
    });
    const sums = sha256Sums([
      { name: MANIFEST_NAME, sha256: manifestSha256 },
      { name: DOSSIER_ENTRY_NAME, sha256: pdf.sha256 },
      ...evidenceFiles.map((file) => ({ name: file.name, sha256: file.sha256! })),
      ...letterFiles.map((file) => ({ name: file.name, sha256: file.sha256! })),
      { name: AUDIT_ENTRY_NAME, sha256: auditFile.sha256! },
    ]);
    const entries: ZipEntry[] = [
      { name: MANIFEST_NAME, bytes: manifestJson, compress: true, mtime },
      { name: SUMS_NAME, bytes: sums, compress: true, mtime },
      { name: DOSSIER_ENTRY_NAME, file: temp.pdf, sha256: pdf.sha256, compress: false, mtime },
      ...evidenceFiles.map(stored),
      ...letterFiles.map(stored),
      { name: AUDIT_ENTRY_NAME, bytes: audit.bytes, compress: true, mtime },
    ];
    const zip = await writeZip(entries, temp.zip, {
      ...(options.signal ? { signal: options.signal } : {}),
      onFile: (done, total) => options.onProgress?.({ step: 'archive', done, total }),
    });

    await renameWithRetry(temp.pdf, target.pdf);
    await renameWithRetry(temp.zip, target.zip);
    await fsyncDirectory(outDir);
    const warnings = [
      ...(sources.courtComplaint.ok && sources.courtComplaint.conflicts > 0 ? [dossierText.warnings.courtConflicts(sources.courtComplaint.conflicts)] : []),
      ...(audit.broken ? [dossierText.warnings.auditBroken(audit.broken.line)] : []),
    ];
    return {
      pdf: target.pdf,
      zip: target.zip,
      pages: layout.total,
      exhibits: exhibits.length,
      pdfSize: pdf.size,
      zipSize: zip.size,
      pdfSha256: pdf.sha256,
      zipSha256: zip.sha256,
      createdAt,
      warnings,
    };
  } catch (error) {
    await Promise.all([unlink(temp.pdf).catch(() => {}), unlink(temp.zip).catch(() => {})]);
    throw error;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
