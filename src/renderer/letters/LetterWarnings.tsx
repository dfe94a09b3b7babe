import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { letterUiMessages as t } from '../../shared/messages/letters-ui';

/** What looks implausible about the document (a claim without basis, an incomplete address), said before it is used. */
export function LetterWarnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t.warningsTitle} role="alert" aria-label={t.warningsTitle}>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
