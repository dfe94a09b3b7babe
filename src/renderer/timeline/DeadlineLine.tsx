import { Badge, Group, Text } from '@mantine/core';
import type { Deadline } from '../../shared/domain/timeline';
import { timelineMessages } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';
import { ApproximateMark } from './ApproximateMark';

/**
 * Where a deadline stands: answered, overdue (red, counted in working days), or still open.
 * `label` says what is due (a promise's 应于 … 前处理, the demand's 要求平台于 … 前处理).
 */
export function DeadlineLine({ deadline, label = timelineMessages.dueOn }: { deadline: Deadline; label?: (date: string) => string }) {
  const overdue = deadline.overdueWorkingDays > 0;
  return (
    <Group gap={6} wrap="wrap">
      {deadline.answeredAt ? (
        <Text size="sm" c="green.8" data-testid="deadline-answered">
          {uiMessages.timeline.answeredOn(formatDateTime(deadline.answeredAt))}
        </Text>
      ) : (
        <Text size="sm">{label(deadline.dueDate)}</Text>
      )}
      {overdue && (
        <Badge color="red" variant="filled" radius="sm">
          {timelineMessages.overdue(deadline.overdueWorkingDays)}
        </Badge>
      )}
      <ApproximateMark approximate={deadline.approximate} />
    </Group>
  );
}
