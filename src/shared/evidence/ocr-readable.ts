/** Still images the OCR engine can decode (through sharp); other media are never read. */
const OCR_READABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/tiff', 'image/avif']);

export const isOcrReadable = (item: { mediaType: string }): boolean => OCR_READABLE_TYPES.has(item.mediaType);
