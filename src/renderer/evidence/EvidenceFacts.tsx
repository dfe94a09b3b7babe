import { Badge, Group, Text } from '@mantine/core';
import type { EvidenceView } from '../../shared/domain/evidence';
import { evidenceCategoryLabels } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTimeWithSeconds } from '../format/date-time';
import { formatFileSize } from '../format/file-size';
import { Sha256 } from './Sha256';

const t = uiMessages.evidence;
export const categoryColors: Record<EvidenceView['category'], string> = {
  transaction: 'indigo',
  communication: 'teal',
  anomaly: 'orange',
  identity: 'grape',
  other: 'gray',
};

/** The line of facts under an item's title: category, source, size, when it was made, its hash. */
export function EvidenceFacts({ item }: { item: EvidenceView }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Badge size="sm" variant="light" color={categoryColors[item.category]}>
        {evidenceCategoryLabels[item.category]}
      </Badge>
      <Text size="xs" c="dimmed">
        {item.source || t.noSource}
      </Text>
      <Text size="xs" c="dimmed">
        {formatFileSize(item.size)}
      </Text>
      <Text size="xs" c="dimmed">
        {t.captureSources[item.capturedAtSource]} {formatDateTimeWithSeconds(item.capturedAt)}
      </Text>
      <Sha256 hash={item.sha256} />
    </Group>
  );
}
