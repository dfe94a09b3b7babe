import { Badge, type MantineColor } from '@mantine/core';
import type { CaseStatus } from '../../shared/domain/case';
import { statusLabels } from '../../shared/messages/labels';

/** Colours follow the case's path: grey while preparing, cooler while talking, warmer as it escalates. */
export const statusColors: Record<CaseStatus, MantineColor> = {
  preparing: 'gray',
  complained: 'blue',
  negotiating: 'cyan',
  escalated: 'orange',
  'third-party': 'grape',
  regulator: 'violet',
  litigation: 'red',
  resolved: 'green',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm">
      {statusLabels[status]}
    </Badge>
  );
}
