import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { DossierExport, DossierJob } from '../../shared/domain/dossier';
import { dossierProgressText, exportTabMessages as t } from '../../shared/messages/dossier';
import { formatFileSize } from '../format/file-size';
import { ExportActions } from './ExportActions';
import { progressPercent } from './progress-fraction';
import type { DossierJobState } from './useDossierJob';
import { SectionCard } from '../common/SectionCard';

/** The running job's bar: the share done, and what is being done (证据 37/200). */
function RunningJob({ job, cancelling, onCancel }: { job: Extract<DossierJob, { state: 'running' }>; cancelling: boolean; onCancel: () => void }) {
  const { progress } = job;
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">{progress ? dossierProgressText[progress.step](progress.done, progress.total) : t.starting}</Text>
        <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>
          {cancelling ? t.cancelling : t.cancel}
        </Button>
      </Group>
      {/* At least a sliver, so the bar shows it has started before the first exhibit is read. */}
      <Progress value={Math.max(1, progressPercent(progress))} aria-label={t.progressLabel} size="lg" animated />
    </Stack>
  );
}

/** A finished export: how big, where, and what to do with it. */
export function ExportResult({ caseId, entry }: { caseId: string; entry: DossierExport }) {
  const [error, setError] = useState<string>();
  return (
    <Alert color="green" icon={<IconCircleCheck />} title={t.done} data-testid="dossier-result">
      <Stack gap={6}>
        <Text size="sm">{t.summary(entry.pages, entry.exhibits)}</Text>
        <Text size="sm">
          {t.pdfFile}：{entry.pdf.name}（{formatFileSize(entry.pdf.size)}） · {t.zipFile}：{entry.zip.name}（{formatFileSize(entry.zip.size)}）
        </Text>
        <Text size="sm">
          {t.writtenTo}：<Text span ff="monospace" size="xs">{entry.folder}</Text>
        </Text>
        {entry.warnings.length > 0 && (
          <List size="sm" icon={<IconAlertTriangle size={14} />}>
            {entry.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        )}
        <ExportActions caseId={caseId} entry={entry} onError={setError} />
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** 生成卷宗: start, follow with a progress bar per exhibit, cancel, and see the result. */
export function DossierPanel({ caseId, dossier, hasExports }: { caseId: string; dossier: DossierJobState; hasExports: boolean }) {
  const { job, error, cancelling, start, cancel } = dossier;
  return (
    <SectionCard title={t.dossierTitle} intro={t.dossierIntro}>
      {job?.state === 'running' ? (
        <RunningJob job={job} cancelling={cancelling} onCancel={cancel} />
      ) : (
        <Group>
          <Button leftSection={<IconFileExport size={16} />} onClick={start}>
            {hasExports || job?.state === 'done' ? t.regenerate : t.generate}
          </Button>
        </Group>
      )}
      {job?.state === 'done' && <ExportResult caseId={caseId} entry={job.result} />}
      {job?.state === 'cancelled' && (
        <Text size="sm" c="dimmed">
          {t.cancelled}
        </Text>
      )}
      {(job?.state === 'failed' || error) && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t.failedTitle}>
          {job?.state === 'failed' ? job.message : error}
        </Alert>
      )}
    </SectionCard>
  );
}
