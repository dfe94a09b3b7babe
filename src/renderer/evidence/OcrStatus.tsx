import { Badge, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconScan } from '@tabler/icons-react';
import type { EvidenceView } from '../../shared/domain/evidence';
import { ocrMessages, ocrUiMessages as t } from '../../shared/messages/ocr';

/**
 * An image's reading in its evidence row: waiting or reading (with a spinner), failed (with why),
 * read (a button to the result), and the places where the screenshot contradicts the case.
 */
export function OcrStatus({ item, exhibit, onOpen, onRead }: { item: EvidenceView; exhibit: string; onOpen: () => void; onRead: () => void }) {
  const ocr = item.ocr;
  if (!ocr) {
    return (
      <Group gap="xs">
        <Button size="compact-xs" variant="subtle" leftSection={<IconScan size={14} />} onClick={onRead} aria-label={t.readItem(exhibit)}>
          {t.read}
        </Button>
      </Group>
    );
  }
  const pending = ocr.status === 'queued' || ocr.status === 'running';
  return (
    <Stack gap={2}>
      <Group gap="xs">
        {pending && (
          <Badge size="sm" variant="light" color="blue" leftSection={<Loader size={10} />} data-testid="ocr-progress">
            {ocrMessages.status[ocr.status]}
          </Badge>
        )}
        {ocr.status === 'failed' && (
          <Tooltip label={ocr.error ?? ''} multiline w={320} disabled={!ocr.error}>
            <Badge size="sm" variant="light" color="red">
              {ocrMessages.status.failed}
            </Badge>
          </Tooltip>
        )}
        {ocr.readAt && (
          <Button size="compact-xs" variant="subtle" leftSection={<IconScan size={14} />} onClick={onOpen} aria-label={t.showReadingOf(exhibit)}>
            {t.showReading}
          </Button>
        )}
        {ocr.status === 'failed' && (
          <Button size="compact-xs" variant="subtle" onClick={onRead}>
            {t.reread}
          </Button>
        )}
      </Group>
      {(ocr.mismatches ?? []).map((mismatch) => (
        <Text key={mismatch.field} size="xs" c="orange.8" role="alert">
          <IconAlertTriangle size={12} style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {ocrMessages.mismatch(mismatch)}
        </Text>
      ))}
    </Stack>
  );
}
