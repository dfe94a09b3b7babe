import type { Command } from 'commander';

/** The global `--workspace DIR`, seen from any subcommand. */
export const workspaceFlag = (cmd: Command): string | undefined =>
  (cmd.optsWithGlobals() as { workspace?: string }).workspace;
