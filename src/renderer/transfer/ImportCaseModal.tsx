import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconAlertTriangle, IconCircleCheck, IconFileZip } from '@tabler/icons-react';
import { transferUiMessages as t } from '../../shared/messages/archives';
import type { CaseImportState } from './useCaseImport';

/** 导入案件: pick or drop a .casebook.zip; then the import running, its result, or why it was refused. */
export function ImportCaseModal({ state, onClose, onOpenCase }: { state: CaseImportState; onClose: () => void; onOpenCase: (id: string) => void }) {
  const { running, result, error, start } = state;
  return (
    <Modal opened onClose={onClose} title={t.importTitle} size="lg" closeOnClickOutside={!running} withCloseButton={!running}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t.importIntro}
        </Text>
        <Dropzone
          onDrop={(files) => start(files)}
          onReject={(rejections) => start(rejections.map((rejection) => rejection.file))}
          disabled={running !== undefined}
          multiple={false}
          inputProps={{ 'aria-label': t.dropHere }}
          p="lg"
        >
          <Group gap="md" wrap="nowrap" justify="center">
            <IconFileZip size={36} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text fw={500}>{t.dropHere}</Text>
          </Group>
        </Dropzone>
        {running !== undefined && (
          <Group gap="sm" role="status" aria-live="polite">
            <Loader size="sm" />
            <Text size="sm">{t.importing(running)}</Text>
          </Group>
        )}
        {result && (
          <Alert color="green" icon={<IconCircleCheck />} title={t.imported(result.folder)} data-testid="case-import-result">
            <Stack gap={6}>
              <Text size="sm">{t.importedDetail(result.files, result.checked)}</Text>
              {result.renamed && <Text size="sm">{t.renamed(result.originalFolder, result.folder)}</Text>}
              <Group>
                <Button size="xs" onClick={() => onOpenCase(result.id)}>
                  {t.openCase}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t.refused} data-testid="case-import-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
