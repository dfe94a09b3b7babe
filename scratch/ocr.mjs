import { createWorker, OEM, PSM } from 'tesseract.js';
import sharp from 'sharp';
let t = performance.now();
const worker = await createWorker(process.argv[2], OEM.LSTM_ONLY, { langPath: '/tmp/tessdata', cacheMethod: 'none', gzip: true });
console.log('init', (performance.now() - t).toFixed(0));
const scale = Number(process.argv[4] ?? 1);
const meta = await sharp(process.argv[3]).metadata();
const img = await sharp(process.argv[3]).grayscale().resize({ width: Math.round(meta.width * scale) }).png().toBuffer();
for (let i = 0; i < 2; i++) {
  t = performance.now();
  const r = await worker.recognize(img, {}, { text: true, blocks: true });
  console.log('rec', (performance.now() - t).toFixed(0));
  if (i === 0) { console.log(r.data.text); const l = r.data.blocks?.[0]?.paragraphs?.[0]?.lines?.[0]; console.log(JSON.stringify(l && {text:l.text,bbox:l.bbox,conf:l.confidence})); }
}
await worker.terminate();
