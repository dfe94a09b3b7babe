import type { CaseListing } from '../../shared/api/contract';
import type { CaseLifecycle } from '../../shared/domain/case';
import { loadCalendar } from '../../core/calendar/load-calendar';
import { openCurrentIndex } from '../../core/index/current-index';
import { chinaToday } from '../../core/timeline/due-clock';
import { listCases as listFromIndex } from '../../core/timeline/overdue-cases';
import { resolveWorkspaceDir } from '../../core/workspace/workspace-location';
import { formatCaseListing } from '../output';
import { printJson, printText } from '../print';

export type CaseView = CaseLifecycle;

/**
 * `case list [--view V] [--json]`. When the index is current (every case folder as it was last read,
 * nothing a crash left to recover), the rows come straight from it; otherwise the workspace is opened
 * in full, which brings the index in line first. Either way the answer is the one `cases:list` gives.
 */
export async function listCases(workspace: string | undefined, options: { view: CaseView; json?: boolean }): Promise<void> {
  const listing = (await listFromCurrentIndex(workspace, options.view)) ?? (await listFromOpenWorkspace(workspace, options.view));
  if (options.json) printJson(listing);
  else printText(formatCaseListing(listing));
}

async function listFromCurrentIndex(workspace: string | undefined, view: CaseView): Promise<CaseListing | undefined> {
  const current = openCurrentIndex(resolveWorkspaceDir({ flag: workspace }));
  if (!current) return undefined;
  try {
    return listFromIndex(current.index, { calendar: await loadCalendar(), today: chinaToday }, { view });
  } finally {
    current.close();
  }
}

async function listFromOpenWorkspace(workspace: string | undefined, view: CaseView): Promise<CaseListing> {
  const { withWorkspace } = await import('../workspace-api');
  return withWorkspace(workspace, (api) => api.call('cases:list', { view }));
}
