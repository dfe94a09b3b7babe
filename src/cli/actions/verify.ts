import { ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';

export async function verifyCase(workspace: string | undefined, caseId: string, options: { json?: boolean }): Promise<void> {
  const report = await withWorkspace(workspace, (api) => api.call('evidence:verify', { caseId }));
  if (options.json) printJson(report);
  else console.log(formatVerifyReport(report));
  if (!report.ok) process.exitCode = ExitCode.failure;
}
