import { BrowserWindow, ipcMain } from 'electron';
import { PRINT_PDF_CHANNEL } from '../../src/shared/api/bridge';
import { isPrintablePdf, isTrustedSender } from './url-policy';

/**
 * 打印 for a PDF of ours: loads it in a hidden window (Chromium's PDF viewer needs plugins there) and
 * opens the system print dialog for it; the window goes when the dialog is done. Only our own letter
 * and dossier PDFs, and only when a page of ours asks.
 */
export function registerPdfPrinting(origins: readonly string[]): void {
  ipcMain.handle(PRINT_PDF_CHANNEL, async (event, url: unknown) => {
    if (!isTrustedSender(event.senderFrame, origins) || typeof url !== 'string' || !isPrintablePdf(url, origins)) {
      throw new Error(`Refused to print ${String(url)}`);
    }
    const window = new BrowserWindow({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true } });
    try {
      await window.loadURL(url);
      await new Promise<void>((resolve) => window.webContents.print({}, () => resolve()));
    } finally {
      window.destroy();
    }
  });
}
