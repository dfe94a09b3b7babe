import { Chip, Group } from '@mantine/core';
import type { TimelineChannel } from '../../shared/domain/timeline';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.timeline;
const ALL = 'all';

/** One chip per channel that has entries; "all" clears the filter. */
export function ChannelFilter({ channels, value, onChange }: { channels: TimelineChannel[]; value: TimelineChannel | undefined; onChange: (channel: TimelineChannel | undefined) => void }) {
  if (channels.length < 2) return null;
  return (
    <Chip.Group multiple={false} value={value ?? ALL} onChange={(next) => onChange(next === ALL ? undefined : (next as TimelineChannel))}>
      <Group gap={6} role="group" aria-label={t.filterLabel}>
        <Chip value={ALL} size="xs">
          {t.filterAll}
        </Chip>
        {channels.map((channel) => (
          <Chip key={channel} value={channel} size="xs">
            {timelineChannelLabels[channel]}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
