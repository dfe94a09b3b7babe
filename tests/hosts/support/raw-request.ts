import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text. */
  body: string;
  bytes: Buffer;
}

export interface RawOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * Raw HTTP, not fetch: fetch normalises `..` out of paths and will not let a test forge Host,
 * which are exactly the requests these tests must send. `origin` is the host's `http://127.0.0.1:port`.
 */
export function raw(origin: string, path: string, options: RawOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = open(origin, path, options, (res) => resolve(res));
    // The server may answer and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(options.body);
  });
}

/** Starts a request and leaves it open, so a test can send part of a body and then walk away. */
export function open(origin: string, path: string, options: RawOptions, onResponse: (res: RawResponse) => void = () => {}): ClientRequest {
  const { port } = new URL(origin);
  return httpRequest(
    {
      host: '127.0.0.1',
      port: Number(port),
      path,
      method: options.method ?? 'GET',
      headers: { Host: `127.0.0.1:${port}`, ...options.headers },
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        onResponse({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    },
  );
}
