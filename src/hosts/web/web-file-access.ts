import { homedir } from 'node:os';
import { fileAccessMessages as m } from '../../shared/messages/file-access';
import { refuseAll, type FileAccess } from '../file-access';
import { webWorkspaceFolder } from './workspace-policy';

export interface WebFileAccessOptions {
  /** `casebook web --allow-path-import`: paths are accepted, for scripts driving the host on their own machine. */
  allowPathImport?: boolean;
  homeDir?: string;
}

/**
 * What a page served by the web host may name on disk: no files at all (the browser uploads their
 * bytes), unless the host was started for the CLI's own use; workspace folders only inside the home
 * folder.
 */
export function webFileAccess({ allowPathImport = false, homeDir = homedir() }: WebFileAccessOptions = {}): FileAccess {
  return {
    importSource: allowPathImport ? (path) => path : refuseAll(m.pathImportOff),
    workspaceFolder: (path) => webWorkspaceFolder(path, homeDir),
    referTo: (path) => path,
  };
}
