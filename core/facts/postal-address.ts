/**
 * Whether the mail shows the sender's postal address, in the visible text or in the plain-text
 * part: what CAN-SPAM asks of commercial mail, and a sign of a sender who can be found.
 */
import { hasPostalAddress } from '../text/postal-address.ts';
import type { FactSources } from './index.ts';

export function findPostalAddress({ message }: FactSources): boolean {
  return hasPostalAddress(message.text) || (message.plainText !== null && hasPostalAddress(message.plainText));
}
