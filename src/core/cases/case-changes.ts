import type { CaseRecord } from '../../shared/domain/case';

/** Bookkeeping fields that change with every write; status and lifecycle are reported with their values. */
const NOT_FACTS = new Set(['schemaVersion', 'updatedAt', 'status', 'lifecycle']);

function leaves(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

export interface CaseChanges {
  /** Dotted paths of the facts that changed (`order.amountPaidFen`), without their values: the audit log names what changed, case.json holds what it is. */
  fields: string[];
  status?: { from: CaseRecord['status']; to: CaseRecord['status'] };
  lifecycle?: { from: CaseRecord['lifecycle']; to: CaseRecord['lifecycle'] };
}

/**
 * What an edit changed in a case, for its audit line.
 * @example caseChanges(before, { ...before, status: 'closed' }) // { fields: [], status: { from: 'preparing', to: 'closed' } }
 */
export function caseChanges(before: CaseRecord, after: CaseRecord): CaseChanges {
  const was = leaves(before, '', new Map());
  const is = leaves(after, '', new Map());
  const fields = [...new Set([...was.keys(), ...is.keys()])].filter((path) => !NOT_FACTS.has(path) && was.get(path) !== is.get(path)).sort();
  return {
    fields,
    ...(before.status !== after.status ? { status: { from: before.status, to: after.status } } : {}),
    ...(before.lifecycle !== after.lifecycle ? { lifecycle: { from: before.lifecycle, to: after.lifecycle } } : {}),
  };
}
