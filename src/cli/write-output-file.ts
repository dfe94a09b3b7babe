import { writeFileAtomic } from '../core/fs/atomic-write';
import { cliMessages } from '../shared/messages';
import { CliError, ExitCode } from './exit-codes';

/** A path the caller can correct: a folder that is not there, or a folder where a file should be. */
const CALLER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * Writes a file the person asked for through a temp file and a rename, so a failure (a full disk, an
 * interrupted run) leaves either the old file or none, never a truncated one.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const errno = error as NodeJS.ErrnoException;
    throw new CliError(cliMessages.cannotWriteFile(path, errno.message), CALLER_FIXABLE.has(errno.code ?? '') ? ExitCode.badInput : ExitCode.failure);
  }
}
