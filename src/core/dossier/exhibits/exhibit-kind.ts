import { bareMediaType, previewKind } from '../../../shared/evidence/preview-kind';

/**
 * How an exhibit goes on paper: pictures drawn, PDF pages appended, recordings described with their
 * transcript, plain text printed, anything else described by its file facts.
 */
export type ExhibitKind = 'image' | 'pdf' | 'recording' | 'text' | 'file';

/** Text a clerk can read as printed; markup and mail (HTML, XML, .eml) would print as their source code. */
const PRINTED_TEXT = new Set(['text/plain', 'text/csv', 'text/markdown', 'application/json']);

export function exhibitKind(mediaType: string): ExhibitKind {
  switch (previewKind(mediaType)) {
    case 'image':
      return 'image';
    case 'pdf':
      return 'pdf';
    case 'audio':
    case 'video':
      return 'recording';
    default:
      return PRINTED_TEXT.has(bareMediaType(mediaType)) ? 'text' : 'file';
  }
}
