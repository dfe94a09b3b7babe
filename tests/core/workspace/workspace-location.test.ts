import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsDir, resolveWorkspaceDir } from '../../../src/core/workspace/workspace-location';
import { userConfigDir } from '../../../src/core/workspace/user-config-dir';
import { readUserSettings, updateUserSettings } from '../../../src/core/workspace/user-settings';
import { tempDir } from '../temp-dir';

const linuxHome = () => {
  const home = tempDir('casebook-home-');
  return { home, env: { HOME: home, CASEBOOK_CONFIG_DIR: join(home, 'config') } as NodeJS.ProcessEnv };
};

describe('resolveWorkspaceDir', () => {
  it('prefers the flag, then $CASEBOOK_WORKSPACE, then the saved setting, then Documents/Casebook', async () => {
    const { home, env } = linuxHome();
    const base = { env, platform: 'linux' as const, homeDir: home, cwd: '/work' };
    await updateUserSettings({ workspaceDir: '/saved/案件' }, { env });

    expect(resolveWorkspaceDir({ ...base, flag: 'ws', env: { ...env, CASEBOOK_WORKSPACE: '/from-env' } })).toBe('/work/ws');
    expect(resolveWorkspaceDir({ ...base, env: { ...env, CASEBOOK_WORKSPACE: '/from-env' } })).toBe('/from-env');
    expect(resolveWorkspaceDir(base)).toBe('/saved/案件');
    expect(resolveWorkspaceDir({ ...base, env: { ...env, CASEBOOK_CONFIG_DIR: join(home, 'empty') } })).toBe(
      join(home, 'Documents', 'Casebook'),
    );
  });

  it('honours XDG_DOCUMENTS_DIR from user-dirs.dirs (Chinese desktops use ~/文档)', () => {
    const { home, env } = linuxHome();
    mkdirSync(join(home, '.config'));
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), '# generated\nXDG_DESKTOP_DIR="$HOME/桌面"\nXDG_DOCUMENTS_DIR="$HOME/文档"\n');
    expect(resolveWorkspaceDir({ env, platform: 'linux', homeDir: home })).toBe(join(home, '文档', 'Casebook'));
  });

  it('falls back to an existing ~/文档 when there is no user-dirs.dirs and no ~/Documents', () => {
    const { home, env } = linuxHome();
    mkdirSync(join(home, '文档'));
    expect(documentsDir({ env, platform: 'linux', homeDir: home })).toBe(join(home, '文档'));
  });

  it('uses the platform Documents folder on Windows and macOS', () => {
    expect(documentsDir({ env: { USERPROFILE: 'C:\\Users\\李明' }, platform: 'win32', homeDir: '/ignored' })).toBe(
      join('C:\\Users\\李明', 'Documents'),
    );
    expect(documentsDir({ env: {}, platform: 'darwin', homeDir: '/Users/li' })).toBe('/Users/li/Documents');
  });
});

describe('user settings', () => {
  it('lives in the platform config folder unless CASEBOOK_CONFIG_DIR says otherwise', () => {
    expect(userConfigDir({ env: { CASEBOOK_CONFIG_DIR: '/tmp/cfg' } })).toBe('/tmp/cfg');
    expect(userConfigDir({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', homeDir: '/h' })).toBe('/x/casebook');
    expect(userConfigDir({ env: {}, platform: 'linux', homeDir: '/h' })).toBe('/h/.config/casebook');
    expect(userConfigDir({ env: {}, platform: 'darwin', homeDir: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/Casebook',
    );
    expect(userConfigDir({ env: { APPDATA: 'C:\\AppData' }, platform: 'win32', homeDir: 'C:\\h' })).toBe(
      join('C:\\AppData', 'Casebook'),
    );
  });

  it('is written atomically, keeps unknown keys, and reads as defaults when broken', async () => {
    const dir = tempDir();
    const env = { CASEBOOK_CONFIG_DIR: join(dir, 'nested', 'config') };
    await updateUserSettings({ workspaceDir: '/a' }, { env });
    const path = join(env.CASEBOOK_CONFIG_DIR, 'settings.json');
    writeFileSync(path, JSON.stringify({ workspaceDir: '/a', theme: 'dark' }));
    await updateUserSettings({ workspaceDir: '/b' }, { env });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ workspaceDir: '/b', theme: 'dark' });
    expect(readdirSync(env.CASEBOOK_CONFIG_DIR)).toEqual(['settings.json']);

    writeFileSync(path, '{ broken');
    expect(readUserSettings({ env })).toEqual({});
  });
});
