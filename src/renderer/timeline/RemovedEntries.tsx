import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';

const t = uiMessages.timeline;

/** Removed entries, out of the deadlines and the advice but one click from coming back. Collapsed by default. */
export function RemovedEntries({ events, busy, onRestore }: { events: TimelineEventView[]; busy: boolean; onRestore: (event: TimelineEventView) => void }) {
  if (events.length === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="removed">
        <Accordion.Control>{t.removedTitle(events.length)}</Accordion.Control>
        <Accordion.Panel>
          <Text size="xs" c="dimmed" mb="sm">
            {t.removedHint}
          </Text>
          <Stack gap="xs">
            {events.map((event) => {
              const when = formatDateTime(event.at);
              return (
                <Group key={event.id} justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm" c="dimmed" td="line-through" truncate="end">
                    {when} {timelineChannelLabels[event.channel]} {event.summary}
                  </Text>
                  <Button size="xs" variant="light" leftSection={<IconRestore size={14} />} onClick={() => onRestore(event)} disabled={busy} aria-label={t.restoreEntry(when)}>
                    {t.restore}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
