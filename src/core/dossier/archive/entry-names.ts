import { extname } from 'node:path';
import { sanitizeFolderName } from '../../cases/case-folder-name';

/** Titles in archive names are kept short: the manifest has them in full. */
const TITLE_MAX = 40;

/** The exhibit numbers with as many digits as the largest needs, at least two: 证据01 … 证据99, 证据001 … */
export const exhibitDigits = (count: number): number => Math.max(2, String(count).length);

const safeTitle = (title: string) => sanitizeFolderName(title, TITLE_MAX).replace(/\s+/g, '_');

/**
 * `证据01-订单截图.png`: the exhibit number, the title made safe on Windows, macOS and Linux, and the
 * stored original's extension (read from its content at import).
 */
export function exhibitEntryName(exhibit: number, digits: number, title: string, storedName: string): string {
  const extension = extname(storedName).toLowerCase();
  return `证据${String(exhibit).padStart(digits, '0')}-${safeTitle(title)}${extension}`;
}

/** `letters/01-客服投诉邮件-第2版.pdf` */
export function letterEntryName(position: number, title: string, version: number): string {
  return `letters/${String(position).padStart(2, '0')}-${safeTitle(title)}-第${version}版.pdf`;
}

/** `<case folder>-卷宗.zip` and the PDF beside it. */
export const dossierFileNames = (caseFolder: string) => ({ pdf: `${caseFolder}-卷宗.pdf`, zip: `${caseFolder}-卷宗.zip` });
