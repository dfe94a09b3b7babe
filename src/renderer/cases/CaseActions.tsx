import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CaseLifecycle } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.casePage;

interface CaseActionsProps {
  lifecycle: CaseLifecycle;
  /** 永久删除, offered beside 恢复 once the case is in the trash. */
  purge?: ReactNode;
  busy: boolean;
  onEdit: () => void;
  onLifecycle: (lifecycle: CaseLifecycle) => void;
}

/** Edit, archive and trash. Moving to the trash asks first; everything else is one click and reversible. */
export function CaseActions({ lifecycle, purge, busy, onEdit, onLifecycle }: CaseActionsProps) {
  const [confirming, confirm] = useDisclosure(false);
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconEdit size={16} />} onClick={onEdit} disabled={busy}>
        {t.edit}
      </Button>
      {lifecycle === 'active' && (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => onLifecycle('archived')} disabled={busy}>
          {t.archive}
        </Button>
      )}
      {lifecycle === 'archived' && (
        <Button variant="default" leftSection={<IconArchiveOff size={16} />} onClick={() => onLifecycle('active')} disabled={busy}>
          {t.unarchive}
        </Button>
      )}
      {lifecycle === 'trashed' ? (
        <>
          <Button variant="light" leftSection={<IconRestore size={16} />} onClick={() => onLifecycle('active')} disabled={busy}>
            {t.restore}
          </Button>
          {purge}
        </>
      ) : (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={confirm.open} disabled={busy}>
          {t.trash}
        </Button>
      )}

      <Modal opened={confirming} onClose={confirm.close} title={t.trashConfirmTitle}>
        <Text size="sm">{t.trashConfirmText}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={confirm.close}>
            {uiMessages.common.cancel}
          </Button>
          <Button
            color="red"
            data-autofocus
            onClick={() => {
              confirm.close();
              onLifecycle('trashed');
            }}
          >
            {t.trashConfirm}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
