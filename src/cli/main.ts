import { Command, CommanderError } from 'commander';
import { ApiFailure } from '../shared/api/result';
import { cliMessages } from '../shared/messages';
import { auditCommand } from './commands/audit';
import { backupCommand, restoreCommand } from './commands/backup';
import { caseCommand } from './commands/case';
import { claimsCommand } from './commands/claims';
import { dossierCommand } from './commands/dossier';
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
import { inspectError, printError } from './print';

/**
 * Every command, in the order `--help` lists them. A definition (`commands/<name>.ts`) holds only the
 * arguments, options and their messages; its action `import()`s the work (`actions/<name>.ts`), so
 * `--help` and the light commands never load the workspace, PDF, image, mail or OCR code.
 */
const COMMANDS: readonly (() => Command)[] = [
  caseCommand,
  evidenceCommand,
  verifyCommand,
  auditCommand,
  timestampCommand,
  eventCommand,
  timelineCommand,
  workdaysCommand,
  claimsCommand,
  letterCommand,
  dossierCommand,
  backupCommand,
  restoreCommand,
  reindexCommand,
  webCommand,
];

function buildProgram(): Command {
  const program = new Command('casebook')
    .description(cliMessages.description)
    .option('--workspace <DIR>', cliMessages.workspaceOption)
    // Usage errors must reach our exit-code mapping instead of commander's process.exit(1).
    .exitOverride()
    .showHelpAfterError();
  for (const command of COMMANDS) program.addCommand(command());
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
async function exitCodeFor(error: unknown, program: Command): Promise<ExitCode> {
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
    return (await import('./failure-exit')).exitCodeForFailure(error, workspace);
  }
  printError(cliMessages.unexpected);
  printError(inspectError(error));
  return ExitCode.failure;
}

// The database binary is built for Node 22: an older Node crashes at the first database open without a
// word (Node 20 ends with a segmentation fault), so say what is needed before anything runs.
if (Number(process.versions.node.split('.')[0]) < 22) {
  printError(cliMessages.nodeTooOld(process.version));
  process.exit(ExitCode.failure);
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = await exitCodeFor(error, program);
}
