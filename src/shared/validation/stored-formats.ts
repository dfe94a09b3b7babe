import { z } from 'zod';

/** Ids are ULIDs: 26 characters of Crockford's base 32, sortable by creation time. */
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Stored date-times are always ISO 8601 in China time, to the second. */
export const CHINA_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

/** The schemas the case folder's files use for ids and date-times; `message` for files a person may read. */
export const storedUlid = (message?: string) => z.string().regex(ULID_PATTERN, message ? { error: message } : undefined);
export const storedDateTime = (message?: string) => z.string().regex(CHINA_DATE_TIME_PATTERN, message ? { error: message } : undefined);
