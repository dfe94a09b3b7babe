import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { exportFileUrl } from '../../shared/api/export-transfer';
import type { DossierExport } from '../../shared/domain/dossier';
import { exportTabMessages as t } from '../../shared/messages/dossier';
import { call, errorMessageOf } from '../api/client';
import { PrintButton } from '../print/PrintButton';

/** What one can do with an export: open its PDF, print it, show its folder, download the archive. */
export function ExportActions({ caseId, entry, onError }: { caseId: string; entry: DossierExport; onError: (message: string) => void }) {
  const [revealing, setRevealing] = useState(false);
  const pdf = exportFileUrl(caseId, entry.id, 'pdf');
  const reveal = () => {
    setRevealing(true);
    call('dossier:reveal', { caseId, exportId: entry.id })
      .catch((failure: unknown) => onError(`${t.revealFailed}：${errorMessageOf(failure)}`))
      .finally(() => setRevealing(false));
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} />} component="a" href={pdf} target="_blank" rel="noopener">
        {t.openPdf}
      </Button>
      <PrintButton url={pdf} />
      <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={reveal} loading={revealing}>
        {t.openFolder}
      </Button>
      <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} component="a" href={exportFileUrl(caseId, entry.id, 'zip')} download="">
        {t.downloadZip}
      </Button>
    </Group>
  );
}
