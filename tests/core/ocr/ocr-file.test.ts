import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../src/core/ocr/extract-facts';
import { OCR_FILE_VERSION, parseOcrFile, serializeOcrFile, type OcrFile } from '../../../src/core/ocr/ocr-file';
import { withCurrentFacts } from '../../../src/core/ocr/ocr-store';
import { linesOf } from './ocr-lines';

const sample = (): OcrFile => ({
  schemaVersion: OCR_FILE_VERSION,
  itemId: '01HYC000000000000000000001',
  sha256: 'a'.repeat(64),
  readAt: '2024-05-21T09:15:00+08:00',
  engine: { name: 'tesseract.js', version: '7.0.0', languages: ['eng', 'chi_sim'] },
  extractorVersion: EXTRACTOR_VERSION,
  durationMs: 412,
  image: { width: 1080, height: 2340 },
  lines: linesOf(['订单编号: 20240520001']),
  facts: [],
});

describe('the OCR file', () => {
  it('round-trips through its JSON form', () => {
    const file = sample();
    expect(parseOcrFile(serializeOcrFile(file), 'evidence/ocr/x.json')).toEqual({ ok: true, file });
  });

  it('refuses a file from a newer version and a damaged file, naming the file', () => {
    expect(parseOcrFile(JSON.stringify({ ...sample(), schemaVersion: 9 }), 'evidence/ocr/x.json')).toEqual({
      ok: false,
      reason: 'evidence/ocr/x.json 的格式版本为 9，由更新版本的维权卷宗写入；本软件最高支持版本 1',
    });
    expect(parseOcrFile('{', 'evidence/ocr/x.json')).toMatchObject({ ok: false, reason: expect.stringContaining('evidence/ocr/x.json') });
    expect(parseOcrFile(JSON.stringify({ ...sample(), lines: 'x' }), 'evidence/ocr/x.json')).toMatchObject({ ok: false, reason: expect.stringContaining('lines') });
  });

  it('re-extracts the facts of a reading made by an older extractor from its lines', () => {
    const older = { ...sample(), extractorVersion: 0 as unknown as number };
    expect(withCurrentFacts(older).facts).toMatchObject([{ kind: 'order-number', value: '20240520001' }]);
  });
});
