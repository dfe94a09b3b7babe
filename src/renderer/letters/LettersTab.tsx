import { Alert, Button, Center, Grid, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { Loading, LoadFailed } from '../common/LoadStates';
import { notifications } from '@mantine/notifications';
import { IconFileText } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { LetterRecord } from '../../shared/api/contract';
import type { CaseRecord } from '../../shared/domain/case';
import type { LetterKind } from '../../shared/domain/letters';
import { letterKindLabels } from '../../shared/messages/letters';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { KindPicker } from './KindPicker';
import { LetterWorkspace } from './LetterWorkspace';
import type { FixTarget } from './missing-fact-target';
import { MissingFacts } from './MissingFacts';
import { SavedLetters } from './SavedLetters';
import { useLetterDrafts } from './useLetterDrafts';

const t = uiMessages.letters;

/** A request to show a kind (the advisor's link); a new object each time, so asking twice works. */
export interface KindRequest {
  kind: LetterKind;
}

export interface LettersTabProps {
  record: CaseRecord;
  request?: KindRequest;
  onFix: (target: FixTarget) => void;
  /** The kinds whose drafts hold unsaved edits, whenever that changes: leaving the case asks first. */
  onUnsavedChange?: (kinds: LetterKind[]) => void;
}

/** The 文书 tab: pick a document, fill what the case lacks, edit, save versions, send, export. */
export function LettersTab({ record, request, onFix, onUnsavedChange }: LettersTabProps) {
  const caseId = record.id;
  const letters = useApiQuery('letters:list', { caseId });
  const drafts = useLetterDrafts(caseId);
  const [kind, setKind] = useState<LetterKind | undefined>(request?.kind);
  const [seenRequest, setSeenRequest] = useState(request);

  // The advisor asked for a kind while this tab stayed mounted: follow it.
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request) setKind(request.kind);
  }
  const view = kind && drafts.views[kind];
  const { generate } = drafts;
  // A kind shown for the first time is generated; later visits find its draft as it was left.
  useEffect(() => {
    if (kind && !view) void generate(kind);
  }, [kind, view, generate]);
  // After the case was edited, kinds that lacked facts are tried again.
  const missingKinds = Object.entries(drafts.views).flatMap(([k, v]) => (v.status === 'missing' ? [k as LetterKind] : []));
  // Only a change of the case should trigger this, so the list is read from the render it changed in.
  useEffect(() => {
    for (const k of missingKinds) void generate(k);
  }, [record.updatedAt]);

  const unsavedKinds = Object.entries(drafts.views).flatMap(([k, v]) => (v.status === 'ready' && v.draft.dirty ? [k as LetterKind] : []));
  const unsavedKey = unsavedKinds.join(',');
  useEffect(() => {
    onUnsavedChange?.(unsavedKey ? (unsavedKey.split(',') as LetterKind[]) : []);
  }, [unsavedKey, onUnsavedChange]);

  const [replacing, setReplacing] = useState<{ letter: LetterRecord; version: number }>();
  const open = async (letter: LetterRecord, version: number) => {
    setReplacing(undefined);
    try {
      await drafts.open(letter, version);
      setKind(letter.kind);
    } catch (failure) {
      notifications.show({ color: 'red', title: t.actionFailed, message: errorMessageOf(failure) });
    }
  };
  const draft = view?.status === 'ready' ? view.draft : undefined;
  const openRecord = draft?.letterId ? letters.data?.find((letter) => letter.id === draft.letterId) : undefined;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack gap="md">
          <Paper withBorder p="sm" component="section" aria-label={t.pickTitle}>
            <KindPicker value={kind} onChange={setKind} />
          </Paper>
          {letters.error && !letters.data ? (
            <Alert color="red" title={t.loadFailed}>
              {letters.error}
            </Alert>
          ) : (
            <SavedLetters letters={letters.data ?? []} openLetterId={draft?.letterId} openVersion={draft?.version} onOpen={(letter, version) => {
                const current = drafts.views[letter.kind];
                if (current?.status === 'ready' && current.draft.dirty) setReplacing({ letter, version });
                else void open(letter, version);
              }}
            />
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {!kind && (
          <Center h={240}>
            <Stack align="center" gap="xs">
              <IconFileText size={40} stroke={1.2} color="var(--mantine-color-dimmed)" />
              <Text c="dimmed" size="sm">
                {t.pickTitle}
              </Text>
            </Stack>
          </Center>
        )}
        {kind && (!view || view.status === 'loading') && (
          <Loading height={240} label={t.generating} />
        )}
        {kind && view?.status === 'failed' && (
          <LoadFailed title={t.actionFailed} message={view.message} onRetry={() => void drafts.generate(kind)} />
        )}
        {kind && view?.status === 'missing' && <MissingFacts missing={view.missing} onFix={onFix} onRetry={() => void drafts.generate(kind)} />}
        {kind && draft && (
          <LetterWorkspace key={kind} caseId={caseId} kind={kind} draft={draft} record={openRecord} drafts={drafts} onLettersChanged={letters.reload} onFix={onFix} />
        )}
      </Grid.Col>
      {replacing && (
        <Modal opened onClose={() => setReplacing(undefined)} title={t.replaceTitle}>
          <Text size="sm" mb="md">
            {t.replaceText(letterKindLabels[replacing.letter.kind])}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setReplacing(undefined)}>
              {t.cancel}
            </Button>
            <Button color="orange" onClick={() => void open(replacing.letter, replacing.version)}>
              {t.replaceConfirm}
            </Button>
          </Group>
        </Modal>
      )}
    </Grid>
  );
}
