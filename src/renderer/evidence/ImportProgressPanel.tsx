import { Button, Group, Paper, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { uiMessages } from '../../shared/messages/ui';
import { formatFileSize } from '../format/file-size';
import type { ImportProgressState } from './useEvidenceImport';

const t = uiMessages.evidence;
const percent = (done: number, total: number) => (total === 0 ? 100 : Math.min(100, Math.round((done / total) * 100)));

/** Overall and per-file progress of the running import, with the button that cancels it. */
export function ImportProgressPanel({ progress, onCancel }: { progress: ImportProgressState; onCancel: () => void }) {
  const { names, sizes, loaded } = progress;
  const total = sizes.reduce((a, b) => a + b, 0);
  const done = loaded.reduce((a, b) => a + b, 0);
  const finished = loaded.filter((bytes, i) => bytes >= sizes[i]!).length;
  return (
    <Paper withBorder p="md" role="status" aria-live="polite">
      <Group justify="space-between" mb="xs">
        <Text fw={500}>{t.importing(finished, names.length)}</Text>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t.cancelImport}
        </Button>
      </Group>
      <Progress value={percent(done, total)} aria-label={t.overallProgress} size="lg" mb="sm" />
      <ScrollArea.Autosize mah={180}>
        <Stack gap={6}>
          {names.map((name, i) => (
            <Group key={`${i}-${name}`} gap="sm" wrap="nowrap">
              <Text size="xs" truncate="end" w={220}>
                {name}
              </Text>
              <Progress value={percent(loaded[i]!, sizes[i]!)} aria-label={t.fileProgress(name)} size="sm" style={{ flex: 1 }} />
              <Text size="xs" c="dimmed" w={70} ta="right">
                {formatFileSize(sizes[i]!)}
              </Text>
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
