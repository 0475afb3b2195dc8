/**
 * Finds Bitcoin wallet addresses written in text, with their checksums verified: base58check
 * P2PKH (`1…`) and P2SH (`3…`) addresses (double SHA-256), and bech32 / bech32m segwit addresses
 * (`bc1…`, BIP 173 / BIP 350). A checksum makes a random run of letters and digits pass about once
 * in four billion (base58check) or a billion (bech32), so a valid address is what rspamd's
 * BITCOIN_ADDR asks; SpamAssassin's __BITCOIN_ID reads the shape alone. An address inside a URL
 * path, a query or an e-mail address (`/1A…`, `=1A…`, `1A…@`) is an ID, not a payment request,
 * as SpamAssassin's __URL_BTC_ID and `(?<!=)` leave it out.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { isAsciiLetter, isDigit } from './characters.ts';

export type WalletKind = 'p2pkh' | 'p2sh' | 'segwit';

export interface WalletAddress {
  readonly start: number;
  readonly end: number;
  readonly kind: WalletKind;
}

/** Candidates checked per text, and addresses kept: a mail asking for payment shows one or two. */
const MAX_CANDIDATES = 64;
const MAX_ADDRESSES = 8;

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/**
 * The start of a candidate: `1` or `3` and 25 base58 characters, or `bc1` and 11 bech32 characters,
 * not after a letter or digit. Fixed lengths: each position is tried in constant time; the run is
 * then read to its end by hand.
 */
const CANDIDATE = /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25}|[bB][cC]1[02-9ac-hj-np-zAC-HJ-NP-Z]{11})/g;

/** Characters before an address that make it part of a URL, a query, a file name or an ID. */
const ID_BEFORE = new Set(['/', '=', '?', '&', '#', '.', '-', '_', '@', '%', '+', '~', '\\']);
/** Characters after it that do the same (a `.` only when a letter or digit follows: a full stop ends sentences). */
const ID_AFTER = new Set(['/', '=', '@', '_', '-', '\\', '%']);

const isAlphanumeric = (code: number): boolean => isAsciiLetter(code) || isDigit(code);

/** The end of the run of letters and digits that starts at `start`. */
function runEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAlphanumeric(text.charCodeAt(end))) end++;
  return end;
}

function readsAsId(text: string, start: number, end: number): boolean {
  if (start > 0 && ID_BEFORE.has(text.charAt(start - 1))) return true;
  const after = text.charAt(end);
  if (ID_AFTER.has(after)) return true;
  return after === '.' && end + 1 < text.length && isAlphanumeric(text.charCodeAt(end + 1));
}

/** Whether `word` is a base58check address of version `version` (25 bytes: version, 20-byte hash, 4-byte checksum). */
export function isBase58CheckAddress(word: string, version: number): boolean {
  if (word.length < 26 || word.length > 35) return false;
  const bytes = new Uint8Array(25);
  for (let index = 0; index < word.length; index++) {
    let carry = BASE58.indexOf(word.charAt(index));
    if (carry < 0) return false;
    for (let at = 24; at >= 0; at--) {
      carry += 58 * bytes[at]!;
      bytes[at] = carry & 0xff;
      carry >>= 8;
    }
    if (carry !== 0) return false; // more than 25 bytes
  }
  // Each leading `1` is one leading zero byte, and only those are.
  let ones = 0;
  while (word.charAt(ones) === '1') ones++;
  let zeros = 0;
  while (zeros < 25 && bytes[zeros] === 0) zeros++;
  if (ones !== zeros || bytes[0] !== version) return false;
  const check = sha256(sha256(bytes.subarray(0, 21)));
  return check[0] === bytes[21] && check[1] === bytes[22] && check[2] === bytes[23] && check[3] === bytes[24];
}

const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
const BECH32_CONSTANT = 1;
const BECH32M_CONSTANT = 0x2bc830a3;

function polymodStep(checksum: number, value: number): number {
  const top = checksum >>> 25;
  let next = ((checksum & 0x1ffffff) << 5) ^ value;
  for (let bit = 0; bit < 5; bit++) if ((top >>> bit) & 1) next ^= GENERATOR[bit]!;
  return next;
}

/** Whether `word` is a mainnet segwit address (`bc1…`): checksum, witness version and program length (BIP 173, BIP 350). */
export function isSegwitAddress(word: string): boolean {
  if (word.length < 14 || word.length > 90) return false;
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase()) return false; // mixed case is invalid
  if (!lower.startsWith('bc1')) return false;
  const values: number[] = [];
  for (let index = 3; index < lower.length; index++) {
    const value = BECH32.indexOf(lower.charAt(index));
    if (value < 0) return false;
    values.push(value);
  }
  if (values.length < 7) return false;
  // The human-readable part `bc` expanded: high bits, a zero, low bits.
  let checksum = 1;
  for (const code of [0x62 >> 5, 0x63 >> 5, 0, 0x62 & 31, 0x63 & 31]) checksum = polymodStep(checksum, code);
  for (const value of values) checksum = polymodStep(checksum, value);
  const version = values[0]!;
  if (version > 16) return false;
  if (checksum !== (version === 0 ? BECH32_CONSTANT : BECH32M_CONSTANT)) return false;
  // The witness program: 5-bit groups to bytes, with at most 4 zero bits of padding.
  let accumulator = 0;
  let bits = 0;
  let bytes = 0;
  for (let index = 1; index < values.length - 6; index++) {
    accumulator = ((accumulator << 5) | values[index]!) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes++;
    }
  }
  if (bits >= 5 || (accumulator & ((1 << bits) - 1)) !== 0) return false;
  return version === 0 ? bytes === 20 || bytes === 32 : bytes >= 2 && bytes <= 40;
}

/**
 * The wallet addresses in `text` whose checksum holds, in order (at most eight, from the first 64
 * candidates). A candidate for which `hidden(start, end)` holds (queried in order of start) is
 * skipped before it counts, so hidden text cannot use up the caps.
 */
export function findWalletAddresses(text: string, hidden?: (start: number, end: number) => boolean): readonly WalletAddress[] {
  const candidate = new RegExp(CANDIDATE);
  let match = candidate.exec(text);
  if (match === null) return [];
  const found: WalletAddress[] = [];
  let tried = 0;
  while (match !== null && tried < MAX_CANDIDATES && found.length < MAX_ADDRESSES) {
    const start = match.index;
    const end = runEnd(text, start);
    candidate.lastIndex = end;
    if (hidden?.(start, end) === true) {
      match = candidate.exec(text);
      continue;
    }
    tried++;
    const word = text.slice(start, end);
    if (!readsAsId(text, start, end)) {
      const first = word.charAt(0);
      if (first === '1' && isBase58CheckAddress(word, 0x00)) found.push({ start, end, kind: 'p2pkh' });
      else if (first === '3' && isBase58CheckAddress(word, 0x05)) found.push({ start, end, kind: 'p2sh' });
      else if ((first === 'b' || first === 'B') && isSegwitAddress(word)) found.push({ start, end, kind: 'segwit' });
    }
    match = candidate.exec(text);
  }
  return found;
}
