import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { documentBase } from '../../../../src/core/dossier/compose/document-parts';
import { exhibitContent } from '../../../../src/core/dossier/exhibits/exhibit-content';
import type { ExhibitFacts } from '../../../../src/core/dossier/exhibits/exhibit-facts';
import { A4, FIRST_PAGE_BOX, HEADING_HEIGHT, MARGINS } from '../../../../src/core/dossier/exhibits/exhibit-geometry';
import { pdfPrinter } from '../../../../src/core/letters/render-pdf';
import { COURT_FONT } from '../../../../src/core/letters/letter-fonts';

/** A photo with every heading line present, each far too long for one line. */
const fullHeading = (): ExhibitFacts =>
  ({
    kind: 'image',
    path: '/nonexistent.jpg',
    item: {
      id: '01HYC00000000000000000000A',
      exhibitNumber: 12,
      title: '与平台客服的微信聊天记录截图（含订单号、工单号、客服工号与承诺处理期限）'.repeat(2),
      source: '本人手机截图，原始文件保存在本人手机相册中'.repeat(3),
      purpose: '证明客服承诺在三个工作日内处理并退款而逾期未处理'.repeat(3),
      capturedAt: '2024-05-21T10:05:00+08:00',
      capturedAtSource: 'exif',
      importedAt: '2024-06-01T09:00:00+08:00',
      originalName: `${'聊天记录截图'.repeat(12)}.jpg`,
      size: 2_345_678,
      sha256: 'a'.repeat(64),
      mediaType: 'image/jpeg',
    },
  }) as unknown as ExhibitFacts;

describe('the heading of an exhibit page', () => {
  it('stays within its fixed height with all seven lines, so the picture below never covers it', async () => {
    let markerTop: number | undefined;
    const content: Content[] = [...exhibitContent(fullHeading(), { in: 'archive', name: '证据12-截图.jpg' }), { text: 'M', id: 'marker' }];
    await pdfPrinter(COURT_FONT)
      .createPdf({
        ...documentBase('heading'),
        content,
        pageBreakBefore: (node) => {
          if (node.id === 'marker') markerTop = node.startPosition?.top;
          return false;
        },
      })
      .getBuffer();
    // The text after the heading starts right under it: had the lines overflowed the row, it would start lower.
    expect(markerTop).toBeDefined();
    expect(markerTop! - MARGINS[1]).toBeLessThanOrEqual(HEADING_HEIGHT + 1);
    // And the picture's box starts below the heading.
    expect(A4.height - (FIRST_PAGE_BOX.y + FIRST_PAGE_BOX.height)).toBeGreaterThan(MARGINS[1] + HEADING_HEIGHT);
  });

  it('calls a time only EXIF or the person vouches for 形成时间; a time read off the picture is what it shows; a file time is left out', () => {
    const heading = (capturedAtSource: string) => {
      const facts = fullHeading();
      facts.item.capturedAtSource = capturedAtSource as ExhibitFacts['item']['capturedAtSource'];
      return JSON.stringify(exhibitContent(facts, { in: 'archive', name: 'x.jpg' }));
    };
    expect(heading('exif')).toContain('形成时间：');
    expect(heading('exif')).toContain('2024年5月21日10时5分（照片拍摄信息）');
    expect(heading('user')).toContain('（当事人填写）');
    expect(heading('ocr')).not.toContain('形成时间');
    expect(heading('ocr')).toContain('图中显示的时间：');
    expect(heading('ocr')).toContain('并非截图或拍摄的时间');
    expect(heading('file-mtime')).not.toContain('形成时间');
    expect(heading('file-mtime')).not.toContain('2024年5月21日10时5分');
  });
});
