import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import { trashMessages as t } from '../../shared/messages/trash';
import { call } from '../api/client';
import { PurgeConfirmModal, type PurgeTarget } from './PurgeConfirmModal';

/** 永久删除 on a trashed case's page: asks (with the case's evidence count), deletes, then `onPurged`. */
export function PurgeCaseButton({ caseId, title, disabled, onPurged }: { caseId: string; title: string; disabled: boolean; onPurged: () => void }) {
  const [targets, setTargets] = useState<PurgeTarget[]>();
  const open = async () => {
    // The count is what makes the loss concrete; without it the question is still asked.
    const evidenceCount = await call('evidence:list', { caseId }).then(
      (listing) => listing.items.filter((item) => !item.removedAt).length,
      () => undefined,
    );
    setTargets([{ title, ...(evidenceCount === undefined ? {} : { evidenceCount }) }]);
  };
  const purge = async () => {
    await call('cases:purge', { ids: [caseId] });
    setTargets(undefined);
    notifications.show({ color: 'green', message: t.purged(1) });
    onPurged();
  };
  return (
    <>
      <Button color="red" variant="light" leftSection={<IconTrashX size={16} />} onClick={() => void open()} disabled={disabled}>
        {t.purgeOne}
      </Button>
      <PurgeConfirmModal targets={targets} onConfirm={purge} onClose={() => setTargets(undefined)} />
    </>
  );
}
