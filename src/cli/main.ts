import { Command, CommanderError } from 'commander';
import { resolveWorkspaceDir } from '../core/workspace/workspace-location';
import { ApiFailure } from '../shared/api/dispatch';
import { cliMessages } from '../shared/messages';
import { auditCommand } from './commands/audit';
import { caseCommand } from './commands/case';
import { evidenceCommand } from './commands/evidence';
import { eventCommand } from './commands/event';
import { letterCommand } from './commands/letter';
import { reindexCommand } from './commands/reindex';
import { timelineCommand } from './commands/timeline';
import { verifyCommand } from './commands/verify';
import { webCommand } from './commands/web';
import { workdaysCommand } from './commands/workdays';
import { CliError, ExitCode } from './exit-codes';
import { exitCodeForFailure } from './failure-exit';

function buildProgram(): Command {
  const program = new Command('casebook')
    .description(cliMessages.description)
    .option('--workspace <DIR>', cliMessages.workspaceOption)
    // Usage errors must reach our exit-code mapping instead of commander's process.exit(1).
    .exitOverride()
    .showHelpAfterError()
    .addCommand(caseCommand())
    .addCommand(evidenceCommand())
    .addCommand(verifyCommand())
    .addCommand(auditCommand())
    .addCommand(eventCommand())
    .addCommand(timelineCommand())
    .addCommand(workdaysCommand())
    .addCommand(letterCommand())
    .addCommand(reindexCommand())
    .addCommand(webCommand());
  // exitOverride is not inherited by subcommands that were built separately.
  const override = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Maps every way a command can end to the documented exit codes: 0 ok, 2 bad input, 1 otherwise. */
function exitCodeFor(error: unknown, program: Command): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
  }
  if (error instanceof CliError) {
    console.error(error.message);
    return error.exitCode;
  }
  if (error instanceof ApiFailure) {
    // Raised before any command ran, e.g. while opening the workspace: its message is for the person.
    console.error(error.message);
    const { workspace } = program.opts<{ workspace?: string }>();
    return exitCodeForFailure(error, resolveWorkspaceDir({ flag: workspace }));
  }
  console.error(cliMessages.unexpected);
  console.error(error);
  return ExitCode.failure;
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error, program);
}
