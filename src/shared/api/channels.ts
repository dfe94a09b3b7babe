/**
 * Channel names, kept free of imports so the sandboxed preload can expose one named method per
 * channel without bundling the schemas.
 */
export const CHANNELS = [
  'workspace:info',
  'workspace:switch',
  'preferences:get',
  'preferences:update',
  'cases:list',
  'cases:get',
  'cases:create',
  'cases:update',
  'cases:set-status',
  'cases:set-lifecycle',
  'cases:set-claims',
  'index:rebuild',
  'evidence:list',
  'evidence:import-paths',
  'evidence:cancel-import',
  'evidence:update',
  'evidence:reorder',
  'evidence:remove',
  'evidence:restore',
  'evidence:verify',
  'timeline:get',
  'timeline:add',
  'timeline:update',
  'timeline:remove',
  'timeline:restore',
  'advice:dismiss',
  'advice:choose',
  'letters:list',
  'letters:generate',
  'letters:get',
  'letters:save',
  'letters:mark-sent',
] as const;
export type Channel = (typeof CHANNELS)[number];
