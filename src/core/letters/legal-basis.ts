import type { CaseRecord } from '../../shared/domain/case';
import { letterText as l } from '../../shared/messages/letters';

export type Citation = keyof typeof l.law;

/**
 * The articles a document may cite, chosen from the facts: each only where it applies. Complaint
 * handling (电子商务法 第59条) applies to every complaint to the platform; the contract articles to
 * the failures that are a breach; 消保法 第55条 only where fraud is claimed, 第44条 only where the
 * platform made a promise.
 */
export function citationsFor(record: CaseRecord, purpose: 'complaint' | 'court'): Citation[] {
  const cited: Citation[] = purpose === 'complaint' ? ['ecommerce59'] : [];
  const type = record.problem.type;
  if (type === 'not-delivered') cited.push('ecommerce51');
  if (type === 'not-delivered' || type === 'invalid-card-key' || type === 'wrong-delivery') cited.push('civil577');
  if (purpose === 'court' && record.demand.type === 'compensation') cited.push('civil584');
  if (record.claims?.platformPromise) cited.push('consumer44');
  if (record.claims?.fraud) cited.push('consumer55');
  return cited;
}

/** One paragraph per citation: the law's name and article, then what it says, in our words. */
export const citationParagraphs = (citations: readonly Citation[]): string[] => citations.map((c) => l.law[c]);
