import { randomBytes } from 'node:crypto';
import { lstat, mkdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import type { BackupOutcome, BackupSettings, BackupStatus } from '../../shared/domain/backup';
import { transferMessages } from '../../shared/messages/archives';
import { backupMessages as m } from '../../shared/messages/backup';
import { nowChinaIso } from '../../shared/validation/date-time';
import type { CaseStore } from '../cases/case-store';
import { fsyncDirectory, renameWithRetry } from '../fs/atomic-write';
import type { CaseIndex } from '../index/case-index';
import type { IndexDb } from '../index/index-db';
import type { TransferProgress } from '../transfer/write-case-archive';
import { backupStatus, readBackupSettings, updateBackupSettings } from './backup-settings';

/** `Casebook备份-20241130-2230.zip` (China time): sorts by date, and says what it is in a file manager. */
export function backupArchiveName(nowIso: string = nowChinaIso()): string {
  const [date = '', time = ''] = nowIso.split('T');
  return `Casebook备份-${date.replaceAll('-', '')}-${time.slice(0, 5).replace(':', '')}.zip`;
}

const exists = (path: string) => lstat(path).then(() => true, () => false);

/**
 * Workspace backups (a zip of every case folder, the index and the settings) and the reminder the
 * dashboard shows when the last one is old. Restoring works on a workspace that is not open yet:
 * see `restoreBackup`.
 */
export class BackupService {
  constructor(
    private readonly root: string,
    private readonly store: CaseStore,
    private readonly db: IndexDb,
    private readonly index: CaseIndex,
  ) {}

  /**
   * Writes the backup to `out` — a file that must not exist yet, or a folder to write
   * {@link backupArchiveName} into — under a temp name renamed at the end, then records it as the
   * last backup. The zip code is loaded only when a backup runs.
   */
  async backup(out: string, options: { signal?: AbortSignal; onProgress?: (progress: TransferProgress) => void } = {}): Promise<BackupOutcome> {
    const { writeBackup } = await import('./write-backup');
    const { ChangedFileError } = await import('../dossier/archive/write-zip');
    const given = resolve(out);
    const target = (await stat(given).catch(() => undefined))?.isDirectory() ? join(given, backupArchiveName()) : given;
    if (target === this.root || target.startsWith(`${this.root}/`) || target.startsWith(`${this.root}\\`)) throw new ApiFailure('invalid', m.insideWorkspace(target));
    if (await exists(target)) throw new ApiFailure('invalid', transferMessages.outExists(target));
    const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    try {
      const written = await writeBackup({ root: this.root, store: this.store, db: this.db }, temp, options);
      if (await exists(target)) throw new ApiFailure('invalid', transferMessages.outExists(target));
      await renameWithRetry(temp, target);
      await fsyncDirectory(dirname(target));
      const cases = written.manifest.cases.length;
      await updateBackupSettings(this.root, { lastBackup: { at: written.manifest.createdAt, archive: target, size: written.size, sha256: written.sha256, cases } });
      return { archive: target, size: written.size, sha256: written.sha256, cases, files: written.files, index: 'ok' };
    } catch (error) {
      await unlink(temp).catch(() => {});
      if (error instanceof ChangedFileError) throw new ApiFailure('io', m.changedDuringBackup(error.entry));
      throw error;
    }
  }

  /**
   * Where the app writes backups: a folder beside the workspace (`Casebook-备份` for `Casebook`), so
   * a backup is never inside what it backs up, and is found next to it.
   */
  get defaultFolder(): string {
    return join(dirname(this.root), `${basename(this.root)}-备份`);
  }

  /** 备份工作区 in the app: into {@link defaultFolder}. */
  async backupToDefault(): Promise<BackupOutcome> {
    await mkdir(this.defaultFolder, { recursive: true });
    return this.backup(this.defaultFolder);
  }

  async status(now: Date = new Date()): Promise<BackupStatus> {
    return { ...backupStatus(await readBackupSettings(this.root), this.index.counts().caseCount, now), folder: this.defaultFolder };
  }

  /** `null` turns the reminder off. */
  async setReminder(reminderDays: BackupSettings['reminderDays']): Promise<BackupStatus> {
    await updateBackupSettings(this.root, { reminderDays });
    return this.status();
  }
}
