import type { ClaimModel } from '../../shared/claims/claim-model';
import type { LegalBasis } from '../../shared/claims/legal-basis';
import type { CaseRecord } from '../../shared/domain/case';
import { lawParagraphs } from '../../shared/messages/letters';
import type { SellerLiability } from './seller-liability';

/**
 * The articles a document cites, chosen from the facts, each only where it applies: complaint
 * handling (电子商务法 第59条) in every complaint to the platform, delivery (第51条) where nothing
 * arrived, rescission (民法典 第563条, 第566条) where a court is asked to end the contract and return
 * the price, then the basis of every item the claim model demands, and on a marketplace the
 * platform's liability for the shop where the facts support it (电子商务法 第38条, 消保法 第44条).
 */
export function citationsFor(record: CaseRecord, model: ClaimModel, purpose: 'complaint' | 'court', seller: SellerLiability): LegalBasis[] {
  const cited: LegalBasis[] = purpose === 'complaint' ? ['ecommerce59'] : [];
  if (record.problem.type === 'not-delivered') cited.push('ecommerce51');
  if (purpose === 'court' && model.items.some((item) => item.kind === 'refund')) cited.push('civil563', 'civil566');
  for (const item of model.items) cited.push(...item.basis);
  if (seller.platformJointlyLiable) cited.push('ecommerce38');
  if (seller.identityRefused) cited.push('consumer44Identity');
  return [...new Set(cited)];
}

/** One paragraph per citation: the law's name and article, then what it says, in our words. */
export const citationParagraphs = (citations: readonly LegalBasis[]): string[] => citations.map((c) => lawParagraphs[c]);
