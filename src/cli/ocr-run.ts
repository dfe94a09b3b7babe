import type { EvidenceView } from '../shared/domain/evidence';
import { evidenceCategoryLabels, evidenceMessages, ocrMessages as m } from '../shared/messages';
import { CliError, ExitCode } from './exit-codes';
import type { WorkspaceApi } from './workspace-api';

/** An item as `evidence ocr --json` reports it after reading: its labels as they are now, and what was read. */
export const ocrResultJson = (item: EvidenceView) => ({
  id: item.id,
  exhibitNumber: item.exhibitNumber,
  title: item.title,
  category: item.category,
  capturedAt: item.capturedAt,
  capturedAtSource: item.capturedAtSource,
  screenshot: item.screenshot,
  elements: item.elements,
  ocr: item.ocr,
});

/** Finds items by id, 证据N or N; a reference that names nothing is bad input (exit 2). */
export function resolveItems(items: readonly EvidenceView[], refs: readonly string[]): string[] {
  return refs.map((ref) => {
    const trimmed = ref.trim();
    const number = /^(?:证据)?(\d+)$/.exec(trimmed)?.[1];
    const found = items.find((item) => item.id === trimmed.toUpperCase() || (number !== undefined && item.exhibitNumber === Number(number)));
    if (!found) throw new CliError(m.unknownItem(ref), ExitCode.badInput);
    return found.id;
  });
}

/**
 * Waits for the readings of `itemIds` (already queued), telling stderr each one's progress when it
 * is a terminal (never in pipes or logs). Failures are always reported, never thrown: the import or
 * the other readings stand.
 */
export async function awaitReadings(api: WorkspaceApi, caseId: string, itemIds: readonly string[], stream: NodeJS.WriteStream = process.stderr): Promise<void> {
  if (itemIds.length === 0) return;
  const titles = new Map<string, string>();
  if (stream.isTTY) {
    for (const item of (await api.call('evidence:list', { caseId })).items) {
      titles.set(item.id, item.exhibitNumber ? `${evidenceMessages.exhibit(item.exhibitNumber)} ${item.title}` : item.title);
    }
  }
  let done = 0;
  await api.direct(async (session) => {
    const stop = session.ocr.onProgress((progress) => {
      if (!itemIds.includes(progress.itemId)) return;
      const title = titles.get(progress.itemId) ?? progress.itemId;
      if (progress.status === 'running' && stream.isTTY) stream.write(`${m.cliProgress(done + 1, itemIds.length, title)}\n`);
      if (progress.status === 'done' || progress.status === 'failed') done++;
      if (progress.status === 'failed') stream.write(`${m.cliFailed(title, progress.error ?? '')}\n`);
    });
    try {
      await session.ocr.whenIdle();
    } finally {
      stop();
    }
  });
}

/** One line per item read: exhibit, category and title as they now are, and any contradiction with the case. */
export function formatReadings(items: readonly EvidenceView[]): string {
  if (items.length === 0) return m.cliNothing;
  const lines = items.map((item) => {
    const exhibit = item.exhibitNumber ? evidenceMessages.exhibit(item.exhibitNumber) : item.id;
    const facts = (item.ocr?.facts ?? []).map((f) => `${m.factKinds[f.kind]} ${f.value}`);
    const head = `${exhibit}  ${evidenceCategoryLabels[item.category]}  ${item.title}  ${m.status[item.ocr?.status ?? 'failed']}`;
    const warnings = (item.ocr?.mismatches ?? []).map((mismatch) => `  ! ${m.mismatch(mismatch)}`);
    return [head, ...(facts.length > 0 ? [`  ${facts.join('；')}`] : []), ...warnings].join('\n');
  });
  return [...lines, m.cliDone(items.filter((item) => item.ocr?.status === 'done').length)].join('\n');
}
