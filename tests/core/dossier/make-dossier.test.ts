import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/core/audit/audit-log';
import type { DossierManifest } from '../../../src/core/dossier/archive/manifest';
import type { EvidenceListing } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { TimestampOverview } from '../../../src/shared/domain/timestamp';
import { chineseDateTime } from '../../../src/core/letters/letter-format';
import { useApiSession } from '../api/api-session';
import { LETTER_TODAY } from '../letters/letter-case';
import { hasPoppler, pdfFonts, POPPLER_MISSING } from '../letters/poppler';
import { tempDir } from '../temp-dir';
import { startLocalTsa } from '../timestamps/local-tsa';
import { createDossierCase } from './dossier-case';

const api = useApiSession({ today: () => LETTER_TODAY });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** Each page's text (pdftotext separates pages with a form feed); `layout` keeps table rows on their lines. */
function pageTexts(pdf: string, layout: boolean): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').map((page) => (layout ? page : page.replace(/\s+/g, '')));
}

/** The 证据目录 rows as printed: exhibit number → the 页码 cell (a page or a range), read from the PDF's text. */
function printedExhibitPages(pages: readonly string[], from: number, to: number): Map<number, string> {
  const rows = new Map<number, string>();
  for (let page = from; page <= to; page++) {
    for (const line of pages[page - 1]!.split('\n')) {
      const row = /^\s*(\d{1,3})\s{2,}\S.*\s(\d+(?:-\d+)?)\s*$/.exec(line);
      if (row) rows.set(Number(row[1]), row[2]!);
    }
  }
  return rows;
}

/** The names of a zip's central directory and whether each is flagged UTF-8 (read by hand: no zip reader is a dependency here). */
function centralDirectory(zip: Buffer): { name: string; utf8: boolean }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const entries: { name: string; utf8: boolean }[] = [];
  for (let at = zip.readUInt32LE(end + 16), n = 0; n < count; n++) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), utf8: (zip.readUInt16LE(at + 8) & 0x800) !== 0 });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

// Each test makes a whole dossier and reads it back with poppler: PDF rendering and child processes, slow on a busy machine.
describe.skipIf(!hasPoppler)('the dossier', { timeout: 180_000 }, () => {
  it('writes the PDF and the archive under their final names only, every page numbered, each exhibit on the page the 证据目录 gives', async () => {
    const { id, folder } = await createDossierCase(api);
    const out = tempDir('casebook-dossier-out-');
    const steps = new Set<string>();
    const outcome = await api.session.dossier.make(id, out, { onProgress: ({ step }) => steps.add(step) });

    expect(readdirSync(out).sort()).toEqual([`${folder}-卷宗.pdf`, `${folder}-卷宗.zip`]);
    expect(outcome).toMatchObject({ pdf: join(out, `${folder}-卷宗.pdf`), zip: join(out, `${folder}-卷宗.zip`), exhibits: 5 });
    expect([...steps]).toEqual(['reading', 'layout', 'exhibits', 'write', 'archive']);
    const pages = pageCount(outcome.pdf);
    expect(outcome.pages).toBe(pages);
    const texts = pageTexts(outcome.pdf, false);
    for (let page = 1; page <= pages; page++) {
      expect(texts[page - 1]).toContain(`第${page}页/共${pages}页`);
      // No page is blank but for its number (a signature at the foot of a page once pushed an empty line over).
      expect(texts[page - 1]!.replace(`第${page}页/共${pages}页`, '')).not.toBe('');
    }
    expect(texts[0]).toContain(`共${pages}页`);
    const fonts = pdfFonts(readFileSync(outcome.pdf)).filter((font) => font.name.includes('NotoSerifSC'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);

    // The contents give the 证据目录's first page; its rows give each exhibit's pages; each heading is there.
    const laidOut = pageTexts(outcome.pdf, true);
    const listPage = Number(/证据目录\s+(\d+)/.exec(laidOut[1]!)![1]);
    const chronologyPage = Number(/大事记\s+(\d+)/.exec(laidOut[1]!)![1]);
    const printed = printedExhibitPages(laidOut, listPage, chronologyPage - 1);
    const { items } = await api.call<EvidenceListing>('evidence:list', { caseId: id });
    expect([...printed.keys()].sort((a, b) => a - b)).toEqual(items.map((item) => item.exhibitNumber));
    for (const item of items) {
      const [from, to = from] = printed.get(item.exhibitNumber!)!.split('-').map(Number) as [number, number?];
      expect(texts[from - 1]).toContain(`证据${item.exhibitNumber}${item.title}`);
      expect(texts[from - 2]).not.toContain(`证据${item.exhibitNumber}${item.title}`);
      expect(to - from + 1).toBe(item.originalName === '发票.pdf' ? 2 : 1);
    }
    // The PDF original's pages are drawn as they are (their text stays text), each stamped with its place.
    const invoice = items.find((item) => item.originalName === '发票.pdf')!;
    const invoiceFrom = Number(printed.get(invoice.exhibitNumber!)!.split('-')[0]);
    expect(texts[invoiceFrom - 1]).toContain('Invoicepageone');
    expect(texts[invoiceFrom]).toContain(`证据${invoice.exhibitNumber}第2页/共2页`);
    expect(texts[invoiceFrom]).toContain('Invoicepagetwo');
    // The recording's page: its file facts, where the original is in the archive, and what was said.
    const recording = items.find((item) => item.originalName === '客服通话录音.wav')!;
    const recordingPage = texts[Number(printed.get(recording.exhibitNumber!)!) - 1]!;
    expect(recordingPage).toContain('时长2秒');
    expect(recordingPage).toContain(`原始文件随卷宗压缩包提交，文件名为“证据0${recording.exhibitNumber}-客服通话录音.wav”`);
    expect(recordingPage).toContain('客服（工号KF8848）：您的卡密确实无法使用，我们会尽快处理。');
  });

  it('archives the untouched originals with a manifest and SHA256SUMS that sha256sum -c accepts', async () => {
    const { id, folder, sentLetter } = await createDossierCase(api);
    const out = tempDir('casebook-dossier-out-');
    const outcome = await api.session.dossier.make(id, out);
    const extracted = tempDir('casebook-dossier-unzip-');
    execFileSync('unzip', ['-q', outcome.zip, '-d', extracted]);

    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: extracted, encoding: 'utf8' })).not.toContain('FAILED');
    const central = centralDirectory(readFileSync(outcome.zip));
    expect(central.map((entry) => entry.name).sort()).toEqual(execFileSync('sh', ['-c', 'find . -type f | sed "s|^./||" | sort'], { cwd: extracted, encoding: 'utf8' }).trim().split('\n'));
    // Every name is flagged UTF-8 (general purpose bit 11), so Windows' and macOS' unzippers read the Chinese right.
    for (const entry of central) expect(entry.utf8, entry.name).toBe(true);
    const manifest = JSON.parse(readFileSync(join(extracted, 'manifest.json'), 'utf8')) as DossierManifest;
    const { path } = await api.call<CaseDetail>('cases:get', { ref: id });
    const { items } = await api.call<EvidenceListing>('evidence:list', { caseId: id });
    expect(manifest).toMatchObject({ format: 'casebook-dossier', formatVersion: 1, tool: { name: 'casebook' }, caseId: id, caseFolder: folder });
    for (const item of items) {
      const entry = manifest.files.find((file) => file.exhibit === item.exhibitNumber)!;
      expect(entry.name).toMatch(new RegExp(`^证据0${item.exhibitNumber}-`));
      // The hash the manifest records is the original's, in the case and in the archive.
      expect(entry.sha256).toBe(sha256(readFileSync(join(path, item.storedPath))));
      expect(entry.sha256).toBe(sha256(readFileSync(join(extracted, entry.name))));
      expect(entry).toMatchObject({ role: 'evidence', title: item.title, originalName: item.originalName, size: item.size, capturedAtSource: item.capturedAtSource, importedAt: item.importedAt });
    }
    const letter = manifest.files.find((file) => file.role === 'letter')!;
    expect(letter.sha256).toBe(sentLetter.record.versions[0]!.pdfSha256);
    expect(readFileSync(join(extracted, 'dossier.pdf')).equals(readFileSync(outcome.pdf))).toBe(true);
    expect(manifest.files.find((file) => file.role === 'dossier')).toEqual({ name: 'dossier.pdf', role: 'dossier' });
    // The appendix prints the manifest's own hash, as written into the archive.
    const manifestHash = sha256(readFileSync(join(extracted, 'manifest.json')));
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', outcome.pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(manifestHash);
    // The audit log in the archive is the case's as it was; the export itself is recorded after it.
    const audit = await readAudit(path);
    expect(audit.at(-1)).toContain('"action":"export"');
    expect(readFileSync(join(extracted, 'audit.jsonl'), 'utf8')).toBe(`${audit.slice(0, -1).join('\n')}\n`);
    expect(manifest.auditHead).toEqual({ sha256: JSON.parse(audit.at(-2)!).hash, lines: audit.length - 1 });
  });

  it('prints the trusted timestamps in the integrity appendix, checked offline, and says so when there are none', async () => {
    const { id } = await createDossierCase(api);
    const unstamped = await api.session.dossier.make(id, tempDir('casebook-dossier-out-'));
    expect(pageTexts(unstamped.pdf, false).at(-2)).toContain('本案没有申请可信时间戳');

    const tsa = await startLocalTsa();
    let stamp: TimestampOverview['stamps'][number];
    try {
      [stamp] = (await api.call<TimestampOverview>('timestamps:request', { caseId: id, tsaUrl: tsa.url })).stamps as [typeof stamp];
    } finally {
      await tsa.close();
    }
    // Evidence imported after the stamp is not covered by it, and the appendix says so.
    const late = tempDir('casebook-dossier-late-');
    writeFileSync(join(late, '补充说明.txt'), '补充：客服再次承诺处理。');
    await api.call('evidence:import-paths', { caseId: id, paths: [join(late, '补充说明.txt')] });
    const stamped = await api.session.dossier.make(id, tempDir('casebook-dossier-out-'));
    // In the order the PDF draws it (-raw), so each table cell reads whole.
    const drawn = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', stamped.pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const stamps = drawn.slice(drawn.lastIndexOf('可信时间戳（RFC3161）')).replace(/第\d+页\/共\d+页/g, '');
    expect(stamps).toContain(chineseDateTime(stamp.genTime!));
    expect(stamps).toContain('CasebookTestTSA证书颁发者：CasebookTestRoot');
    expect(stamps).toContain(`${stamp.manifest}（SHA-256：${stamp.manifestSha256}）`);
    expect(stamps).toContain(`${stamp.items}件（其后新增的1件未覆盖）`);
    expect(stamps).toMatch(/有效$/);
    expect(stamped.warnings).toEqual([]);
  });

  it('refuses an original that changed since import, leaving nothing under a final name', async () => {
    const { id } = await createDossierCase(api);
    const { path } = await api.call<CaseDetail>('cases:get', { ref: id });
    const { items } = await api.call<EvidenceListing>('evidence:list', { caseId: id });
    const chat = items.find((item) => item.originalName === '客服聊天记录.txt')!;
    execFileSync('sh', ['-c', `chmod u+w "$1" && printf 'x' >> "$1"`, 'sh', join(path, chat.storedPath)]);
    const out = tempDir('casebook-dossier-out-');
    await expect(api.session.dossier.make(id, out)).rejects.toThrow(`证据${chat.exhibitNumber}（${chat.title}）的原始文件与导入时记录的 SHA-256 不一致`);
    expect(readdirSync(out)).toEqual([]);
  });

  it('stops when cancelled and leaves no file behind', async () => {
    const { id } = await createDossierCase(api);
    const out = tempDir('casebook-dossier-out-');
    const controller = new AbortController();
    const made = api.session.dossier.make(id, out, { signal: controller.signal, onProgress: ({ step }) => step === 'write' && controller.abort() });
    await expect(made).rejects.toThrow();
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

if (!hasPoppler) console.warn(POPPLER_MISSING);
