import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/core/api/handlers';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { startWebHost, type WebHost } from '../../src/hosts/web/web-host';
import { CHANNELS, type Channel } from '../../src/shared/api/channels';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { ApiFailure, dispatch } from '../../src/shared/api/dispatch';
import type { ApiResult } from '../../src/shared/api/result';
import { sampleIntake, xingyaoContacts } from '../core/sample-case';
import type { LetterBuild, LetterDocument } from '../../src/shared/domain/letter-document';
import { raw } from '../hosts/support/raw-request';
import { fuzzRuns, reportFuzz } from './fuzz-size';
import { anyJsonValue, mutated } from './mutations';

/**
 * Every channel of the web host, over a real workspace, fed bodies that are not JSON, JSON of any
 * shape, and valid requests broken in one to three places. Nothing may answer 500 or fail
 * unexpectedly (an `internal` result is a handler that threw on input it should have refused).
 */
describe('web host under malformed bodies (fuzz)', () => {
  let root: string;
  let session: WorkspaceSession;
  let host: WebHost;
  const unexpected: unknown[] = [];
  const ids = { caseId: '', itemId: '', eventId: '', letterId: '' };
  let letter: LetterDocument;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-web-fuzz-'));
    vi.stubEnv('CASEBOOK_CONFIG_DIR', join(root, 'config'));
    await mkdir(join(root, 'renderer'));
    await mkdir(join(root, 'home'));
    session = await WorkspaceSession.open(join(root, 'home', 'workspace'));
    const real = createHandlers(session);
    const call = async <T>(channel: string, input: unknown) => {
      const result = await dispatch(real, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    ids.caseId = (await call<{ id: string }>('cases:create', { intake: sampleIntake() })).id;
    const timeline = await call<{ events: { id: string }[] }>('timeline:add', { caseId: ids.caseId, event: xingyaoContacts()[0] });
    ids.eventId = timeline.events[0]!.id;
    const built = await call<LetterBuild>('letters:generate', { caseId: ids.caseId, kind: 'cs-email' });
    if (!built.ok) throw new Error('the sample case should make a customer-service e-mail');
    letter = built.document;
    const saved = await call<{ record: { id: string } }>('letters:save', { caseId: ids.caseId, generated: letter, document: letter });
    ids.letterId = saved.record.id;
    ids.itemId = ids.eventId;
    // Requesting a timestamp would reach out to the address given: no network in tests.
    const handlers: ApiHandlers = {
      ...real,
      'timestamps:request': async () => {
        throw new ApiFailure('unsupported', '测试中不联网');
      },
      // Each valid request would start a dossier rendering in the background; the input check before it is what is fuzzed here.
      'dossier:start': async () => {
        throw new ApiFailure('unsupported', '测试中不生成卷宗');
      },
    };
    host = await startWebHost({
      handlers,
      workspace: session,
      rendererDir: join(root, 'renderer'),
      onUnexpected: (error) => unexpected.push(error),
      fileAccess: { homeDir: join(root, 'home') },
    });
  });

  afterAll(async () => {
    await host.close();
    session.close();
    await rm(root, { recursive: true, force: true });
  });

  const templates = (): Record<Channel, unknown> => {
    const { caseId, itemId, eventId, letterId } = ids;
    return {
      'workspace:info': {},
      'workspace:switch': { path: join(root, 'home', 'workspace') },
      'workspace:browse': { path: join(root, 'home') },
      'preferences:get': {},
      'preferences:update': { colorScheme: 'dark' },
      'workspace:restore': { archive: '/etc/passwd', folder: join(root, 'home', 'restored') },
      'backup:status': {},
      'backup:create': {},
      'backup:set-reminder': { reminderDays: 14 },
      'cases:export-archive': { caseId },
      'cases:archive': { caseId },
      'cases:import-archive': { file: '/etc/passwd' },
      'cases:list': { view: 'active', query: '星耀' },
      'cases:get': { ref: caseId },
      'cases:create': { intake: sampleIntake() },
      'cases:update': { id: caseId, intake: sampleIntake() },
      'cases:set-status': { id: caseId, status: 'complained' },
      'cases:set-lifecycle': { id: caseId, lifecycle: 'active' },
      'cases:set-claims': { id: caseId, claims: { fraud: false } },
      'cases:purge': { ids: [caseId] },
      'index:rebuild': {},
      'evidence:list': { caseId },
      'evidence:import-paths': { caseId, paths: ['/etc/passwd'] },
      'evidence:cancel-import': { importId: 'x' },
      'evidence:update': { caseId, itemId, labels: { title: '截图' } },
      'evidence:reorder': { caseId, order: [itemId] },
      'evidence:remove': { caseId, itemId },
      'evidence:restore': { caseId, itemId },
      'evidence:verify': { caseId },
      'audit:plan-repair': { caseId },
      'audit:repair': { caseId, planId: '0123456789abcdef' },
      'timestamps:get': { caseId },
      'timestamps:request': { caseId, tsaUrl: 'https://tsa.example.com/tsr' },
      'timeline:get': { caseId },
      'timeline:add': { caseId, event: xingyaoContacts()[1] },
      'timeline:update': { caseId, eventId, event: xingyaoContacts()[0] },
      'timeline:remove': { caseId, eventId },
      'timeline:restore': { caseId, eventId },
      'advice:dismiss': { caseId, ruleId: 'x' },
      'advice:choose': { caseId, step: null },
      'letters:list': { caseId },
      'letters:generate': { caseId, kind: 'cs-email' },
      'letters:get': { caseId, letterId },
      'letters:save': { caseId, letterId, generated: letter, document: letter },
      'letters:mark-sent': { caseId, letterId, at: '2024-05-22 09:00' },
      'ocr:read': { caseId, itemIds: [itemId] },
      'ocr:status': { caseId },
      'ocr:get': { caseId, itemId },
      'ocr:settings': {},
      'ocr:set-enabled': { enabled: true },
      'search:text': { query: '订单', view: 'active' },
      'dossier:start': { caseId },
      'dossier:job': { jobId: eventId },
      'dossier:cancel': { jobId: eventId },
      'dossier:exports': { caseId },
      'dossier:reveal': { caseId, exportId: '20241130-120000' },
    };
  };

  /** A body as bytes: random bytes, JSON text of any value, or a valid request broken in places. */
  const body = (template: unknown) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
      { weight: 1, arbitrary: anyJsonValue.map((value) => Buffer.from(JSON.stringify(value) ?? 'undefined')) },
      { weight: 4, arbitrary: mutated(template).map((value) => Buffer.from(JSON.stringify(value))) },
    );

  it('never answers 500 nor fails unexpectedly, on any channel', async () => {
    const perChannel = fuzzRuns(500);
    const statuses = new Map<number, number>();
    let sent = 0;
    let failures = 0;
    for (const [channel, template] of Object.entries(templates())) {
      // A valid save renders a PDF; fewer of those keep the run short without leaving the channel out.
      const runs = channel === 'letters:save' ? Math.max(5, Math.round(perChannel / 10)) : perChannel;
      await fc.assert(
        fc.asyncProperty(body(template), async (bytes) => {
          sent++;
          const res = await raw(host.origin, `/api/${channel}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
            body: bytes,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const result = res.status === 200 ? (JSON.parse(res.body) as ApiResult<unknown>) : undefined;
          const bad = ![200, 400].includes(res.status) || (result !== undefined && !result.ok && result.error.code === 'internal');
          if (bad) failures++;
          expect(bad ? { channel, status: res.status, body: res.body, sent: bytes.toString('utf8') } : 'answered').toBe('answered');
        }),
        { numRuns: runs },
      );
    }
    expect(CHANNELS.every((channel) => channel in templates())).toBe(true);
    expect(unexpected).toEqual([]);
    reportFuzz(`malformed bodies sent to ${CHANNELS.length} channels (statuses ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')})`, sent, failures);
  });
});
