import { inspect } from 'node:util';
import { Command, CommanderError } from 'commander';
import { resolveWorkspaceDir } from '../core/workspace/workspace-location';
import { ApiFailure } from '../shared/api/dispatch';
import { cliMessages } from '../shared/messages';
import { caseCommand } from './commands/case';
import { evidenceCommand } from './commands/evidence';
import { eventCommand } from './commands/event';
import { letterCommand } from './commands/letter';
import { reindexCommand } from './commands/reindex';
import { timelineCommand } from './commands/timeline';
import { timestampCommand } from './commands/timestamp';
import { verifyCommand } from './commands/verify';
import { webCommand } from './commands/web';
import { workdaysCommand } from './commands/workdays';
import { escapeControls } from '../shared/text/escape-controls';
import { CliError, ExitCode } from './exit-codes';
import { printError } from './output';
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
    .addCommand(timestampCommand())
    .addCommand(eventCommand())
    .addCommand(timelineCommand())
    .addCommand(workdaysCommand())
    .addCommand(letterCommand())
    .addCommand(reindexCommand())
    .addCommand(webCommand());
  // exitOverride and the output settings are not inherited by subcommands that were built separately.
  const override = (command: Command) => {
    command.exitOverride();
    // Commander echoes unknown options and arguments: escaped, like everything the CLI prints.
    command.configureOutput({ writeErr: (text) => process.stderr.write(escapeControls(text, { keepLineBreaks: true })) });
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
    printError(error.message);
    return error.exitCode;
  }
  if (error instanceof ApiFailure) {
    // Raised before any command ran, e.g. while opening the workspace: its message is for the person.
    printError(error.message);
    const { workspace } = program.opts<{ workspace?: string }>();
    return exitCodeForFailure(error, resolveWorkspaceDir({ flag: workspace }));
  }
  printError(cliMessages.unexpected);
  printError(inspect(error));
  return ExitCode.failure;
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error, program);
}
