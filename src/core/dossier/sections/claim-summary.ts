import type { CaseRecord } from '../../../shared/domain/case';
import { demandPhrase } from '../../letters/narrative';

import { asPlaintiff } from './court-voice';

/**
 * What the case asks for, as the cover states it: the demand and its amount. Kept in one place so
 * the cover follows the claim model every document uses.
 */
export function claimSummary(record: CaseRecord): { lines: string[]; totalFen: number } {
  return { lines: [asPlaintiff(demandPhrase(record))], totalFen: record.demand.amountFen ?? record.order.amountPaidFen };
}
