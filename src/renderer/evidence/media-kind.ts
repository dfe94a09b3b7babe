/** How the app can show a file, from its sniffed media type. */
export type MediaKind = 'image' | 'audio' | 'video' | 'pdf' | 'text' | 'other';

export function mediaKind(mediaType: string): MediaKind {
  if (mediaType.startsWith('image/')) return 'image';
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType.startsWith('text/')) return 'text';
  return 'other';
}
