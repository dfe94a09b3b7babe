import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil } from '@tabler/icons-react';
import type { EvidenceView } from '../../shared/domain/evidence';
import { evidenceMessages } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { EvidenceFacts } from './EvidenceFacts';
import { EvidenceThumbnail } from './EvidenceThumbnail';
import { isOcrReadable } from '../../shared/evidence/ocr-readable';
import { OcrStatus } from './OcrStatus';

const t = uiMessages.evidence;

export interface EvidenceRowProps {
  caseId: string;
  item: EvidenceView;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onView: () => void;
  onReading: () => void;
  onRead: () => void;
}

/** One exhibit: drag handle, thumbnail (opens the viewer), number and title (opens the editor), facts, move buttons. */
export function EvidenceRow({ caseId, item, first, last, busy, onMove, onEdit, onView, onReading, onRead }: EvidenceRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: busy });
  const exhibit = evidenceMessages.exhibit(item.exhibitNumber ?? 0);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1, position: 'relative', zIndex: isDragging ? 1 : undefined }}
      data-testid="evidence-row"
    >
      <Group wrap="nowrap" gap="sm" align="center">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
          aria-label={t.dragHandle(exhibit)}
        >
          <IconGripVertical size={18} />
        </ActionIcon>
        <UnstyledButton onClick={onView} aria-label={t.view(exhibit)}>
          <EvidenceThumbnail caseId={caseId} item={item} />
        </UnstyledButton>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <UnstyledButton onClick={onEdit}>
            <Group gap="xs" wrap="nowrap">
              <Badge variant="filled" radius="sm" style={{ flexShrink: 0 }}>
                {exhibit}
              </Badge>
              <Text fw={500} truncate="end">
                {item.title}
              </Text>
            </Group>
          </UnstyledButton>
          <EvidenceFacts item={item} />
          {isOcrReadable(item) && <OcrStatus item={item} exhibit={exhibit} onOpen={onReading} onRead={onRead} />}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" disabled={first || busy} onClick={() => onMove(-1)} aria-label={t.moveUp(exhibit)}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={last || busy} onClick={() => onMove(1)} aria-label={t.moveDown(exhibit)}>
            <IconArrowDown size={16} />
          </ActionIcon>
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={t.editItem(exhibit)}>
            {t.edit}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
