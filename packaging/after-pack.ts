import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';

/**
 * electron-builder's `afterPack` hook: burns the Electron fuses into the packaged executable, after
 * the app is copied in and before it is signed. A fuse is a switch inside the binary itself, so an
 * installed Casebook cannot be turned back into a general-purpose Node runtime or debugger by an
 * environment variable or a command-line flag, and runs only the app code from its own app.asar,
 * whose header hash is checked against the one recorded at packaging (macOS and Windows).
 */

export const FUSES: FuseConfig = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would make the executable run any script with full Node powers.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger onto the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Never an app folder or an app.asar swapped in beside it, only the packaged one.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/** The part of electron-builder's `AfterPackContext` this hook reads. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    /** Set by the Linux packager only. */
    readonly executableName?: string;
  };
}

/** The packaged executable (the `.app` bundle on macOS), named as electron-builder named it. */
export function packedExecutable({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('the Linux packager did not name its executable');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`no fuses for platform ${electronPlatformName}`);
  }
}

export async function afterPack(context: PackedApp): Promise<void> {
  const executable = packedExecutable(context);
  await flipFuses(executable, FUSES);
  console.log(`  • Electron fuses set in ${executable}`);
}

export default afterPack;
