import { beforeEach, vi, type Mock } from 'vitest';
import type { z } from 'zod';
import type { Channel } from '../../src/shared/api/channels';
import type { ApiHandlers, ImportReport } from '../../src/shared/api/contract';
import { dispatch } from '../../src/shared/api/dispatch';
import { UPLOAD_PATH, uploadParamsSchema } from '../../src/shared/api/evidence-transfer';
import { ApiFailure, type ApiResult } from '../../src/shared/api/result';

/** The host's side of a channel: returns the output, or throws an `ApiFailure` to refuse. */
type HostApi = (channel: Channel, input: unknown) => unknown;
/** The host's side of an evidence upload, given its parameters as the host parses them. */
type HostUpload = (params: z.output<typeof uploadParamsSchema>, body: Blob) => ImportReport | Promise<ImportReport>;

/**
 * The web host as the renderer reaches it without the Electron bridge — `fetch('api/<channel>')` and
 * an XMLHttpRequest upload — played by `api` and `upload`, so the real client runs in between. As in
 * the real host, `dispatch` checks each input against the contract before `api` is asked, and turns
 * what `api` returns or throws into the answer.
 */
export function useFakeWebHost() {
  const api = vi.fn<HostApi>();
  const upload = vi.fn<HostUpload>();
  // In each test: the DOM project undoes stubbed globals before every test.
  beforeEach(() => {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const channel = url.replace(/^api\//, '');
      const input: unknown = JSON.parse(init.body as string);
      const handlers = { [channel]: () => api(channel as Channel, input) } as unknown as ApiHandlers;
      return Response.json(await dispatch(handlers, channel, input));
    });
    vi.stubGlobal('XMLHttpRequest', uploadRequestTo(upload));
  });
  return { api, upload };
}

/** An XMLHttpRequest that hands an evidence upload to `receive` and answers with its `ApiResult`. */
const uploadRequestTo = (receive: Mock<HostUpload>) =>
  class {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress?: (event: ProgressEvent) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    onabort?: () => void;
    private url = '';

    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    abort() {
      this.onabort?.();
    }
    async send(body: Blob) {
      const [path, query] = this.url.split('?');
      if (path !== UPLOAD_PATH) throw new Error(`no upload route at ${path}`);
      const params = uploadParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      this.upload.onprogress?.(new ProgressEvent('progress', { loaded: body.size, total: body.size }));
      let result: ApiResult<ImportReport>;
      try {
        result = { ok: true, value: await receive(params, body) };
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        result = { ok: false, error: { code: error.code, message: error.message } };
      }
      this.status = 200;
      this.responseText = JSON.stringify(result);
      this.onload?.();
    }
  };
