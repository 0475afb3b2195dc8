/**
 * The cryptocurrency wallet addresses the reader sees: Bitcoin addresses whose checksum holds
 * (core/text/wallet-address.ts), in the visible text and outside hidden spans. A payment asked to
 * a wallet is what extortion ("sextortion"), fake-giveaway and advance-fee mail ends with.
 */
import { overlapCursor } from '../text/ranges.ts';
import { findWalletAddresses, type WalletAddress } from '../text/wallet-address.ts';
import type { FactSources } from './index.ts';

/** The valid wallet addresses of the visible text, in order (offsets into `message.text`). */
export function findWallets({ message }: FactSources): readonly WalletAddress[] {
  const found = findWalletAddresses(message.text);
  if (found.length === 0 || message.hidden.length === 0) return found;
  const hidden = overlapCursor(message.hidden);
  const shown = found.filter((address) => !hidden(address.start, address.end));
  return shown.length === found.length ? found : shown;
}
