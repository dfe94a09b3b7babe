/**
 * Prints a PDF of ours (a saved letter, a dossier) from its URL. Under Electron the main process loads
 * it in a hidden window and opens the system print dialog; in a browser it opens in the browser's own
 * PDF viewer, in a new tab, and that tab's print dialog is called once it has loaded.
 */
export function printPdf(url: string): void {
  const bridge = window.casebook;
  if (bridge) {
    void bridge.printPdf(new URL(url, window.location.href).toString());
    return;
  }
  const viewer = window.open(url, '_blank');
  // A blocked pop-up gives nothing to print; the person can still use 打开 PDF.
  viewer?.addEventListener('load', () => viewer.print(), { once: true });
}
