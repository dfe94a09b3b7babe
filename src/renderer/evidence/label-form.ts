import type { ApiInput } from '../../shared/api/contract';
import { evidenceLabelsSchema } from '../../shared/api/contract';
import { CHINESE_ISSUES } from '../../shared/validation/issue-messages';
import type { EvidenceElement, EvidenceView, RecordingConsent } from '../../shared/domain/evidence';
import { formatDateTimeWithSeconds } from '../format/date-time';
import { mediaKind } from './media-kind';

/** What the editor's inputs hold. */
export interface LabelValues {
  title: string;
  category: EvidenceView['category'];
  purpose: string;
  source: string;
  elements: EvidenceElement[];
  orderNumberVisible: boolean;
  timestampVisible: boolean;
  userIdVisible: boolean;
  consent: RecordingConsent;
  capturedAt: string;
  transcript: string;
}

export type EvidenceLabelsInput = ApiInput<'evidence:update'>['labels'];
/** One message per label field (`title`, `capturedAt` …), from the shared schema. */
export type LabelErrors = Partial<Record<string, string>>;

export const asksScreenshotFacts = (item: EvidenceView) => mediaKind(item.mediaType) === 'image';
export const asksConsent = (item: EvidenceView) => mediaKind(item.mediaType) === 'audio' || item.recording !== undefined;
/** Recordings (sound or film) are printed as file facts: what was said goes on paper as a transcript. */
export const asksTranscript = (item: EvidenceView) => ['audio', 'video'].includes(mediaKind(item.mediaType)) || item.transcript !== undefined;

export const valuesOf = (item: EvidenceView): LabelValues => ({
  title: item.title,
  category: item.category,
  purpose: item.purpose ?? '',
  source: item.source ?? '',
  elements: item.elements,
  orderNumberVisible: item.screenshot?.orderNumberVisible ?? false,
  timestampVisible: item.screenshot?.timestampVisible ?? false,
  userIdVisible: item.screenshot?.userIdVisible ?? false,
  consent: item.recording?.consent ?? 'unknown',
  capturedAt: formatDateTimeWithSeconds(item.capturedAt),
  transcript: item.transcript ?? '',
});

/** The labels to send: screenshot facts only for images, consent and transcript only for recordings. */
export function labelsOf(values: LabelValues, item: EvidenceView): EvidenceLabelsInput {
  const { orderNumberVisible, timestampVisible, userIdVisible, consent, transcript, ...common } = values;
  return {
    ...common,
    ...(asksScreenshotFacts(item) && { screenshot: { orderNumberVisible, timestampVisible, userIdVisible } }),
    ...(asksConsent(item) && { recording: { consent } }),
    ...(asksTranscript(item) && { transcript }),
  };
}

/** Checks the labels with the schema the host applies, so its Chinese messages show under the fields. */
export function checkLabels(labels: EvidenceLabelsInput): LabelErrors {
  const parsed = evidenceLabelsSchema.safeParse(labels, CHINESE_ISSUES);
  if (parsed.success) return {};
  const errors: LabelErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}
