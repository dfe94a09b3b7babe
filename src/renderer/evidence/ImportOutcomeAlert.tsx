import { Alert, List, Stack, Text } from '@mantine/core';
import { uiMessages } from '../../shared/messages/ui';
import type { ImportOutcome } from './import-sources';

const t = uiMessages.evidence;

/** What the last import did: how many went in, what deserves a second look, what was refused and why. */
export function ImportOutcomeAlert({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { imported, warnings, rejected, cancelled } = outcome;
  const color = cancelled || rejected.length > 0 ? 'orange' : 'green';
  const title = cancelled ? t.cancelledTitle : imported.length > 0 ? t.imported(imported.length) : t.importedNone;
  return (
    <Alert color={color} title={title} withCloseButton closeButtonLabel={t.dismiss} onClose={onClose} role="status">
      <Stack gap="xs">
        {cancelled && <Text size="sm">{t.cancelledKept(imported.length)}</Text>}
        {warnings.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t.warningsTitle}
            </Text>
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </div>
        )}
        {rejected.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t.rejectedTitle}
            </Text>
            <List size="sm">
              {rejected.map(({ message }, i) => (
                <List.Item key={`${i}-${message}`}>{message}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
