// Detects links to registered names that no person chose (the name someone registered, not a
// CDN's or cloud platform's generated subdomain, unless the registered name is on a cheap, abused
// TLD; core/links/machine-made.ts): a label that is a long run of digits and hex
// (`765775392619`, `3e6fc78a`), seven consonants in a row (`xkcdrtzq`), or a long string with
// digits mixed between letters (`qqqnkkxdzlyyo15e0gtk`). Spam and phishing runs register or
// generate throwaway names by the thousand so that no blocklist keeps up; a sender that stands
// behind its mail links to a name people can read and remember.
// Sources: SpamAssassin URI_HEX ("URI hostname has long hexadecimal sequence") and URI_NOVOWEL
// ("URI hostname has long non-vowel sequence"), rules/20_uri_tests.cf; the digit-mixed label is a
// house estimate in the same spirit (the labels of domain-generation algorithms).
import { isClickTracker } from '../../links/click-tracking.ts';
import { suspiciousTldOf } from '../../links/inspect.ts';
import { machineMadeLabel, type MachineMadeKind } from '../../links/machine-made.ts';
import type { Link } from '../../message/message.ts';
import { pointAtUrl } from '../evidence.ts';
import { defineRule, type HitColumns, type MessageHit, type RuleContext } from '../rule.ts';

interface MachineMade {
  readonly link: Link;
  readonly label: string;
  readonly kind: MachineMadeKind;
}

/** Why a link's name looks machine-made (its label and kind), or null; an ESP's tracking redirect never does. */
function machineMadeOf(context: RuleContext, link: Link): MachineMade | null {
  const { lists } = context;
  // An ESP's tracking redirect carries generated names by design; it is not the destination.
  if (isClickTracker(link.url, lists.clickTrackers)) return null;
  // On a cheap, abused TLD the registered name is the spam run's own, and so are its generated subdomains.
  const machine = machineMadeLabel(link.url, { subdomains: suspiciousTldOf(link.url, lists.suspiciousTlds) !== null });
  return machine ? { link, ...machine } : null;
}

/**
 * The links to a machine-made name, the first of each registrable domain (or host), as indexes
 * into `links.distinct`: each distinct URL once (its verdict and domain are the URL's), so 230,000
 * links to one address split the host name once, and 140,000 different generated names are kept as
 * numbers, their labels found again only for the hits a report shows.
 */
function machineMadeLinks(context: RuleContext): number[] {
  const { distinct, domains: numbers } = context.facts.links;
  // By the links fact's domain numbers, a byte a domain (a machine-made name has a domain), or
  // with a Set for links built by hand.
  const seenNumber = numbers ? new Uint8Array(numbers.count) : null;
  const domains = numbers ? null : new Set<string>();
  const found: number[] = [];
  for (let index = 0; index < distinct.length; index++) {
    const link = distinct[index] as Link;
    if (!machineMadeOf(context, link)) continue;
    if (numbers && seenNumber) {
      const number = numbers.of(link);
      if (seenNumber[number] !== 0) continue;
      seenNumber[number] = 1;
    } else if (domains) {
      const domain = link.url.domain ?? link.url.hostname ?? '';
      if (domains.has(domain)) continue;
      domains.add(domain);
    }
    found.push(index);
  }
  return found;
}

function hitOf(context: RuleContext, index: number): MessageHit {
  const { link, label, kind } = machineMadeOf(context, context.facts.links.distinct[index] as Link) as MachineMade;
  const pointer = pointAtUrl(context.message, link);
  return {
    messageId: 'machine-made',
    suggestionId: 'readable-domain',
    data: { url: pointer.evidence, label, kind },
    ...pointer,
  };
}

/**
 * The hits as columns, each built when the report shows it: 100,000 links to different generated
 * names are as many hits, of which a report shows twenty (each of strength 1, as `check`'s).
 */
class MachineMadeHits implements HitColumns {
  private readonly found: number[];

  constructor(private readonly context: RuleContext) {
    this.found = machineMadeLinks(context);
  }

  get length(): number {
    return this.found.length;
  }

  strength(): number {
    return 1;
  }

  hit(index: number): MessageHit {
    return hitOf(this.context, this.found[index] as number);
  }
}

export default defineRule({
  id: 'machine-made-domain',
  category: 'links',
  description: 'Link host name looks machine-made',
  weight: 0.8,
  cap: 1,
  messages: {
    'machine-made':
      '`{url}` goes to a host name with the part `{label}`, {kind, select, hex {a long run of digits} consonants {seven consonants in a row} other {letters and digits mixed at random}}: nobody chose that name to be read. Spam and phishing runs generate throwaway domains like it by the thousand, and filters score such names.',
    'readable-domain':
      'Link to your own, readable domain; if a service gave you a generated address, put it behind a subdomain of your domain.',
  },
  check(context) {
    return machineMadeLinks(context).map((found) => hitOf(context, found));
  },
  hitColumns: (context) => new MachineMadeHits(context),
});
