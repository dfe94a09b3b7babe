/**
 * A trusted timestamp (RFC 3161) of a case's evidence manifest, as checked offline: the token's
 * signature, that its imprint is the manifest's SHA-256, and that the manifest still describes the
 * evidence the case holds.
 */
export interface TimestampStatus {
  /** ULID of the request; names both files in `timestamps/`. */
  id: string;
  /** Case-relative paths of the stamped manifest and of the TSA's response (DER, `openssl ts` reads it). */
  manifest: string;
  token: string;
  manifestSha256: string;
  /** When the manifest was made (China time). */
  requestedAt: string;
  /** The time the TSA vouches for (China time), read from the token. */
  genTime?: string;
  /** The TSA's name (its certificate's subject) and the certificate's issuer. */
  tsa?: string;
  issuer?: string;
  /** Where it was requested. */
  tsaUrl?: string;
  /** The token's serial number, in hex. */
  serial?: string;
  /** Evidence items the manifest lists. */
  items: number;
  /** Items imported after the stamp, which it does not cover. */
  uncovered: number;
  /** True when the signature and the imprint check out and every listed item still has the stamped hash. */
  valid: boolean;
  /** What is wrong, in Chinese; empty when valid. */
  problems: string[];
}

/** What the 可信时间戳 panel shows: the TSA address last used, and the case's stamps, oldest first. */
export interface TimestampOverview {
  tsaUrl?: string;
  stamps: TimestampStatus[];
}
