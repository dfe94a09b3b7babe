import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseSummary } from '../../shared/domain/case';
import { trashMessages as t } from '../../shared/messages/trash';
import { call } from '../api/client';
import { PurgeConfirmModal } from './PurgeConfirmModal';

/**
 * 清空回收站: deletes exactly the cases listed (by id), so a case trashed elsewhere meanwhile is not
 * deleted without having been named in the question.
 */
export function EmptyTrashButton({ cases, onEmptied }: { cases: CaseSummary[]; onEmptied: () => void }) {
  const [asking, setAsking] = useState(false);
  const purge = async () => {
    const { purged } = await call('cases:purge', { ids: cases.map((c) => c.id) });
    setAsking(false);
    notifications.show({ color: 'green', message: t.purged(purged.length) });
    onEmptied();
  };
  return (
    <>
      <Button size="xs" color="red" variant="light" leftSection={<IconTrashX size={16} />} onClick={() => setAsking(true)}>
        {t.emptyTrash}
      </Button>
      <PurgeConfirmModal
        targets={asking ? cases.map((c) => ({ title: c.title, evidenceCount: c.evidenceCount })) : undefined}
        onConfirm={purge}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
