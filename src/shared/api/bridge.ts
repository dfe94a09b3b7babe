import type { Channel } from './channels';
import type { ApiResult } from './result';

/**
 * What the Electron preload exposes as `window.casebook`: one named method per channel and nothing
 * else. The renderer's API client uses it when present and falls back to HTTP (web host) otherwise.
 */
export type CasebookBridge = { readonly [C in Channel]: (input: unknown) => Promise<ApiResult<unknown>> };
