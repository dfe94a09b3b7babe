import type { ApiHandlers } from '../../shared/api/contract';
import { TAKE_NOTICES } from '../../shared/api/dispatch';
import { ApiFailure } from '../../shared/api/result';
import { dossierMessages } from '../../shared/messages/dossier';
import { evidenceMessages } from '../../shared/messages/evidence';
import { folderBrowserMessages } from '../../shared/messages/folder-browser';
import { toIoFailure } from '../fs/io-failure';
import { isOcrReadable } from '../../shared/evidence/ocr-readable';
import type { WorkspaceSession } from '../workspace/workspace-session';

/**
 * The core's implementation of the API contract. Hosts call it through `dispatch`, which has already
 * validated the input (so `intake` arrives as normalised `CaseFacts`). Every handler goes through
 * the session, so after `workspace:switch` the same handler map works on the new workspace.
 *
 * @example await dispatch(createHandlers(session), 'cases:list', { view: 'active' })
 */
export function createHandlers(session: WorkspaceSession): ApiHandlers {
  const handlers: ApiHandlers = {
    'workspace:info': async () => session.info(),
    'workspace:switch': ({ path }) => session.switchTo(path),
    // Served by the web host only (see src/hosts/web/folder-browser.ts): the desktop app has its dialog.
    'workspace:browse': async () => {
      throw new ApiFailure('unsupported', folderBrowserMessages.notServed);
    },
    'preferences:get': async () => session.preferences(),
    'preferences:update': (patch) => session.updatePreferences(patch),
    'workspace:restore': async ({ archive, folder }) => (await import('../backup/restore-workspace')).restoreWorkspace(session, folder, archive),
    'backup:status': () => session.backup.status(),
    'backup:create': () => session.backup.backupToDefault(),
    'backup:set-reminder': ({ reminderDays }) => session.backup.setReminder(reminderDays),
    'cases:export-archive': ({ caseId }) => session.transfer.exportToCase(caseId),
    'cases:archive': ({ caseId }) => session.transfer.caseArchive(caseId),
    'cases:import-archive': ({ file }) => session.transfer.importCase(file),
    'cases:list': async (query) => session.cases.list(query),
    'cases:get': ({ ref }) => session.cases.get(ref),
    'cases:create': ({ intake }) => session.cases.create(intake),
    'cases:update': ({ id, intake }) => session.cases.updateFacts(id, intake),
    'cases:set-status': ({ id, status }) => session.cases.setStatus(id, status),
    'cases:set-lifecycle': ({ id, lifecycle }) => session.cases.setLifecycle(id, lifecycle),
    'cases:set-claims': ({ id, claims }) => session.cases.setClaims(id, claims),
    'cases:purge': async (request) => ({ purged: await session.purge.purge('ids' in request ? { refs: request.ids } : { allTrashed: true }) }),
    'index:rebuild': async () => {
      const { indexed, damaged } = await session.rebuildIndex();
      return { indexed, damaged };
    },
    'evidence:list': async ({ caseId }) => session.ocr.decorate(caseId, await session.evidence.list(caseId)),
    'evidence:import-paths': (request) => session.evidence.importPaths(request),
    'evidence:cancel-import': async ({ importId }) => session.evidence.cancelImport(importId),
    'evidence:update': ({ caseId, itemId, labels }) => session.evidence.update(caseId, itemId, labels),
    'evidence:reorder': ({ caseId, order }) => session.evidence.reorder(caseId, order),
    'evidence:remove': ({ caseId, itemId }) => session.evidence.setRemoved(caseId, itemId, true),
    'evidence:restore': ({ caseId, itemId }) => session.evidence.setRemoved(caseId, itemId, false),
    'evidence:verify': ({ caseId }) => session.verify(caseId),
    'audit:plan-repair': ({ caseId }) => session.planRepair(caseId),
    'audit:repair': ({ caseId, planId }) => session.repair(caseId, planId),
    'timestamps:get': ({ caseId }) => session.timestamps.overview(caseId),
    'timestamps:request': ({ caseId, tsaUrl }) => session.timestamps.request(caseId, tsaUrl),
    'ocr:read': async ({ caseId, itemIds }) => {
      const { items } = await session.evidence.list(caseId);
      const { record } = await session.cases.get(caseId);
      const readable = items.filter((item) => isOcrReadable(item) && (itemIds ? itemIds.includes(item.id) : !item.removedAt));
      const missing = itemIds?.find((id) => !items.some((item) => item.id === id));
      if (missing) throw new ApiFailure('not-found', evidenceMessages.itemNotFound(missing));
      const queued = readable.map((item) => item.id);
      session.ocr.enqueue(record.id, queued);
      return { queued };
    },
    'ocr:status': async ({ caseId }) => {
      const { record } = await session.cases.get(caseId);
      return { items: [...session.ocr.statesOf(record.id)].map(([itemId, state]) => ({ itemId, ...state })) };
    },
    'ocr:get': ({ caseId, itemId }) => session.ocr.detail(caseId, itemId),
    'ocr:settings': async () => ({ enabled: session.ocrEnabled }),
    'ocr:set-enabled': async ({ enabled }) => {
      await session.setOcrEnabled(enabled);
      return { enabled };
    },
    'search:text': async ({ query, view }) => session.cases.searchText(query, view),
    'timeline:get': ({ caseId }) => session.timeline.get(caseId),
    'timeline:add': ({ caseId, event }) => session.timeline.add(caseId, event),
    'timeline:update': ({ caseId, eventId, event }) => session.timeline.update(caseId, eventId, event),
    'timeline:remove': ({ caseId, eventId }) => session.timeline.setRemoved(caseId, eventId, true),
    'timeline:restore': ({ caseId, eventId }) => session.timeline.setRemoved(caseId, eventId, false),
    'advice:dismiss': ({ caseId, ruleId, undo }) => session.timeline.dismissAdvice(caseId, ruleId, undo),
    'advice:choose': ({ caseId, step }) => session.timeline.chooseStep(caseId, step),
    'letters:list': ({ caseId }) => session.letters.list(caseId),
    'letters:generate': ({ caseId, kind }) => session.letters.build(caseId, kind),
    'letters:get': ({ caseId, letterId, version }) => session.letters.get(caseId, letterId, version),
    'letters:save': ({ caseId, letterId, generated, document }) => session.letters.save(caseId, generated, document, letterId),
    'letters:mark-sent': ({ caseId, letterId, at, channel, version }) => session.letters.markSent(caseId, letterId, at, channel, version),
    // The case is looked up first, so an unknown one is refused at once rather than as a failed job.
    'dossier:start': async ({ caseId }) => session.dossier.start((await session.cases.locate(caseId)).id),
    'dossier:job': async ({ jobId }) => session.dossier.job(jobId),
    'dossier:cancel': async ({ jobId }) => session.dossier.cancel(jobId),
    'dossier:exports': ({ caseId }) => session.dossier.exports(caseId),
    // Only a host on the person's computer can open a folder there (see `withExportReveal`).
    'dossier:reveal': async () => {
      throw new ApiFailure('unsupported', dossierMessages.revealUnsupported);
    },
  };
  return withIoFailures(handlers, session);
}

/** File-system and SQLite failures (disk full, read-only, permissions) become messages naming the file. */
function withIoFailures(handlers: ApiHandlers, session: WorkspaceSession): ApiHandlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw toIoFailure(error, { file: session.root, indexFile: session.indexPath });
      }
    };
  }
  return Object.assign(wrapped as ApiHandlers, { [TAKE_NOTICES]: () => session.takeNotices() });
}
