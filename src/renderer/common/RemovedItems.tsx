import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface RemovedItemsProps<T extends { id: string }> {
  items: readonly T[];
  title: string;
  hint: string;
  restoreLabel: string;
  busy: boolean;
  /** What is shown of one removed item (struck through by the caller's choice of text). */
  describe: (item: T) => ReactNode;
  /** The restore button's accessible name for one item, e.g. 恢复 订单支付截图. */
  restoreName: (item: T) => string;
  onRestore: (item: T) => void;
}

/**
 * What the person removed (evidence, timeline entries): out of numbering and deadlines, but one click
 * from coming back. Collapsed by default; nothing is shown when nothing was removed.
 */
export function RemovedItems<T extends { id: string }>({ items, title, hint, restoreLabel, busy, describe, restoreName, onRestore }: RemovedItemsProps<T>) {
  if (items.length === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="removed">
        <Accordion.Control>{title}</Accordion.Control>
        <Accordion.Panel>
          <Text size="xs" c="dimmed" mb="sm">
            {hint}
          </Text>
          <Stack gap="xs">
            {items.map((item) => (
              <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm">
                {describe(item)}
                <Button size="xs" variant="light" leftSection={<IconRestore size={14} />} onClick={() => onRestore(item)} disabled={busy} aria-label={restoreName(item)}>
                  {restoreLabel}
                </Button>
              </Group>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
