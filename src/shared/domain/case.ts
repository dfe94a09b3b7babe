/** Vocabulary of a dispute case, shared by every host and the renderer. */

export const CASE_STATUSES = [
  'preparing',
  'complained',
  'negotiating',
  'escalated',
  'third-party',
  'regulator',
  'litigation',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PROBLEM_TYPES = [
  'not-delivered',
  'wrong-delivery',
  'invalid-card-key',
  'slow-response',
  'false-advertising',
  'unauthorized-charge',
  'account-abnormal',
  'other',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export const DEMAND_TYPES = ['refund', 'redeliver', 'compensation', 'other'] as const;
export type DemandType = (typeof DEMAND_TYPES)[number];

/** Where a case sits in the workspace; trashed cases are recoverable until the user empties the trash. */
export const CASE_LIFECYCLES = ['active', 'archived', 'trashed'] as const;
export type CaseLifecycle = (typeof CASE_LIFECYCLES)[number];

/** Whether the platform's terms choose arbitration or a court: asked for the 起诉状, never assumed. */
export const JURISDICTION_AGREEMENTS = ['none', 'arbitration', 'court'] as const;
export type JurisdictionAgreement = (typeof JURISDICTION_AGREEMENTS)[number];

/**
 * The shop on a marketplace platform that actually sold the goods (商户/店铺), when there is one:
 * its name as the platform shows it, the operator behind it and where to reach them, as far as known.
 */
export interface Seller {
  name: string;
  operator?: string;
  operatorCreditCode?: string;
  address?: string;
  contact?: string;
}

/** What only a lawsuit needs: the person's answers, never assumed. */
export interface Litigation {
  /** The court the person chose; without it, the one the jurisdiction rules point to. */
  court?: string;
  agreement?: JurisdictionAgreement;
  /** Consent to electronic service (送达地址确认书). */
  electronicService?: boolean;
}

/** The facts of a case after validation: money in integer fen, date-times ISO 8601 with +08:00. */
export interface CaseFacts {
  title: string;
  platform: {
    name: string;
    url?: string;
    company?: string;
    creditCode?: string;
    address?: string;
    /** 法定代表人, from the company's public credit record. */
    legalRepresentative?: string;
    phone?: string;
    /** 客服邮箱: where a complaint e-mail goes. */
    serviceEmail?: string;
    /** 投诉/管理层邮箱: where the letter to management goes. */
    managementEmail?: string;
  };
  complainant: { name: string; phone?: string; account?: string; idNumber?: string; address?: string; ethnicity?: string; email?: string };
  seller?: Seller;
  order: {
    number: string;
    purchasedAt: string;
    product?: string;
    amountPaidFen: number;
    paymentMethod?: string;
    paymentRef?: string;
  };
  problem: { type: ProblemType; description?: string };
  demand: { type?: DemandType; amountFen?: number; deadlineDays?: number };
  litigation?: Litigation;
}

/** A loss beyond the price, listed item by item so it can be proved (民法典 第584条). */
export interface ClaimedLoss {
  text: string;
  amountFen: number;
}

/**
 * What the person claims beyond the demand: fraud (消保法 第55条 compensation), a platform
 * promise more favourable than the law, such as 假一赔三 (消保法 第44条), and other losses.
 */
export interface CaseClaims {
  fraud: boolean;
  platformPromise?: { text: string; multiplier: number };
  losses?: ClaimedLoss[];
}

/** What `case.json` holds (current schema version), as seen by every consumer. */
export interface CaseRecord extends CaseFacts {
  claims?: CaseClaims;
  schemaVersion: number;
  id: string;
  createdAt: string;
  updatedAt: string;
  status: CaseStatus;
  lifecycle: CaseLifecycle;
}

/** One dashboard row, served from the workspace index. */
export interface CaseSummary {
  id: string;
  folder: string;
  title: string;
  platformName: string;
  product?: string;
  orderNumber: string;
  amountPaidFen: number;
  status: CaseStatus;
  lifecycle: CaseLifecycle;
  createdAt: string;
  /** The latest of the last change to the case's facts, to its evidence and to its timeline. */
  lastActivityAt: string;
  /** Evidence items not in the case's evidence trash. */
  evidenceCount: number;
  /** The earliest open deadline of the case's timeline (YYYY-MM-DD), if any. */
  nextDueDate?: string;
  /** The due date (or the overdue count) involves a year without a published holiday arrangement. */
  dueApproximate?: boolean;
  /** Working days after the due date up to today; only when the due date is before today. */
  overdueWorkingDays?: number;
}

/** A case folder whose `case.json` could not be read; listed, never skipped or overwritten. */
export interface DamagedCase {
  folder: string;
  reason: string;
}

export interface CaseDetail {
  record: CaseRecord;
  folder: string;
  /** Absolute path of the case folder on this machine. */
  path: string;
}
