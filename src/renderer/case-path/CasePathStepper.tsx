import { Badge, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { PATH_STAGES, type CasePath, type PathStep } from '../../shared/domain/complaint-path';
import { casePathMessages as t, pathStageLabels } from '../../shared/messages/case-path';
import { formatDateTime } from '../format/date-time';
import { ApproximateMark } from '../timeline/ApproximateMark';
import classes from './CasePathStepper.module.css';
import { OVERDUE_COLOR } from '../common/overdue-color';

const day = (iso: string) => formatDateTime(iso).slice(0, 10);

/** What the current step's deadline means today: days left, overdue, or answered. */
function DeadlineLines({ deadline }: { deadline: NonNullable<CasePath['deadline']> }) {
  return (
    <>
      <Text size="xs" c="dimmed" className={classes.detail}>
        {t.due(deadline.dueDate)} <ApproximateMark approximate={deadline.approximate} />
      </Text>
      {deadline.basis === 'regulator-acceptance' && (
        <Text size="xs" c="dimmed" title={t.regulatorLimitHint}>
          {t.regulatorLimit}
        </Text>
      )}
      {deadline.answeredAt ? (
        <Text size="xs" className={classes.detail}>
          {t.answered(day(deadline.answeredAt))}
        </Text>
      ) : deadline.overdueWorkingDays > 0 ? (
        <Badge color={OVERDUE_COLOR} variant="filled" radius="sm" size="sm">
          {t.overdue(deadline.overdueWorkingDays)}
        </Badge>
      ) : (
        deadline.workingDaysLeft !== undefined && (
          <Badge color={deadline.workingDaysLeft <= 1 ? 'orange' : 'blue'} variant="light" radius="sm" size="sm">
            {t.workingDaysLeft(deadline.workingDaysLeft)}
          </Badge>
        )
      )}
    </>
  );
}

function StepDetails({ step, path }: { step: PathStep; path: CasePath }) {
  return (
    <Stack gap={2} align="center" mt={6} miw={0}>
      <Text size="sm" fw={step.state === 'current' ? 700 : 500} c={step.state === 'upcoming' ? 'dimmed' : undefined}>
        {pathStageLabels[step.stage]}
      </Text>
      {step.takenAt && (
        <Text size="xs" c="dimmed" className={classes.detail}>
          {t.takenOn(day(step.takenAt))}
        </Text>
      )}
      {step.ticketNumber && (
        <Text size="xs" className={classes.detail}>
          {t.ticket(step.ticketNumber)}
        </Text>
      )}
      {step.state === 'skipped' && (
        <Text size="xs" c="dimmed">
          {t.skipped}
        </Text>
      )}
      {step.state === 'current' && !path.finished && path.deadline && <DeadlineLines deadline={path.deadline} />}
      {/* Said rather than left blank, so a missing promise reads as something to record, not as no deadline at all. */}
      {step.state === 'current' && !path.finished && !path.deadline && step.stage !== 'prepare' && (
        <Text size="xs" c="dimmed" title={t.noDeadlineHint}>
          {t.noDeadline}
        </Text>
      )}
      {step.state === 'current' && path.finished && (
        <Text size="xs" c="dimmed">
          {t.finished}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The complaint path as a horizontal line of six steps (准备材料 → … → 互联网法院): what was taken and
 * when, with the number the other side gave, the current step with its deadline in working days, and
 * the steps still ahead. An ordered list, so a screen reader hears the steps in order with their state.
 */
export function CasePathStepper({ path }: { path: CasePath }) {
  const currentIndex = PATH_STAGES.indexOf(path.current);
  return (
    <ol className={classes.steps} aria-label={t.title}>
      {path.steps.map((step, index) => (
        <li
          key={step.stage}
          className={classes.step}
          data-state={step.state}
          data-reached={index <= currentIndex || undefined}
          aria-current={step.state === 'current' ? 'step' : undefined}
          data-testid={`path-step-${step.stage}`}
        >
          <div className={classes.marker} aria-hidden>
            {step.state === 'done' ? <IconCheck size={18} stroke={2.5} /> : step.state === 'skipped' ? <IconMinus size={16} /> : index + 1}
          </div>
          {t.stateWords[step.state] && <VisuallyHidden>{t.stateWords[step.state]}</VisuallyHidden>}
          <StepDetails step={step} path={path} />
        </li>
      ))}
    </ol>
  );
}
