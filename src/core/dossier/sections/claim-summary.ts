import { claimModel } from '../../../shared/claims/claim-model';
import type { CaseRecord } from '../../../shared/domain/case';
import { demandSummary } from '../../letters/narrative/demands';
import { dossierVoice } from './court-voice';

/**
 * What the case asks for, as the cover states it: the claim model's demands and total, the same as
 * every document's.
 */
export function claimSummary(record: CaseRecord): { lines: string[]; totalFen: number } {
  const model = claimModel(record);
  return { lines: [demandSummary(model, dossierVoice(record), record.order.amountPaidFen)], totalFen: model.totalFen };
}
