import type { Advice } from '../../shared/domain/advice';
import type { CaseStatus, ProblemType } from '../../shared/domain/case';
import type { LetterKind } from '../../shared/domain/letters';
import type { TimelineChannel } from '../../shared/domain/timeline';

/** Amounts above this usually justify a lawsuit (the path's rule of thumb: over 5,000 元). */
export const COURT_AMOUNT_THRESHOLD_FEN = 5_000_00;

/**
 * How long silence is tolerated on a channel before moving on, in working days: customer service
 * and management commonly promise 3–7; 黑猫 needs time for the merchant to answer; 12315 must decide
 * on acceptance within 7 working days (暂行办法 第14条) and then mediates.
 */
export const PATIENCE_WORKING_DAYS: Partial<Record<TimelineChannel, number>> = {
  'online-cs': 5,
  email: 5,
  phone: 5,
  management: 5,
  blackcat: 7,
  '12315': 10,
};

export interface AdvisorInput {
  status: CaseStatus;
  problemType: ProblemType;
  /** The amount at stake: the claim model's total. */
  amountFen: number;
  fraudClaimed: boolean;
  /** Channels the person has sent something on, in the order first used. */
  outgoingChannels: readonly TimelineChannel[];
  /**
   * The latest deadline, set by the other side's promise or by the person's own demand, with working
   * days past it as of today (a late answer that settles nothing leaves it passed).
   */
  openPromise?: { channel: TimelineChannel; dueDate: string; overdueWorkingDays: number; approximate: boolean; by: 'promise' | 'demand' };
  /** The channel of the last outgoing entry, and working days since then without any incoming entry. */
  lastOutgoing?: { channel: TimelineChannel; workingDaysWithoutReply: number };
  /** Rule ids the person dismissed. */
  dismissed?: readonly string[];
}

const CLOSED: readonly CaseStatus[] = ['resolved', 'closed'];
const FRAUD_TYPES: readonly ProblemType[] = ['false-advertising', 'unauthorized-charge'];

/** The escalation ladder after customer service; each rung is suggested once the previous one stalls. */
const LADDER: readonly { channel: TimelineChannel; step: Advice['step']; letter: LetterKind }[] = [
  { channel: 'management', step: 'management', letter: 'management-escalation' },
  { channel: 'blackcat', step: 'blackcat', letter: 'blackcat' },
  { channel: '12315', step: '12315', letter: '12315' },
  { channel: 'court', step: 'court', letter: 'court-complaint' },
];

/** Whether the person has waited long enough on `channel`: a passed promise or enough silence. */
function stalled(input: AdvisorInput): { channel: string; reason: Advice['reason'] } | undefined {
  const promise = input.openPromise;
  if (promise && promise.overdueWorkingDays > 0) {
    const reason = { kind: 'overdue', channel: promise.channel, overdueWorkingDays: promise.overdueWorkingDays, dueDate: promise.dueDate, by: promise.by } as const;
    return { channel: promise.channel, reason };
  }
  const last = input.lastOutgoing;
  if (!promise && last && last.workingDaysWithoutReply >= (PATIENCE_WORKING_DAYS[last.channel] ?? 5)) {
    return { channel: last.channel, reason: { kind: 'no-reply', channel: last.channel, workingDays: last.workingDaysWithoutReply } };
  }
  return undefined;
}

/**
 * Suggests the next step of the complaint path, first the main one, then any that apply alongside
 * (a report to the regulator for suspected fraud, a lawsuit for large amounts or fraud). Pure: the
 * timeline arithmetic is done by the caller, so the rules can be tested as a table.
 */
export function adviseNextSteps(input: AdvisorInput): Advice[] {
  if (CLOSED.includes(input.status)) return [];
  const advice: Advice[] = [];
  const used = new Set(input.outgoingChannels);
  const fraud = input.fraudClaimed || FRAUD_TYPES.includes(input.problemType);

  if (used.size === 0) {
    advice.push({ ruleId: 'first-complaint', step: 'cs-complaint', letter: 'cs-email', reason: { kind: 'no-complaint-yet' } });
  } else if (input.openPromise && input.openPromise.overdueWorkingDays === 0) {
    const { dueDate, approximate } = input.openPromise;
    advice.push({ ruleId: 'wait-for-promise', step: 'wait', reason: { kind: 'promise-pending', dueDate, approximate } });
  } else {
    const stall = stalled(input);
    // The rung above the highest one already used: someone who went straight to 黑猫 is not sent back to management.
    const highest = LADDER.reduce((top, rung, index) => (used.has(rung.channel) ? index : top), -1);
    const next = LADDER[highest + 1];
    if (stall && next) {
      advice.push({ ruleId: `escalate-${next.step}`, step: next.step, letter: next.letter, reason: stall.reason });
    }
    // A stalled 黑猫 complaint is also worth a follow-up there, citing the first one (二次投诉).
    if (stall?.channel === 'blackcat') {
      advice.push({ ruleId: 'blackcat-followup', step: 'blackcat-followup', letter: 'blackcat-followup', reason: { kind: 'blackcat-stalled' } });
    }
  }

  if (fraud && !used.has('regulator') && !used.has('12315')) {
    advice.push({ ruleId: 'report-fraud', step: 'regulator', letter: '12315', reason: { kind: 'fraud-report' } });
  }
  const suggestsCourt = advice.some((a) => a.step === 'court');
  if (!suggestsCourt && !used.has('court') && (fraud || input.amountFen > COURT_AMOUNT_THRESHOLD_FEN)) {
    const reason: Advice['reason'] = fraud ? { kind: 'fraud-court' } : { kind: 'large-amount', amountFen: input.amountFen, thresholdFen: COURT_AMOUNT_THRESHOLD_FEN };
    advice.push({ ruleId: fraud ? 'court-for-fraud' : 'court-for-amount', step: 'court', letter: 'court-complaint', reason });
  }
  const dismissed = new Set(input.dismissed ?? []);
  return withoutRepeatedLetters(advice.filter((a) => !dismissed.has(a.ruleId)));
}

/** Each document is offered once, on the first card that suggests it; a later card keeps only its reason. */
function withoutRepeatedLetters(advice: readonly Advice[]): Advice[] {
  const offered = new Set<string>();
  return advice.map((item) => {
    if (!item.letter) return item;
    if (offered.has(item.letter)) {
      const { letter: _repeated, ...rest } = item;
      return rest;
    }
    offered.add(item.letter);
    return item;
  });
}
