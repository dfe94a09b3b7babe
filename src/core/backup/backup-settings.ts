import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_REMINDER_DEFAULT_DAYS, backupSettingsSchema, type BackupSettings, type BackupStatus } from '../../shared/domain/backup';
import { writeFileAtomic } from '../fs/atomic-write';

/** Lives with the workspace (not the user), so the reminder follows the folder to another computer. */
export const backupSettingsPath = (workspaceRoot: string): string => join(workspaceRoot, '.casebook', 'backup.json');

const DEFAULTS: BackupSettings = { reminderDays: BACKUP_REMINDER_DEFAULT_DAYS };

/** The workspace's backup settings; a missing or unreadable file means the defaults (it holds no case data). */
export async function readBackupSettings(workspaceRoot: string): Promise<BackupSettings> {
  try {
    const parsed = backupSettingsSchema.safeParse(JSON.parse(await readFile(backupSettingsPath(workspaceRoot), 'utf8')));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export async function updateBackupSettings(workspaceRoot: string, patch: Partial<BackupSettings>): Promise<BackupSettings> {
  const next = backupSettingsSchema.parse({ ...(await readBackupSettings(workspaceRoot)), ...patch });
  await writeFileAtomic(backupSettingsPath(workspaceRoot), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind: only a workspace with cases has something to lose; the reminder is due once
 * the last backup is more than `reminderDays` whole days old, or when there never was one.
 */
export function backupStatus(settings: BackupSettings, caseCount: number, now: Date): BackupStatus {
  const { reminderDays, lastBackup } = settings;
  const daysSince = lastBackup ? Math.max(0, Math.floor((now.getTime() - Date.parse(lastBackup.at)) / DAY_MS)) : undefined;
  const due = reminderDays !== null && caseCount > 0 && (daysSince === undefined || Number.isNaN(daysSince) || daysSince > reminderDays);
  return { reminderDays, ...(lastBackup ? { lastBackup } : {}), ...(daysSince === undefined || Number.isNaN(daysSince) ? {} : { daysSince }), due };
}
