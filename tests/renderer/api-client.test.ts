// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CasebookBridge } from '../../src/shared/api/bridge';
import { CHANNELS } from '../../src/shared/api/channels';
import { uiMessages } from '../../src/shared/messages/ui';
import { ApiCallError, call } from '../../src/renderer/api/client';

const info = { path: '/tmp/ws', caseCount: 0, damagedCount: 0 };

function bridgeAnswering(answer: unknown) {
  const method = vi.fn(async () => answer);
  window.casebook = Object.fromEntries(CHANNELS.map((channel) => [channel, method])) as unknown as CasebookBridge;
  return method;
}

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  delete window.casebook;
});

describe('API client', () => {
  it('uses the Electron bridge when the preload exposed it', async () => {
    const method = bridgeAnswering({ ok: true, value: info });
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);

    await expect(call('workspace:switch', { path: '/tmp/ws' })).resolves.toEqual(info);
    expect(method).toHaveBeenCalledWith({ path: '/tmp/ws' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('posts JSON to the web host with the session cookie when there is no bridge', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: true, value: info }));
    vi.stubGlobal('fetch', fetchSpy);

    await expect(call('workspace:info', {})).resolves.toEqual(info);
    expect(fetchSpy).toHaveBeenCalledWith('api/workspace:info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
  });

  it('throws ApiCallError with the code, Chinese message and field errors of a failed call', async () => {
    const fields = [{ field: 'platform.creditCode', message: '统一社会信用代码校验位不正确，请对照营业执照逐位核对' }];
    bridgeAnswering({ ok: false, error: { code: 'invalid', message: '输入有误，请按提示修改后再保存', fields } });

    const failure = await call('cases:get', { ref: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'invalid', message: '输入有误，请按提示修改后再保存', fields });
  });

  it('turns a rejected web session into a message telling how to reopen the app', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('unauthorised', { status: 401 })));

    await expect(call('workspace:info', {})).rejects.toMatchObject({
      code: 'session-expired',
      message: uiMessages.api.sessionExpired,
    });
  });
});
