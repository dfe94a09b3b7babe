import type { CaseImportView } from '../../shared/domain/transfer';
import { call, hasDesktopBridge } from '../api/client';
import { registerFiles } from '../api/desktop-import';
import { uploadArchive } from '../api/upload-archive';

/** Whether a dropped or picked file may be a transfer archive (by name: the browser's zip types vary). */
export const isZipFile = (file: File): boolean => /\.zip$/i.test(file.name);

/**
 * Imports a case transfer archive the person dropped or picked: under Electron the main process reads
 * it through a handle it issued; a browser uploads the bytes to the web host.
 */
export async function importCaseArchive(file: File): Promise<CaseImportView> {
  if (!hasDesktopBridge()) return uploadArchive<CaseImportView>(file, { kind: 'case' });
  const [registered] = await registerFiles([file]);
  return call('cases:import-archive', { file: registered!.handle });
}
