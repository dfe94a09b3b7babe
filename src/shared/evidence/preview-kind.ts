/**
 * How an evidence original can be shown, from its sniffed media type. The one allow-list both sides
 * use: the hosts serve each kind accordingly (`servedType`), and the viewer previews it the same way,
 * so what the viewer expects is always what arrives.
 */
export type PreviewKind = 'image' | 'audio' | 'video' | 'pdf' | 'text' | 'other';

/** Media a browser only ever shows as media: no script, no markup, no navigation. SVG is markup, so it is not here. */
const IMAGE = /^image\/(png|jpeg|gif|webp|avif|bmp|tiff|heic|heif)$/;
const AUDIO = /^audio\/[\w.+-]+$/;
const VIDEO = /^video\/[\w.+-]+$/;

/** Anything text-like (HTML, SVG, XML, scripts, JSON, mail) could be markup that runs if rendered: shown as its source. */
const TEXT_LIKE = /^(text\/|message\/)|[/+](xml|json)$|script/;

/** The bare, lower-case type: `TEXT/HTML; charset=gbk` → `text/html`. */
export const bareMediaType = (mediaType: string): string => mediaType.toLowerCase().split(';')[0]!.trim();

/**
 * Decided by allow-list, so a type nobody thought of is never rendered (`other`: download only).
 * @example previewKind('image/svg+xml') // 'text'
 */
export function previewKind(mediaType: string): PreviewKind {
  const type = bareMediaType(mediaType);
  if (IMAGE.test(type)) return 'image';
  if (AUDIO.test(type)) return 'audio';
  if (VIDEO.test(type)) return 'video';
  if (type === 'application/pdf') return 'pdf';
  if (TEXT_LIKE.test(type)) return 'text';
  return 'other';
}
