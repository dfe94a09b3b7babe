import { toChinaIso } from '../../shared/validation/date-time';

/**
 * Stored instants are shown in China time whatever the computer's time zone, so the screen always
 * matches the order pages and chat logs the case is about.
 */
const chinaParts = (iso: string): string | undefined => {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? undefined : toChinaIso(instant).replace('T', ' ');
};

/** @example formatDateTime('2024-05-20T06:32:08Z') // '2024-05-20 14:32' */
export const formatDateTime = (iso: string): string => chinaParts(iso)?.slice(0, 16) ?? iso;

/** @example formatDateTimeWithSeconds('2024-05-20T14:32:08+08:00') // '2024-05-20 14:32:08' */
export const formatDateTimeWithSeconds = (iso: string): string => chinaParts(iso)?.slice(0, 19) ?? iso;

/**
 * A moment in the words people read dates in, for hints that confirm what was understood; seconds
 * only when there are any.
 * @example formatChineseDateTime('2024-05-20T14:32:00+08:00') // '2024年5月20日 14:32'
 */
export const formatChineseDateTime = (iso: string): string => {
  const parts = chinaParts(iso);
  if (!parts) return iso;
  const [year, month, day, time] = [parts.slice(0, 4), Number(parts.slice(5, 7)), Number(parts.slice(8, 10)), parts.slice(11, 19)];
  return `${year}年${month}月${day}日 ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
};
