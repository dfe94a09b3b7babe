/**
 * How the app can show a file, from its sniffed media type: the same allow-list the hosts serve by,
 * so an SVG (served as text) is previewed as text and JSON or mail are not "no preview".
 */
export { previewKind as mediaKind, type PreviewKind as MediaKind } from '../../shared/evidence/preview-kind';
