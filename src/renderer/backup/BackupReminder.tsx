import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { backupUiMessages as t } from '../../shared/messages/backup';
import { call } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { paths } from '../app/paths';

/** The dashboard's reminder when the last backup is older than the chosen period (30 days unless changed; can be turned off). */
export function BackupReminder() {
  const status = useApiQuery('backup:status', {});
  const [, navigate] = useLocation();
  const [hidden, setHidden] = useState(false);
  if (!status.data?.due || hidden) return null;
  const { daysSince } = status.data;
  const turnOff = () => {
    setHidden(true);
    void call('backup:set-reminder', { reminderDays: null }).catch(() => setHidden(false));
  };
  return (
    <Alert color="yellow" icon={<IconDeviceFloppy />} title={t.dueTitle} data-testid="backup-reminder">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{daysSince === undefined ? t.dueNever : t.dueOld(daysSince)}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => navigate(paths.backup)}>
            {t.dueAction}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={turnOff}>
            {t.dueOff}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
