import { printJson, printText } from '../print';
import { formatTimeline } from '../timeline-output';
import { withWorkspace } from '../workspace-api';

export async function showTimeline(workspace: string | undefined, caseId: string, options: { json?: boolean }): Promise<void> {
  const view = await withWorkspace(workspace, (api) => api.call('timeline:get', { caseId }));
  if (options.json) printJson(view);
  else printText(formatTimeline(view));
}
