import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A mono 8 kHz 16-bit PCM WAV of `seconds` of silence: a recording whose length any reader can tell. */
export function wavFile(dir: string, name: string, seconds: number): string {
  const rate = 8000;
  const data = Buffer.alloc(rate * 2 * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([header, data]));
  return path;
}

/** A PDF with one page per text, the second turned (/Rotate 90) and not A4: what bills and scans look like. */
export async function pdfFile(dir: string, name: string, texts: readonly string[]): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  texts.forEach((text, index) => {
    const page = pdf.addPage(index === 1 ? [612, 792] : [595, 842]);
    if (index === 1) page.setRotation(degrees(90));
    page.drawText(text, { x: 72, y: 700, size: 14, font });
  });
  const path = join(dir, name);
  writeFileSync(path, await pdf.save());
  return path;
}

/** A photo taken sideways (EXIF orientation 6), 64 × 48 pixels as stored. */
export async function sidewaysJpeg(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().withMetadata({ orientation: 6 }).toFile(path);
  return path;
}

/** A screenshot with an alpha channel, which a PDF cannot take as it is. */
export async function transparentPng(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await sharp({ create: { width: 40, height: 80, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } }).png().toFile(path);
  return path;
}
