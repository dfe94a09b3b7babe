import { Badge, Group, Text } from '@mantine/core';
import type { Deadline } from '../../shared/domain/timeline';
import { timelineMessages } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';
import { ApproximateMark } from './ApproximateMark';
import { OVERDUE_COLOR } from '../common/overdue-color';

const t = uiMessages.timeline;

/**
 * What is due by when (a promise's 应于 … 前处理, the demand's 要求平台于 … 前处理), then where it
 * stands: answered (late answers say by how much), overdue in red, or still open.
 */
export function DeadlineLine({ deadline, label = timelineMessages.dueOn }: { deadline: Deadline; label?: (date: string) => string }) {
  const overdue = deadline.overdueWorkingDays;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{label(deadline.dueDate)}</Text>
      <ApproximateMark approximate={deadline.approximate} />
      {deadline.answeredAt ? (
        <>
          <Text size="sm" c="teal">
            {t.answeredOn(formatDateTime(deadline.answeredAt))}
          </Text>
          {overdue > 0 && (
            <Badge color="orange" variant="light" radius="sm">
              {t.answeredLate(overdue)}
            </Badge>
          )}
        </>
      ) : (
        overdue > 0 && (
          <Badge color={OVERDUE_COLOR} variant="filled" radius="sm">
            {timelineMessages.overdue(overdue)}
          </Badge>
        )
      )}
    </Group>
  );
}
