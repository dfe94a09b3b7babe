import type { TimelineChannel } from './timeline';

/**
 * The complaint path a dispute usually follows, in order: prepare the facts and evidence, complain to
 * customer service, escalate to management, then 黑猫投诉, then the regulator (全国12315), then an
 * internet court.
 */
export const PATH_STAGES = ['prepare', 'customer-service', 'management', 'blackcat', '12315', 'court'] as const;
export type PathStage = (typeof PATH_STAGES)[number];

/** Which step of the path a contact on a channel belongs to; `other` belongs to none. */
export const PATH_STAGE_OF_CHANNEL: Readonly<Partial<Record<TimelineChannel, PathStage>>> = {
  'online-cs': 'customer-service',
  email: 'customer-service',
  phone: 'customer-service',
  management: 'management',
  blackcat: 'blackcat',
  '12315': '12315',
  // A complaint to a market regulator outside 12315 is the same administrative route.
  regulator: '12315',
  court: 'court',
};

/**
 * `done`: taken and left behind; `skipped`: passed over on the way to a later step (someone who went
 * straight to 黑猫 never wrote to management); `current`: the furthest step taken, still running;
 * `upcoming`: not reached yet.
 */
export type PathStepState = 'done' | 'skipped' | 'current' | 'upcoming';

export interface PathStep {
  stage: PathStage;
  state: PathStepState;
  /** When the person first complained on this step (ISO 8601, +08:00). */
  takenAt?: string;
  /** The complaint or ticket number given on this step (the first one recorded). */
  ticketNumber?: string;
}

/** Where a case stands on its path, derived from the timeline; nothing of it is typed by the person. */
export interface CasePath {
  steps: PathStep[];
  current: PathStage;
  /** The case is resolved or closed: the path ends at the current step. */
  finished: boolean;
  /**
   * The latest deadline on the current step (a promise made there, or for customer service the
   * demand's working days), with the working days left until it or past it as of today.
   */
  deadline?: {
    dueDate: string;
    approximate: boolean;
    /** Working days from today up to the due date (0 on the day itself); only while it has not passed. */
    workingDaysLeft?: number;
    overdueWorkingDays: number;
    answeredAt?: string;
    /**
     * `regulator-acceptance`: no promise was recorded at 12315, so the deadline is the regulator's own
     * limit for deciding whether to accept the complaint (see `REGULATOR_ACCEPTANCE_WORKING_DAYS`).
     */
    basis?: 'regulator-acceptance';
  };
}

/**
 * 市场监督管理投诉举报处理暂行办法 第十四条: the regulator decides within 7 working days of receiving a
 * complaint whether to accept it.
 */
export const REGULATOR_ACCEPTANCE_WORKING_DAYS = 7;
