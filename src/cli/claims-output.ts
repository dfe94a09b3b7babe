import { claimModel } from '../shared/claims/claim-model';
import type { CaseRecord } from '../shared/domain/case';
import { claimItemLabel, claimMessages, claimWarningText, cliCommandMessages as m, legalBasisLabels } from '../shared/messages';
import { formatFen } from '../shared/validation/money';
import { formatTable } from './text-table';

/**
 * The stable `claims --json` document: the claims as stored, each item of the claim model with its
 * amount (fen) and legal basis, the total every document uses, and the plausibility warnings.
 */
export function claimModelJson(record: CaseRecord) {
  const model = claimModel(record);
  const item = (entry: (typeof model.items)[number]) => ({
    kind: entry.kind,
    label: claimItemLabel(entry),
    amountFen: entry.fen,
    basis: entry.basis.map((id) => ({ id, label: legalBasisLabels[id] })),
  });
  return {
    claims: record.claims ?? { fraud: false },
    items: model.items.map(item),
    ...(model.notAdded ? { notAdded: item(model.notAdded) } : {}),
    totalFen: model.totalFen,
    warnings: model.warnings.map((warning) => ({ kind: warning.kind, message: claimWarningText(warning) })),
  };
}

/** `claims`: one row per item (what, how much, on which articles), the total, then the warnings. */
export function formatClaimModel(record: CaseRecord): string {
  const model = claimModel(record);
  const rows = model.items.map((item) => [claimItemLabel(item), `${formatFen(item.fen)} 元`, item.basis.map((id) => legalBasisLabels[id]).join('、')]);
  const lines = [m.claimsHeading, rows.length > 0 ? formatTable(rows).replace(/^/gm, '  ') : m.claimsNone, m.claimsTotal(`${formatFen(model.totalFen)} 元`)];
  if (model.notAdded) lines.push(claimMessages.notAdded(claimItemLabel(model.notAdded), `${formatFen(model.notAdded.fen)} 元`));
  if (model.warnings.length > 0) lines.push(m.claimsWarnings, ...model.warnings.map((warning) => `  ${claimWarningText(warning)}`));
  return lines.join('\n');
}
