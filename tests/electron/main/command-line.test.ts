import { describe, expect, it } from 'vitest';
import { readWorkspaceFlag } from '../../../electron/main/command-line';

describe('readWorkspaceFlag', () => {
  it('finds --workspace among Electron and Chromium arguments', () => {
    expect(readWorkspaceFlag(['/usr/bin/electron', '.', '--no-sandbox', '--workspace', '/data/维权'])).toBe('/data/维权');
    expect(readWorkspaceFlag(['electron', '.', '--workspace=/data/ws'])).toBe('/data/ws');
  });
  it('is undefined when absent', () => {
    expect(readWorkspaceFlag(['electron', '.'])).toBeUndefined();
  });
});
