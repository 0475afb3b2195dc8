/**
 * Whether the mail shows the sender's postal address, in the visible text or in the plain-text
 * part: what CAN-SPAM asks of commercial mail, and a sign of a sender who can be found. A merge
 * tag the ESP fills with the sender's address (`*|LIST:ADDRESSLINE|*`, `{{ shop.address.street }}`;
 * wordlists/global/address-merge-tags.txt) counts as the address it will be.
 */
import { placeholderName } from '../text/placeholders.ts';
import { hasPostalAddress } from '../text/postal-address.ts';
import type { FactSources } from './index.ts';

/** Whether `name` is one of `tags`, or a name under one (`shop.address.street` under `shop.address`). */
function isAddressTag(name: string, tags: ReadonlySet<string>): boolean {
  if (tags.has(name)) return true;
  for (let dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) if (tags.has(name.slice(0, dot))) return true;
  return false;
}

export function findPostalAddress({ message, lists }: FactSources): boolean {
  if (hasPostalAddress(message.text) || (message.plainText !== null && hasPostalAddress(message.plainText))) return true;
  return message.placeholders.some((range) => {
    const name = placeholderName(message.text, range);
    return name !== null && isAddressTag(name, lists.addressMergeTags);
  });
}
