import type { EvidenceView } from '../shared/domain/evidence';
import { cliCommandMessages as m } from '../shared/messages';
import { CliError, ExitCode } from './exit-codes';

/**
 * The item a person names on the command line: an exhibit number (`3`, `证据3`) or an item id.
 * Items in the evidence trash have no exhibit number and are named by id only.
 */
export function evidenceItemByRef(items: readonly EvidenceView[], ref: string): EvidenceView {
  const exhibit = /^(?:证据)?\s*(\d+)$/u.exec(ref.trim());
  const found = exhibit ? items.find((item) => item.exhibitNumber === Number(exhibit[1])) : items.find((item) => item.id === ref.trim());
  if (!found) throw new CliError(m.itemNotFound(ref), ExitCode.badInput);
  return found;
}

/**
 * The new exhibit order: the named items first, in the order given, then every other item of the
 * case in its current order (what the evidence locker's reorder expects: each item exactly once).
 */
export function orderWithFirst(items: readonly EvidenceView[], refs: readonly string[]): string[] {
  const first = refs.map((ref) => evidenceItemByRef(items, ref).id);
  const twice = first.find((id, index) => first.indexOf(id) !== index);
  if (twice) throw new CliError(m.itemTwice(refs[first.indexOf(twice, first.indexOf(twice) + 1)]!), ExitCode.badInput);
  return [...first, ...items.map((item) => item.id).filter((id) => !first.includes(id))];
}
