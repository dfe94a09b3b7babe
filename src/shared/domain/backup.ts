import { z } from 'zod';
import type { VerifyProblem } from './integrity';

/** The dashboard reminds the person to back up once the last backup is this many days old. */
export const BACKUP_REMINDER_DEFAULT_DAYS = 30;
export const BACKUP_REMINDER_MAX_DAYS = 365;

/** The backup the workspace last made (or was restored from). */
export interface LastBackup {
  /** ISO 8601 with `+08:00`. */
  at: string;
  /** Where the archive was written (absolute path on the computer that wrote it). */
  archive: string;
  size: number;
  sha256: string;
  cases: number;
  /** The workspace was restored from this backup rather than backed up to it. */
  restored?: boolean;
}

/** `<workspace>/.casebook/backup.json`: `reminderDays: null` turns the reminder off. */
export const backupSettingsSchema = z.object({
  reminderDays: z.number().int().min(1).max(BACKUP_REMINDER_MAX_DAYS).nullable(),
  lastBackup: z
    .object({
      at: z.string(),
      archive: z.string(),
      size: z.number().int().nonnegative(),
      sha256: z.string(),
      cases: z.number().int().nonnegative(),
      restored: z.boolean().optional(),
    })
    .optional(),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** What the dashboard shows about backups. */
export interface BackupStatus {
  reminderDays: number | null;
  /** Where the app writes backups (beside the workspace). */
  folder?: string;
  lastBackup?: LastBackup;
  /** Whole days since the last backup (absent when there was none). */
  daysSince?: number;
  /** Remind now: the reminder is on, the workspace holds cases and the last backup is older than `reminderDays` (or there is none). */
  due: boolean;
}

/** `casebook backup --json` and the app's 备份工作区 result. */
export interface BackupOutcome {
  archive: string;
  size: number;
  sha256: string;
  cases: number;
  files: number;
  /** `PRAGMA integrity_check` of the index copy: always `ok` (a backup with a damaged copy is not written). */
  index: 'ok';
}

/** One restored case as verify found it. */
export interface RestoredCase {
  folder: string;
  id?: string;
  ok: boolean;
  /** Evidence originals re-hashed. */
  checked: number;
  /** What verify found (as `casebook verify <case> --json` reports it). */
  problems: VerifyProblem[];
  /** Why the case could not be verified at all (its case.json cannot be read), in Chinese. */
  unreadable?: string;
}

/** `casebook restore --json` and the app's 从备份恢复 result. */
export interface RestoreOutcome {
  workspace: string;
  /** When the backup was made. */
  createdAt: string;
  files: number;
  /** `restored`: the index copy passed `PRAGMA integrity_check` and is used; `rebuilt`: it was rebuilt from the case folders. */
  index: 'restored' | 'rebuilt';
  cases: RestoredCase[];
  /** Every case passed verify. */
  ok: boolean;
}
