import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CaseSummary } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { hasDesktopBridge } from '../api/client';
import { paths } from '../app/paths';

const t = uiMessages.dashboard;

/**
 * In a browser, the page is the only place to say that a deadline has passed; the desktop app
 * sends system notifications instead, so it shows nothing here.
 */
export function OverdueNotice({ cases }: { cases: CaseSummary[] }) {
  const overdue = cases.filter((row) => (row.overdueWorkingDays ?? 0) > 0);
  if (overdue.length === 0 || hasDesktopBridge()) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t.overdueTitle(overdue.length)} role="alert">
      <List size="sm" spacing={2}>
        {overdue.map((row) => (
          <List.Item key={row.id}>
            <Anchor href={`#${paths.case(row.id)}`} size="sm">
              {t.overdueItem(row.title, row.overdueWorkingDays!)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
