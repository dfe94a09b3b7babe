import { Button, Group, List, Modal, Text } from '@mantine/core';
import { uiMessages } from '../../shared/messages/ui';
import type { RejectedSource } from './import-sources';

const t = uiMessages.evidence;

interface QuestionProps {
  busy: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** Files identical to evidence already in the case: usually a mistake, sometimes wanted. */
export function DuplicateQuestion({ rejected, busy, onConfirm, onDismiss }: QuestionProps & { rejected: RejectedSource[] | undefined }) {
  return (
    <Modal opened={rejected !== undefined} onClose={onDismiss} title={t.duplicateTitle} centered>
      <Text size="sm" mb="sm">
        {t.duplicateText}
      </Text>
      <List size="sm" mb="md">
        {rejected?.map(({ message }, i) => <List.Item key={`${i}-${message}`}>{message}</List.Item>)}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDismiss}>
          {t.skip}
        </Button>
        <Button onClick={onConfirm} loading={busy}>
          {t.importAnyway}
        </Button>
      </Group>
    </Modal>
  );
}

/** A dropped folder is imported only when the person says so: it may hold far more than they meant. */
export function FolderQuestion({ names, busy, onConfirm, onDismiss }: QuestionProps & { names: string[] | undefined }) {
  return (
    <Modal opened={names !== undefined} onClose={onDismiss} title={t.folderTitle} centered>
      <Text size="sm" mb="md">
        {t.folderText((names ?? []).join(t.listSeparator))}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDismiss}>
          {t.skip}
        </Button>
        <Button onClick={onConfirm} loading={busy}>
          {t.importFolder}
        </Button>
      </Group>
    </Modal>
  );
}
