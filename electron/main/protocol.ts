import { protocol } from 'electron';
import { hostMessages } from '../../src/shared/messages/cli';
import { readStaticFile } from '../../src/hosts/static/read-static-file';
import { APP_RESPONSE_HEADERS } from './security';
import { APP_HOST, APP_SCHEME } from './url-policy';

/**
 * `app://` is registered as standard and secure so pages get a real origin (fetch, storage, CSP
 * `'self'`) without `file://`'s access to the whole disk. Must run before `app` is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at `app://casebook/…`, with the same path containment as the web host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST && request.method === 'GET' ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) {
      return new Response(hostMessages.notFound, {
        status: 404,
        headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    return new Response(file.body, {
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
