import { Grid, Paper, Stack, Title } from '@mantine/core';
import { Loading, LoadFailed } from '../common/LoadStates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TimelineView } from '../../shared/api/contract';
import type { Advice, NextStep } from '../../shared/domain/advice';
import type { CaseDetail, CaseRecord } from '../../shared/domain/case';
import type { LetterKind } from '../../shared/domain/letters';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { evidenceMessages } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { AdvicePanel } from './AdvicePanel';
import { DeadlinesPanel } from './DeadlinesPanel';
import { EditEntryModal } from './EditEntryModal';
import { blankEntry, type EntryInput } from './entry-form';
import { EntryForm } from './EntryForm';
import { OfferPanel } from './OfferPanel';
import { RemovedEntries } from './RemovedEntries';
import { TimelineList } from './TimelineList';

const t = uiMessages.timeline;

export interface TimelineTabProps {
  record: CaseRecord;
  /** An entry may change the case's status; the page reloads the case. */
  onCaseChanged: () => void;
  onClaimsSaved: (detail: CaseDetail) => void;
  onOpenTab: (tab: 'evidence' | 'documents', kind?: LetterKind) => void;
}

/** The 时间线 tab: every contact in time order, the quick-add form, and what follows from them. */
export function TimelineTab({ record, onCaseChanged, onClaimsSaved, onOpenTab }: TimelineTabProps) {
  const caseId = record.id;
  const timeline = useApiQuery('timeline:get', { caseId });
  const evidence = useApiQuery('evidence:list', { caseId });
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<TimelineEventView>();
  const [dismissed, setDismissed] = useState<Advice[]>([]);

  if (timeline.error && !timeline.data) return <LoadFailed title={t.loadFailed} message={timeline.error} onRetry={timeline.reload} />;
  if (!timeline.data) return <Loading height={160} />;

  const view = timeline.data;
  const active = view.events.filter((event) => !event.removedAt);
  const removed = view.events.filter((event) => event.removedAt);
  const items = (evidence.data?.items ?? []).filter((item) => !item.removedAt && item.exhibitNumber !== undefined);
  const exhibits = new Map(items.map((item) => [item.id, item.exhibitNumber!]));
  const evidenceOptions = items.map((item) => ({ value: item.id, label: `${evidenceMessages.exhibit(item.exhibitNumber!)} ${item.title}` }));

  /** Every timeline call answers with the whole view, so the answer replaces what is shown. */
  const change = async (action: () => Promise<TimelineView>, done?: string) => {
    setBusy(true);
    try {
      timeline.setData(await action());
      if (done) notifications.show({ color: 'green', message: done });
    } catch (failure) {
      notifications.show({ color: 'red', title: t.actionFailed, message: errorMessageOf(failure) });
    } finally {
      setBusy(false);
    }
  };
  // Form saves throw, so the form shows the host's field messages in place.
  const saveEntry = async (action: () => Promise<TimelineView>, input: EntryInput, done: string) => {
    timeline.setData(await action());
    notifications.show({ color: 'green', message: done });
    if (input.status) onCaseChanged();
  };
  const add = (event: EntryInput) => saveEntry(() => call('timeline:add', { caseId, event }), event, t.added);
  const update = (target: TimelineEventView) => async (event: EntryInput) => {
    await saveEntry(() => call('timeline:update', { caseId, eventId: target.id, event }), event, t.saved);
    setEditing(undefined);
  };
  const dismiss = (advice: Advice) =>
    change(async () => {
      const next = await call('advice:dismiss', { caseId, ruleId: advice.ruleId });
      setDismissed((list) => [...list.filter((a) => a.ruleId !== advice.ruleId), advice]);
      return next;
    });
  const undismiss = (advice: Advice) =>
    change(async () => {
      const next = await call('advice:dismiss', { caseId, ruleId: advice.ruleId, undo: true });
      setDismissed((list) => list.filter((a) => a.ruleId !== advice.ruleId));
      return next;
    });
  const choose = (step: NextStep | null) => change(() => call('advice:choose', { caseId, step }));
  const latest = active.at(-1);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <Paper withBorder p="md" component="section" aria-label={t.quickAddTitle}>
            <Title order={3} size="h5" mb="sm">
              {t.quickAddTitle}
            </Title>
            <EntryForm initial={blankEntry(latest)} evidenceOptions={evidenceOptions} submitLabel={t.add} onSubmit={add} afterSave={blankEntry} sellerKnown={record.seller !== undefined} />
          </Paper>
          <TimelineList
            events={active}
            exhibits={exhibits}
            busy={busy}
            onEdit={setEditing}
            onRemove={(event) => void change(() => call('timeline:remove', { caseId, eventId: event.id }), t.removed)}
            onOpenEvidence={() => onOpenTab('evidence')}
          />
          <RemovedEntries events={removed} busy={busy} onRestore={(event) => void change(() => call('timeline:restore', { caseId, eventId: event.id }), t.restored)} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <AdvicePanel
            advice={view.advice}
            dismissed={dismissed}
            chosenStep={view.chosenStep}
            busy={busy}
            onDismiss={(advice) => void dismiss(advice)}
            onRestore={(advice) => void undismiss(advice)}
            onChoose={(step) => void choose(step)}
            onOpenDocuments={(kind) => onOpenTab('documents', kind)}
          />
          <DeadlinesPanel view={view} />
          <OfferPanel
            record={record}
            events={view.events}
            smallClaims={view.smallClaims}
            onClaimsSaved={(detail) => {
              onClaimsSaved(detail);
              // The claims change what can be claimed, and with it the small-claims estimate.
              timeline.reload();
            }}
          />
        </Stack>
      </Grid.Col>
      {editing && <EditEntryModal key={editing.id} event={editing} evidenceOptions={evidenceOptions} sellerKnown={record.seller !== undefined} onSave={update(editing)} onClose={() => setEditing(undefined)} />}
    </Grid>
  );
}
