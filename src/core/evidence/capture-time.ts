import exifr from 'exifr';
import type { CaptureTimeSource } from '../../shared/domain/evidence';
import { parseDateTime, toChinaIso } from '../../shared/validation/date-time';

const EXIF_TYPES = new Set(['image/jpeg', 'image/tiff', 'image/heic', 'image/heif', 'image/avif', 'image/webp', 'image/png']);

/**
 * When the evidence was made: a photo's EXIF DateTimeOriginal (with its OffsetTimeOriginal; China
 * time when the camera wrote no offset), otherwise the file's modification time, marked as such
 * because copying or downloading a file can change it.
 */
export async function readCaptureTime(
  path: string,
  mediaType: string,
  fileMtime: Date,
): Promise<{ capturedAt: string; capturedAtSource: CaptureTimeSource }> {
  if (EXIF_TYPES.has(mediaType)) {
    try {
      // reviveValues: false keeps the raw strings; revived Dates would shift by this process's time zone.
      const tags = (await exifr.parse(path, { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'], reviveValues: false })) as
        | { DateTimeOriginal?: string; OffsetTimeOriginal?: string }
        | undefined;
      const raw = tags?.DateTimeOriginal;
      const match = raw && /^(\d{4}):(\d{2}):(\d{2}) (\d{2}:\d{2}:\d{2})/.exec(raw);
      if (match) {
        const parsed = parseDateTime(`${match[1]}-${match[2]}-${match[3]}T${match[4]}${tags?.OffsetTimeOriginal?.trim() ?? ''}`);
        if (parsed.ok) return { capturedAt: parsed.value, capturedAtSource: 'exif' };
      }
    } catch {
      // Unreadable metadata is common (edited screenshots, stripped exports): fall back to the file time.
    }
  }
  return { capturedAt: toChinaIso(fileMtime), capturedAtSource: 'file-mtime' };
}
