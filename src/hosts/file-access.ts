import { basename } from 'node:path';
import type { ApiHandlers } from '../shared/api/contract';
import { ApiFailure } from '../shared/api/dispatch';

/**
 * What a host lets a page name on this computer. The two channels that take a place on disk —
 * `evidence:import-paths` (files to copy) and `workspace:switch` (a folder to open) — carry
 * references, and the host decides what each stands for: the desktop app accepts only handles its main
 * process issued for files the person dropped or picked, the web host no file paths at all (unless
 * started for the CLI's own use) and workspace folders only inside the home folder. The CLI, whose
 * paths the person typed, needs no such layer.
 */
export interface FileAccess {
  /**
   * The path of a file or folder to import; throws an {@link ApiFailure} (with the Chinese reason)
   * for a reference this host does not accept.
   */
  importSource(ref: string): string;
  /** The workspace folder a reference stands for; throws an {@link ApiFailure} when it is not allowed. */
  workspaceFolder(ref: string): Promise<string>;
  /**
   * The reference under which a page may name a file the core reported on (a file found inside an
   * imported folder, refused as a duplicate, to be imported again once the person confirms).
   */
  referTo(path: string): string;
}

/** The handlers with every place on disk resolved through `access` before the core sees it. */
export function withFileAccess(handlers: ApiHandlers, access: FileAccess): ApiHandlers {
  return {
    ...handlers,
    'evidence:import-paths': async (input) => {
      const refs = new Map<string, string>();
      for (const ref of input.paths) refs.set(access.importSource(ref), ref);
      const report = await handlers['evidence:import-paths']({ ...input, paths: [...refs.keys()] });
      return {
        ...report,
        rejected: report.rejected.map((rejection) => {
          const ref = refs.get(rejection.file);
          return ref !== undefined ? { ...rejection, file: ref } : { ...rejection, file: access.referTo(rejection.file), name: basename(rejection.file) };
        }),
      };
    },
    'workspace:switch': async (input) => handlers['workspace:switch']({ path: await access.workspaceFolder(input.path) }),
    'cases:import-archive': async (input) => handlers['cases:import-archive']({ file: access.importSource(input.file) }),
    'workspace:restore': async (input) =>
      handlers['workspace:restore']({ archive: access.importSource(input.archive), folder: await access.workspaceFolder(input.folder) }),
  };
}

/** Refuses every reference of one kind, with the reason the person reads. */
export const refuseAll = (message: string) => (): never => {
  throw new ApiFailure('unsupported', message);
};
