import { verifyAuditChain } from '../../audit/audit-log';

/** What the audit log said when a dossier was made: its chain head, and where the chain breaks if it does. */
export interface AuditSnapshot {
  bytes: Buffer;
  head: { sha256: string; lines: number };
  broken?: { line: number; reason: string };
}

const GENESIS = '0'.repeat(64);

/**
 * The chain head of an audit log read as bytes: the last entry's hash (each entry's hash covers the
 * previous one's, see `audit-log.ts`) and the number of entries; the genesis value for an empty log.
 */
export function auditSnapshot(bytes: Buffer): AuditSnapshot {
  const lines = bytes.toString('utf8').split('\n').filter((line) => line !== '');
  let sha256 = GENESIS;
  const last = lines.at(-1);
  if (last) {
    try {
      const hash = (JSON.parse(last) as { hash?: unknown }).hash;
      if (typeof hash === 'string') sha256 = hash;
    } catch {
      // A broken last line is reported by the chain check below.
    }
  }
  const broken = verifyAuditChain(lines);
  return { bytes, head: { sha256, lines: lines.length }, ...(broken ? { broken } : {}) };
}
