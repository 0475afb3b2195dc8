/**
 * Whether the mail shows the sender's postal address, in the visible text or in the plain-text
 * part: what CAN-SPAM asks of commercial mail, and a sign of a sender who can be found
 * (`postalAddress`). Apart from it, whether a template holds a merge tag the ESP or shop fills with
 * the sender's address (`addressMergeTag`: `*|LIST:ADDRESSLINE|*`, `{{ shop.address.street }}`;
 * wordlists/global/address-merge-tags.txt): the address it will be, for missing-postal-address
 * (advice) only. A tag is a name anyone can type, a spammer's `{{ Sender_Address }}` too, so it
 * vouches for no sender: short-pitch and the sender's identity read the address found in the text.
 */
import { placeholderName } from '../text/placeholders.ts';
import { hasPostalAddress } from '../text/postal-address.ts';
import type { Facts, FactSources } from './index.ts';

export function findPostalAddress({ message }: FactSources): boolean {
  return hasPostalAddress(message.text) || (message.plainText !== null && hasPostalAddress(message.plainText));
}

/**
 * A placeholder named exactly as an entry of the list (`shop.address.street`; not
 * `shop.address.phone`). Never in a whole message (facts.wholeMessage): a sent message has its
 * tags filled, and one left unfilled shows the reader no address.
 */
export function findAddressMergeTag({ message, lists }: FactSources, facts: Facts): boolean {
  if (facts.wholeMessage) return false;
  // A placeholder shorter than the shortest name cannot hold one: a paste of two million `%AB%`
  // reads no name (two delimiters of a character each at the least).
  let shortest = Infinity;
  for (const name of lists.addressMergeTags) shortest = Math.min(shortest, name.length);
  return message.placeholders.some((range) => {
    if (range.end - range.start < shortest + 2) return false;
    const name = placeholderName(message.text, range);
    return name !== null && lists.addressMergeTags.has(name);
  });
}
