import { integrityMessages as m } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';

export interface RepairOptions {
  yes?: boolean;
  json?: boolean;
}

/** Asks on the terminal; anything but y/yes/是 declines. */
async function confirmed(): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|是)$/i.test((await terminal.question(m.cliConfirmRepair)).trim());
  } finally {
    terminal.close();
  }
}

/**
 * Shows what a repair of the case's audit bookkeeping would do, asks (or takes `--yes`), carries it
 * out — every step recorded in the audit log — and verifies again. Exit 0 when the case is intact
 * afterwards, 1 when problems remain, 2 when not confirmed.
 */
export async function repairAudit(workspace: string | undefined, caseId: string, options: RepairOptions): Promise<void> {
  await withWorkspace(workspace, async (api) => {
    const plan = await api.call('audit:plan-repair', { caseId });
    if (!options.json) {
      console.log(plan.steps.length === 0 ? m.nothingToRepair : [m.repairHeading(plan.steps.length), ...plan.steps.map((step) => `  ${m.repairStep(step)}`)].join('\n'));
      if (plan.remaining.length > 0) {
        console.log([m.repairRemainingHeading(plan.remaining.length), ...plan.remaining.map((problem) => `  ${m.problem(problem, { fullHashes: true })}`)].join('\n'));
      }
    }
    if (plan.steps.length === 0) {
      if (options.json) printJson({ plan, repaired: false });
      if (plan.remaining.length > 0) process.exitCode = ExitCode.failure;
      return;
    }
    const go = options.yes || (process.stdin.isTTY && !options.json && (await confirmed()));
    if (!go) {
      if (options.json) printJson({ plan, repaired: false });
      throw new CliError(m.cliRepairNeedsYes, ExitCode.badInput);
    }
    const report = await api.call('audit:repair', { caseId, planId: plan.id });
    if (options.json) printJson({ plan, repaired: true, report });
    else console.log(formatVerifyReport(report));
    if (!report.ok) process.exitCode = ExitCode.failure;
  });
}
