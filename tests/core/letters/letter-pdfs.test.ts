import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../src/core/letters/render-pdf';
import type { LetterKind } from '../../../src/shared/domain/letters';
import { courtText, evidenceListText, formFieldLabels, letterSections as s } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { hasPoppler, pdfFonts, pdfText, POPPLER_MISSING, positionsInOrder } from './poppler';

const api = useApiSession({ today: () => LETTER_TODAY });

const blackcatFields = Object.values(formFieldLabels.blackcat);

/** The parts of each kind's PDF, in the order they must appear. */
const sections: Record<LetterKind, string[]> = {
  'cs-email': [s.complainant, s.respondent, s.facts, s.demand, s.basis, s.evidence],
  'management-escalation': Object.values(s.managementHeadings),
  blackcat: blackcatFields,
  'blackcat-followup': blackcatFields,
  '12315': Object.values(formFieldLabels['12315']),
  'court-complaint': [...Object.values(courtText.headings), '此致'],
  'evidence-list': [evidenceListText.groups.transaction, evidenceListText.groups.communication, evidenceListText.submitter],
};

describe.skipIf(!hasPoppler)(`letter PDFs (${hasPoppler ? 'poppler found' : POPPLER_MISSING})`, () => {
  it.each(Object.keys(sections) as LetterKind[])('%s: sections in order, Noto Sans SC embedded', async (kind) => {
    const { id } = await createLetterCase(api);
    const pdf = await renderLetterPdf(await generateDocument(api, id, kind));
    const text = pdfText(pdf);
    const positions = positionsInOrder(text, sections[kind]);
    expect(positions.every((p) => p >= 0), `${kind}: ${sections[kind].filter((_, i) => positions[i]! < 0).join(', ')}`).toBe(true);
    expect(text).toContain('2024年6月12日');
    expect(text).not.toMatch(/undefined|null|NaN/);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('NotoSansSC'))).toBe(true);
  });
});
