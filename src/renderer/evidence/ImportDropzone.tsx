import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { EVIDENCE_CATEGORIES, type EvidenceCategory } from '../../shared/domain/evidence';
import { evidenceCategoryLabels } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { hasDesktopBridge } from '../api/client';
import { splitDrop } from './dropped-files';

const t = uiMessages.evidence;
const AUTO = 'auto';
const categoryOptions = [
  { value: AUTO, label: t.importCategoryAuto },
  ...EVIDENCE_CATEGORIES.map((category) => ({ value: category, label: evidenceCategoryLabels[category] })),
];

export interface ImportDropzoneProps {
  busy: boolean;
  onFiles: (files: File[], folders: FileSystemDirectoryEntry[], category?: EvidenceCategory) => void;
}

/** Drop files here or pick them; the chosen category applies to the whole batch. */
export function ImportDropzone({ busy, onFiles }: ImportDropzoneProps) {
  const openPicker = useRef<() => void>(null);
  const [category, setCategory] = useState<string>(AUTO);
  // Folders are found while the drop event is live and picked up by onDrop right after.
  const droppedFolders = useRef<FileSystemDirectoryEntry[]>([]);

  const getFilesFromEvent: NonNullable<React.ComponentProps<typeof Dropzone>['getFilesFromEvent']> = async (event) => {
    const { items, folders } = splitDrop(event, hasDesktopBridge());
    droppedFolders.current = folders;
    return items;
  };
  const onDrop = (files: File[]) => {
    const folders = droppedFolders.current;
    droppedFolders.current = [];
    onFiles(files, folders, category === AUTO ? undefined : (category as EvidenceCategory));
  };

  return (
    <Dropzone
      onDrop={onDrop}
      getFilesFromEvent={getFilesFromEvent}
      openRef={openPicker}
      activateOnClick={false}
      disabled={busy}
      multiple
      enablePointerEvents
      inputProps={{ 'aria-label': t.pickFiles }}
      p="md"
    >
      <Group justify="space-between" wrap="wrap" gap="md">
        <Group gap="md" wrap="nowrap">
          <Dropzone.Accept>
            <IconUpload size={36} stroke={1.5} color="var(--mantine-primary-color-filled)" />
          </Dropzone.Accept>
          <Dropzone.Idle>
            <IconFileUpload size={36} stroke={1.5} color="var(--mantine-color-dimmed)" />
          </Dropzone.Idle>
          <Stack gap={2}>
            <Text fw={500}>{t.dropHint}</Text>
            <Text size="sm" c="dimmed">
              {t.dropDetail}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm" align="flex-end">
          <Select
            label={t.importCategory}
            data={categoryOptions}
            value={category}
            onChange={(value) => setCategory(value ?? AUTO)}
            allowDeselect={false}
            w={200}
            size="sm"
          />
          <Button leftSection={<IconUpload size={16} />} onClick={() => openPicker.current?.()} disabled={busy}>
            {t.pickFiles}
          </Button>
        </Group>
      </Group>
    </Dropzone>
  );
}
