import type { IncomingMessage, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { hostMessages } from '../../shared/messages/cli';
import { errorMessages } from '../../shared/messages/errors';
import { UPLOAD_PATH } from '../../shared/api/evidence-transfer';
import { withFileAccess } from '../file-access';
import { caseFileResponse, type CaseFiles } from '../files/case-file-response';
import { openBody, type FileResponse } from '../files/file-response';
import { SECURITY_HEADERS } from '../security-headers';
import { readStaticFile } from '../static/read-static-file';
import { createAccessToken, tokenCookie, tokenMatches } from './access-token';
import { browseFolders } from './folder-browser';
import { readJsonBody } from './read-json-body';
import { hasTrustedHostAndOrigin, isAuthorised } from './request-guard';
import { RunningUploads } from './running-uploads';
import { webFileAccess, type WebFileAccessOptions } from './web-file-access';
import { receiveUpload, type UploadWorkspace } from './upload-evidence';
import { receiveArchiveUpload } from './upload-archive';
import { ARCHIVE_UPLOAD_ROUTE } from '../../shared/api/case-archive-transfer';

// Not `import { createServer } from 'node:http'`: an ES import of node:http builds its module facade
// by reading every export, and its WebSocket getters load Node's whole fetch implementation (undici),
// about 50 ms of CPU at every start of the host for nothing it uses.
const { createServer } = process.getBuiltinModule('node:http');

export interface WebHostOptions {
  handlers: ApiHandlers;
  /** The open workspace, for the files that bypass the JSON API: evidence uploads and originals, letters. */
  workspace: UploadWorkspace & CaseFiles;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Where unexpected handler errors are reported; they never reach the browser. */
  onUnexpected?: (error: unknown) => void;
  /** What pages may name on disk; by default no file paths, and workspaces only inside the home folder. */
  fileAccess?: WebFileAccessOptions;
}

export interface WebHost {
  /** The address to open once: it carries the token, which the first visit trades for a cookie. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const UPLOAD_ROUTE = `/${UPLOAD_PATH}`;
const LOOPBACK = '127.0.0.1';

/**
 * Serves the renderer and the API to a browser on this machine only: loopback address, a per-launch
 * token on every request, Host/Origin checks against DNS rebinding and cross-site requests, no CORS,
 * and no file of this computer read on a page's say-so (see {@link webFileAccess}).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = createAccessToken();
  const onUnexpected = options.onUnexpected ?? ((error: unknown) => console.error(error));
  let port = 0;
  const uploads = new RunningUploads();
  const access = webFileAccess(options.fileAccess);
  const handlers = uploads.cancellingUploads({
    ...withFileAccess(options.handlers, access),
    // A browser's stand-in for the folder dialog: it lists only what workspace:switch accepts here.
    'workspace:browse': ({ path }) => browseFolders(path, options.fileAccess?.homeDir ?? homedir()),
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      onUnexpected(error);
      if (!res.headersSent) sendText(res, 500, errorMessages.internal);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasTrustedHostAndOrigin(req, port)) return sendText(res, 403, hostMessages.forbidden);
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);

    const presented = url.searchParams.get('token');
    if (presented !== null && req.method === 'GET') {
      if (!tokenMatches(presented, token)) return sendText(res, 401, hostMessages.unauthorised);
      // Trade the token for a cookie and take it out of the address bar and history.
      res.writeHead(302, { ...SECURITY_HEADERS, 'Set-Cookie': tokenCookie(token, port), Location: '/' });
      return void res.end();
    }
    if (!isAuthorised(req, token, port)) return sendText(res, 401, hostMessages.unauthorised);

    if (url.pathname.startsWith(API_PREFIX)) return serveApi(req, res, url.pathname.slice(API_PREFIX.length));
    if (url.pathname === UPLOAD_ROUTE) return serveUpload(req, res, url.searchParams);
    if (url.pathname === ARCHIVE_UPLOAD_ROUTE) return serveArchiveUpload(req, res, url.searchParams);
    const file = caseFileResponse(options.workspace, url.pathname, { method: req.method ?? 'GET', range: req.headers.range });
    if (file) return sendFile(req, res, await file);
    return serveStatic(req, res, url.pathname);
  }

  async function serveUpload(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, hostMessages.methodNotAllowed, { Allow: 'POST' });
    const result = await receiveUpload(req, query, options.workspace, uploads, onUnexpected);
    // A refusal before the body was read leaves the rest of it on the wire: that connection is done.
    if (!req.complete) res.setHeader('Connection', 'close');
    send(res, 200, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(result), 'utf8'));
  }

  async function serveArchiveUpload(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, hostMessages.methodNotAllowed, { Allow: 'POST' });
    const result = await receiveArchiveUpload(req, query, { workspace: options.workspace, handlers: options.handlers, access, onUnexpected });
    if (!req.complete) res.setHeader('Connection', 'close');
    send(res, 200, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(result), 'utf8'));
  }

  function sendFile(req: IncomingMessage, res: ServerResponse, answer: FileResponse): void {
    res.writeHead(answer.status, answer.headers);
    if (answer.text !== undefined) return void res.end(req.method === 'HEAD' ? undefined : `${answer.text}\n`);
    if (!answer.body) return void res.end();
    const stream = openBody(answer.body);
    // A player that seeks closes the connection mid-file; stop reading then.
    res.once('close', () => stream.destroy());
    stream.once('error', (error) => {
      onUnexpected(error);
      res.destroy();
    });
    stream.pipe(res);
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, hostMessages.methodNotAllowed, { Allow: 'POST' });
    const body = await readJsonBody(req);
    if (!body.ok) {
      // The unread rest of an oversized body would otherwise be parsed as the next request.
      res.setHeader('Connection', 'close');
      return sendText(res, body.status, body.status === 413 ? hostMessages.tooLarge : hostMessages.badJson);
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return sendText(res, 404, hostMessages.notFound);
    }
    const result = await dispatch(handlers, channel, body.value, onUnexpected);
    send(res, 200, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(result), 'utf8'));
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, hostMessages.methodNotAllowed, { Allow: 'GET, HEAD' });
    }
    const file = await readStaticFile(options.rendererDir, pathname);
    if (!file) return sendText(res, 404, hostMessages.notFound);
    send(res, 200, file.contentType, req.method === 'HEAD' ? undefined : file.body, file.body.length);
  }

  // Node ends a request that takes longer than 5 minutes to arrive; a multi-GB upload may well.
  // Only this machine can connect, with the token, so there is no slow-client attack to fear.
  server.requestTimeout = 0;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: Buffer | undefined,
  length = body?.length ?? 0,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': contentType,
    'Content-Length': String(length),
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, extraHeaders: Record<string, string> = {}): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  send(res, status, 'text/plain; charset=utf-8', body, body.length, extraHeaders);
}
