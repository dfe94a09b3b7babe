import { ExitCode } from '../exit-codes';
import { awaitReadings, formatReadings, ocrResultJson, resolveItems } from '../ocr-run';
import { printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

/** `evidence ocr`: reads (again) the case's images, or the items named, and prints what each now is. */
export async function readEvidenceText(workspace: string | undefined, caseId: string, refs: string[], options: { json?: boolean }): Promise<void> {
  const read = await withWorkspace(workspace, async (api) => {
    const { items } = await api.call('evidence:list', { caseId });
    const itemIds = refs.length > 0 ? resolveItems(items, refs) : undefined;
    const { queued } = await api.call('ocr:read', { caseId, ...(itemIds ? { itemIds } : {}) });
    await awaitReadings(api, caseId, queued);
    return (await api.call('evidence:list', { caseId })).items.filter((item) => queued.includes(item.id));
  });
  if (options.json) printJson({ items: read.map(ocrResultJson) });
  else printText(formatReadings(read));
  if (read.some((item) => item.ocr?.status === 'failed')) process.exitCode = ExitCode.failure;
}
