import { describe, expect, it } from 'vitest';
import { parseEvidencePath } from '../../../src/hosts/evidence/evidence-response';

const ITEM = '01HYC000000000000000000001';

describe('parseEvidencePath', () => {
  it('reads an original and its thumbnail, decoding the case reference', () => {
    expect(parseEvidencePath(`/evidence/01HYCASE/${ITEM}`)).toEqual({ caseId: '01HYCASE', itemId: ITEM, thumbnail: false });
    expect(parseEvidencePath(`/evidence/${encodeURIComponent('20240520-星耀卡盟-KM1')}/${ITEM}/thumbnail`)).toEqual({
      caseId: '20240520-星耀卡盟-KM1',
      itemId: ITEM,
      thumbnail: true,
    });
  });

  it.each([
    `/evidence/..%2f..%2fsecret/${ITEM}`,
    `/evidence/../${ITEM}`,
    `/evidence/a%5cb/${ITEM}`,
    `/evidence/a%00/${ITEM}`,
    `/evidence/c/${ITEM}/original`,
    `/evidence/c/${ITEM}/thumbnail/x`,
    '/evidence/c/not-an-id',
    '/evidence/c',
    `/evidence/%E0%A4%A/${ITEM}`,
    `/evidence//${ITEM}`,
  ])('refuses %s', (path) => {
    expect(parseEvidencePath(path)).toBeNull();
  });
});
