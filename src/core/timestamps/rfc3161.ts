import { createHash, randomBytes } from 'node:crypto';
import { timestampMessages as m } from '../../shared/messages/timestamps';
import { toChinaIso } from '../../shared/validation/date-time';

/** RFC 3161 and CMS through PKI.js and ASN1.js, loaded only when a timestamp is requested or checked. */
const libraries = async () => {
  const [pkijs, asn1js] = await Promise.all([import('pkijs'), import('asn1js')]);
  return { pkijs, asn1js };
};

const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const COMMON_NAME_OID = '2.5.4.3';
const EXTENDED_KEY_USAGE_OID = '2.5.29.37';
const TIME_STAMPING_OID = '1.3.6.1.5.5.7.3.8';
/** PKIStatus granted (0) and grantedWithMods (1), RFC 3161 §2.4.2. */
const GRANTED = new Set([0, 1]);

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
/** PKI.js reads ArrayBuffers; a Node Buffer may be a view into a larger one. */
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * A TimeStampReq for the SHA-256 of some data, asking for the TSA's certificate in the token (so it
 * can be checked offline later) and carrying a fresh nonce the reply must echo.
 */
export async function timestampRequest(sha256: Buffer): Promise<{ der: Uint8Array<ArrayBuffer>; nonce: string }> {
  const { pkijs, asn1js } = await libraries();
  const nonce = randomBytes(8);
  // First byte 0x40–0x7f: a positive INTEGER in its shortest form, so it reads back as the same bytes.
  nonce[0] = (nonce[0]! & 0x3f) | 0x40;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: arrayBufferOf(sha256) }),
    }),
    nonce: new asn1js.Integer({ valueHex: arrayBufferOf(nonce) }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER()), nonce: nonce.toString('hex') };
}

/** What a TSA's reply says, once checked against the data it should vouch for. */
export interface TokenCheck {
  problems: string[];
  genTime?: string;
  serial?: string;
  nonce?: string;
  tsa?: string;
  issuer?: string;
}

type Pkijs = Awaited<ReturnType<typeof libraries>>['pkijs'];

const nameOf = (name: InstanceType<Pkijs['RelativeDistinguishedNames']>): string | undefined => {
  const cn = name.typesAndValues.find((entry) => entry.type === COMMON_NAME_OID);
  const value = cn?.value.valueBlock as { value?: unknown } | undefined;
  return typeof value?.value === 'string' ? value.value : undefined;
};

/** A certificate a TSA may sign with carries the critical extended key usage "timeStamping" (RFC 3161 §2.3). */
const isTimestampingCertificate = (certificate: InstanceType<Pkijs['Certificate']>): boolean =>
  (certificate.extensions ?? []).some(
    (extension) =>
      extension.extnID === EXTENDED_KEY_USAGE_OID &&
      extension.critical &&
      (extension.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes?.includes(TIME_STAMPING_OID) === true,
  );

/**
 * Checks a TimeStampResp (DER, as the TSA sent it and as it is stored) offline against `data`: the
 * TSA granted it, the imprint is SHA-256 and equals the data's hash, the CMS signature verifies with
 * the certificate the token carries, and that certificate is one for time-stamping. With `nonce`,
 * also that the reply answers that request. Never throws: what is wrong comes back as Chinese problems.
 */
export async function checkTimestampResponse(response: Uint8Array, data: Uint8Array, nonce?: string): Promise<TokenCheck> {
  const { pkijs } = await libraries();
  let parsed: InstanceType<Pkijs['TimeStampResp']>;
  let signed: InstanceType<Pkijs['SignedData']>;
  let info: InstanceType<Pkijs['TSTInfo']>;
  try {
    parsed = pkijs.TimeStampResp.fromBER(arrayBufferOf(response));
    if (!GRANTED.has(parsed.status.status)) {
      const text = parsed.status.statusStrings?.map((s) => s.valueBlock.value).join('；');
      return { problems: [m.notGranted(text || String(parsed.status.status))] };
    }
    if (!parsed.timeStampToken) return { problems: [m.noToken] };
    signed = new pkijs.SignedData({ schema: parsed.timeStampToken.content });
    const content = signed.encapContentInfo.eContent;
    if (!content) return { problems: [m.noToken] };
    info = pkijs.TSTInfo.fromBER(content.getValue());
  } catch (error) {
    return { problems: [m.unreadableToken(error instanceof Error ? error.message : String(error))] };
  }

  const check: TokenCheck = {
    problems: [],
    genTime: toChinaIso(info.genTime),
    serial: hex(info.serialNumber.valueBlock.valueHexView),
    ...(info.nonce ? { nonce: hex(info.nonce.valueBlock.valueHexView) } : {}),
  };
  if (info.messageImprint.hashAlgorithm.algorithmId !== SHA256_OID) check.problems.push(m.notSha256);
  else if (hex(info.messageImprint.hashedMessage.valueBlock.valueHexView) !== createHash('sha256').update(data).digest('hex')) {
    check.problems.push(m.imprintMismatch);
  }
  if (nonce !== undefined && check.nonce !== nonce) check.problems.push(m.nonceMismatch);

  try {
    // The imprint was compared above; here the signature over the TSTInfo and the signer's certificate.
    const verified = await signed.verify({ signer: 0, data: arrayBufferOf(data), extendedMode: true, checkChain: false });
    const certificate = verified.signerCertificate;
    if (!verified.signatureVerified || !certificate) check.problems.push(m.signatureInvalid(verified.message));
    if (certificate) {
      check.tsa = nameOf(certificate.subject);
      check.issuer = nameOf(certificate.issuer);
      if (!isTimestampingCertificate(certificate)) check.problems.push(m.notTimestampingCertificate);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A mismatching imprint makes PKI.js fail the whole check; it is already reported above.
    if (!check.problems.includes(m.imprintMismatch)) check.problems.push(m.signatureInvalid(reason));
  }
  return check;
}
