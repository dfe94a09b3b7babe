import { z } from 'zod';
import {
  CASE_LIFECYCLES,
  CASE_STATUSES,
  type CaseDetail,
  type CaseSummary,
  type DamagedCase,
} from '../domain/case';
import { caseIntakeSchema } from '../validation/intake-schema';
import type { Channel } from './channels';

/** What the app shows about the open workspace. */
export interface WorkspaceInfo {
  path: string;
  caseCount: number;
  damagedCount: number;
}

export interface CaseListing {
  cases: CaseSummary[];
  /** Folders whose case.json cannot be read, with the reason; shown in every view. */
  damaged: DamagedCase[];
}

export interface ReindexReport {
  indexed: number;
  damaged: DamagedCase[];
}

const caseRef = z.string().trim().min(1, { error: '请指定案件' }).max(300);

/**
 * The API contract: one entry per channel, with the runtime schema of its input and the type of
 * its output. Hosts validate every input against `input` before the core sees it.
 */
export const contract = {
  'workspace:info': { input: z.object({}).strict(), output: {} as WorkspaceInfo },
  'workspace:switch': {
    input: z.object({ path: z.string().trim().min(1, { error: '请填写工作区文件夹' }).max(1000) }).strict(),
    output: {} as WorkspaceInfo,
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
  'index:rebuild': { input: z.object({}).strict(), output: {} as ReindexReport },
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

/** What a caller sends on a channel (before validation). */
export type ApiInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives on a channel (after validation and normalisation). */
export type ApiParsed<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type ApiOutput<C extends Channel> = (typeof contract)[C]['output'];

/** The core implements one function per channel. */
export type ApiHandlers = { [C in Channel]: (input: ApiParsed<C>) => Promise<ApiOutput<C>> };
