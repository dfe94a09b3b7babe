import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceView } from '../../shared/domain/evidence';
import { exhibitText } from '../../shared/messages/dossier';
import { composePdf } from '../dossier/compose/compose-pdf';
import { pageRange, settleLayout, type DocumentPart } from '../dossier/compose/document-parts';
import { exhibitContent, fixedPageCount } from '../dossier/exhibits/exhibit-content';
import { readExhibitFacts } from '../dossier/exhibits/exhibit-facts';

/** Where each exhibit starts and ends in the bundle (1-based pages). */
export type EvidencePages = Map<string, { from: number; to: number }>;

const exhibitKey = (item: EvidenceView) => `exhibit:${item.id}`;

/**
 * The bundle's parts: the exhibit pages the dossier has too. The bundle travels alone (attached to an
 * e-mail), so an original it cannot print is said not to be attached rather than to be in an archive.
 */
async function bundleParts(items: readonly EvidenceView[], pathOf: (item: EvidenceView) => string, pictures?: { scratchDir: string }): Promise<DocumentPart[]> {
  const parts: DocumentPart[] = [];
  for (const item of items) {
    const facts = await readExhibitFacts({ ...item, exhibitNumber: item.exhibitNumber ?? 0 }, pathOf(item), pictures);
    const pages = fixedPageCount(facts);
    parts.push({ key: exhibitKey(item), content: exhibitContent(facts, { in: 'not-attached' }), exhibit: facts, ...(pages === undefined ? {} : { pages }) });
  }
  return parts;
}

/** The bundle's layout without rendering it: the pages each exhibit takes (what the 证据目录 cites). */
export async function layoutEvidenceBundle(items: readonly EvidenceView[], pathOf: (item: EvidenceView) => string): Promise<{ pages: EvidencePages }> {
  const parts = await bundleParts(items, pathOf);
  const layout = await settleLayout(parts);
  return { pages: new Map(items.map((item) => [item.id, pageRange(layout, exhibitKey(item))])) };
}

/**
 * The evidence bundle attached to a complaint e-mail: every page numbered (第 N 页 / 共 M 页) so the
 * 证据目录 can be checked on paper, every exhibit under its heading with its SHA-256 and only a capture
 * time the evidence or the person vouches for, pictures scaled onto A4, PDF originals appended page by
 * page (scaled, stamped, not rasterised), recordings described with their transcript.
 */
export async function renderEvidenceBundle(items: readonly EvidenceView[], pathOf: (item: EvidenceView) => string): Promise<Buffer> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'casebook-bundle-'));
  try {
    const exhibits = await bundleParts(items, pathOf, { scratchDir });
    // An e-mail sent before any evidence was imported still says so rather than attaching a blank page.
    const parts = exhibits.length > 0 ? exhibits : [{ key: 'no-exhibits', content: [{ text: exhibitText.noExhibits }] }];
    const layout = await settleLayout(parts);
    const target = join(scratchDir, 'bundle.pdf');
    await composePdf(parts, layout, target, { title: exhibitText.bundleTitle });
    return await readFile(target);
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
