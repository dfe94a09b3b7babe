import { Alert, Button, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { BACKUP_REMINDER_DEFAULT_DAYS, BACKUP_REMINDER_MAX_DAYS, type BackupOutcome, type BackupStatus } from '../../shared/domain/backup';
import { backupUiMessages as t } from '../../shared/messages/backup';
import { call, errorMessageOf } from '../api/client';
import { formatDateTime } from '../format/date-time';
import { formatFileSize } from '../format/file-size';
import { Sha256 } from '../evidence/Sha256';
import { SectionCard } from '../common/SectionCard';

/** 备份工作区: back up now, see the last backup, set the dashboard's reminder. */
export function BackupPanel({ status, onChanged }: { status: BackupStatus; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome>();
  const [error, setError] = useState<string>();
  const [days, setDays] = useState<number>(status.reminderDays ?? BACKUP_REMINDER_DEFAULT_DAYS);
  const backup = () => {
    setBusy(true);
    setError(undefined);
    call('backup:create', {})
      .then((done) => {
        setOutcome(done);
        onChanged();
      })
      .catch((failure: unknown) => setError(errorMessageOf(failure)))
      .finally(() => setBusy(false));
  };
  const setReminder = (reminderDays: number | null) => {
    void call('backup:set-reminder', { reminderDays }).then(onChanged, (failure: unknown) => setError(errorMessageOf(failure)));
  };
  const { lastBackup, daysSince } = status;
  return (
    <SectionCard title={t.backupTitle} intro={t.backupIntro(status.folder ?? '')}>
      <Text size="sm">
        {lastBackup?.restored ? t.lastRestored : t.lastBackup}：
        {lastBackup ? `${formatDateTime(lastBackup.at)}（${t.daysAgo(daysSince ?? 0)}）` : t.never}
      </Text>
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={backup} loading={busy}>
          {t.backupNow}
        </Button>
      </Group>
      {outcome && (
        <Alert color="green" icon={<IconCircleCheck />} title={t.backedUp} data-testid="backup-result">
          <Stack gap={6}>
            <Text size="sm">{t.backupSummary(outcome.cases, outcome.files, formatFileSize(outcome.size))}</Text>
            <Text size="xs" ff="monospace">
              {outcome.archive}
            </Text>
            <Sha256 hash={outcome.sha256} />
          </Stack>
        </Alert>
      )}
      {error && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t.backupFailed}>
          {error}
        </Alert>
      )}
      <Group gap="md" align="flex-end">
        <Switch
          label={t.reminderOn}
          description={t.reminderLabel}
          checked={status.reminderDays !== null}
          onChange={(event) => setReminder(event.currentTarget.checked ? days : null)}
        />
        <NumberInput
          label={t.reminderDays}
          value={days}
          min={1}
          max={BACKUP_REMINDER_MAX_DAYS}
          w={100}
          disabled={status.reminderDays === null}
          onChange={(value) => typeof value === 'number' && setDays(value)}
          onBlur={() => status.reminderDays !== null && days !== status.reminderDays && setReminder(days)}
        />
      </Group>
    </SectionCard>
  );
}
