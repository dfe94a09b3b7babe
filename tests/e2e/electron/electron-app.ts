import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronPackageDir, findElectronBinary } from '../../../src/hosts/launcher/electron-binary';

export const projectRoot = resolve(import.meta.dirname, '../../..');
const packageDir = electronPackageDir();
const binary = packageDir ? findElectronBinary(packageDir) : null;

/**
 * The Electron specs run wherever the Electron binary is installed: the release pipeline installs it
 * on Windows, macOS and Linux. This machine cannot download it, so here they are skipped; the rules
 * they exercise are unit-tested in tests/electron.
 */
export function skipWithoutElectron(): void {
  test.skip(binary === null, 'skipped because the Electron binary is not installed (it is downloaded on first use; the pipeline installs it)');
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  /** This run's temp folder: workspace, settings and Chromium profile live under it. */
  root: string;
  workspace: string;
  /** Starts the app again on the same folders (for what must survive a restart). */
  relaunch(): Promise<RunningApp>;
  close(): Promise<void>;
}

/** The built app (`npm run build`), on its own workspace, settings folder and profile. */
export async function launchApp(root?: string): Promise<RunningApp> {
  const dir = root ?? (await mkdtemp(join(tmpdir(), 'casebook-electron-')));
  const workspace = join(dir, 'workspace');
  const app = await electron.launch({
    executablePath: binary!,
    // Its own profile: the single-instance lock is per profile, so a Casebook the developer has open
    // neither blocks the tests nor sees them.
    args: [projectRoot, '--workspace', workspace, `--user-data-dir=${join(dir, 'profile')}`],
    env: { ...process.env, CASEBOOK_CONFIG_DIR: join(dir, 'config') },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    root: dir,
    workspace,
    relaunch: async () => {
      await app.close();
      return launchApp(dir);
    },
    close: async () => {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks a menu item the way the user does, through the application menu Electron built. */
export async function clickMenu(app: ElectronApplication, top: string, label: string): Promise<void> {
  await app.evaluate(
    ({ Menu, BrowserWindow }, [topLabel, itemLabel]) => {
      const item = Menu.getApplicationMenu()
        ?.items.find((menu) => menu.label === topLabel)
        ?.submenu?.items.find((entry) => entry.label === itemLabel);
      if (!item) throw new Error(`menu item ${topLabel} › ${itemLabel} not found`);
      item.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never);
    },
    [top, label] as const,
  );
}
