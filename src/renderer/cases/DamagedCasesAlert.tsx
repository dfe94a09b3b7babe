import { Alert, Code, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { DamagedCase } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.dashboard;

/** Unreadable case folders are always listed, so no case silently disappears from the dashboard. */
export function DamagedCasesAlert({ damaged }: { damaged: DamagedCase[] }) {
  if (damaged.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title={t.damagedTitle(damaged.length)} role="alert">
      <Text size="sm" mb="xs">
        {t.damagedDescription}
      </Text>
      <List size="sm" spacing={4}>
        {damaged.map(({ folder, reason }) => (
          <List.Item key={folder}>
            <Code>{folder}</Code>{' '}
            <Text span size="sm" c="dimmed">
              {reason}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
