import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { caseArchiveUrl } from '../../shared/api/case-archive-transfer';
import type { CaseArchiveView } from '../../shared/domain/transfer';
import { transferUiMessages as t } from '../../shared/messages/archives';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { formatFileSize } from '../format/file-size';
import { formatDateTime } from '../format/date-time';
import { Sha256 } from '../evidence/Sha256';
import { SectionCard } from '../common/SectionCard';

/** Where the archive is, how big, its SHA-256, and the download. */
function ArchiveFacts({ caseId, archive }: { caseId: string; archive: CaseArchiveView }) {
  return (
    <Stack gap={6}>
      <Text size="sm">{archive.files === undefined ? t.archiveSize(formatFileSize(archive.size)) : t.exportSummary(archive.files, formatFileSize(archive.size))}</Text>
      <Text size="sm">
        {t.madeAt}：{formatDateTime(archive.createdAt)}
      </Text>
      <Text size="sm">
        {t.writtenTo}：<Text span ff="monospace" size="xs">{archive.path}</Text>
      </Text>
      <Sha256 hash={archive.sha256} />
      <Group>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} component="a" href={caseArchiveUrl(caseId)} download="">
          {t.download}
        </Button>
      </Group>
    </Stack>
  );
}

/** 导出案件: the whole case folder as one .casebook.zip, to import on another computer. */
export function CaseTransferSection({ caseId }: { caseId: string }) {
  const previous = useApiQuery('cases:archive', { caseId });
  const [exported, setExported] = useState<CaseArchiveView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = () => {
    setBusy(true);
    setError(undefined);
    call('cases:export-archive', { caseId })
      .then((archive) => {
        setExported(archive);
        previous.reload();
      })
      .catch((failure: unknown) => setError(errorMessageOf(failure)))
      .finally(() => setBusy(false));
  };
  const shown = exported ?? previous.data ?? undefined;
  return (
    <SectionCard title={t.exportTitle} intro={t.exportIntro}>
      <Group>
        <Button leftSection={<IconPackageExport size={16} />} onClick={run} loading={busy}>
          {shown ? t.exportAgain : t.export}
        </Button>
      </Group>
      {exported && (
        <Alert color="green" icon={<IconCircleCheck />} title={t.exported} data-testid="case-archive-result">
          <ArchiveFacts caseId={caseId} archive={exported} />
        </Alert>
      )}
      {!exported && shown && (
        <Stack gap={4} data-testid="case-archive-previous">
          <Text size="sm" fw={500}>
            {t.previous}
          </Text>
          <ArchiveFacts caseId={caseId} archive={shown} />
        </Stack>
      )}
      {error && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t.exportFailed}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
}
