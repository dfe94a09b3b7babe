import { z } from 'zod';
import {
  CASE_LIFECYCLES,
  CASE_STATUSES,
  type CaseDetail,
  type CaseSummary,
  type DamagedCase,
} from '../domain/case';
import {
  EVIDENCE_CATEGORIES,
  EVIDENCE_ELEMENTS,
  RECORDING_CONSENTS,
  TRANSCRIPT_MAX,
  type ChecklistGap,
  type EvidenceView,
} from '../domain/evidence';
import type { AuditRepairPlan, VerifyReport } from '../domain/integrity';
import { NEXT_STEPS, type Advice, type NextStep } from '../domain/advice';
import type { CasePath } from '../domain/complaint-path';
import { COLOR_SCHEMES, type Preferences } from '../domain/preferences';
import type { DossierExport, DossierJob } from '../domain/dossier';
import type { OcrDetail, OcrSearchHit, OcrStatus } from '../domain/ocr';
import type { LetterBuild, LetterDocument } from '../domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../domain/letters';
import { TIMELINE_CHANNELS, type Deadline, type TimelineChannel, type TimelineEventView } from '../domain/timeline';
import { validationMessages } from '../messages/validation';
import { letterDocumentSchema } from '../validation/letter-schema';
import { parseDateTime } from '../validation/date-time';
import { parseWebUrl } from '../validation/url';
import type { TimestampOverview } from '../domain/timestamp';
import { timelineEventInputSchema } from '../validation/timeline-schema';
import { caseIntakeSchema } from '../validation/intake-schema';
import { textField } from '../validation/text-fields';
import { claimsInputSchema } from '../validation/claims-schema';
import type { Channel } from './channels';
import { storedUlid } from '../validation/stored-formats';
import { BACKUP_REMINDER_MAX_DAYS, type BackupOutcome, type BackupStatus, type RestoreOutcome } from '../domain/backup';
import type { CaseArchiveView, CaseImportView } from '../domain/transfer';

/** What the app shows about the open workspace. */
export interface WorkspaceInfo {
  path: string;
  caseCount: number;
  damagedCount: number;
  /** The workspace cannot be written (read-only disk or folder): cases can be read, verified and exported elsewhere, not changed. */
  readOnly?: boolean;
  /** The index file cannot be written: a copy in memory serves this session. */
  indexInMemory?: boolean;
}

/** One folder of the folder browser, with its sub-folders (hidden ones left out). */
export interface FolderListing {
  /** The folder listed, as a real absolute path. */
  path: string;
  /** The home folder: the browser shows nothing outside it. */
  home: string;
  /** The folder above, while that is still inside the home folder. */
  parent?: string;
  /** Whether this folder already is a workspace (it holds `cases/` and `.casebook/`). */
  isWorkspace: boolean;
  folders: { name: string; path: string; isWorkspace: boolean }[];
  /** Sub-folders not listed (there were too many). */
  more: number;
}

export interface CaseListing {
  cases: CaseSummary[];
  /** Folders whose case.json cannot be read, with the reason; shown in every view. */
  damaged: DamagedCase[];
}

/** A case deleted for good (only cases in the trash can be). */
export interface PurgedCase {
  id: string;
  folder: string;
  title: string;
}

export interface ReindexReport {
  indexed: number;
  damaged: DamagedCase[];
}

export interface EvidenceListing {
  /** In exhibit order, items in the case's evidence trash last. */
  items: EvidenceView[];
  checklist: ChecklistGap[];
}

export interface ImportReport {
  imported: EvidenceView[];
  /** One message per imported file that deserves a second look (a zero-byte file). */
  warnings: string[];
  /**
   * Files not imported, each with the reason; `code: 'duplicate'` can be retried with `allowDuplicate`.
   * `file` is what the caller may send again (in the desktop app a handle, with the file's `name` to show).
   */
  rejected: { file: string; name?: string; code: string; message: string }[];
}

/** What the 时间线 tab shows; computed for today on every read. */
export interface TimelineView {
  /** Entries in time order (removed ones last), promises with their deadlines. */
  events: TimelineEventView[];
  /** The demand letter's deadline, counted from the first complaint sent to the platform. */
  demandDeadline?: Deadline & { sentAt: string };
  /** The earliest deadline still open. */
  nextDue?: Deadline;
  /** 民法典 第188/195条: the last day to act, restarted by each dated demand. */
  limitation: { from: string; restartedByDemand: boolean; lastDay: string; approximate: boolean };
  /** The advisor's suggestions (dismissed ones left out), first the main one. */
  advice: Advice[];
  /** Where the case stands on the complaint path (准备材料 → … → 互联网法院), derived from the entries. */
  path: CasePath;
  /** A step the person chose instead of the advisor's. */
  chosenStep?: NextStep;
  /**
   * Whether the amount the person can claim likely goes to the small-claims procedure (民事诉讼法
   * 第165条), from wage data kept by region and year; always shown with 请以当地法院公布为准.
   */
  smallClaims?: {
    likely: boolean;
    claimFen: number;
    thresholdFen: number;
    basis: { region: string; year: number; source: string };
    fromNationalFigure: boolean;
  };
  /** Today in China time (YYYY-MM-DD), the day the deadlines were computed for. */
  today: string;
}

/** One saved version of a letter: its PDF and its editable source, both inside `letters/`. */
export interface LetterVersion {
  version: number;
  savedAt: string;
  /** Case-relative paths, e.g. `letters/01J…-cs-email/v2.pdf`. */
  pdf: string;
  source: string;
  pdfSha256: string;
}

/** A letter of the case and its versions; `sent` once the person marked it sent. */
export interface LetterRecord {
  id: string;
  kind: LetterKind;
  title: string;
  createdAt: string;
  versions: LetterVersion[];
  /** The version that was sent, when, on which channel, and the timeline entry that records it. */
  sent?: { at: string; channel: TimelineChannel; eventId: string; version: number };
}

/** A saved version as it can be edited again: what was generated, and what the person made of it. */
export interface SavedLetter {
  record: LetterRecord;
  version: number;
  generated: LetterDocument;
  document: LetterDocument;
}

const itemId = storedUlid(validationMessages.evidenceId);

/** What a person may change about an evidence item (never the file, its name, size or hash). */
export const evidenceLabelsSchema = z
  .object({
    category: z.enum(EVIDENCE_CATEGORIES),
    title: textField(200).min(1, { error: validationMessages.evidenceTitle }),
    purpose: textField(1000, 'text'),
    source: textField(200),
    elements: z.array(z.enum(EVIDENCE_ELEMENTS)).max(EVIDENCE_ELEMENTS.length).transform((list) => [...new Set(list)]),
    screenshot: z.object({
      orderNumberVisible: z.boolean().optional(),
      timestampVisible: z.boolean().optional(),
      userIdVisible: z.boolean().optional(),
    }),
    recording: z.object({ consent: z.enum(RECORDING_CONSENTS) }),
    /** Printed with the recording in the evidence bundle and the dossier. */
    transcript: z.string().trim().max(TRANSCRIPT_MAX, { error: validationMessages.tooLong(TRANSCRIPT_MAX) }),
    capturedAt: z.string().transform((value, ctx) => {
      const parsed = parseDateTime(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    }),
  })
  .partial()
  .strict();

const caseRef = z.string().trim().min(1, { error: validationMessages.caseRef }).max(300);

/**
 * The API contract: one entry per channel, with the runtime schema of its input and the type of
 * its output. Hosts validate every input against `input` before the core sees it.
 */
export const contract = {
  'workspace:info': { input: z.object({}).strict(), output: {} as WorkspaceInfo },
  /**
   * Opens another workspace folder: a path from the CLI or (inside the home folder only) from the web
   * host, a handle from the desktop app's folder dialog (`src/hosts/file-access.ts`).
   */
  'workspace:switch': {
    input: z.object({ path: z.string().trim().min(1, { error: validationMessages.workspaceFolder }).max(1000) }).strict(),
    output: {} as WorkspaceInfo,
  },
  /** Lists a folder inside the home folder (the home folder when `path` is left out), to choose a workspace by pointing. */
  'workspace:browse': {
    input: z.object({ path: z.string().max(4096).optional() }).strict(),
    output: {} as FolderListing,
  },
  'preferences:get': { input: z.object({}).strict(), output: {} as Preferences },
  /** Changes the given preferences and answers with all of them. */
  'preferences:update': {
    input: z.object({ colorScheme: z.enum(COLOR_SCHEMES).optional() }).strict(),
    output: {} as Preferences,
  },
  /**
   * Restores a workspace backup into an empty or new folder and opens it: `archive` and `folder` are
   * references the host resolves like `evidence:import-paths` and `workspace:switch` (the web host
   * takes backups by upload instead, see `case-archive-transfer.ts`).
   */
  'workspace:restore': {
    input: z.object({ archive: z.string().min(1).max(4096), folder: z.string().trim().min(1, { error: validationMessages.workspaceFolder }).max(1000) }).strict(),
    output: {} as RestoreOutcome,
  },
  /** When the workspace was last backed up, and whether the dashboard should remind the person. */
  'backup:status': { input: z.object({}).strict(), output: {} as BackupStatus },
  /** Backs the workspace up into the folder beside it (`<workspace>-备份`). */
  'backup:create': { input: z.object({}).strict(), output: {} as BackupOutcome },
  /** The reminder's period in days; `null` turns it off. */
  'backup:set-reminder': {
    input: z.object({ reminderDays: z.number().int().min(1).max(BACKUP_REMINDER_MAX_DAYS).nullable() }).strict(),
    output: {} as BackupStatus,
  },
  'cases:list': {
    input: z
      .object({
        view: z.enum(['active', 'archived', 'trashed']).default('active'),
        query: z.string().max(200).optional(),
        status: z.enum(CASE_STATUSES).optional(),
      })
      .strict(),
    output: {} as CaseListing,
  },
  'cases:get': { input: z.object({ ref: caseRef }).strict(), output: {} as CaseDetail },
  'cases:create': {
    input: z.object({ intake: caseIntakeSchema }).strict(),
    output: {} as { id: string; folder: string },
  },
  'cases:update': {
    input: z.object({ id: caseRef, intake: caseIntakeSchema }).strict(),
    output: {} as CaseDetail,
  },
  'cases:set-status': {
    input: z.object({ id: caseRef, status: z.enum(CASE_STATUSES) }).strict(),
    output: {} as CaseDetail,
  },
  'cases:set-lifecycle': {
    input: z.object({ id: caseRef, lifecycle: z.enum(CASE_LIFECYCLES) }).strict(),
    output: {} as CaseDetail,
  },
  'cases:set-claims': {
    input: z.object({ id: caseRef, claims: claimsInputSchema }).strict(),
    output: {} as CaseDetail,
  },
  /**
   * Deletes trashed cases for good, by id or folder (`ids`), or every case in the trash
   * (`allTrashed: true`); a case not in the trash is refused. Logged in the workspace audit log.
   */
  'cases:purge': {
    input: z.union([
      z.object({ ids: z.array(caseRef).min(1, { error: validationMessages.caseRef }).max(10_000) }).strict(),
      z.object({ allTrashed: z.literal(true) }).strict(),
    ]),
    output: {} as { purged: PurgedCase[] },
  },
  /** 导出案件: the case's transfer archive into its `exports/` (replacing the previous one), downloadable from `caseArchiveUrl`. */
  'cases:export-archive': { input: z.object({ caseId: caseRef }).strict(), output: {} as CaseArchiveView },
  /** The transfer archive made for the case before, or null. */
  'cases:archive': { input: z.object({ caseId: caseRef }).strict(), output: {} as CaseArchiveView | null },
  /** 导入案件: a transfer archive by reference (a handle in the desktop app; the web host takes an upload instead). */
  'cases:import-archive': { input: z.object({ file: z.string().min(1).max(4096) }).strict(), output: {} as CaseImportView },
  'index:rebuild': { input: z.object({}).strict(), output: {} as ReindexReport },
  'evidence:list': { input: z.object({ caseId: caseRef }).strict(), output: {} as EvidenceListing },
  /**
   * Imports files that are on this computer: by path from the CLI, by the handles the main process
   * issued for dropped or picked files in the desktop app (`paths` holds them). The web host refuses
   * it (a browser uploads instead) unless started with `--allow-path-import`; see `src/hosts/file-access.ts`.
   */
  'evidence:import-paths': {
    input: z
      .object({
        caseId: caseRef,
        paths: z.array(z.string().min(1).max(4096)).min(1, { error: validationMessages.importPaths }).max(10_000),
        category: z.enum(EVIDENCE_CATEGORIES).optional(),
        title: z.string().trim().max(200).optional(),
        allowDuplicate: z.boolean().optional(),
        /** Import the files inside folders (the person confirmed it). */
        recursive: z.boolean().optional(),
        /** Chosen by the caller so it can cancel the import while it runs. */
        importId: z.string().max(100).optional(),
        /** Read the text of imported images (default: the person's OCR setting). */
        ocr: z.boolean().optional(),
      })
      .strict(),
    output: {} as ImportReport,
  },
  'evidence:cancel-import': { input: z.object({ importId: z.string().max(100) }).strict(), output: {} as { cancelled: boolean } },
  'evidence:update': {
    input: z.object({ caseId: caseRef, itemId, labels: evidenceLabelsSchema }).strict(),
    output: {} as EvidenceView,
  },
  'evidence:reorder': {
    input: z.object({ caseId: caseRef, order: z.array(itemId).max(100_000) }).strict(),
    output: {} as EvidenceView[],
  },
  'evidence:remove': { input: z.object({ caseId: caseRef, itemId }).strict(), output: {} as EvidenceView },
  'evidence:restore': { input: z.object({ caseId: caseRef, itemId }).strict(), output: {} as EvidenceView },
  'evidence:verify': { input: z.object({ caseId: caseRef }).strict(), output: {} as VerifyReport },
  /** What a repair of the case's audit bookkeeping would do (nothing is changed); shown to the person to confirm. */
  'audit:plan-repair': { input: z.object({ caseId: caseRef }).strict(), output: {} as AuditRepairPlan },
  /** Carries out the repair the person confirmed (`planId` of the plan they saw); answers with a fresh verify report. */
  'audit:repair': { input: z.object({ caseId: caseRef, planId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(), output: {} as VerifyReport },
  /** The case's trusted timestamps (RFC 3161), checked offline, and the TSA address last used. */
  'timestamps:get': { input: z.object({ caseId: caseRef }).strict(), output: {} as TimestampOverview },
  /** Asks the TSA at `tsaUrl` to stamp the case's evidence manifest now (needs the network; remembers the address). */
  'timestamps:request': {
    input: z
      .object({
        caseId: caseRef,
        tsaUrl: z.string().transform((value, ctx) => {
          const parsed = parseWebUrl(value);
          if (!parsed.ok) {
            ctx.addIssue({ code: 'custom', message: parsed.message });
            return z.NEVER;
          }
          return parsed.value;
        }),
      })
      .strict(),
    output: {} as TimestampOverview,
  },
  /** Reads (again) the text of images of a case in the background: the items named, or every image. */
  'ocr:read': {
    input: z.object({ caseId: caseRef, itemIds: z.array(itemId).max(10_000).optional() }).strict(),
    output: {} as { queued: string[] },
  },
  /** Items of a case still waiting, being read, or whose reading failed in this session. */
  'ocr:status': {
    input: z.object({ caseId: caseRef }).strict(),
    output: {} as { items: { itemId: string; status: OcrStatus; error?: string }[] },
  },
  /** What was read from one image, with the timeline entries and case fields it proposes. */
  'ocr:get': { input: z.object({ caseId: caseRef, itemId }).strict(), output: {} as OcrDetail },
  'ocr:settings': { input: z.object({}).strict(), output: {} as { enabled: boolean } },
  'ocr:set-enabled': { input: z.object({ enabled: z.boolean() }).strict(), output: {} as { enabled: boolean } },
  /** Screenshots whose text (read by OCR) contains `query`, in the cases of a view. */
  'search:text': {
    input: z.object({ query: z.string().max(200), view: z.enum(['active', 'archived', 'trashed']).default('active') }).strict(),
    output: {} as OcrSearchHit[],
  },
  'timeline:get': { input: z.object({ caseId: caseRef }).strict(), output: {} as TimelineView },
  'timeline:add': {
    input: z.object({ caseId: caseRef, event: timelineEventInputSchema }).strict(),
    output: {} as TimelineView,
  },
  'timeline:update': {
    input: z.object({ caseId: caseRef, eventId: itemId, event: timelineEventInputSchema }).strict(),
    output: {} as TimelineView,
  },
  'timeline:remove': { input: z.object({ caseId: caseRef, eventId: itemId }).strict(), output: {} as TimelineView },
  'timeline:restore': { input: z.object({ caseId: caseRef, eventId: itemId }).strict(), output: {} as TimelineView },
  /** Hides one suggestion of the advisor for this case (`undo: true` shows it again). */
  'advice:dismiss': {
    input: z.object({ caseId: caseRef, ruleId: z.string().min(1).max(100), undo: z.boolean().optional() }).strict(),
    output: {} as TimelineView,
  },
  'letters:list': { input: z.object({ caseId: caseRef }).strict(), output: {} as LetterRecord[] },
  /** A fresh document of `kind` from the case's data, or the facts it still lacks. */
  'letters:generate': { input: z.object({ caseId: caseRef, kind: z.enum(LETTER_KINDS) }).strict(), output: {} as LetterBuild },
  /** A saved version (the latest when `version` is left out). */
  'letters:get': {
    input: z.object({ caseId: caseRef, letterId: itemId, version: z.number().int().positive().optional() }).strict(),
    output: {} as SavedLetter,
  },
  /**
   * Saves the person's document as a new version (of `letterId`, or of a new letter): the PDF and the
   * editable source go to `letters/`, and the audit log records it.
   */
  'letters:save': {
    input: z
      .object({ caseId: caseRef, letterId: itemId.optional(), generated: letterDocumentSchema, document: letterDocumentSchema })
      .strict(),
    output: {} as SavedLetter,
  },
  /** Marks a letter sent: adds the timeline entry (channel and date) and remembers it on the letter. */
  'letters:mark-sent': {
    input: z
      .object({
        caseId: caseRef,
        letterId: itemId,
        /** The version that went out (the latest when left out). */
        version: z.number().int().positive().optional(),
        at: z.string().transform((value, ctx) => {
          const parsed = parseDateTime(value);
          if (!parsed.ok) {
            ctx.addIssue({ code: 'custom', message: parsed.message });
            return z.NEVER;
          }
          return parsed.value;
        }),
        channel: z.enum(TIMELINE_CHANNELS).optional(),
      })
      .strict(),
    output: {} as { record: LetterRecord; timeline: TimelineView },
  },
  /** Starts making the court dossier into the case's `exports/` (or answers the job already running for it). */
  'dossier:start': { input: z.object({ caseId: caseRef }).strict(), output: {} as DossierJob },
  /** Where a dossier job has got: its progress, its result, its failure. */
  'dossier:job': { input: z.object({ jobId: storedUlid() }).strict(), output: {} as DossierJob },
  /** Stops a running dossier job; it leaves no file under a final name. */
  'dossier:cancel': { input: z.object({ jobId: storedUlid() }).strict(), output: {} as { cancelled: boolean } },
  /** The case's earlier dossiers, newest first. */
  'dossier:exports': { input: z.object({ caseId: caseRef }).strict(), output: {} as DossierExport[] },
  /** Shows an export's folder in the system's file manager (hosts on the person's own computer only). */
  'dossier:reveal': {
    input: z.object({ caseId: caseRef, exportId: z.string().regex(/^\d{8}-\d{6}(-\d+)?$/) }).strict(),
    output: {} as { opened: boolean },
  },
  /** Records the step the person chose instead of the advisor's (null clears it). */
  'advice:choose': {
    input: z.object({ caseId: caseRef, step: z.enum(NEXT_STEPS).nullable() }).strict(),
    output: {} as TimelineView,
  },
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

/** What a caller sends on a channel (before validation). */
export type ApiInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives on a channel (after validation and normalisation). */
export type ApiParsed<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ApiOutput<C extends Channel> = (typeof contract)[C]['output'];

/** The core implements one function per channel. */
export type ApiHandlers = { [C in Channel]: (input: ApiParsed<C>) => Promise<ApiOutput<C>> };
