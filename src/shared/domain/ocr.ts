import type { CaptureTimeSource, EvidenceCategory, EvidenceElement, ScreenshotFacts } from './evidence';
import type { TimelineDirection } from './timeline';

/** Where something was read on the image, in pixels of the original. */
export interface OcrBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text as the engine read it (spaces between Chinese characters already removed). */
export interface OcrLine {
  text: string;
  /** 0–100, the engine's own confidence. */
  confidence: number;
  box: OcrBox;
}

export const OCR_FACT_KINDS = [
  'order-number',
  'amount',
  'date-time',
  'account',
  'agent',
  'ticket',
  'company',
  'card-key',
  'error',
  'promise',
  'payment-ref',
  'product',
] as const;
export type OcrFactKind = (typeof OCR_FACT_KINDS)[number];

/** What a date-time on a screenshot is: the phone's clock, a chat message's time, or an order's or payment's time. */
export type OcrTimeRole = 'status-bar' | 'chat' | 'order' | 'payment' | 'other';
/** What an amount on a screenshot is. */
export type OcrAmountRole = 'paid' | 'total' | 'price' | 'refund' | 'other';

/**
 * One fact read from a screenshot, with where it was found. `value` is normalised (an order number's
 * digits, an ISO date-time, a card key masked); `text` is the part of the line it came from.
 */
export interface OcrFact {
  kind: OcrFactKind;
  value: string;
  text: string;
  /** Index into the OCR lines. */
  line: number;
  box: OcrBox;
  role?: OcrTimeRole | OcrAmountRole;
  amountFen?: number;
  /**
   * A date-time written without its date or year (a status bar's 14:32, a chat's 05-20 14:32 with no
   * year anywhere on the screenshot): `value` is what is known (`14:32`, `05-20 14:32`), not an ISO date-time.
   */
  timeOnly?: boolean;
  /** A promise's range in working days (3-7个工作日 → 3, 7) or in hours (24小时内 → 0, 24 with `hours`). */
  min?: number;
  max?: number;
  hours?: boolean;
  /** An error's code (E1032). */
  code?: string;
}

/** What the text says the screenshot is, so the default exhibit order is right without help. */
export interface OcrClassification {
  category: EvidenceCategory;
  title: string;
  /** The words that decided it, for the person who wonders why. */
  because: string[];
}

/** An item's OCR state in the evidence list: still waiting, reading now, read, or failed. */
export type OcrStatus = 'queued' | 'running' | 'done' | 'failed';

/** Where the case and a screenshot disagree (截图中的订单号 … 与案件订单号 … 不一致). */
export interface OcrMismatch {
  field: 'order-number' | 'amount' | 'account';
  read: string;
  expected: string;
  line: number;
}

/** What the evidence list shows about an item's OCR. */
export interface EvidenceOcrView {
  status: OcrStatus;
  /** Why the last reading failed (status `failed`). */
  error?: string;
  readAt?: string;
  facts?: OcrFact[];
  classification?: OcrClassification;
  mismatches?: OcrMismatch[];
}

/** A timeline entry read from a chat screenshot, for the person to confirm (same fields as an entry). */
export interface TimelineProposal {
  /** Stable within one reading, so the UI can track which were confirmed. */
  key: string;
  at?: string;
  direction: TimelineDirection;
  agentId?: string;
  summary: string;
  quote?: string;
  promisedWorkingDays?: number;
  offerAmountFen?: number;
  offerKind?: 'refund' | 'partial-refund' | 'coupon' | 'redelivery' | 'other';
  /** The OCR line it came from. */
  line: number;
}

/** A case field an order or payment screenshot can fill in (paths of the intake object). */
export type CaseFieldPath = 'order.number' | 'order.amountPaid' | 'order.purchasedAt' | 'order.paymentRef' | 'order.product' | 'complainant.account' | 'platform.company';

export interface CaseFieldProposal {
  field: CaseFieldPath;
  /** As the intake form takes it (amounts in yuan, date-times ISO). */
  value: string;
  line: number;
}

/** What the person sees when opening an item's OCR: the text, the facts, and what could be filled in. */
export interface OcrDetail {
  itemId: string;
  status: OcrStatus;
  error?: string;
  readAt?: string;
  lines: OcrLine[];
  image?: { width: number; height: number };
  facts: OcrFact[];
  classification?: OcrClassification;
  mismatches: OcrMismatch[];
  /** Labels OCR set (or would set) on the item, and which of them the person has set instead. */
  labels: OcrLabelProposal;
  timeline: TimelineProposal[];
  caseFields: CaseFieldProposal[];
}

/** The labels OCR proposes for an item; applied to the fields the person has not set. */
export interface OcrLabelProposal {
  category?: EvidenceCategory;
  title?: string;
  screenshot?: ScreenshotFacts;
  elements?: EvidenceElement[];
  capturedAt?: string;
  capturedAtSource?: Extract<CaptureTimeSource, 'ocr'>;
}

/** One dashboard search hit in the text read from a screenshot. */
export interface OcrSearchHit {
  caseId: string;
  caseTitle: string;
  caseFolder: string;
  itemId: string;
  itemTitle: string;
  exhibitNumber?: number;
  line: string;
}
