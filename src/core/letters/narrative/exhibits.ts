import type { EvidenceView } from '../../../shared/domain/evidence';
import { letterText as l } from '../../../shared/messages/letters';

/** 证据1：订单支付截图，证明… — one line per exhibit, in exhibit order. */
export const evidenceLines = (evidence: readonly EvidenceView[]): string[] =>
  evidence.map((item) => l.exhibit(item.exhibitNumber ?? 0, item.title, item.purpose));

/** 证据1：订单支付截图（订单支付截图.png） — the files to upload to a web form, in exhibit order. */
export const attachmentLines = (evidence: readonly EvidenceView[]): string[] =>
  evidence.map((item) => l.attachment(item.exhibitNumber ?? 0, item.title, item.originalName));
