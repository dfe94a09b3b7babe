import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { tempDir } from '../temp-dir';

const sessions: WorkspaceSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('preferences', () => {
  it('keeps the colour scheme in the user settings, beside the workspace folder, across sessions', async () => {
    const root = tempDir();
    const environment = { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } };
    const first = await WorkspaceSession.open(join(root, 'a'), environment);
    sessions.push(first);
    expect(first.preferences()).toEqual({ colorScheme: 'auto' });
    await first.switchTo(join(root, 'b'));
    expect(await first.updatePreferences({ colorScheme: 'dark' })).toEqual({ colorScheme: 'dark' });

    const settings = JSON.parse(readFileSync(join(root, 'config', 'settings.json'), 'utf8'));
    expect(settings).toEqual({ workspaceDir: join(root, 'b'), colorScheme: 'dark' });
    const second = await WorkspaceSession.open(join(root, 'b'), environment);
    sessions.push(second);
    expect(second.preferences()).toEqual({ colorScheme: 'dark' });
  });

  it('reads a value it does not know as not chosen, without losing the other settings', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config', 'settings.json'), JSON.stringify({ workspaceDir: '/x', colorScheme: 'sepia', later: 1 }));
    const session = await WorkspaceSession.open(join(root, 'ws'), { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } });
    sessions.push(session);
    expect(session.preferences()).toEqual({ colorScheme: 'auto' });
    await session.updatePreferences({ colorScheme: 'light' });
    expect(JSON.parse(readFileSync(join(root, 'config', 'settings.json'), 'utf8'))).toEqual({ workspaceDir: '/x', colorScheme: 'light', later: 1 });
  });
});
