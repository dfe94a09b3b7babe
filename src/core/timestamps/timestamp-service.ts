import { createHash } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { TimestampOverview } from '../../shared/domain/timestamp';
import { timestampMessages as m } from '../../shared/messages/timestamps';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import { withCaseLock } from '../cases/case-lock';
import type { CaseLocator, EvidenceService } from '../evidence/evidence-service';
import { fsyncDirectory, writeFileAtomic } from '../fs/atomic-write';
import { readUserSettings, updateUserSettings, type Environment } from '../workspace/user-settings';
import { stampFiles, timestampStatus, TIMESTAMPS_DIR } from './case-timestamps';
import { serializeManifest } from './evidence-manifest';
import { checkTimestampResponse, timestampRequest } from './rfc3161';

/** A TSA answers in well under a second; a slow one must not hold the person for ever. */
const REQUEST_TIMEOUT_MS = 30_000;
/** A TimeStampResp with its certificate chain is a few kilobytes. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

export type Fetch = typeof fetch;

/** Sends a TimeStampReq to the TSA (RFC 3161 over HTTP, §3.4) and returns its reply as it came. */
async function askTsa(url: string, query: Uint8Array<ArrayBuffer>, fetchImpl: Fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body: query,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new ApiFailure('io', m.unreachable(url, cause ?? (error instanceof Error ? error.message : String(error))));
  }
  if (!response.ok) throw new ApiFailure('io', m.badHttpStatus(url, response.status));
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > MAX_RESPONSE_BYTES) throw new ApiFailure('io', m.responseTooLarge);
  return body;
}

/**
 * Trusted timestamps (可信时间戳, RFC 3161) of a case's evidence manifest: optional, requested only
 * when the person asks, from the TSA they name. The TSA's reply is checked before anything is kept;
 * then the manifest and the reply go to the case's `timestamps/` folder (read-only) and the audit log
 * records the stamp.
 */
export class TimestampService {
  constructor(
    private readonly cases: Pick<CaseLocator, 'locate'>,
    private readonly evidence: Pick<EvidenceService, 'list'>,
    private readonly environment?: Environment,
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  async overview(ref: string): Promise<TimestampOverview> {
    const { path } = await this.cases.locate(ref);
    const { items } = await this.evidence.list(ref);
    const { tsaUrl } = readUserSettings(this.environment);
    return { ...(tsaUrl ? { tsaUrl } : {}), stamps: await timestampStatus(path, items) };
  }

  async request(ref: string, tsaUrl: string): Promise<TimestampOverview> {
    const { id: caseId, folder, path } = await this.cases.locate(ref);
    const { items } = await this.evidence.list(ref);
    const manifest = Buffer.from(serializeManifest(caseId, items, nowChinaIso(), tsaUrl), 'utf8');
    const digest = createHash('sha256').update(manifest).digest();
    const { der, nonce } = await timestampRequest(digest);
    // No lock while the TSA answers: the manifest already fixes what the stamp covers.
    const reply = await askTsa(tsaUrl, der, this.fetchImpl);
    const check = await checkTimestampResponse(reply, manifest, nonce);
    if (check.problems.length > 0) throw new ApiFailure('io', m.refused(check.problems.join('；')));

    const id = ulid();
    const files = stampFiles(id);
    await withCaseLock(path, folder, async () => {
      const dir = join(path, TIMESTAMPS_DIR);
      await mkdir(dir, { recursive: true });
      for (const [relative, bytes] of [[files.manifest, manifest], [files.token, reply]] as const) {
        await writeFileAtomic(join(path, relative), bytes);
        await chmod(join(path, relative), 0o444);
      }
      await fsyncDirectory(dir);
      await appendAudit(path, {
        action: 'timestamp.add',
        target: id,
        sha256: digest.toString('hex'),
        detail: { tsaUrl, genTime: check.genTime, serial: check.serial, tsa: check.tsa, items: items.length },
      });
    });
    await updateUserSettings({ tsaUrl }, this.environment);
    return this.overview(ref);
  }
}
