import type { WebHostOptions } from '../../../src/hosts/web/web-host';
import type { ApiHandlers } from '../../../src/shared/api/contract';

const noFiles = async (): Promise<never> => {
  throw new Error('stub: this test serves no case files');
};

/** A workspace for tests of the JSON API alone: its evidence and letter routes fail loudly (500) if reached. */
export const stubWorkspace: WebHostOptions['workspace'] = {
  root: '/tmp/stub-workspace',
  indexPath: '/tmp/stub-workspace/.casebook/index.sqlite',
  evidence: { importUpload: noFiles, openOriginal: noFiles, thumbnail: noFiles },
  letters: { get: noFiles, pdfPath: noFiles, eml: noFiles },
  dossier: { exportOf: noFiles },
  transfer: { caseArchivePath: noFiles },
  cases: { get: noFiles },
};

/**
 * Handlers that answer without a workspace, for testing what a host adds around the core
 * (transport, guards, exit codes). Each call is recorded so a test can see what reached the core.
 */
export function createStubHandlers(): { handlers: ApiHandlers; calls: { channel: string; input: unknown }[] } {
  const calls: { channel: string; input: unknown }[] = [];
  const info = { path: '/tmp/stub-workspace', caseCount: 0, damagedCount: 0 };
  const record = <T>(channel: string, value: T) => async (input: unknown) => {
    calls.push({ channel, input });
    return value;
  };
  const unsupported = (channel: string) => async (input: unknown) => {
    calls.push({ channel, input });
    throw new Error(`stub: ${channel} is not implemented`);
  };
  const handlers: ApiHandlers = {
    'workspace:info': record('workspace:info', info),
    'workspace:switch': record('workspace:switch', info),
    'workspace:browse': unsupported('workspace:browse'),
    'preferences:get': record('preferences:get', { colorScheme: 'auto' as const }),
    'preferences:update': unsupported('preferences:update'),
    'workspace:restore': unsupported('workspace:restore'),
    'backup:status': record('backup:status', { reminderDays: 30, due: false }),
    'backup:create': unsupported('backup:create'),
    'backup:set-reminder': unsupported('backup:set-reminder'),
    'cases:export-archive': unsupported('cases:export-archive'),
    'cases:archive': record('cases:archive', null),
    'cases:import-archive': unsupported('cases:import-archive'),
    'cases:list': record('cases:list', { cases: [], damaged: [] }),
    'cases:get': unsupported('cases:get'),
    'cases:create': record('cases:create', { id: '01STUB', folder: '20240520-stub-001' }),
    'cases:update': unsupported('cases:update'),
    'cases:set-status': unsupported('cases:set-status'),
    'cases:set-lifecycle': unsupported('cases:set-lifecycle'),
    'cases:set-claims': unsupported('cases:set-claims'),
    'cases:purge': unsupported('cases:purge'),
    'index:rebuild': record('index:rebuild', { indexed: 0, damaged: [] }),
    'evidence:list': record('evidence:list', { items: [], checklist: [] }),
    'evidence:import-paths': unsupported('evidence:import-paths'),
    'evidence:cancel-import': record('evidence:cancel-import', { cancelled: false }),
    'evidence:update': unsupported('evidence:update'),
    'evidence:reorder': unsupported('evidence:reorder'),
    'evidence:remove': unsupported('evidence:remove'),
    'evidence:restore': unsupported('evidence:restore'),
    'evidence:verify': unsupported('evidence:verify'),
    'audit:plan-repair': unsupported('audit:plan-repair'),
    'audit:repair': unsupported('audit:repair'),
    'timestamps:get': unsupported('timestamps:get'),
    'timestamps:request': unsupported('timestamps:request'),
    'ocr:read': unsupported('ocr:read'),
    'ocr:status': record('ocr:status', { items: [] }),
    'ocr:get': unsupported('ocr:get'),
    'ocr:settings': record('ocr:settings', { enabled: true }),
    'ocr:set-enabled': unsupported('ocr:set-enabled'),
    'search:text': record('search:text', []),
    'timeline:get': unsupported('timeline:get'),
    'timeline:add': unsupported('timeline:add'),
    'timeline:update': unsupported('timeline:update'),
    'timeline:remove': unsupported('timeline:remove'),
    'timeline:restore': unsupported('timeline:restore'),
    'advice:dismiss': unsupported('advice:dismiss'),
    'advice:choose': unsupported('advice:choose'),
    'letters:list': unsupported('letters:list'),
    'letters:generate': unsupported('letters:generate'),
    'letters:get': unsupported('letters:get'),
    'letters:save': unsupported('letters:save'),
    'letters:mark-sent': unsupported('letters:mark-sent'),
    'dossier:start': unsupported('dossier:start'),
    'dossier:job': unsupported('dossier:job'),
    'dossier:cancel': record('dossier:cancel', { cancelled: false }),
    'dossier:exports': record('dossier:exports', []),
    'dossier:reveal': unsupported('dossier:reveal'),
  };
  return { handlers, calls };
}
