import { readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EvidenceItem } from '../../shared/domain/evidence';
import type { TimestampStatus } from '../../shared/domain/timestamp';
import { timestampMessages as m } from '../../shared/messages/timestamps';
import { openRegularFile } from '../fs/open-regular-file';
import { parseManifest } from './evidence-manifest';
import { checkTimestampResponse } from './rfc3161';

/** The folder of a case that holds its trusted timestamps: per request, the manifest and the TSA's response. */
export const TIMESTAMPS_DIR = 'timestamps';
export const MANIFEST_SUFFIX = '.manifest.json';
export const TOKEN_SUFFIX = '.tsr';
const STAMP_FILE = /^([0-9A-HJKMNP-TV-Z]{26})(\.manifest\.json|\.tsr)$/;

/** The case-relative paths of one stamp's two files. */
export const stampFiles = (id: string) => ({ manifest: `${TIMESTAMPS_DIR}/${id}${MANIFEST_SUFFIX}`, token: `${TIMESTAMPS_DIR}/${id}${TOKEN_SUFFIX}` });

/** A stamp's file, read without following a link (like the evidence originals); undefined when absent. */
async function readStampFile(caseDir: string, relative: string): Promise<Buffer | undefined> {
  try {
    const { handle } = await openRegularFile(join(caseDir, relative), [caseDir, join(caseDir, TIMESTAMPS_DIR)]);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

async function checkStamp(caseDir: string, id: string, items: readonly EvidenceItem[]): Promise<TimestampStatus> {
  const files = stampFiles(id);
  const [manifestBytes, token] = await Promise.all([readStampFile(caseDir, files.manifest), readStampFile(caseDir, files.token)]);
  const status: TimestampStatus = { id, ...files, manifestSha256: '', requestedAt: '', items: 0, uncovered: 0, valid: false, problems: [] };
  if (!manifestBytes) status.problems.push(m.manifestMissing);
  if (!token) status.problems.push(m.tokenMissing);
  if (!manifestBytes) return status;

  status.manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
  const parsed = parseManifest(manifestBytes.toString('utf8'));
  if (!parsed.ok) status.problems.push(m.manifestInvalid(parsed.reason));
  else {
    const { manifest } = parsed;
    Object.assign(status, { requestedAt: manifest.createdAt, tsaUrl: manifest.tsaUrl, items: manifest.items.length });
    const current = new Map(items.map((item) => [item.id, item]));
    for (const stamped of manifest.items) {
      const item = current.get(stamped.id);
      if (!item) status.problems.push(m.itemGone(stamped.id));
      else if (item.sha256 !== stamped.sha256) status.problems.push(m.itemChanged(item.title, item.id));
    }
    const listed = new Set(manifest.items.map((item) => item.id));
    status.uncovered = items.filter((item) => !listed.has(item.id)).length;
  }
  if (token) {
    const check = await checkTimestampResponse(token, manifestBytes);
    const { problems, nonce: _nonce, ...facts } = check;
    Object.assign(status, facts);
    status.problems.push(...problems);
  }
  status.valid = status.problems.length === 0;
  return status;
}

/**
 * The trusted timestamps of a case, oldest first, each checked offline: the token's signature and
 * that its imprint is the SHA-256 of the stored manifest, and the manifest against `items` (the
 * case's evidence now: a stamped item whose hash changed or that is gone makes the stamp invalid;
 * items imported later are counted as not covered). `verify` reports these, and the dossier's
 * integrity appendix prints them. A case without stamps answers `[]` without loading the ASN.1 stack.
 */
export async function timestampStatus(caseDir: string, items: readonly EvidenceItem[]): Promise<TimestampStatus[]> {
  let names: string[];
  try {
    names = await readdir(join(caseDir, TIMESTAMPS_DIR));
  } catch {
    return [];
  }
  const ids = [...new Set(names.flatMap((name) => STAMP_FILE.exec(name)?.[1] ?? []))].sort();
  return Promise.all(ids.map((id) => checkStamp(caseDir, id, items)));
}
