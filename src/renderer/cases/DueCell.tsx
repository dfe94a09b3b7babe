import { Badge } from '@mantine/core';
import type { CaseSummary } from '../../shared/domain/case';
import { timelineMessages } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { ApproximateMark } from '../timeline/ApproximateMark';
import { OVERDUE_COLOR } from '../common/overdue-color';
import classes from './CaseTable.module.css';

/**
 * The case's next due date, with its overdue working days when it has passed. Plain elements around
 * the date: every row of the dashboard has one; the badges only show on the few rows that need them.
 */
export function DueCell({ row }: { row: CaseSummary }) {
  if (!row.nextDueDate) return <span className={classes.dimmed}>{uiMessages.dashboard.noDue}</span>;
  const overdue = row.overdueWorkingDays ?? 0;
  return (
    <span className={classes.dueLine}>
      <span className={classes.dueDate}>{row.nextDueDate}</span>
      <ApproximateMark approximate={row.dueApproximate === true} />
      {overdue > 0 && (
        <Badge color={OVERDUE_COLOR} variant="filled" radius="sm" size="sm" style={{ flexShrink: 0 }}>
          {timelineMessages.overdue(overdue)}
        </Badge>
      )}
    </span>
  );
}
