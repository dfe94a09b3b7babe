import { contextBridge, ipcRenderer } from 'electron';
import type { CasebookBridge } from '../../src/shared/api/bridge';
// Only the channel names: the schemas (zod) stay in the main process, where input is validated.
import { CHANNELS, type Channel } from '../../src/shared/api/channels';
import type { ApiResult } from '../../src/shared/api/result';

/** One named method per channel and nothing else: the page never sees `ipcRenderer` itself. */
const invoke =
  (channel: Channel) =>
  (input: unknown): Promise<ApiResult<unknown>> =>
    ipcRenderer.invoke(channel, input);

const bridge = Object.fromEntries(CHANNELS.map((channel) => [channel, invoke(channel)])) as Record<
  Channel,
  (input: unknown) => Promise<ApiResult<unknown>>
>;

contextBridge.exposeInMainWorld('casebook', bridge satisfies CasebookBridge);
