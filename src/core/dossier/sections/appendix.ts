import type { Content } from 'pdfmake/interfaces';
import type { TimestampStatus } from '../../../shared/domain/timestamp';
import { dossierText } from '../../../shared/messages/dossier';
import { chineseDateTime } from '../../letters/letter-format';
import type { AuditSnapshot } from '../archive/audit-head';
import type { DossierManifest } from '../archive/manifest';
import { twoLineTime } from './chronology';

const a = dossierText.appendix;

const fact = (label: string, value: string): Content => ({ text: [{ text: `${label}：`, bold: true }, value], margin: [0, 0, 0, 4] });

const header = (columns: readonly string[]) => columns.map((text) => ({ text, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' }));

/**
 * 可信时间戳: each RFC 3161 stamp of the case's evidence manifest as checked offline when the dossier
 * was made — the time the TSA vouches for, who signed it, what it covers, and whether it still holds.
 */
function timestampsContent(stamps: readonly TimestampStatus[]): Content[] {
  const t = a.timestamps;
  const heading: Content = { text: t.heading, fontSize: 12, bold: true, margin: [0, 14, 0, 6] };
  if (stamps.length === 0) return [heading, { text: t.none, fontSize: 10 }];
  return [
    heading,
    { text: t.intro, fontSize: 9.5, color: '#333333', margin: [0, 0, 0, 6] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, 64, '*', 76, 56],
        body: [
          header(t.columns),
          ...stamps.map((stamp, index) => [
            { text: String(index + 1), alignment: 'center' as const },
            { text: stamp.genTime ? twoLineTime(stamp.genTime) : '—' },
            { stack: [{ text: stamp.tsa ?? '—' }, ...(stamp.issuer ? [{ text: t.issuer(stamp.issuer), color: '#555555' }] : []), { text: t.files(stamp.manifest, stamp.manifestSha256), fontSize: 7, color: '#333333' }] },
            { text: t.covered(stamp.items, stamp.uncovered) },
            stamp.valid ? { text: t.valid } : { text: t.invalid(stamp.problems), color: '#a00000' },
          ]),
        ],
      },
      fontSize: 8.5,
    },
  ];
}

/**
 * 完整性附录: how to check the archive, the SHA-256 of manifest.json as written into it, the audit
 * log's chain head, the manifest as a table (every file but the dossier itself, whose hash it
 * cannot contain), and the case's trusted timestamps.
 */
export function appendixContent(manifest: DossierManifest, manifestSha256: string, audit: AuditSnapshot, zipName: string, stamps: readonly TimestampStatus[]): Content[] {
  const rows = manifest.files.filter((file) => file.sha256 !== undefined);
  return [
    { text: a.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
    { text: a.intro(zipName), fontSize: 10.5, margin: [0, 0, 0, 12] },
    fact(a.manifestHash, manifestSha256),
    { text: a.selfNote, fontSize: 9, color: '#555555', margin: [0, 0, 0, 6] },
    fact(a.auditHead, a.auditHeadValue(manifest.auditHead.sha256, manifest.auditHead.lines)),
    ...(audit.broken ? [{ text: a.auditBroken(audit.broken.line), color: '#a00000', margin: [0, 0, 0, 4] as [number, number, number, number] }] : []),
    fact(a.tool, a.toolValue(manifest.tool.version, chineseDateTime(manifest.createdAt))),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        // The hash goes under the file's name: 64 digits beside a name left the name a few characters wide.
        widths: [18, '*', 44, 58],
        body: [
          header(a.columns),
          ...rows.map((file, index) => [
            { text: String(index + 1), alignment: 'center' as const },
            { stack: [{ text: file.name }, { text: file.sha256!, fontSize: 7, color: '#333333' }] },
            { text: a.roles[file.role] ?? file.role },
            { text: file.size!.toLocaleString('en-US'), alignment: 'right' as const },
          ]),
        ],
      },
      fontSize: 8.5,
      margin: [0, 12, 0, 8],
    },
    ...timestampsContent(stamps),
  ];
}
