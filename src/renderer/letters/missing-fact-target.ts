/** Where the person fixes a missing fact: the case form, the evidence locker or the timeline. */
export type FixTarget = 'case' | 'evidence' | 'timeline';

/** By the prefix of the fact's field path (`evidence.3.purpose`, `timeline.ticketNumber`, `platform.address`). */
export function fixTargetOf(field: string): FixTarget {
  const head = field.split('.')[0];
  if (head === 'evidence') return 'evidence';
  if (head === 'timeline') return 'timeline';
  return 'case';
}
