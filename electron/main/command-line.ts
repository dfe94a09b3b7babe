/**
 * Reads `--workspace DIR` (or `--workspace=DIR`) from Electron's argv, which also holds the
 * executable, the app path and any Chromium switches, so a strict parser would reject it.
 */
export function readWorkspaceFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--workspace') return argv[i + 1];
    if (arg.startsWith('--workspace=')) return arg.slice('--workspace='.length);
  }
  return undefined;
}
