import type { Content } from 'pdfmake/interfaces';
import { dossierText } from '../../../shared/messages/dossier';
import { chineseDateTime } from '../../letters/letter-format';
import type { AuditSnapshot } from '../archive/audit-head';
import type { DossierManifest } from '../archive/manifest';

const a = dossierText.appendix;

const fact = (label: string, value: string): Content => ({ text: [{ text: `${label}：`, bold: true }, value], margin: [0, 0, 0, 4] });

/**
 * 完整性附录: how to check the archive, the SHA-256 of manifest.json as written into it, the audit
 * log's chain head, and the manifest as a table (every file but the dossier itself, whose hash it
 * cannot contain).
 */
export function appendixContent(manifest: DossierManifest, manifestSha256: string, audit: AuditSnapshot, zipName: string): Content[] {
  const rows = manifest.files.filter((file) => file.sha256 !== undefined);
  return [
    { text: a.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
    { text: a.intro(zipName), fontSize: 10.5, margin: [0, 0, 0, 12] },
    fact(a.manifestHash, manifestSha256),
    fact(a.auditHead, a.auditHeadValue(manifest.auditHead.sha256, manifest.auditHead.lines)),
    ...(audit.broken ? [{ text: a.auditBroken(audit.broken.line), color: '#a00000', margin: [0, 0, 0, 4] as [number, number, number, number] }] : []),
    fact(a.tool, a.toolValue(manifest.tool.version, chineseDateTime(manifest.createdAt))),
    {
      table: {
        headerRows: 1,
        widths: [18, '*', 38, 54, 232],
        body: [
          a.columns.map((text) => ({ text, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' })),
          ...rows.map((file, index) => [
            { text: String(index + 1), alignment: 'center' as const },
            { text: file.name },
            { text: a.roles[file.role] ?? file.role },
            { text: file.size!.toLocaleString('en-US'), alignment: 'right' as const },
            { text: file.sha256!, fontSize: 6.5 },
          ]),
        ],
      },
      fontSize: 8.5,
      margin: [0, 12, 0, 8],
    },
    { text: a.selfNote, fontSize: 9.5, color: '#555555' },
  ];
}
