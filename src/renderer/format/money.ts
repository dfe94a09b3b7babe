import { formatFen } from '../../shared/validation/money';

/** Fen as a price people read, with the yuan sign. @example formatYuan(9800) // '¥98.00' */
export const formatYuan = (fen: number): string => `¥${formatFen(fen)}`;
