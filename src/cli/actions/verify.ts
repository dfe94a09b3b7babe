import { stat } from 'node:fs/promises';
import { ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

export async function verifyCase(workspace: string | undefined, caseId: string, options: { json?: boolean }): Promise<void> {
  const report = await withWorkspace(workspace, (api) => api.call('evidence:verify', { caseId }));
  if (options.json) printJson(report);
  else printText(formatVerifyReport(report));
  if (!report.ok) process.exitCode = ExitCode.failure;
}

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
