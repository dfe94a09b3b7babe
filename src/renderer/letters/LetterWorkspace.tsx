import { Badge, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { LetterRecord } from '../../shared/api/contract';
import type { LetterDocument } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import type { TimelineChannel } from '../../shared/domain/timeline';
import { sentChannelOf } from '../../shared/letters/sent-channel';
import { statedReplyBy } from '../../shared/letters/stated-reply-by';
import { letterDisclaimer } from '../../shared/messages/letters';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';
import { ConflictsModal } from './ConflictsModal';
import { DraftNote } from './DraftNote';
import { LetterWarnings } from './LetterWarnings';
import { FormFields } from './FormFields';
import { LetterActions } from './LetterActions';
import { LetterPaper } from './LetterPaper';
import { MarkSentModal } from './MarkSentModal';
import type { FixTarget } from './missing-fact-target';
import { MissingFacts } from './MissingFacts';
import { SentBadge } from './SentBadge';
import type { Draft, PendingMerge, useLetterDrafts } from './useLetterDrafts';

const t = uiMessages.letters;

export interface LetterWorkspaceProps {
  caseId: string;
  kind: LetterKind;
  draft: Draft;
  /** The saved letter the draft belongs to, as the list knows it (for 已发送). */
  record?: LetterRecord;
  drafts: ReturnType<typeof useLetterDrafts>;
  onLettersChanged: () => void;
  onFix: (target: FixTarget) => void;
}

/** One document on screen: the paper (or the form's fields), its actions and their dialogs. */
export function LetterWorkspace({ caseId, kind, draft, record, drafts, onLettersChanged, onFix }: LetterWorkspaceProps) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingMerge>();
  const [markingSent, setMarkingSent] = useState(false);
  const { document } = draft;
  const change = (next: LetterDocument) => drafts.edit(kind, next);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      notifications.show({ color: 'red', title: t.actionFailed, message: errorMessageOf(failure) });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const saved = await drafts.save(kind, draft);
      onLettersChanged();
      notifications.show({ color: 'green', message: t.saved(saved.version) });
    });
  const regenerate = () =>
    run(async () => {
      const merge = await drafts.regenerate(kind, draft);
      if (merge) setPending(merge);
      else notifications.show({ color: 'green', message: t.regenerated });
    });
  const markSent = async (at: string, channel: TimelineChannel) => {
    await call('letters:mark-sent', { caseId, letterId: draft.letterId!, version: draft.version, at, channel });
    setMarkingSent(false);
    onLettersChanged();
    notifications.show({ color: 'green', message: t.markedSent });
  };
  const saved = draft.letterId !== undefined && draft.version !== undefined ? { letterId: draft.letterId, version: draft.version } : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {saved && record ? t.viewing(record.title, saved.version) : t.newDraft}
          </Text>
          {record?.sent && <SentBadge sent={record.sent} />}
          {draft.dirty && (
            <Badge color="yellow" variant="light" size="sm">
              {t.unsaved}
            </Badge>
          )}
        </Group>
      </Group>
      <LetterActions
        caseId={caseId}
        document={document}
        saved={saved}
        dirty={draft.dirty}
        editable={document.sections.length > 0}
        editing={editing}
        busy={busy}
        onToggleEdit={() => setEditing((on) => !on)}
        onSave={() => void save()}
        onRegenerate={() => void regenerate()}
        onMarkSent={() => setMarkingSent(true)}
      />
      {draft.missing && <MissingFacts missing={draft.missing} onFix={onFix} onRetry={() => void regenerate()} />}
      {editing && (
        <Text size="xs" c="dimmed">
          {t.editing}
        </Text>
      )}
      {draft.warnings.length > 0 && <LetterWarnings warnings={draft.warnings} />}
      {/* Beside the document, never in it: the document goes to the platform, the regulator or the court. */}
      <DraftNote text={letterDisclaimer} />
      {document.fields && <FormFields fields={document.fields} onChange={(fields) => change({ ...document, fields })} />}
      {(document.sections.length > 0 || !document.fields) && <LetterPaper document={document} editing={editing} revision={draft.revision} onChange={change} />}

      {pending && (
        <ConflictsModal
          pending={pending}
          onCancel={() => setPending(undefined)}
          onResolve={(resolved) => {
            drafts.settle(kind, pending.fresh, resolved, pending.warnings);
            setPending(undefined);
          }}
        />
      )}
      {markingSent && <MarkSentModal defaultChannel={sentChannelOf[kind]} replyBy={statedReplyBy(document)} onSubmit={markSent} onClose={() => setMarkingSent(false)} />}
    </Stack>
  );
}
