import { EVIDENCE_CATEGORIES, type EvidenceItem } from '../domain/evidence';

/**
 * Where a newly imported item goes in the exhibit order: after the last item of its own category or
 * of any earlier category, so the default order stays transaction → communication → anomaly →
 * identity → other even after the person has reordered by hand.
 */
export function insertionIndex(order: readonly string[], items: ReadonlyMap<string, EvidenceItem>, category: EvidenceItem['category']): number {
  const rank = EVIDENCE_CATEGORIES.indexOf(category);
  let index = 0;
  order.forEach((id, position) => {
    const item = items.get(id);
    if (item && EVIDENCE_CATEGORIES.indexOf(item.category) <= rank) index = position + 1;
  });
  return index;
}

/** Exhibit numbers (证据1, 证据2 …) follow the order and skip items in the evidence trash. */
export function exhibitNumbers(order: readonly string[], items: ReadonlyMap<string, EvidenceItem>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of order) {
    const item = items.get(id);
    if (item && !item.removedAt) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}
