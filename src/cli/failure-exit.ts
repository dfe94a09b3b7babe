import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveWorkspaceDir } from '../core/workspace/workspace-location';
import type { ApiFailure } from '../shared/api/result';
import { ExitCode, exitCodeForApiError } from './exit-codes';

/**
 * The exit code for an {@link ApiFailure} that escaped a command instead of being answered as a result
 * (opening the workspace, starting the web host). An I/O failure is the caller's to fix when the
 * workspace path is a file, not a folder (`--workspace` pointing at a document): that is bad input.
 */
export function exitCodeForFailure(failure: ApiFailure, workspaceFlag: string | undefined): ExitCode {
  if (failure.code === 'io' && blockedByFile(resolveWorkspaceDir({ flag: workspaceFlag }))) return ExitCode.badInput;
  return exitCodeForApiError(failure.code);
}

/** True when the folder, or the nearest part of its path that exists, is not a folder (ENOTDIR on open). */
function blockedByFile(dir: string): boolean {
  for (let path = dir; ; path = dirname(path)) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats) return !stats.isDirectory();
    if (dirname(path) === path) return false;
  }
}
