import type { LetterKind } from './letters';

/** The next steps the escalation advisor can suggest, in the order of the usual path. */
export const NEXT_STEPS = ['cs-complaint', 'wait', 'management', 'blackcat', 'blackcat-followup', '12315', 'regulator', 'court'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Why a step is suggested; the renderer and CLI turn it into one Chinese sentence. */
export type AdviceReason =
  | { kind: 'no-complaint-yet' }
  | { kind: 'promise-pending'; dueDate: string; approximate: boolean }
  /** A deadline passed with the matter unresolved; `by` says whose it was: the other side's promise or the person's own demand. */
  | { kind: 'overdue'; channel: string; overdueWorkingDays: number; dueDate: string; by: 'promise' | 'demand' }
  | { kind: 'no-reply'; channel: string; workingDays: number }
  /** A 黑猫 complaint that brought nothing: worth a second one citing it. */
  | { kind: 'blackcat-stalled' }
  /** Fraud claimed: the regulator can investigate it. */
  | { kind: 'fraud-report' }
  /** Fraud claimed: the three-fold compensation is won in court, not offered. */
  | { kind: 'fraud-court' }
  | { kind: 'large-amount'; amountFen: number; thresholdFen: number };

export interface Advice {
  /** Stable id of the rule that fired, for dismissing it. */
  ruleId: string;
  step: NextStep;
  /** The document to generate for this step, when there is one. */
  letter?: LetterKind;
  reason: AdviceReason;
}
