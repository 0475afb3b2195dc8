// Detects link hosts that can pass for another name: punycode (`xn--`) or Unicode labels that mix
// scripts (`pаypal.com` with a Cyrillic `а`), use only look-alike letters, or use compatibility
// characters (`𝟜`); homograph phishing imitates familiar domains this way. Also hosts a browser
// reads as another name (UTS #46): invisible code points (`pay\u200bpal.com`) and ideographic dots
// (`paypal。com`) that open `paypal.com` while slipping past lists of names as written.
// Sources: Unicode TR39 (mixed-script and whole-script confusables); Chromium's IDN display policy;
// rspamd ZERO_WIDTH_SPACE_URL 7.0 and R_SUSPICIOUS_URL 5.0 (rules/misc.lua 3.4; src/libserver/url.c).
import { CONFUSABLE_LETTERS, isAscii, scriptOf, type Script } from '../../text/characters.ts';
import type { MessageReference } from '../../messages/format.ts';
import { defineRule, fragment, type HitColumns, type MessageHit, type RuleContext } from '../rule.ts';
import type { Link } from '../../message/message.ts';
import { pointAtUrl } from '../evidence.ts';
import { isPlausibleHostname } from '../../links/inspect.ts';
import { unicodeHostname } from '../../links/punycode.ts';
import { hasIdeographicDot, hasIgnored, hasZeroWidth } from '../../links/host-mapping.ts';

/** The code points of CONFUSABLE_LETTERS (its keys are single code points; any longer key could match no one letter). */
const CONFUSABLE_CODES: ReadonlySet<number> = new Set([...CONFUSABLE_LETTERS.keys()].filter((key) => [...key].length === 1).map((key) => key.codePointAt(0) ?? 0));

/** Scripts whose letters pass for Latin ones. */
const LOOKALIKE_SCRIPTS: ReadonlySet<Script> = new Set(['cyrillic', 'greek', 'armenian']);

/** What makes a label of a host name suspect, as labelKind decides it. */
type LabelKind = 'compatibility' | 'mixed-lookalike' | 'mixed' | 'all-lookalike' | 'internationalised';
/** What makes a host a browser reads as another name suspect, as mappedKind decides it. */
type MappedKind = 'invisible' | 'ideographic-dot';
type Kind = LabelKind | MappedKind;

/**
 * Each kind's strength, the one home of the rule's weights within its cap: look-alikes and names
 * that open another name (rspamd 5.0-7.0 for these) past the cap; scripts mixed without a Latin
 * look-alike half as much; a plain internationalised name lightly.
 */
const STRENGTH: Readonly<Record<Kind, number>> = {
  compatibility: 2,
  'mixed-lookalike': 2,
  mixed: 1,
  'all-lookalike': 2,
  internationalised: 0.3,
  invisible: 2,
  'ideographic-dot': 2,
};

/**
 * The kind of a label of a host name as shown, null for an ASCII one: compatibility characters
 * (`𝟜`), letters of several scripts (Latin with a look-alike script's, or others), letters all
 * look-alikes (`аррӏе`), or none of these. No verdict, list or string is made: 217,732 distinct
 * non-ASCII hosts are judged, of which a report words twenty (`wordsFor`).
 */
function labelKind(label: string): LabelKind | null {
  if (isAscii(label)) return null;
  if (label.normalize('NFKC') !== label.normalize('NFC')) return 'compatibility';
  let first: Script | null = null;
  let mixed = false;
  let latin = false;
  let lookalike = false;
  let letters = 0;
  let confusable = 0;
  // By code point, not for…of: no one-character string made for each letter of 200,000 names.
  for (let i = 0; i < label.length; i++) {
    const code = label.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (!script) continue;
    if (first === null) first = script;
    else if (script !== first) mixed = true;
    if (script === 'latin') latin = true;
    else if (LOOKALIKE_SCRIPTS.has(script)) lookalike = true;
    letters++;
    if (CONFUSABLE_CODES.has(code)) confusable++;
  }
  if (mixed) return latin && lookalike ? 'mixed-lookalike' : 'mixed';
  if (letters > 0 && confusable === letters) return 'all-lookalike';
  return 'internationalised';
}

/** The scripts of `label`'s letters, sorted, for the words of a mixed label. */
function scriptsOf(label: string): Script[] {
  const scripts: Script[] = [];
  for (let i = 0; i < label.length; i++) {
    const code = label.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (script && !scripts.includes(script)) scripts.push(script);
  }
  return scripts.sort();
}

/**
 * A host written so that a browser opens another name: zero-width characters it drops (rspamd
 * ZERO_WIDTH_SPACE_URL, 7.0), or an ASCII name spelled with other code points it drops or dots it
 * reads as `.` (`pay\ufe0fpal.com`, `paypal。com`: rspamd R_SUSPICIOUS_URL, 5.0 for an "obscured"
 * host), all past this rule's cap of 2 units; otherwise null, and the labels as written are judged
 * as before. A variation selector in an emoji host (`i❤️.ws`) or a `。` in a Japanese name
 * (`例え。jp`) disguises nothing: the name opened is no plainer than the one written.
 */
function mappedKind(written: string, opens: string): MappedKind | null {
  if (hasZeroWidth(written) || (hasIgnored(written) && isAscii(opens))) return 'invisible';
  if (hasIdeographicDot(written) && isAscii(opens)) return 'ideographic-dot';
  return null;
}

/**
 * Where the label of `shown` that starts at `start` ends: at the next dot a browser reads between
 * labels (`.`, `。`, `．`, `｡`; so `例え．jp`'s `．` is no compatibility letter) or the end.
 */
function labelEnd(shown: string, start: number): number {
  let end = start;
  while (end < shown.length) {
    const code = shown.charCodeAt(end);
    if (code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61) break;
    end++;
  }
  return end;
}

export default defineRule({
  id: 'lookalike-domain',
  category: 'links',
  description: 'Link host uses look-alike or mixed-script letters',
  weight: 2.0,
  cap: 2,
  messages: {
    'lookalike-host':
      'The link host `{host}`{displays, select, yes { displays as `{shown}` and} other {}} {why}; {strong, select, yes {that is how homograph phishing imitates a familiar domain, and filters score it heavily} other {filters look harder at such hosts because homograph phishing uses them}}.',
    'compatibility':
      'uses compatibility characters that display like `{normalized}`',
    'mixed-scripts':
      'mixes letters of {scripts} script in one name',
    'script':
      '{script, select, latin {latin} cyrillic {cyrillic} greek {greek} armenian {armenian} other {other}}',
    'all-lookalike':
      'is written entirely in letters that look like Latin ones',
    'internationalised':
      'is an internationalised (non-ASCII) name',
    'invisible':
      'holds invisible characters a browser drops, so it opens `{opens}`',
    'ideographic-dot':
      'separates its labels with dots a browser reads as `.`, so it opens `{opens}`',
    'plain-ascii':
      'Link to your plain ASCII domain name; if your brand really uses an internationalised domain, keep its letters in one script.',
  },
  check(context) {
    const found = lookalikeHosts(context);
    return found.links.map((_, index) => hitOf(context, found, index));
  },
  hitColumns: (context) => new LookalikeHits(context),
});

/**
 * The hits as columns: which of the links fact's `distinct` each is, and its kind (a constant; its
 * strength is STRENGTH's). What a report shows (the name as written and shown, the verdict in
 * words) is worded for the twenty shown only: 217,732 distinct non-ASCII hosts were as many
 * verdicts, names and fragments, kept until the report was done (about 40 MB).
 */
interface Lookalikes {
  readonly links: number[];
  readonly kinds: Kind[];
}

/** The host a link is judged by (as written when a browser reads it as another name), if plausible. */
function judgedHost(link: Link): string | null {
  const url = link.url;
  if (!isPlausibleHostname(url.hostname)) return null;
  return url.mappedFrom ?? url.hostname;
}

/**
 * The kind of a host as written and as shown (`unicodeHostname`), null for none: a name a browser
 * reads as another (as written), else its first label of the greatest strength (as shown).
 */
function hostKind(link: Link, hostname: string, shown: string): Kind | null {
  const url = link.url;
  const mapped = url.mappedFrom === undefined ? null : mappedKind(hostname, url.hostname as string);
  if (mapped) return mapped;
  let worst: LabelKind | null = null;
  for (let start = 0; start <= shown.length; ) {
    const end = labelEnd(shown, start);
    const kind = labelKind(shown.slice(start, end));
    if (kind && (!worst || STRENGTH[kind] > STRENGTH[worst])) worst = kind;
    start = end + 1;
  }
  return worst;
}

/** The words for a host's kind (for the hits a report shows): what it opens, or of which label and how. */
function wordsFor(kind: Kind, link: Link, shown: string): MessageReference {
  if (kind === 'invisible' || kind === 'ideographic-dot') return fragment(kind, { opens: link.url.hostname as string });
  // The label hostKind chose: the first of this kind (an earlier one of the same strength would have a kind of its own).
  let label = '';
  for (let start = 0; start <= shown.length && !label; ) {
    const end = labelEnd(shown, start);
    if (labelKind(shown.slice(start, end)) === kind) label = shown.slice(start, end);
    start = end + 1;
  }
  if (kind === 'compatibility') return fragment('compatibility', { normalized: label.normalize('NFKC') });
  if (kind === 'mixed' || kind === 'mixed-lookalike') return fragment('mixed-scripts', { scripts: scriptsOf(label).map((script) => fragment('script', { script })) });
  return fragment(kind);
}

function lookalikeHosts(context: RuleContext): Lookalikes {
  const found: Lookalikes = { links: [], kinds: [] };
  // A host a browser reads as another name is judged as written (`ｐａｙｐａｌ.com`, not paypal.com).
  // A name all ASCII has only ASCII labels, which labelKind passes: such names are left out before
  // the names are made distinct (a name decides it alone, so the first link of each other name is
  // the same), not after (145,000 different ASCII names were a Set of them). One pass: each name
  // as written and as shown is read once.
  const seen = new Set<string>();
  const distinct = context.facts.links.distinct;
  for (let index = 0; index < distinct.length; index++) {
    const link = distinct[index] as Link;
    const hostname = judgedHost(link);
    if (hostname === null) continue;
    const shown = unicodeHostname(hostname);
    if (isAscii(shown) || seen.has(hostname)) continue;
    seen.add(hostname);
    const kind = hostKind(link, hostname, shown);
    if (!kind) continue;
    found.links.push(index);
    found.kinds.push(kind);
  }
  return found;
}

function hitOf(context: RuleContext, found: Lookalikes, index: number): MessageHit {
  const link = context.facts.links.distinct[found.links[index] as number] as Link;
  const host = judgedHost(link) as string;
  const shown = unicodeHostname(host);
  const kind = found.kinds[index] as Kind;
  const strength = STRENGTH[kind];
  const pointer = pointAtUrl(context.message, link);
  return {
    messageId: 'lookalike-host',
    suggestionId: 'plain-ascii',
    data: { host, displays: shown !== host ? 'yes' : 'no', shown, why: wordsFor(kind, link, shown), strong: strength >= 1 ? 'yes' : 'no' },
    ...pointer,
    strength,
  };
}

/** The hits as columns: 200,000 distinct non-ASCII hosts are judged, only the hits a report shows are built. */
class LookalikeHits implements HitColumns {
  private readonly found: Lookalikes;

  constructor(private readonly context: RuleContext) {
    this.found = lookalikeHosts(context);
  }

  get length(): number {
    return this.found.links.length;
  }

  strength(index: number): number {
    return STRENGTH[this.found.kinds[index] as Kind];
  }

  hit(index: number): MessageHit {
    return hitOf(this.context, this.found, index);
  }
}
