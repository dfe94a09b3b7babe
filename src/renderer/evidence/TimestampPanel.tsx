import { Alert, Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockShield } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { TimestampStatus } from '../../shared/domain/timestamp';
import { timestampMessages as t } from '../../shared/messages/timestamps';
import { ApiCallError, call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { formatDateTime } from '../format/date-time';

const headingId = 'evidence-timestamps-title';

function StampLine({ stamp }: { stamp: TimestampStatus }) {
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={stamp.valid ? 'green' : 'red'} variant="light" style={{ flexShrink: 0 }}>
          {stamp.valid ? t.valid : t.invalid}
        </Badge>
        <Stack gap={2}>
          <Text size="sm">{t.statusLine(stamp.genTime ? formatDateTime(stamp.genTime) : '?', stamp.tsa ?? '?', stamp.items, stamp.uncovered)}</Text>
          {stamp.problems.map((problem) => (
            <Text key={problem} size="xs" c="red">
              {problem}
            </Text>
          ))}
        </Stack>
      </Group>
    </List.Item>
  );
}

/**
 * 可信时间戳: the case's RFC 3161 stamps, checked offline by the host, and the request for a new one
 * from the time-stamping service the person names (off until they ask; it needs the network).
 */
export function TimestampPanel({ caseId, evidenceCount }: { caseId: string; evidenceCount: number }) {
  const overview = useApiQuery('timestamps:get', { caseId });
  const [tsaUrl, setTsaUrl] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const saved = overview.data?.tsaUrl;

  // The address last used, once it is known, unless the person has started typing another.
  useEffect(() => {
    if (saved) setTsaUrl((typed) => typed || saved);
  }, [saved]);

  const request = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      overview.setData(await call('timestamps:request', { caseId, tsaUrl }));
      notifications.show({ color: 'green', message: t.requested });
    } catch (failure) {
      setError(failure instanceof ApiCallError && failure.fields[0] ? failure.fields[0].message : errorMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const stamps = overview.data?.stamps ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" mb="xs" id={headingId}>
        {t.panelTitle}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t.panelDescription}
      </Text>
      {overview.error && (
        <Alert color="red" role="alert" mb="sm">
          {overview.error}
        </Alert>
      )}
      {stamps.length === 0 ? (
        <Text size="sm" mb="sm">
          {t.none}
        </Text>
      ) : (
        <List spacing="xs" mb="sm" listStyleType="none">
          {stamps.map((stamp) => (
            <StampLine key={stamp.id} stamp={stamp} />
          ))}
        </List>
      )}
      <form onSubmit={request} noValidate>
        <Stack gap="xs">
          <TextInput
            label={t.tsaUrlLabel}
            placeholder={t.tsaUrlPlaceholder}
            value={tsaUrl}
            onChange={(event) => setTsaUrl(event.currentTarget.value)}
            error={error}
          />
          <Button type="submit" variant="light" leftSection={<IconClockShield size={16} />} loading={busy} disabled={evidenceCount === 0 || tsaUrl.trim() === ''}>
            {t.request}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
