import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { EvidenceView } from '../../shared/domain/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { EvidenceFacts } from './EvidenceFacts';

const t = uiMessages.evidence;

/** Removed items, out of the exhibit numbering but one click from coming back. Collapsed by default. */
export function TrashedEvidence({ items, busy, onRestore }: { items: EvidenceView[]; busy: boolean; onRestore: (item: EvidenceView) => void }) {
  if (items.length === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="trashed">
        <Accordion.Control>{t.trashedTitle(items.length)}</Accordion.Control>
        <Accordion.Panel>
          <Text size="xs" c="dimmed" mb="sm">
            {t.trashedHint}
          </Text>
          <Stack gap="xs">
            {items.map((item) => (
              <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" c="dimmed" td="line-through" truncate="end">
                    {item.title}
                  </Text>
                  <EvidenceFacts item={item} />
                </Stack>
                <Button size="xs" variant="light" leftSection={<IconRestore size={14} />} onClick={() => onRestore(item)} disabled={busy} aria-label={t.restoreItem(item.title)}>
                  {t.restore}
                </Button>
              </Group>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
