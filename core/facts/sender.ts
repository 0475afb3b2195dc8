/**
 * Who the mail says it is from and where replies go: the first mailbox of From and of Reply-To,
 * parsed once (half the header rules read them), and the brand the From name claims when the
 * address is on someone else's domain.
 */
import { isBrandDomain } from '../links/brand-domain.ts';
import { firstHeader, parseMailbox, type Mailbox } from '../headers/fields.ts';
import { foldDiacritics } from '../text/stem.ts';
import type { FactSources } from './index.ts';

const MAX_NAME = 200;

export interface Sender {
  readonly from: Mailbox | null;
  readonly replyTo: Mailbox | null;
  /**
   * A much-impersonated brand (wordlists/global/brands.yml) that the From name names while the
   * address is on a domain that is not the brand's ("Microsoft 365" <alerts@random-shop.example>),
   * or null.
   */
  readonly impersonates: string | null;
}

/** The name as words: lower case, accents folded, anything but letters, digits and inner dots a space. */
function nameWords(name: string): string {
  const folded = foldDiacritics(name.slice(0, MAX_NAME).toLowerCase());
  return ` ${folded.replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?=\s|$)|(?<=\s|^)\./g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function impersonatedBrand(from: Mailbox | null, { lists }: FactSources): string | null {
  if (!from?.name || !from.registrable) return null;
  const shown = nameWords(from.name);
  if (shown.trim() === '') return null;
  for (const brand of lists.brands) {
    if (!shown.includes(` ${brand.brand} `)) continue;
    return isBrandDomain(from.registrable, brand, lists.combosquatWords) ? null : brand.brand;
  }
  return null;
}

export function readSender(sources: FactSources): Sender {
  const { message } = sources;
  const from = parseMailbox(firstHeader(message, 'from'));
  return {
    from,
    replyTo: parseMailbox(firstHeader(message, 'reply-to')),
    impersonates: impersonatedBrand(from, sources),
  };
}
