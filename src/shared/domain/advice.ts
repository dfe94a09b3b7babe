import type { LetterKind } from './letters';

/** The next steps the escalation advisor can suggest, in the order of the usual path. */
export const NEXT_STEPS = ['cs-complaint', 'wait', 'management', 'blackcat', 'blackcat-followup', '12315', 'regulator', 'court'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Why a step is suggested; the renderer and CLI turn it into one Chinese sentence. */
export type AdviceReason =
  | { kind: 'no-complaint-yet' }
  | { kind: 'promise-pending'; dueDate: string; approximate: boolean }
  | { kind: 'overdue'; channel: string; overdueWorkingDays: number }
  | { kind: 'no-reply'; channel: string; workingDays: number }
  | { kind: 'fraud-suspected' }
  | { kind: 'large-amount'; amountFen: number; thresholdFen: number };

export interface Advice {
  /** Stable id of the rule that fired, for dismissing it. */
  ruleId: string;
  step: NextStep;
  /** The document to generate for this step, when there is one. */
  letter?: LetterKind;
  reason: AdviceReason;
}
