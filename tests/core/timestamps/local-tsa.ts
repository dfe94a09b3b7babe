import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const openssl = (dir: string, args: string[]) => run('openssl', args, { cwd: dir });

/** How the test TSA answers: as a TSA should, with an HTTP error, with bytes that are no reply, or with its first reply again. */
export type TsaMode = 'normal' | 'http-error' | 'garbage' | 'replay';

export interface LocalTsa {
  url: string;
  /** The root and TSA certificates, for checking stored replies with `openssl ts -verify`. */
  caCert: string;
  tsaCert: string;
  mode: TsaMode;
  requests: number;
  close(): Promise<void>;
}

/**
 * A time-stamping authority on 127.0.0.1 made with `openssl ts` (OpenSSL 3): a throw-away root CA, a
 * TSA certificate with the critical extended key usage timeStamping, and an HTTP endpoint that answers
 * each TimeStampReq with `openssl ts -reply`. No network beyond loopback.
 */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-tsa-'));
  await openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Casebook Test Root', '-days', '2']);
  await openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Casebook Test TSA']);
  await writeFile(join(dir, 'ext.cnf'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n');
  await openssl(dir, ['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', '2', '-extfile', 'ext.cnf']);
  await writeFile(join(dir, 'serial'), '01\n');
  await writeFile(
    join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `dir = ${dir}`,
      'serial = $dir/serial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.crt',
      'certs = $dir/ca.crt',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'other_policies = 1.2.3.4.5',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );

  let first: Buffer | undefined;
  const answer = async (query: Buffer): Promise<Buffer> => {
    const name = `q${tsa.requests}`;
    await writeFile(join(dir, `${name}.tsq`), query);
    await openssl(dir, ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', `${name}.tsq`, '-out', `${name}.tsr`]);
    return readFile(join(dir, `${name}.tsr`));
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      tsa.requests++;
      if (tsa.mode === 'http-error') return void res.writeHead(503).end();
      if (tsa.mode === 'garbage') return void res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end('not a reply');
      answer(Buffer.concat(chunks)).then(
        (reply) => {
          first ??= reply;
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(tsa.mode === 'replay' ? first : reply);
        },
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const tsa: LocalTsa = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsr`,
    caCert: join(dir, 'ca.crt'),
    tsaCert: join(dir, 'tsa.crt'),
    mode: 'normal',
    requests: 0,
    close: async () => {
      await new Promise<void>((closed) => server.close(() => closed()));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return tsa;
}

/** `openssl ts -verify` of a stored reply against the data it stamps: what anyone can run on the case folder. */
export async function opensslVerifies(tsa: LocalTsa, reply: string, data: string): Promise<boolean> {
  try {
    const { stdout } = await run('openssl', ['ts', '-verify', '-in', reply, '-data', data, '-CAfile', tsa.caCert, '-untrusted', tsa.tsaCert]);
    return stdout.includes('Verification: OK');
  } catch {
    return false;
  }
}
