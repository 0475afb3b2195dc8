/**
 * Who the mail says it is from and where replies go: the first mailbox of From and of Reply-To,
 * parsed once (half the header rules read them), whether the From address is one anyone can get,
 * and the brand the From name claims when the address is not the brand's own.
 */
import type { Brand } from '../data/types.ts';
import { isBrandDomain, type LureWords } from '../links/brand-domain.ts';
import { bareHost, firstHeader, parseMailbox, type Mailbox } from '../headers/fields.ts';
import type { Lists } from '../rules/rule.ts';
import { foldDiacritics } from '../text/stem.ts';
import type { FactSources } from './index.ts';

const MAX_NAME = 200;

export interface Sender {
  readonly from: Mailbox | null;
  readonly replyTo: Mailbox | null;
  /**
   * The From address's domain as the lists name it (bareHost: `x@[Hotmail.com.]` → `hotmail.com`), or
   * null when it has none. The one cleaning of it for `freeMailbox`, freemail-from and display-name-brand.
   */
  readonly fromDomain: string | null;
  /**
   * The From address is a free mailbox: the whole domain after its `@` is one of
   * wordlists/global/freemail-domains.txt, exactly, as that list's header says (`x@hotmail.com`,
   * not `news@groups.msn.com` or `x@reply.yahoo.com`, the services' own senders). The one reading
   * of it for freemail-from, the identity fact and `openMailbox`.
   */
  readonly freeMailbox: boolean;
  /**
   * The From address is one anyone can get: a free mailbox (`freeMailbox`) or a mailbox domain a
   * mail service gives each customer (`x@contoso.onmicrosoft.com`, wordlists/global/tenant-mail-domains.txt). It is never a
   * brand's own address, even on a domain of the brand's (`hotmail.com`, `icloud.com`): brands send
   * their account mail from their own domains (accountprotection.microsoft.com, id.apple.com).
   */
  readonly openMailbox: boolean;
  /**
   * A much-impersonated brand (wordlists/global/brands.yml) that the From name names while the
   * address is not the brand's own (`sendsAsBrand`): on a domain that is not the brand's
   * ("Microsoft 365" <alerts@random-shop.example>), or a mailbox anyone can get there
   * ("Microsoft account team" <x@outlook.com>), or null. The list's own entry, so a reader need not
   * find it again by its word.
   */
  readonly impersonates: Brand | null;
}

/** Whether an address is on a free mailbox domain (`Sender.freeMailbox`), read as registrableDomain reads it (`Sender.fromDomain`): `x@hotmail.com.` and `x@[hotmail.com]` are on hotmail.com. */
function isFreeMailbox(fromDomain: string | null, lists: Pick<Lists, 'freemail'>): boolean {
  return fromDomain !== null && lists.freemail.has(fromDomain);
}

/** Whether an address is a tenant's of a mail service, under one of tenant-mail-domains.txt (part of `Sender.openMailbox`). */
function isTenantMailbox(from: Mailbox | null, lists: Pick<Lists, 'tenantMail'>): boolean {
  return from?.registrable ? lists.tenantMail.has(from.registrable) : false;
}

/**
 * Whether the From address is the brand's own: on a domain of the brand's (isBrandDomain, as a
 * link's is read) and not a mailbox anyone can get there. One home for display-name-brand (through
 * `impersonates`) and brand-link-mismatch, which both read the sender's claim to be the brand.
 */
export function sendsAsBrand(sender: Pick<Sender, 'from' | 'openMailbox'>, brand: Brand, lure: LureWords): boolean {
  return !sender.openMailbox && isBrandDomain(sender.from?.registrable ?? null, brand, lure);
}

/** The name as words: lower case, accents folded, anything but letters, digits and inner dots a space. */
function nameWords(name: string): string {
  const folded = foldDiacritics(name.slice(0, MAX_NAME).toLowerCase());
  return ` ${folded.replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?=\s|$)|(?<=\s|^)\./g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function impersonatedBrand(from: Mailbox | null, openMailbox: boolean, { lists }: FactSources): Brand | null {
  if (!from?.name || !from.registrable) return null;
  const shown = nameWords(from.name);
  if (shown.trim() === '') return null;
  for (const brand of lists.brands) {
    if (!shown.includes(` ${brand.brand} `)) continue;
    return sendsAsBrand({ from, openMailbox }, brand, lists.combosquatWords) ? null : brand;
  }
  return null;
}

export function readSender(sources: FactSources): Sender {
  const { message, lists } = sources;
  const from = parseMailbox(firstHeader(message, 'from'));
  const fromDomain = from?.domain ? bareHost(from.domain) : null;
  const freeMailbox = isFreeMailbox(fromDomain, lists);
  const openMailbox = freeMailbox || isTenantMailbox(from, lists);
  return {
    from,
    replyTo: parseMailbox(firstHeader(message, 'reply-to')),
    fromDomain,
    freeMailbox,
    openMailbox,
    impersonates: impersonatedBrand(from, openMailbox, sources),
  };
}
