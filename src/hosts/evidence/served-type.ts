/** How a host hands an evidence original to the app's own origin. */
export interface ServedType {
  contentType: string;
  /** `inline` lets the viewer show it; `attachment` is for bytes no browser should try to display. */
  disposition: 'inline' | 'attachment';
}

/** Media a browser only ever shows as media: no script, no markup, no navigation. */
const DISPLAYABLE = /^(image\/(png|jpeg|gif|webp|avif|bmp|tiff|heic|heif)|audio\/[\w.+-]+|video\/[\w.+-]+|application\/pdf)$/;

/** Anything text-like (HTML, SVG, XML, scripts, JSON, mail) could be markup that runs if rendered. */
const TEXT_LIKE = /^(text\/|message\/)|[/+](xml|json)$|script/;

/**
 * An original may be an exported chat page, an SVG or a script — evidence, never code to run in the
 * app's origin. Only plain media keep their type; everything text-like is shown as its source
 * (`text/plain`), and the rest as opaque bytes. Decided by allow-list, so a type nobody thought of
 * is never rendered.
 *
 * @example servedType('text/html') // { contentType: 'text/plain; charset=utf-8', disposition: 'inline' }
 */
export function servedType(mediaType: string): ServedType {
  const type = mediaType.toLowerCase().split(';')[0]!.trim();
  if (DISPLAYABLE.test(type)) return { contentType: type, disposition: 'inline' };
  if (TEXT_LIKE.test(type)) return { contentType: 'text/plain; charset=utf-8', disposition: 'inline' };
  return { contentType: 'application/octet-stream', disposition: 'attachment' };
}

/**
 * `Content-Disposition` with the original name in RFC 8187 form, which carries Chinese names intact.
 * @example contentDisposition('inline', '订单 1.png') // "inline; filename*=UTF-8''%E8%AE%A2%E5%8D%95%201.png"
 */
export function contentDisposition(disposition: ServedType['disposition'], name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename*=UTF-8''${encoded}`;
}
