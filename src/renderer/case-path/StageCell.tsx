import { Group, Text } from '@mantine/core';
import { PATH_STAGES, type PathStage } from '../../shared/domain/complaint-path';
import { casePathMessages as t, pathStageLabels } from '../../shared/messages/case-path';
import classes from './StageCell.module.css';

/** The dashboard's mini path: six dots with the reached ones filled, and the current step's name. */
export function StageCell({ stage }: { stage: PathStage }) {
  const current = PATH_STAGES.indexOf(stage);
  return (
    <Group gap={8} wrap="nowrap" title={t.stepOf(current + 1, PATH_STAGES.length, pathStageLabels[stage])}>
      <span className={classes.dots} aria-hidden>
        {PATH_STAGES.map((step, index) => (
          <span key={step} className={classes.dot} data-reached={index < current || undefined} data-current={index === current || undefined} />
        ))}
      </span>
      <Text size="sm" truncate>
        {pathStageLabels[stage]}
      </Text>
    </Group>
  );
}
