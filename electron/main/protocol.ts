import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { caseFileResponse, type CaseFiles } from '../../src/hosts/files/case-file-response';
import { openBody } from '../../src/hosts/files/file-response';
import { readStaticFile } from '../../src/hosts/static/read-static-file';
import { hostMessages } from '../../src/shared/messages/cli';
import { APP_RESPONSE_HEADERS } from './security';
import { APP_HOST, APP_SCHEME } from './url-policy';

/**
 * `app://` is registered as standard and secure so pages get a real origin (fetch, storage, CSP
 * `'self'`) without `file://`'s access to the whole disk; `stream` lets `<video>`/`<audio>` play
 * evidence as it arrives and seek with range requests. Must run before `app` is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Serves `app://casebook/…`: case files through the same module as the web host (evidence originals
 * and thumbnails with ranges, letter PDFs and `.eml` drafts), and the built renderer with the same
 * path containment as the web host. `workspace` is read per request, so it follows a switch.
 */
export function serveApp(rendererDir: string, workspace: CaseFiles): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const caseFile = url.host === APP_HOST ? caseFileResponse(workspace, url.pathname, { method: request.method, range: request.headers.get('range') }) : undefined;
    if (caseFile) {
      const answer = await caseFile;
      const body = answer.text ?? (answer.body ? (Readable.toWeb(openBody(answer.body)) as ReadableStream<Uint8Array>) : null);
      return new Response(request.method === 'HEAD' ? null : body, { status: answer.status, headers: answer.headers });
    }
    const file = url.host === APP_HOST && request.method === 'GET' ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) {
      return new Response(hostMessages.notFound, {
        status: 404,
        headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    // A view, not a copy: Response wants a plain Uint8Array, not Node's Buffer subclass.
    return new Response(new Uint8Array(file.body.buffer as ArrayBuffer, file.body.byteOffset, file.body.byteLength), {
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
