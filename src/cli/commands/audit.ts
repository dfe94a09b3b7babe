import { Command } from 'commander';
import { cliMessages, integrityMessages as m } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** Asks on the terminal; anything but y/yes declines. */
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
 * `casebook audit repair <case> [--yes]`: shows what a repair of the case's audit bookkeeping would
 * do, asks (or takes `--yes`), carries it out — every step recorded in the audit log — and verifies
 * again. Exit 0 when the case is intact afterwards, 1 when problems remain, 2 when not confirmed.
 */
export function auditCommand(): Command {
  const repair = new Command('repair')
    .description(m.cliRepair)
    .argument('<case>', cliMessages.caseRef)
    .option('--yes', m.cliRepairYes)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { yes?: boolean; json?: boolean }, cmd: Command) => {
      await withWorkspace(workspaceFlag(cmd), async (api) => {
        const plan = await api.call('audit:plan-repair', { caseId });
        if (!options.json) {
          console.log(plan.steps.length === 0 ? m.nothingToRepair : [m.repairHeading(plan.steps.length), ...plan.steps.map((step) => `  ${m.repairStep(step)}`)].join('\n'));
          if (plan.remaining.length > 0) console.log([m.repairRemainingHeading(plan.remaining.length), ...plan.remaining.map((p) => `  ${m.problem(p)}`)].join('\n'));
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
    });
  return new Command('audit').description(m.cliAudit).addCommand(repair);
}
