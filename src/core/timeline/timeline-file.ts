import { z } from 'zod';
import { NEXT_STEPS } from '../../shared/domain/advice';
import { CASE_STATUSES } from '../../shared/domain/case';
import { OFFER_KINDS, TIMELINE_CHANNELS, TIMELINE_DIRECTIONS, type TimelineEvent } from '../../shared/domain/timeline';
import { timelineMessages as t } from '../../shared/messages/timeline';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';

/** The case's negotiation history: `timeline.json` beside `case.json`, versioned and validated on read. */
export const TIMELINE_FILE_NAME = 'timeline.json';
/**
 * Version 2 added `offerKind`, `replyBy` and `sellerIdentityRefused` to entries; a version-1 file
 * reads as it is and is written as version 2 on the next change.
 */
export const TIMELINE_FILE_VERSION = 2;

const isoDateTime = storedDateTime();
const ulid = storedUlid();

const timelineEventSchema = z
  .object({
    id: ulid,
    at: isoDateTime,
    channel: z.enum(TIMELINE_CHANNELS),
    direction: z.enum(TIMELINE_DIRECTIONS),
    agentId: z.string().optional(),
    ticketNumber: z.string().optional(),
    summary: z.string(),
    quote: z.string().optional(),
    offerAmountFen: z.number().int().nonnegative().optional(),
    offerKind: z.enum(OFFER_KINDS).optional(),
    promisedWorkingDays: z.number().int().positive().optional(),
    promiseSource: z.string().optional(),
    replyBy: z.iso.date().optional(),
    sellerIdentityRefused: z.literal(true).optional(),
    evidence: z.array(ulid),
    status: z.enum(CASE_STATUSES).optional(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    removedAt: isoDateTime.optional(),
  })
  .strict() satisfies z.ZodType<TimelineEvent>;

const advisorSchema = z.object({ dismissed: z.array(z.string()), chosenStep: z.enum(NEXT_STEPS).optional() }).strict();

const timelineFileSchema = z
  .object({
    schemaVersion: z.literal(TIMELINE_FILE_VERSION),
    events: z.array(timelineEventSchema),
    /** What the person said about the advisor's suggestions: rules dismissed, a step chosen instead. */
    advisor: advisorSchema.optional(),
  })
  .strict();
export type TimelineFile = z.infer<typeof timelineFileSchema>;

/**
 * Version 1 is version 2 without the new entry fields; checked as it was (strict), so a key a version-1 file
 * cannot have is reported rather than taken for the newer field.
 */
const timelineFileV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    events: z.array(timelineEventSchema.omit({ offerKind: true, replyBy: true, sellerIdentityRefused: true })),
    advisor: advisorSchema.optional(),
  })
  .strict()
  .transform((v1): TimelineFile => ({ ...v1, schemaVersion: TIMELINE_FILE_VERSION }));

export const emptyTimelineFile = (): TimelineFile => ({ schemaVersion: TIMELINE_FILE_VERSION, events: [] });

export function parseTimelineFile(text: string): { ok: true; file: TimelineFile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: t.fileInvalid(error instanceof Error ? error.message : 'JSON') };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > TIMELINE_FILE_VERSION) {
    return { ok: false, reason: t.fileFutureVersion(version, TIMELINE_FILE_VERSION) };
  }
  const parsed = (version === 1 ? timelineFileV1Schema : timelineFileSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: t.fileInvalid(`${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim()) };
  }
  return { ok: true, file: parsed.data };
}

/** Entries sorted by time (then id), pretty-printed: people read and diff this file too. */
export function serializeTimelineFile(file: TimelineFile): string {
  const events = [...file.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return `${JSON.stringify({ ...file, events }, null, 2)}\n`;
}
