/**
 * The cryptocurrency wallet addresses the reader sees: Bitcoin addresses whose checksum holds
 * (core/text/wallet-address.ts), in the visible text and outside hidden spans. A payment asked to
 * a wallet is what extortion ("sextortion"), fake-giveaway and advance-fee mail ends with. And the
 * wording beside the first address that makes it a demand (wordlists/global/wallet-demand-words.yml).
 */
import type { WalletDemandWord } from '../data/types.ts';
import { overlapCursor } from '../text/ranges.ts';
import { escapeRegExp } from '../text/literal-pattern.ts';
import { findWalletAddresses, type WalletAddress } from '../text/wallet-address.ts';
import type { Facts, FactSources } from './index.ts';

/** The valid wallet addresses of the visible text, in order (offsets into `message.text`); hidden candidates are skipped before the finder's caps count them. */
export function findWallets({ message }: FactSources): readonly WalletAddress[] {
  return findWalletAddresses(message.text, message.hidden.length === 0 ? undefined : overlapCursor(message.hidden));
}

/** The three searches of the demand wording, each a case-insensitive test for any phrase of its kind. */
export interface WalletWordingMatchers {
  readonly extortion: RegExp;
  readonly deadline: RegExp;
  readonly payment: RegExp;
}

/** How far from the address, before and after, the wording is looked for (a sextortion mail is one or two thousand characters). */
export const WORDING_WINDOW = 1500;

/** A number in a phrase (`#`): digits, with `,` `.` `'` between them ("1,500", "0.05"). */
const NUMBER = String.raw`\d(?:[\d,.']{0,24}\d)?`;
/** Between two words of a phrase: one to three characters that are not letters or digits ("I've", "send $1,500"). */
const GAP = String.raw`[^\p{L}\p{N}]{1,3}`;

function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (word === '#' ? NUMBER : escapeRegExp(word)))
    .join(GAP);
}

/** The searches for each kind of wording: bounded alternatives, whole words, so linear in the text searched. */
export function walletWordingMatchers(words: readonly WalletDemandWord[]): WalletWordingMatchers {
  const search = (kind: WalletDemandWord['kind']): RegExp => {
    const listed = words.filter((entry) => entry.kind === kind).map((entry) => phrasePattern(entry.phrase));
    return listed.length === 0 ? /(?!)/ : new RegExp(`(?<![\\p{L}\\p{N}])(?:${listed.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  };
  return { extortion: search('extortion'), deadline: search('deadline'), payment: search('payment') };
}

/** Wording that makes the first wallet address a demand: extortion, or a deadline beside a payment demand. */
export interface WalletWording {
  readonly kind: 'extortion' | 'deadline';
  /** the wording as written (spaces collapsed): the extortion phrase, or the deadline */
  readonly phrase: string;
}

const written = (match: RegExpExecArray): string => match[0].replace(/\s+/g, ' ');

/**
 * The demand wording within WORDING_WINDOW characters of the first address, or in the subject: an
 * extortion phrase (SpamAssassin's extortion sub-rules), else a deadline (`__HOURS_DEADLINE`) when a
 * payment demand (`__PAY_ME`) is there too; null when there is no address or no such wording. A
 * deadline alone is how an exchange says when a deposit is credited, so it does not count.
 */
export function findWalletWording({ message, lists }: FactSources, facts: Facts): WalletWording | null {
  const [address] = facts.wallets;
  if (address === undefined) return null;
  const { text } = message;
  const near = `${message.subject ?? ''}\n${text.slice(Math.max(0, address.start - WORDING_WINDOW), Math.min(text.length, address.end + WORDING_WINDOW))}`;
  const { extortion, deadline, payment } = lists.walletWording;
  const threat = extortion.exec(near);
  if (threat !== null) return { kind: 'extortion', phrase: written(threat) };
  const due = deadline.exec(near);
  if (due === null || !payment.test(near)) return null;
  return { kind: 'deadline', phrase: written(due) };
}
