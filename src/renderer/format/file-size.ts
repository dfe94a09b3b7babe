import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence.fileSize;

/** @example formatFileSize(1536) // '1.5 KB' */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return t.bytes(bytes);
  if (bytes < 1024 ** 2) return t.kb((bytes / 1024).toFixed(1));
  if (bytes < 1024 ** 3) return t.mb((bytes / 1024 ** 2).toFixed(1));
  return t.gb((bytes / 1024 ** 3).toFixed(2));
}
