import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { trashMessages as t } from '../../shared/messages/trash';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf } from '../api/client';

export interface PurgeTarget {
  title: string;
  /** Evidence items, when known: what the person stands to lose, in numbers. */
  evidenceCount?: number;
}

export interface PurgeConfirmModalProps {
  /** What will be deleted; the modal is open while there is something. */
  targets: PurgeTarget[] | undefined;
  /** Deletes; throws with the host's message, which the modal shows. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/**
 * Asks before deleting for good, naming every case and what goes with it (evidence originals,
 * documents, personal data such as ID numbers). Nothing is focused on the red button: a stray Enter
 * must not delete.
 */
export function PurgeConfirmModal({ targets, onConfirm, onClose }: PurgeConfirmModalProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // While the modal fades out `targets` is gone already: it keeps naming what it named, not "0 个案件".
  const [shown, setShown] = useState(targets);
  if (targets?.length && targets !== shown) setShown(targets);
  const count = shown?.length ?? 0;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={(targets?.length ?? 0) > 0} onClose={onClose} title={t.confirmTitle(count)} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t.confirmIntro}</Text>
        <List size="sm" spacing={2} style={{ maxHeight: 240, overflowY: 'auto' }}>
          {(shown ?? []).map((target, index) => (
            <List.Item key={`${index}-${target.title}`}>{target.evidenceCount === undefined ? target.title : t.confirmItem(target.title, target.evidenceCount)}</List.Item>
          ))}
        </List>
        <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
          <Text size="sm">{t.confirmLoses}</Text>
        </Alert>
        <Text size="xs" c="dimmed">
          {t.confirmAudit}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
            {uiMessages.common.cancel}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={busy}>
            {t.confirmButton(count)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
