import { ApiFailure } from '../../shared/api/result';
import { CliError, ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson } from '../output';
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
  else console.log(formatVerifyReport(report));
  if (!report.ok) process.exitCode = ExitCode.failure;
}

const jsonError = (error: unknown) => {
  if (error instanceof CliError) return { code: error.code ?? (error.exitCode === ExitCode.badInput ? 'invalid' : 'internal'), message: error.message };
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  return { code: 'internal', message: String(error) };
};
