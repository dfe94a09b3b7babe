import { EmptyState, Stack, Text, Timeline, ThemeIcon } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useState } from 'react';
import { TIMELINE_CHANNELS, type TimelineChannel, type TimelineEventView } from '../../shared/domain/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { ChannelFilter } from './ChannelFilter';
import { ChannelIcon } from './ChannelIcon';
import { TimelineEntry, type TimelineEntryProps } from './TimelineEntry';

const t = uiMessages.timeline;

export interface TimelineListProps extends Pick<TimelineEntryProps, 'exhibits' | 'busy' | 'onOpenEvidence'> {
  /** Entries in time order, removed ones left out. */
  events: TimelineEventView[];
  onEdit: (event: TimelineEventView) => void;
  onRemove: (event: TimelineEventView) => void;
}

/** The case's contacts as a vertical timeline, filterable by channel; overdue promises stand out in red. */
export function TimelineList({ events, onEdit, onRemove, ...entry }: TimelineListProps) {
  const [channel, setChannel] = useState<TimelineChannel>();
  if (events.length === 0) return <EmptyState icon={<IconTimeline />} title={t.empty.title} description={t.empty.description} py="xl" />;

  const present = TIMELINE_CHANNELS.filter((c) => events.some((event) => event.channel === c));
  // A filter on a channel whose last entry was removed would hide everything; fall back to all.
  const active = channel && present.includes(channel) ? channel : undefined;
  const shown = active ? events.filter((event) => event.channel === active) : events;
  return (
    <Stack gap="md">
      <ChannelFilter channels={present} value={active} onChange={setChannel} />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.emptyFiltered}
        </Text>
      ) : (
        <Timeline bulletSize={28} lineWidth={2}>
          {shown.map((event) => {
            const overdue = (event.deadline?.overdueWorkingDays ?? 0) > 0 && !event.deadline?.answeredAt;
            return (
              <Timeline.Item
                key={event.id}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant={overdue ? 'filled' : 'light'} color={overdue ? 'red' : 'blue'}>
                    <ChannelIcon channel={event.channel} />
                  </ThemeIcon>
                }
              >
                <TimelineEntry event={event} onEdit={() => onEdit(event)} onRemove={() => onRemove(event)} {...entry} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
