import { Text } from '@mantine/core';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { RemovedItems } from '../common/RemovedItems';
import { formatDateTime } from '../format/date-time';

const t = uiMessages.timeline;

/** Removed entries, out of the deadlines and the advice but one click from coming back. */
export function RemovedEntries({ events, busy, onRestore }: { events: TimelineEventView[]; busy: boolean; onRestore: (event: TimelineEventView) => void }) {
  return (
    <RemovedItems
      items={events}
      title={t.removedTitle(events.length)}
      hint={t.removedHint}
      restoreLabel={t.restore}
      busy={busy}
      restoreName={(event) => t.restoreEntry(formatDateTime(event.at))}
      onRestore={onRestore}
      describe={(event) => (
        <Text size="sm" c="dimmed" td="line-through" truncate="end">
          {formatDateTime(event.at)} {timelineChannelLabels[event.channel]} {event.summary}
        </Text>
      )}
    />
  );
}
