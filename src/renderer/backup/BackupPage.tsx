import { Stack, Title } from '@mantine/core';
import { backupUiMessages as t } from '../../shared/messages/backup';
import { useApiQuery } from '../api/useApiQuery';
import { Loading, LoadFailed } from '../common/LoadStates';
import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';

/** 备份与恢复 (the desktop menu's 文件 › 备份工作区…, and the navbar). */
export function BackupPage() {
  const status = useApiQuery('backup:status', {});
  return (
    <Stack gap="md" maw={1000}>
      <Title order={2}>{t.pageTitle}</Title>
      {status.error ? (
        <LoadFailed title={t.backupTitle} message={status.error} onRetry={status.reload} />
      ) : !status.data ? (
        <Loading />
      ) : (
        <BackupPanel status={status.data} onChanged={status.reload} />
      )}
      <RestorePanel onRestored={status.reload} />
    </Stack>
  );
}
