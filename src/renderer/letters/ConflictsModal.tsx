import { Button, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { uiMessages } from '../../shared/messages/ui';
import { conflictPart, takeFresh } from './resolve-conflicts';
import type { PendingMerge } from './useLetterDrafts';

const t = uiMessages.letters;

export interface ConflictsModalProps {
  pending: PendingMerge;
  onResolve: (document: PendingMerge['merged']) => void;
  onCancel: () => void;
}

/** Per conflicting part, the person's text against the fresh one; their own is kept unless they say otherwise. */
export function ConflictsModal({ pending, onResolve, onCancel }: ConflictsModalProps) {
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const choose = (id: string, useFresh: boolean) =>
    setFresh((ids) => {
      const next = new Set(ids);
      if (useFresh) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Modal opened onClose={onCancel} title={t.conflictsTitle} size="xl">
      <Stack gap="md">
        <Text size="sm">{t.conflictsText}</Text>
        {pending.conflicts.map((id) => {
          const mine = conflictPart(pending.current, id);
          const theirs = conflictPart(pending.fresh, id);
          const title = mine?.title ?? theirs?.title ?? id;
          return (
            <Paper key={id} withBorder p="sm" data-testid="conflict">
              <Radio.Group label={title} value={fresh.has(id) ? 'fresh' : 'mine'} onChange={(value) => choose(id, value === 'fresh')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                  <Stack gap={4}>
                    <Radio value="mine" label={t.keepMine} />
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {mine?.text}
                    </Text>
                  </Stack>
                  <Stack gap={4}>
                    <Radio value="fresh" label={t.useFresh} />
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {theirs?.text}
                    </Text>
                  </Stack>
                </SimpleGrid>
              </Radio.Group>
            </Paper>
          );
        })}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t.cancel}
          </Button>
          <Button onClick={() => onResolve(takeFresh(pending.merged, pending.fresh, fresh))}>{t.applyChoices}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
