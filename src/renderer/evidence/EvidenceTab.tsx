import { Grid, Stack } from '@mantine/core';
import { Loading, LoadFailed } from '../common/LoadStates';
import { notifications } from '@mantine/notifications';
import { Suspense, useEffect, useState } from 'react';
import type { EvidenceView } from '../../shared/domain/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { ChecklistPanel } from './ChecklistPanel';
import { EvidenceEmpty } from './EvidenceEmpty';
import { EvidenceList } from './EvidenceList';
import { ImportDropzone } from './ImportDropzone';
import { ImportOutcomeAlert } from './ImportOutcomeAlert';
import { ImportProgressPanel } from './ImportProgressPanel';
import { DuplicateQuestion, FolderQuestion } from './ImportQuestions';
import { LabelEditor } from './LabelEditor';
import { TimestampPanel } from './TimestampPanel';
import { OcrDrawer } from './OcrDrawer';
import { OcrSetting } from './OcrSetting';
import { TrashedEvidence } from './TrashedEvidence';
import { useEvidenceImport } from './useEvidenceImport';
import { VerifyButton } from './VerifyButton';
import { lazyView } from '../common/lazy-view';

const t = uiMessages.evidence;
// The viewer (image zoom, players, PDF frame) is fetched when an item is first opened.
const EvidenceViewer = lazyView(() => import('./EvidenceViewer'), 'EvidenceViewer');
/** While screenshots are being read, the list asks the host again this often for their progress. */
const OCR_POLL_MS = 1500;

/** The 证据 tab: import, order, label and check the case's evidence. */
export function EvidenceTab({ caseId }: { caseId: string }) {
  const listing = useApiQuery('evidence:list', { caseId });
  const imports = useEvidenceImport(caseId, listing.reload);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<EvidenceView>();
  const [viewing, setViewing] = useState<EvidenceView>();
  const [reading, setReading] = useState<EvidenceView>();
  const pendingOcr = listing.data?.items.some((item) => item.ocr?.status === 'queued' || item.ocr?.status === 'running') ?? false;
  const { reload } = listing;
  // Reading happens in the background on the host; the list polls until every image is read.
  useEffect(() => {
    if (!pendingOcr) return;
    const timer = setTimeout(reload, OCR_POLL_MS);
    return () => clearTimeout(timer);
  }, [pendingOcr, listing.data, reload]);

  if (listing.error && !listing.data) return <LoadFailed title={t.loadFailed} message={listing.error} onRetry={listing.reload} />;
  if (!listing.data) return <Loading height={160} />;

  const { items, checklist } = listing.data;
  const active = items.filter((item) => !item.removedAt);
  const trashed = items.filter((item) => item.removedAt);

  /** Runs a change, then reloads so exhibit numbers and the checklist come from the host. */
  const change = async (action: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await action();
      if (done) notifications.show({ color: 'green', message: done });
    } catch (failure) {
      notifications.show({ color: 'red', title: t.actionFailed, message: errorMessageOf(failure) });
    } finally {
      setBusy(false);
      listing.reload();
    }
  };

  const reorder = (ids: string[]) => {
    const byId = new Map(active.map((item) => [item.id, item]));
    // Show the new order at once; the host's answer follows with the reload.
    const moved = ids.map((id, index) => ({ ...byId.get(id)!, exhibitNumber: index + 1 }));
    listing.setData({ ...listing.data!, items: [...moved, ...trashed] });
    void change(() => call('evidence:reorder', { caseId, order: [...ids, ...trashed.map((item) => item.id)] }));
  };
  const restore = (item: EvidenceView) => change(() => call('evidence:restore', { caseId, itemId: item.id }), t.restored);
  const read = (item: EvidenceView) => change(() => call('ocr:read', { caseId, itemIds: [item.id] }));
  const importing = imports.progress !== undefined;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <ImportDropzone busy={importing} onFiles={imports.start} />
          {imports.progress && <ImportProgressPanel progress={imports.progress} onCancel={imports.cancel} />}
          {imports.outcome && <ImportOutcomeAlert outcome={imports.outcome} onClose={imports.dismissOutcome} />}
          {active.length === 0 ? (
            <EvidenceEmpty />
          ) : (
            <EvidenceList
              caseId={caseId}
              items={active}
              busy={busy}
              onReorder={reorder}
              onEdit={setEditing}
              onView={setViewing}
              onReading={setReading}
              onRead={read}
            />
          )}
          <TrashedEvidence items={trashed} busy={busy} onRestore={restore} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <ChecklistPanel gaps={checklist} />
          <VerifyButton caseId={caseId} />
          <TimestampPanel caseId={caseId} evidenceCount={active.length + trashed.length} />
          <OcrSetting />
        </Stack>
      </Grid.Col>

      {editing && (
        <LabelEditor
          key={editing.id}
          caseId={caseId}
          item={editing}
          onClose={() => setEditing(undefined)}
          onChanged={(message) => {
            notifications.show({ color: 'green', message });
            listing.reload();
          }}
        />
      )}
      {reading && <OcrDrawer key={reading.id} caseId={caseId} item={reading} onClose={() => setReading(undefined)} onChanged={listing.reload} />}
      {viewing && (
        <Suspense fallback={<Loading height={160} />}>
          <EvidenceViewer caseId={caseId} item={viewing} onClose={() => setViewing(undefined)} />
        </Suspense>
      )}
      <DuplicateQuestion rejected={imports.duplicates} busy={importing} onConfirm={imports.importDuplicates} onDismiss={imports.dismissDuplicates} />
      <FolderQuestion names={imports.folders} busy={importing} onConfirm={imports.importFolders} onDismiss={imports.dismissFolders} />
    </Grid>
  );
}
