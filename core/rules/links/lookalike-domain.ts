// Detects link hosts that can pass for another name: punycode (`xn--`) or Unicode labels that mix
// scripts (`pаypal.com` with a Cyrillic `а`), use only look-alike letters, or use compatibility
// characters (`𝟜`); homograph phishing imitates familiar domains this way. Also hosts a browser
// reads as another name (UTS #46): invisible code points (`pay\u200bpal.com`) and ideographic dots
// (`paypal。com`) that open `paypal.com` while slipping past lists of names as written.
// Sources: Unicode TR39 (mixed-script and whole-script confusables); Chromium's IDN display policy;
// rspamd ZERO_WIDTH_SPACE_URL 7.0 and R_SUSPICIOUS_URL 5.0 (rules/misc.lua 3.4; src/libserver/url.c).
import { CONFUSABLE_LETTERS, isAscii, scriptOf, type Script } from '../../text/characters.ts';
import type { MessageReference } from '../../messages/format.ts';
import { defineRule, fragment, type MessageHit } from '../rule.ts';
import { pointAtUrl } from '../evidence.ts';
import { distinctBy, isPlausibleHostname } from '../../links/inspect.ts';
import { unicodeHostname } from '../../links/punycode.ts';
import { hasIdeographicDot, hasIgnored, hasZeroWidth } from '../../links/host-mapping.ts';

/** Scripts whose letters pass for Latin ones. */
const LOOKALIKE_SCRIPTS: ReadonlySet<Script> = new Set(['cyrillic', 'greek', 'armenian']);

interface Verdict {
  readonly why: MessageReference;
  readonly strength: number;
}

function judgeLabel(label: string): Verdict | null {
  let ascii = true;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) return null;
  if (label.normalize('NFKC') !== label.normalize('NFC')) {
    return { why: fragment('compatibility', { normalized: label.normalize('NFKC') }), strength: 2 };
  }
  const scripts = new Set<Script>();
  let letters = 0;
  let confusable = 0;
  for (const char of label) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (!script) continue;
    scripts.add(script);
    letters++;
    if (CONFUSABLE_LETTERS.has(char)) confusable++;
  }
  if (scripts.size >= 2) {
    const lookalike = scripts.has('latin') && [...scripts].some((script) => LOOKALIKE_SCRIPTS.has(script));
    const names = [...scripts].sort().map((script) => fragment('script', { script }));
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

/** The dots a browser reads between labels: `.`, `。`, `．`, `｡`. */
const LABEL_DOTS = /[.\u3002\uff0e\uff61]/;

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
    const { message } = context;
    const hits: MessageHit[] = [];
    // A host a browser reads as another name is judged as written (`ｐａｙｐａｌ.com`, not paypal.com).
    // A name all ASCII has only ASCII labels, which judgeLabel passes: such names are left out before
    // the names are made distinct (a name decides it alone, so the first link of each other name is
    // the same), not after (145,000 different ASCII names were a Set of them).
    const written = (link: (typeof context.facts.links.distinct)[number]): string => link.url.mappedFrom ?? link.url.hostname ?? '';
    const hosted = context.facts.links.distinct.filter((link) => isPlausibleHostname(link.url.hostname) && !isAscii(unicodeHostname(written(link))));
    for (const link of distinctBy(hosted, written)) {
      const hostname = written(link);
      const shown = unicodeHostname(hostname);
      let worst: Verdict | null = link.url.mappedFrom === undefined ? null : judgeMapped(hostname, link.url.hostname ?? '');
      // Split at every dot a browser reads as one, so `例え．jp`'s `．` is no compatibility letter.
      for (const label of worst ? [] : shown.split(LABEL_DOTS)) {
        const verdict = judgeLabel(label);
        if (verdict && (!worst || verdict.strength > worst.strength)) worst = verdict;
      }
      if (!worst) continue;
      const pointer = pointAtUrl(message, link);
      hits.push({
        messageId: 'lookalike-host',
        suggestionId: 'plain-ascii',
        data: { host: hostname, displays: shown !== hostname ? 'yes' : 'no', shown, why: worst.why, strong: worst.strength >= 1 ? 'yes' : 'no' },
        ...pointer,
        strength: worst.strength,
      });
    }
    return hits;
  },
});
