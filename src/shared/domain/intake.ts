import type { CaseFacts } from './case';
import { fenToInput } from '../validation/money';

/**
 * The intake object: what the new-case form produces and what `casebook case create --file` reads.
 * Every value is a string as a person types it; validation turns it into {@link CaseFacts}.
 *
 * @example
 * { "title": "星耀卡盟｜王者荣耀点券卡密无效",
 *   "platform": { "name": "星耀卡盟" },
 *   "complainant": { "name": "张三" },
 *   "order": { "number": "20240520001", "purchasedAt": "2024-05-20T14:32:08+08:00", "amountPaid": "98.00" },
 *   "problem": { "type": "invalid-card-key" } }
 */
export interface CaseIntake {
  title?: string;
  /** Text fields only, so the intake's platform and complainant are the stored facts' own. */
  platform: CaseFacts['platform'];
  complainant: CaseFacts['complainant'];
  /** The shop that sold the goods on a marketplace platform; leave out when the platform sold them itself. */
  seller?: { name?: string; operator?: string; operatorCreditCode?: string; address?: string; contact?: string };
  order: {
    number: string;
    purchasedAt: string;
    product?: string;
    amountPaid: string;
    paymentMethod?: string;
    paymentRef?: string;
  };
  problem: { type: string; description?: string };
  demand?: { type?: string; amount?: string; deadlineDays?: number | string };
  /** Answers only a lawsuit needs: the court chosen, an arbitration or court agreement, consent to electronic service. */
  litigation?: { court?: string; agreement?: string; electronicService?: boolean | string };
}

/** The intake object that reproduces stored facts, for editing an existing case in the same form. */
export function factsToIntake(facts: CaseFacts): CaseIntake {
  return {
    title: facts.title,
    platform: { ...facts.platform },
    complainant: { ...facts.complainant },
    order: {
      number: facts.order.number,
      purchasedAt: facts.order.purchasedAt,
      product: facts.order.product,
      amountPaid: fenToInput(facts.order.amountPaidFen),
      paymentMethod: facts.order.paymentMethod,
      paymentRef: facts.order.paymentRef,
    },
    problem: { ...facts.problem },
    demand: {
      type: facts.demand.type,
      amount: facts.demand.amountFen === undefined ? undefined : fenToInput(facts.demand.amountFen),
      deadlineDays: facts.demand.deadlineDays,
    },
    ...(facts.seller ? { seller: { ...facts.seller } } : {}),
    ...(facts.litigation
      ? {
          litigation: {
            court: facts.litigation.court,
            agreement: facts.litigation.agreement,
            electronicService: facts.litigation.electronicService === undefined ? undefined : facts.litigation.electronicService ? 'yes' : 'no',
          },
        }
      : {}),
  };
}
