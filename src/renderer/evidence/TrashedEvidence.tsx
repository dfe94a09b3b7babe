import { Stack, Text } from '@mantine/core';
import type { EvidenceView } from '../../shared/domain/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { RemovedItems } from '../common/RemovedItems';
import { EvidenceFacts } from './EvidenceFacts';

const t = uiMessages.evidence;

/** Removed evidence, out of the exhibit numbering but one click from coming back. */
export function TrashedEvidence({ items, busy, onRestore }: { items: EvidenceView[]; busy: boolean; onRestore: (item: EvidenceView) => void }) {
  return (
    <RemovedItems
      items={items}
      title={t.trashedTitle(items.length)}
      hint={t.trashedHint}
      restoreLabel={t.restore}
      busy={busy}
      restoreName={(item) => t.restoreItem(item.title)}
      onRestore={onRestore}
      describe={(item) => (
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed" td="line-through" truncate="end">
            {item.title}
          </Text>
          <EvidenceFacts item={item} />
        </Stack>
      )}
    />
  );
}
