import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { EvidenceView } from '../../shared/domain/evidence';
import { evidenceMessages } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { ApiCallError, call, errorMessageOf } from '../api/client';
import { formatFileSize } from '../format/file-size';
import { checkLabels, labelsOf, valuesOf, type LabelErrors, type LabelValues } from './label-form';
import { LabelFields } from './LabelFields';
import { Sha256 } from './Sha256';

const t = uiMessages.evidence.editor;

export interface LabelEditorProps {
  caseId: string;
  item: EvidenceView;
  onClose: () => void;
  /** After a save or a removal; the tab reloads the list and the checklist. */
  onChanged: (message: string) => void;
}

/** Host field errors name `labels.<field>`; the editor's fields are the part after it. */
const hostFieldErrors = (failure: unknown): LabelErrors =>
  failure instanceof ApiCallError ? Object.fromEntries(failure.fields.map(({ field, message }) => [field.replace(/^labels\./, ''), message])) : {};

/** Drawer in which a person describes one exhibit: what it is, what it proves, where it came from. */
export function LabelEditor({ caseId, item, onClose, onChanged }: LabelEditorProps) {
  const [values, setValues] = useState<LabelValues>(() => valuesOf(item));
  const [errors, setErrors] = useState<LabelErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
      onChanged(done);
      onClose();
    } catch (error) {
      setErrors(hostFieldErrors(error));
      setFailure(errorMessageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const labels = labelsOf(values, item);
    const found = checkLabels(labels);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void act(() => call('evidence:update', { caseId, itemId: item.id, labels }), uiMessages.evidence.saved);
  };
  const remove = () => act(() => call('evidence:remove', { caseId, itemId: item.id }), uiMessages.evidence.removed);

  return (
    <Drawer opened onClose={onClose} position="right" size="md" title={t.title(evidenceMessages.exhibit(item.exhibitNumber ?? 0))}>
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t.fileFacts}
          </Text>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {item.originalName} · {formatFileSize(item.size)}
          </Text>
          <Sha256 hash={item.sha256} />
        </Stack>
        <LabelFields item={item} values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove} disabled={busy}>
            {t.remove}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t.cancel}
            </Button>
            <Button onClick={save} loading={busy}>
              {t.save}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Drawer>
  );
}
