import { bareMediaType, previewKind } from '../../shared/evidence/preview-kind';

/** How a host hands an evidence original to the app's own origin. */
export interface ServedType {
  contentType: string;
  /** `inline` lets the viewer show it; `attachment` is for bytes no browser should try to display. */
  disposition: 'inline' | 'attachment';
}

/**
 * An original may be an exported chat page, an SVG or a script — evidence, never code to run in the
 * app's origin. Only plain media keep their type; everything text-like is shown as its source
 * (`text/plain`), and the rest as opaque bytes. The kinds come from the allow-list the viewer also
 * previews by ({@link previewKind}), so a type nobody thought of is never rendered.
 *
 * @example servedType('text/html') // { contentType: 'text/plain; charset=utf-8', disposition: 'inline' }
 */
export function servedType(mediaType: string): ServedType {
  switch (previewKind(mediaType)) {
    case 'image':
    case 'audio':
    case 'video':
    case 'pdf':
      return { contentType: bareMediaType(mediaType), disposition: 'inline' };
    case 'text':
      return { contentType: 'text/plain; charset=utf-8', disposition: 'inline' };
    case 'other':
      return { contentType: 'application/octet-stream', disposition: 'attachment' };
  }
}

/**
 * `Content-Disposition` with the original name in RFC 8187 form, which carries Chinese names intact.
 * @example contentDisposition('inline', '订单 1.png') // "inline; filename*=UTF-8''%E8%AE%A2%E5%8D%95%201.png"
 */
export function contentDisposition(disposition: ServedType['disposition'], name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename*=UTF-8''${encoded}`;
}
