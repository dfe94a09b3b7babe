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
