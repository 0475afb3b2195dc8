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

interface Verdict {
  readonly why: MessageReference;
  readonly strength: number;
}

/**
 * The strength of judgeLabel's verdict on `label`, -1 for none, without the verdict: 217,732
 * distinct non-ASCII hosts were as many verdicts, script lists and message fragments, of which a
 * report words twenty (judged again by judgeLabel). Each branch is judgeLabel's, in its order.
 */
function labelStrength(label: string): number {
  if (isAscii(label)) return -1;
  if (label.normalize('NFKC') !== label.normalize('NFC')) return 2;
  // Scripts as bits of a small number where judgeLabel lists them: at most five are seen.
  let first: Script | null = null;
  let mixed = false;
  let latin = false;
  let lookalike = false;
  let letters = 0;
  let confusable = 0;
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
  if (mixed) return latin && lookalike ? 2 : 1;
  if (letters > 0 && confusable === letters) return 2;
  return 0.3;
}

function judgeLabel(label: string): Verdict | null {
  if (isAscii(label)) return null;
  if (label.normalize('NFKC') !== label.normalize('NFC')) {
    return { why: fragment('compatibility', { normalized: label.normalize('NFKC') }), strength: 2 };
  }
  // The scripts seen, at most five: an array searched, not a Set made for every label.
  const scripts: Script[] = [];
  let letters = 0;
  let confusable = 0;
  // By code point, not for…of: no one-character string made for each letter of 200,000 names.
  for (let i = 0; i < label.length; i++) {
    const code = label.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (!script) continue;
    if (!scripts.includes(script)) scripts.push(script);
    letters++;
    if (CONFUSABLE_CODES.has(code)) confusable++;
  }
  if (scripts.length >= 2) {
    const lookalike = scripts.includes('latin') && scripts.some((script) => LOOKALIKE_SCRIPTS.has(script));
    const names = scripts.sort().map((script) => fragment('script', { script }));
    return { why: fragment('mixed-scripts', { scripts: names }), strength: lookalike ? 2 : 1 };
  }
  if (letters > 0 && confusable === letters) {
    return { why: fragment('all-lookalike'), strength: 2 };
  }
  return { why: fragment('internationalised'), strength: 0.3 };
}

/**
 * A host written so that a browser opens another name: zero-width characters it drops (rspamd
 * ZERO_WIDTH_SPACE_URL, 7.0), or an ASCII name spelled with other code points it drops or dots it
 * reads as `.` (`pay\ufe0fpal.com`, `paypal。com`: rspamd R_SUSPICIOUS_URL, 5.0 for an "obscured"
 * host), all past this rule's cap of 2 units; otherwise null, and the labels as written are judged
 * as before. A variation selector in an emoji host (`i❤️.ws`) or a `。` in a Japanese name
 * (`例え。jp`) disguises nothing: the name opened is no plainer than the one written.
 */
function judgeMapped(written: string, opens: string): Verdict | null {
  if (hasZeroWidth(written) || (hasIgnored(written) && isAscii(opens))) return { why: fragment('invisible', { opens }), strength: 2 };
  if (hasIdeographicDot(written) && isAscii(opens)) return { why: fragment('ideographic-dot', { opens }), strength: 2 };
  return null;
}

/** judgeMapped's verdict is there (its strength is 2), without making it. */
function isMapped(written: string, opens: string): boolean {
  return hasZeroWidth(written) || ((hasIgnored(written) || hasIdeographicDot(written)) && isAscii(opens));
}

/** The dots a browser reads between labels: `.`, `。`, `．`, `｡`. */
const LABEL_DOTS = /[.\u3002\uff0e\uff61]/;

/** One of LABEL_DOTS, by code. */
function isLabelDot(code: number): boolean {
  return code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61;
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
 * The hits as columns: which of the links fact's `distinct` each is, and its strength. What a
 * report shows (the name as written and shown, the verdict in words) is judged again for the
 * twenty shown: 217,732 distinct non-ASCII hosts were as many verdicts, names and fragments, kept
 * until the report was done (about 40 MB).
 */
interface Lookalikes {
  readonly links: number[];
  readonly strengths: number[];
}

/** The host a link is judged by (as written when a browser reads it as another name), if plausible. */
function judgedHost(link: Link): string | null {
  const url = link.url;
  if (!isPlausibleHostname(url.hostname)) return null;
  return url.mappedFrom ?? url.hostname;
}

/** The worst verdict on a host as written and as shown (`unicodeHostname`), or null. */
function judge(link: Link, hostname: string, shown: string): Verdict | null {
  const url = link.url;
  let worst: Verdict | null = url.mappedFrom === undefined ? null : judgeMapped(hostname, url.hostname as string);
  // Split at every dot a browser reads as one, so `例え．jp`'s `．` is no compatibility letter.
  if (!worst) {
    for (const label of shown.split(LABEL_DOTS)) {
      const verdict = judgeLabel(label);
      if (verdict && (!worst || verdict.strength > worst.strength)) worst = verdict;
    }
  }
  return worst;
}

/**
 * The strength of judge's worst verdict, -1 for none: the same labels (split at LABEL_DOTS, read
 * in place rather than split) and the same greatest strength, no verdict made.
 */
function strengthOf(link: Link, hostname: string, shown: string): number {
  const url = link.url;
  if (url.mappedFrom !== undefined && isMapped(hostname, url.hostname as string)) return 2;
  let worst = -1;
  let start = 0;
  for (let i = 0; i <= shown.length; i++) {
    if (i < shown.length && !isLabelDot(shown.charCodeAt(i))) continue;
    const strength = labelStrength(shown.slice(start, i));
    if (strength > worst) worst = strength;
    start = i + 1;
  }
  return worst;
}

function lookalikeHosts(context: RuleContext): Lookalikes {
  const found: Lookalikes = { links: [], strengths: [] };
  // A host a browser reads as another name is judged as written (`ｐａｙｐａｌ.com`, not paypal.com).
  // A name all ASCII has only ASCII labels, which judgeLabel passes: such names are left out before
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
    const strength = strengthOf(link, hostname, shown);
    if (strength < 0) continue;
    found.links.push(index);
    found.strengths.push(strength);
  }
  return found;
}

function hitOf(context: RuleContext, found: Lookalikes, index: number): MessageHit {
  const link = context.facts.links.distinct[found.links[index] as number] as Link;
  const host = judgedHost(link) as string;
  const shown = unicodeHostname(host);
  const worst = judge(link, host, shown) as Verdict;
  const pointer = pointAtUrl(context.message, link);
  return {
    messageId: 'lookalike-host',
    suggestionId: 'plain-ascii',
    data: { host, displays: shown !== host ? 'yes' : 'no', shown, why: worst.why, strong: worst.strength >= 1 ? 'yes' : 'no' },
    ...pointer,
    strength: worst.strength,
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
    return this.found.strengths[index] as number;
  }

  hit(index: number): MessageHit {
    return hitOf(this.context, this.found, index);
  }
}
