/** Just enough DER to read the key of a DKIM record (its base64 is read by core/text/encodings.ts `decodeBase64Strict`). */

export interface DerNode {
  readonly tag: number;
  /** offset of the content */
  readonly start: number;
  /** offset just past the content */
  readonly end: number;
}

/** Reads the tag-length-value at `offset`; null when it runs past `limit` or uses an indefinite length. */
export function readDer(bytes: Uint8Array, offset: number, limit = bytes.length): DerNode | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset] as number;
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : null;
}

/** The children of a constructed node. */
export function derChildren(bytes: Uint8Array, node: DerNode): DerNode[] | null {
  const children: DerNode[] = [];
  let offset = node.start;
  while (offset < node.end) {
    const child = readDer(bytes, offset, node.end);
    if (!child) return null;
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Bits of an unsigned big-endian INTEGER's content (leading zero bytes skipped). */
export function integerBits(bytes: Uint8Array, node: DerNode): number {
  let start = node.start;
  while (start < node.end && bytes[start] === 0) start++;
  if (start === node.end) return 0;
  const first = bytes[start] as number;
  return (node.end - start - 1) * 8 + (32 - Math.clz32(first));
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OID = 0x06;
/** 1.2.840.113549.1.1.1 */
const RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

export type RsaKeyShape =
  | { format: 'spki'; bits: number }
  /** a bare PKCS#1 RSAPublicKey: what some tools publish, and what strict verifiers reject */
  | { format: 'pkcs1'; bits: number }
  | { format: 'invalid'; reason: string };

function rsaPublicKeyBits(bytes: Uint8Array, node: DerNode): number | null {
  if (node.tag !== SEQUENCE) return null;
  const parts = derChildren(bytes, node);
  if (!parts || parts.length !== 2 || parts[0]?.tag !== INTEGER || parts[1]?.tag !== INTEGER) return null;
  return integerBits(bytes, parts[0]);
}

/** The modulus length of an RSA public key in SubjectPublicKeyInfo (RFC 5280 §4.1) or PKCS#1 form. */
export function rsaKeyShape(der: Uint8Array): RsaKeyShape {
  const outer = readDer(der, 0);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== der.length) return { format: 'invalid', reason: 'not a DER SEQUENCE' };
  const pkcs1 = rsaPublicKeyBits(der, outer);
  const children = derChildren(der, outer);
  if (!children) return { format: 'invalid', reason: 'truncated DER' };
  if (pkcs1 !== null && children.length === 2 && children[0]?.tag === INTEGER) return { format: 'pkcs1', bits: pkcs1 };
  const [algorithm, key] = children;
  if (!algorithm || !key || algorithm.tag !== SEQUENCE || key.tag !== BIT_STRING) return { format: 'invalid', reason: 'not a SubjectPublicKeyInfo' };
  const oid = derChildren(der, algorithm)?.[0];
  if (!oid || oid.tag !== OID) return { format: 'invalid', reason: 'no algorithm identifier' };
  const oidBytes = [...der.subarray(oid.start, oid.end)];
  if (oidBytes.length !== RSA_ENCRYPTION.length || oidBytes.some((byte, i) => byte !== RSA_ENCRYPTION[i])) return { format: 'invalid', reason: 'not an RSA key' };
  if (der[key.start] !== 0) return { format: 'invalid', reason: 'the key BIT STRING has unused bits' };
  const inner = readDer(der, key.start + 1, key.end);
  const bits = inner ? rsaPublicKeyBits(der, inner) : null;
  if (bits === null) return { format: 'invalid', reason: 'the RSA key is not a modulus and an exponent' };
  return { format: 'spki', bits };
}
