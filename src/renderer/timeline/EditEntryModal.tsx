import { Modal } from '@mantine/core';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { entryValuesOf, type EntryInput } from './entry-form';
import { EntryForm, type EntryFormProps } from './EntryForm';

const t = uiMessages.timeline;

/** The quick-add form's fields, filled with one entry, in a modal. */
export function EditEntryModal({ event, evidenceOptions, sellerKnown, onSave, onClose }: { event: TimelineEventView; evidenceOptions: EntryFormProps['evidenceOptions']; sellerKnown: boolean; onSave: (input: EntryInput) => Promise<void>; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={t.editTitle} size="lg">
      <EntryForm initial={entryValuesOf(event)} evidenceOptions={evidenceOptions} submitLabel={t.save} onSubmit={onSave} onCancel={onClose} sellerKnown={sellerKnown} />
    </Modal>
  );
}
