import { Badge } from '@mantine/core';
import type { LetterRecord } from '../../shared/api/contract';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';

/** 已发送 with when and where, once the person marked the letter sent. */
export function SentBadge({ sent }: { sent: NonNullable<LetterRecord['sent']> }) {
  return (
    <Badge color="green" variant="light" size="sm" style={{ textTransform: 'none' }}>
      {uiMessages.letters.sentBadge(formatDateTime(sent.at), timelineChannelLabels[sent.channel])}
    </Badge>
  );
}
