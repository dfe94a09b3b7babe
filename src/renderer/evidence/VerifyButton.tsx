import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { VerifyReport } from '../../shared/domain/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';
import { problemMessage } from './verify-text';

const t = uiMessages.evidence.verify;

/** Re-hashes every original and checks the audit chain; the report stays until the next check. */
export function VerifyButton({ caseId }: { caseId: string }) {
  const [report, setReport] = useState<VerifyReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setReport(await call('evidence:verify', { caseId }));
    } catch (failure) {
      setReport(undefined);
      setError(errorMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Button variant="light" leftSection={<IconShieldCheck size={16} />} onClick={verify} loading={busy}>
        {t.button}
      </Button>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {report &&
        (report.ok ? (
          <Alert color="green" title={t.intact(report.checked)} role="status">
            <Text size="sm">{t.intactText}</Text>
          </Alert>
        ) : (
          <Alert color="red" title={t.problemsTitle(report.problems.length)} role="alert">
            <List size="sm">
              {report.problems.map((problem) => {
                const message = problemMessage(problem);
                return <List.Item key={message}>{message}</List.Item>;
              })}
            </List>
          </Alert>
        ))}
    </Stack>
  );
}
