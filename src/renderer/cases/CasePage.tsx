import { Alert, Anchor, Box, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'wouter';
import type { LetterKind } from '../../shared/domain/letters';
import { letterKindLabels } from '../../shared/messages/letters';
import { letterUiMessages as l } from '../../shared/messages/letters-ui';
import { useUnloadWarning } from '../common/use-unload-warning';
import { Loading, LoadFailed } from '../common/LoadStates';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail, CaseLifecycle, CaseStatus } from '../../shared/domain/case';
import { factsToIntake } from '../../shared/domain/intake';
import { statusLabels } from '../../shared/messages/labels';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { paths } from '../app/paths';
import { CaseActions } from './CaseActions';
import { CaseFolder } from './CaseFolder';
import { CaseForm } from './CaseForm';
import type { AcceptedIntake } from './intake-form';
import { CaseHeader } from './CaseHeader';
import { CaseTabs } from './CaseTabs';

const t = uiMessages.casePage;
const listPath: Record<CaseLifecycle, string> = { active: paths.active, archived: paths.archived, trashed: paths.trashed };

export function CasePage({ id }: { id: string }) {
  const detail = useApiQuery('cases:get', { ref: id });
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();
  const [unsavedLetters, setUnsavedLetters] = useState<LetterKind[]>([]);
  const [leaving, setLeaving] = useState<string>();
  useUnloadWarning(unsavedLetters.length > 0);

  /** Runs a change and shows its outcome; the answer replaces the shown case, so nothing is stale. */
  const change = async (action: () => Promise<CaseDetail>, done: string) => {
    setBusy(true);
    try {
      detail.setData(await action());
      notifications.show({ color: 'green', message: done });
    } catch (failure) {
      notifications.show({ color: 'red', title: t.actionFailed, message: errorMessageOf(failure) });
    } finally {
      setBusy(false);
    }
  };

  if (detail.error) {
    return (
      <LoadFailed title={t.loadFailed} message={detail.error} onRetry={detail.reload}>
        <Button size="xs" variant="default" component="a" href={`#${paths.active}`}>
          {t.backToList}
        </Button>
      </LoadFailed>
    );
  }
  if (!detail.data) {
    return <Loading />;
  }

  const { record, path } = detail.data;
  const setStatus = (status: CaseStatus) =>
    change(() => call('cases:set-status', { id: record.id, status }), t.statusChanged(statusLabels[status]));
  const setLifecycle = (lifecycle: CaseLifecycle) =>
    change(() => call('cases:set-lifecycle', { id: record.id, lifecycle }), t.lifecycleChanged[lifecycle]);
  const save = async (intake: AcceptedIntake) => {
    detail.setData(await call('cases:update', { id: record.id, intake }));
    setEditing(false);
    notifications.show({ color: 'green', message: t.saved });
  };

  return (
    <Stack gap="md" maw={1200}>
      <Anchor
        href={`#${listPath[record.lifecycle]}`}
        size="sm"
        onClick={(event) => {
          // Switching tabs keeps a draft; leaving the case does not: ask first, as opening another version does.
          if (unsavedLetters.length === 0) return;
          event.preventDefault();
          setLeaving(listPath[record.lifecycle]);
        }}
      >
        <Group gap={4} component="span">
          <IconArrowLeft size={14} />
          {t.backToList}
        </Group>
      </Anchor>

      <CaseHeader record={record} busy={busy} onStatus={setStatus} />
      <Group justify="space-between" gap="sm">
        <CaseFolder path={path} />
        {!editing && <CaseActions lifecycle={record.lifecycle} busy={busy} onEdit={() => setEditing(true)} onLifecycle={setLifecycle} />}
      </Group>

      {record.lifecycle !== 'active' && (
        <Alert color={record.lifecycle === 'trashed' ? 'red' : 'gray'} variant="light">
          {record.lifecycle === 'trashed' ? t.trashedNotice : t.archivedNotice}
        </Alert>
      )}

      {editing && (
        <Paper withBorder p="lg">
          <Title order={3} size="h4" mb="md">
            {t.editTitle}
          </Title>
          <CaseForm initial={factsToIntake(record)} onSubmit={save} onCancel={() => setEditing(false)} />
        </Paper>
      )}
      {/* Hidden, not unmounted, while the form is open: a document being edited survives fixing a fact. */}
      <Box hidden={editing}>
        <CaseTabs record={record} onCaseChanged={detail.reload} onCaseDetail={detail.setData} onEditCase={() => setEditing(true)} onUnsavedLetters={setUnsavedLetters} />
      </Box>
      {leaving && (
        <Modal opened onClose={() => setLeaving(undefined)} title={l.leaveTitle}>
          <Text size="sm" mb="md">
            {l.leaveText(unsavedLetters.map((kind) => `“${letterKindLabels[kind]}”`).join('、'))}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setLeaving(undefined)}>
              {l.stay}
            </Button>
            <Button color="orange" onClick={() => navigate(leaving)}>
              {l.leaveConfirm}
            </Button>
          </Group>
        </Modal>
      )}
    </Stack>
  );
}
