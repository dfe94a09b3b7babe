import { OcrEngine } from '../src/core/ocr/ocr-engine';
let t = performance.now();
const engine = await OcrEngine.start();
console.log('start', Math.round(performance.now() - t));
for (const path of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const r = await engine.read(path);
    console.log(path, r.durationMs);
    if (i === 0) for (const l of r.lines) console.log(l.confidence, JSON.stringify(l.box), l.text);
  }
}
await engine.stop();
