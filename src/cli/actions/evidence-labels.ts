import type { ApiInput } from '../../shared/api/contract';
import { cliCommandMessages as m, cliMessages, evidenceLabelFieldLabels, evidenceMessages } from '../../shared/messages';
import { evidenceItemByRef, orderWithFirst } from '../evidence-item-ref';
import { formatEvidenceListing } from '../evidence-output';
import { printJson } from '../output';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';

/** `evidence label`: the app's label object from a file, on the item named by exhibit number or id. */
export async function labelEvidence(workspace: string | undefined, caseId: string, ref: string, options: { file: string; json?: boolean }): Promise<void> {
  const labels = await readJsonFile<ApiInput<'evidence:update'>['labels']>(options.file);
  const updated = await withWorkspace(workspace, async (api) => {
    const { items } = await api.call('evidence:list', { caseId });
    const item = evidenceItemByRef(items, ref);
    return api.call('evidence:update', { caseId, itemId: item.id, labels }, { heading: (count) => cliMessages.fileErrors(options.file, count), labels: evidenceLabelFieldLabels });
  });
  if (options.json) printJson(updated);
  else console.log(m.labelled(updated.exhibitNumber === undefined ? cliMessages.evidenceRemoved : evidenceMessages.exhibit(updated.exhibitNumber), updated.title));
}

/** `evidence order`: the items named first, in that order, the others after them as they were. */
export async function orderEvidence(workspace: string | undefined, caseId: string, refs: string[], options: { json?: boolean }): Promise<void> {
  const listing = await withWorkspace(workspace, async (api) => {
    const { items } = await api.call('evidence:list', { caseId });
    await api.call('evidence:reorder', { caseId, order: orderWithFirst(items, refs) });
    return api.call('evidence:list', { caseId });
  });
  if (options.json) printJson(listing);
  else console.log(formatEvidenceListing(listing));
}
