import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Stack } from '@mantine/core';
import type { EvidenceView } from '../../shared/domain/evidence';
import { EvidenceRow } from './EvidenceRow';

export interface EvidenceListProps {
  caseId: string;
  items: EvidenceView[];
  busy: boolean;
  /** The new exhibit order of the listed items. */
  onReorder: (ids: string[]) => void;
  onEdit: (item: EvidenceView) => void;
  onView: (item: EvidenceView) => void;
  /** Opens an image's reading (OCR). */
  onReading: (item: EvidenceView) => void;
  /** Reads an image's text (again). */
  onRead: (item: EvidenceView) => void;
}

/** The exhibits in order; drag a handle, or use the move buttons, to change it. */
export function EvidenceList({ caseId, items, busy, onReorder, onEdit, onView, onReading, onRead }: EvidenceListProps) {
  const ids = items.map((item) => item.id);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => onReorder(arrayMove(ids, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={[restrictToVerticalAxis]} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack gap="xs">
          {items.map((item, index) => (
            <EvidenceRow
              key={item.id}
              caseId={caseId}
              item={item}
              first={index === 0}
              last={index === items.length - 1}
              busy={busy}
              onMove={(delta) => move(index, index + delta)}
              onEdit={() => onEdit(item)}
              onView={() => onView(item)}
              onReading={() => onReading(item)}
              onRead={() => onRead(item)}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
