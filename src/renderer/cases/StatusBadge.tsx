import { Badge, type MantineColor } from '@mantine/core';
import type { CaseStatus } from '../../shared/domain/case';
import { statusLabels } from '../../shared/messages/labels';

/** Colours follow the case's path: amber while preparing, cool while talking, warmer as it escalates, grey once closed. */
export const statusColors: Record<CaseStatus, MantineColor> = {
  preparing: 'yellow',
  complained: 'blue',
  negotiating: 'cyan',
  escalated: 'orange',
  'third-party': 'grape',
  regulator: 'violet',
  litigation: 'red',
  resolved: 'green',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm">
      {statusLabels[status]}
    </Badge>
  );
}
