import { ActionIcon, Badge, Blockquote, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { evidenceMessages } from '../../shared/messages/evidence';
import { offerMessages } from '../../shared/messages/offers';
import { timelineChannelLabels, timelineDirectionLabels, timelineFieldLabels as f } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { StatusBadge } from '../cases/StatusBadge';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { DeadlineLine } from './DeadlineLine';

const t = uiMessages.timeline;
const directionColors = { outgoing: 'blue', incoming: 'orange', note: 'gray' } as const;

export interface TimelineEntryProps {
  event: TimelineEventView;
  /** Exhibit number of each linked evidence id still in the locker. */
  exhibits: Map<string, number>;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onOpenEvidence: () => void;
}

/** One contact: who said what on which channel, what was offered or promised, and the proof. */
export function TimelineEntry({ event, exhibits, busy, onEdit, onRemove, onOpenEvidence }: TimelineEntryProps) {
  const when = formatDateTime(event.at);
  const linked = event.evidence.flatMap((id) => (exhibits.has(id) ? [exhibits.get(id)!] : []));
  return (
    <Stack gap={6} data-testid="timeline-entry">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600} ff="monospace">
            {when}
          </Text>
          <Text size="sm" fw={600}>
            {timelineChannelLabels[event.channel]}
          </Text>
          <Badge size="sm" variant="light" radius="sm" color={directionColors[event.direction]}>
            {timelineDirectionLabels[event.direction]}
          </Badge>
        </Group>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t.edit}>
            <ActionIcon variant="subtle" color="gray" onClick={onEdit} disabled={busy} aria-label={t.editEntry(when)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t.remove}>
            <ActionIcon variant="subtle" color="gray" onClick={onRemove} disabled={busy} aria-label={t.removeEntry(when)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      {(event.agentId || event.ticketNumber) && (
        <Group gap="md">
          {event.agentId && (
            <Text size="xs" c="dimmed">
              {f.agentId} {event.agentId}
            </Text>
          )}
          {event.ticketNumber && (
            <Text size="xs" c="dimmed">
              {f.ticketNumber} {event.ticketNumber}
            </Text>
          )}
        </Group>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {event.summary}
      </Text>
      {event.quote && (
        <Blockquote color="gray" p="xs" pl="md" radius="sm" fz="sm" fs="italic">
          {event.quote}
        </Blockquote>
      )}
      {(event.offerAmountFen !== undefined || event.offerKind) && (
        <Text size="sm" fw={500}>
          {offerMessages.entryLine(event.offerKind, event.offerAmountFen === undefined ? undefined : formatYuan(event.offerAmountFen))}
        </Text>
      )}
      {event.replyBy && !event.promisedWorkingDays && (
        <Text size="xs" c="dimmed">
          {f.replyBy}：{event.replyBy}
        </Text>
      )}
      {event.sellerIdentityRefused && (
        <Text size="xs" c="dimmed">
          {f.sellerIdentityRefused}
        </Text>
      )}
      {event.deadline && <DeadlineLine deadline={event.deadline} />}
      {event.promiseSource && (
        <Text size="xs" c="dimmed">
          {f.promiseSource}：{event.promiseSource}
        </Text>
      )}
      {(linked.length > 0 || event.status) && (
        <Group gap={6}>
          {linked.map((n) => {
            const exhibit = evidenceMessages.exhibit(n);
            return (
              <Badge key={n} component="button" type="button" variant="outline" radius="sm" style={{ cursor: 'pointer' }} onClick={onOpenEvidence} aria-label={t.openEvidence(exhibit)}>
                {exhibit}
              </Badge>
            );
          })}
          {event.status && (
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                {t.statusChange}
              </Text>
              <StatusBadge status={event.status} />
            </Group>
          )}
        </Group>
      )}
    </Stack>
  );
}
