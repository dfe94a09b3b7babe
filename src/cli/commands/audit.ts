import { Command } from 'commander';
import { cliMessages, integrityMessages as m } from '../../shared/messages';
import type { RepairOptions } from '../actions/audit';
import { workspaceFlag } from './global-options';

/** `casebook audit repair <case> [--yes] [--json]`: see `repairAudit`. */
export function auditCommand(): Command {
  const repair = new Command('repair')
    .description(m.cliRepair)
    .argument('<case>', cliMessages.caseRef)
    .option('--yes', m.cliRepairYes)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: RepairOptions, cmd: Command) => (await import('../actions/audit')).repairAudit(workspaceFlag(cmd), caseId, options));
  return new Command('audit').description(m.cliAudit).addCommand(repair);
}
