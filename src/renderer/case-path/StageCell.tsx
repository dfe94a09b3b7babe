import { PATH_STAGES, type PathStage } from '../../shared/domain/complaint-path';
import { casePathMessages as t, pathStageLabels } from '../../shared/messages/case-path';
import classes from './StageCell.module.css';

/**
 * The dashboard's mini path: six dots with the reached ones filled, and the current step's name.
 * Plain elements, not Mantine's Group and Text: every row of the dashboard has one.
 */
export function StageCell({ stage }: { stage: PathStage }) {
  const current = PATH_STAGES.indexOf(stage);
  return (
    <span className={classes.cell} title={t.stepOf(current + 1, PATH_STAGES.length, pathStageLabels[stage])}>
      <span className={classes.dots} aria-hidden>
        {PATH_STAGES.map((step, index) => (
          <span key={step} className={classes.dot} data-reached={index < current || undefined} data-current={index === current || undefined} />
        ))}
      </span>
      <span className={classes.name}>{pathStageLabels[stage]}</span>
    </span>
  );
}
