import { Badge, Group, Text } from '@mantine/core';
import type { CaseSummary } from '../../shared/domain/case';
import { timelineMessages } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { ApproximateMark } from '../timeline/ApproximateMark';
import { OVERDUE_COLOR } from '../common/overdue-color';

/** The case's next due date, with its overdue working days when it has passed. */
export function DueCell({ row }: { row: CaseSummary }) {
  if (!row.nextDueDate) {
    return (
      <Text size="sm" c="dimmed">
        {uiMessages.dashboard.noDue}
      </Text>
    );
  }
  const overdue = row.overdueWorkingDays ?? 0;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {row.nextDueDate}
      </Text>
      <ApproximateMark approximate={row.dueApproximate === true} />
      {overdue > 0 && (
        <Badge color={OVERDUE_COLOR} variant="filled" radius="sm" size="sm" style={{ flexShrink: 0 }}>
          {timelineMessages.overdue(overdue)}
        </Badge>
      )}
    </Group>
  );
}
