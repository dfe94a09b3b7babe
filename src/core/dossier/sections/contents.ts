import type { Content } from 'pdfmake/interfaces';
import { dossierText } from '../../../shared/messages/dossier';

/** One line of the table of contents; `sub` lines are indented under the one before. */
export interface ContentsLine {
  title: string;
  page: number;
  sub?: boolean;
}

/** 目录: each section with the page it starts on (the pages are the dossier's own numbers). */
export function contentsContent(lines: readonly ContentsLine[]): Content[] {
  return [
    { text: dossierText.contents.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 24] },
    {
      table: {
        widths: ['*', 50],
        body: lines.map((line) => [
          { text: line.title, margin: [line.sub ? 24 : 0, 3, 0, 3] },
          { text: String(line.page), alignment: 'right' as const, margin: [0, 3, 0, 3] },
        ]),
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingRight: () => 0,
      },
      fontSize: 12,
    },
  ];
}
