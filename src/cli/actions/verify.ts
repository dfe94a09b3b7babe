import { stat } from 'node:fs/promises';
import { ApiFailure } from '../../shared/api/result';
import { CliError, ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

/**
 * Exit 0 when the case is intact, 1 when anything is wrong. With `--json` stdout is always one JSON
 * document — the report, or `{ok: false, error}` when the check could not even run (an unknown case,
 * a workspace that cannot be opened) — and the exit code is as usual.
 */
export async function verifyCase(workspace: string | undefined, caseId: string, options: { json?: boolean }): Promise<void> {
  let report;
  try {
    report = await withWorkspace(workspace, (api) => api.call('evidence:verify', { caseId }));
  } catch (error) {
    if (options.json) printJson({ ok: false, error: jsonError(error) });
    throw error;
  }
  if (options.json) printJson(report);
  else printText(formatVerifyReport(report));
  if (!report.ok) process.exitCode = ExitCode.failure;
}

const jsonError = (error: unknown) => {
  if (error instanceof CliError) return { code: error.code ?? (error.exitCode === ExitCode.badInput ? 'invalid' : 'internal'), message: error.message };
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  return { code: 'internal', message: String(error) };
};

/** The argument names an archive when it is an existing `.zip` file; anything else is a case. */
async function isZipFile(target: string): Promise<boolean> {
  if (!/\.zip$/i.test(target)) return false;
  return (await stat(target).catch(() => undefined))?.isFile() ?? false;
}

/** `verify <case | archive.zip>`: a case of the workspace, or an archive Casebook exported. */
export async function verify(workspace: string | undefined, target: string, options: { json?: boolean }): Promise<void> {
  if (await isZipFile(target)) return (await import('./verify-archive')).verifyArchiveFile(target, options);
  return verifyCase(workspace, target, options);
}
