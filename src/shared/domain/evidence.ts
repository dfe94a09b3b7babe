import type { TimestampStatus } from './timestamp';
import type { EvidenceOcrView } from './ocr';

/** Vocabulary of the evidence locker, shared by every host and the renderer. */

/** Default exhibit order follows the customary argument: what was bought, what was said, what went wrong. */
export const EVIDENCE_CATEGORIES = ['transaction', 'communication', 'anomaly', 'identity', 'other'] as const;
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];

/** The four elements a complete chain of evidence covers: 时间、主体、事件、结果. */
export const EVIDENCE_ELEMENTS = ['time', 'parties', 'event', 'result'] as const;
export type EvidenceElement = (typeof EVIDENCE_ELEMENTS)[number];

/** Whether the other side was told a call was recorded; some regions are stricter than the national rule. */
export const RECORDING_CONSENTS = ['informed', 'not-informed', 'unknown'] as const;
export type RecordingConsent = (typeof RECORDING_CONSENTS)[number];

/**
 * Where the capture time came from: the photo's own EXIF data, the file's modification time, the
 * person, or the screenshot's own content (an order time or the latest chat time read by OCR).
 */
export type CaptureTimeSource = 'exif' | 'file-mtime' | 'user' | 'ocr';

/** Labels OCR may fill in; once the person sets one, a later OCR run leaves it alone. */
export const OCR_LABEL_FIELDS = ['category', 'title', 'elements', 'screenshot', 'capturedAt'] as const;
export type OcrLabelField = (typeof OCR_LABEL_FIELDS)[number];
/** A transcript is a document of its own in print: long enough for a long call, short enough to stay one. */
export const TRANSCRIPT_MAX = 20_000;


export interface ScreenshotFacts {
  orderNumberVisible?: boolean;
  timestampVisible?: boolean;
  userIdVisible?: boolean;
}

/** One imported original. The file itself never changes; everything else here is editable metadata. */
export interface EvidenceItem {
  id: string;
  /** File name inside the case's `evidence/` folder, generated and safe on every OS. */
  storedName: string;
  /** The name the file had when imported (NFC), kept as data only. */
  originalName: string;
  size: number;
  /** Media type sniffed from the content, not trusted from the extension. */
  mediaType: string;
  sha256: string;
  importedAt: string;
  capturedAt: string;
  capturedAtSource: CaptureTimeSource;
  category: EvidenceCategory;
  title: string;
  /** 证明目的 */
  purpose?: string;
  /** 证据来源, e.g. 平台订单页截图, 支付宝账单, 客服聊天记录, 通话录音 */
  source?: string;
  elements: EvidenceElement[];
  screenshot?: ScreenshotFacts;
  recording?: { consent: RecordingConsent };
  /** Labels the person chose (at import or in the editor): OCR never changes these. */
  userSet?: OcrLabelField[];
  /** What is said in a recording, written out by the person (printed with the recording's file facts). */
  transcript?: string;
  /** Set while the item sits in the case's evidence trash; the file stays where it is. */
  removedAt?: string;
}

/** An item as the UI and CLI show it, with its exhibit number (证据1, 证据2 …) when not removed. */
export interface EvidenceView extends EvidenceItem {
  exhibitNumber?: number;
  /** Case-relative path of the stored original, e.g. `evidence/01J….png`. */
  storedPath: string;
  /** What was read from an image (its status while it is being read); absent for other media. */
  ocr?: EvidenceOcrView;
}

/** The fields a person may edit; the file's identity (name, size, hash, type) never changes. */
export type EvidenceLabels = Partial<
  Pick<EvidenceItem, 'category' | 'title' | 'purpose' | 'source' | 'elements' | 'screenshot' | 'recording' | 'capturedAt' | 'transcript'>
>;

export type ChecklistGap =
  | { kind: 'no-evidence' }
  | { kind: 'no-payment-proof' }
  | { kind: 'no-failure-proof' }
  | { kind: 'no-communication' }
  | { kind: 'element-uncovered'; element: EvidenceElement }
  | { kind: 'screenshot-missing-facts'; itemId: string; exhibitNumber: number; missing: ('orderNumber' | 'timestamp')[] }
  | { kind: 'recording-consent-unknown'; itemId: string; exhibitNumber: number };

export type VerifyProblem =
  | { kind: 'missing'; itemId: string; storedName: string }
  | { kind: 'modified'; itemId: string; storedName: string; expected: string; actual: string }
  | { kind: 'unexpected'; file: string }
  | { kind: 'audit-broken'; line: number; reason: string }
  | { kind: 'timestamp-invalid'; file: string; reason: string };

export interface VerifyReport {
  ok: boolean;
  checked: number;
  problems: VerifyProblem[];
  /** The case's trusted timestamps as checked offline, when it has any (an invalid one is also a problem). */
  timestamps?: TimestampStatus[];
}
