import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { prepareBands } from '../src/core/ocr/preprocess';
const r = await prepareBands(process.argv[2]!);
console.log(r.width, r.height, r.bands.length, r.bands.map((b) => [b.top, b.scale]));
r.bands.forEach((b, i) => writeFileSync(`/tmp/ocrproto/band${i}.png`, b.png));
console.log(await sharp(r.bands[0]!.png).metadata());
