// Detects links through open redirectors: a trusted host (google.com/url, a tracker) that forwards
// to whatever address the link carries. Phishers borrow the trusted host's reputation this way.
// Sources: SpamAssassin's `redirector_pattern` list (25_url_redirectors.cf); OWASP "Unvalidated
// Redirects and Forwards".
import type { Link } from '../../message/message.ts';
import { candidateRedirectors } from '../../links/redirectors.ts';
import { parseUrl } from '../../links/url.ts';
import { defineRule, type RuleContext, type MessageHit } from '../rule.ts';
import { isClickTracker } from '../../links/click-tracking.ts';
import { pointAtUrl } from '../evidence.ts';
import { isHostOrSubdomain, queryParameters } from '../../links/inspect.ts';

/** Share buttons carry the shared page's URL (`facebook.com/sharer.php?u=…`): not a redirect. */
const SHARE_PATH = /shar|intent|\/pin\/create|\/submit|bookmark/i;

interface Redirect {
  /** the address the link forwards to */
  readonly target: string;
  readonly listed: boolean;
}

/** The absolute http(s) URL a parameter value carries, when it leads to another registrable domain. */
function foreignTarget(link: Link, value: string): string | null {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed.slice(0, 8))) return null;
  const target = parseUrl(trimmed);
  if (!target.domain || target.domain === link.url.domain) return null;
  return trimmed;
}

function listedRedirect(context: RuleContext, link: Link): Redirect | null {
  const hostname = link.url.hostname ?? '';
  const candidates = candidateRedirectors(context.lists.redirectors, hostname);
  if (candidates.length === 0) return null;
  const path = link.url.path.toLowerCase();
  for (const entry of candidates) {
    if (!isHostOrSubdomain(hostname, entry.host) || !path.startsWith(entry.path.toLowerCase())) continue;
    if (!entry.param) return { target: link.url.path.slice(entry.path.length) || link.href, listed: true };
    const name = entry.param.toLowerCase();
    const parameter = queryParameters(link.url.query).find((candidate) => candidate.name === name);
    const value = parameter?.value.trim() ?? '';
    // A redirect back to the same site is the site's own navigation, not a detour.
    if (value && (foreignTarget(link, value) !== null || !/^https?:\/\//i.test(value.slice(0, 8)))) {
      return { target: value, listed: true };
    }
  }
  return null;
}

/** A parameter can only decode to an http(s) address when the query spells `http` or encodes something. */
const MAY_CARRY_URL = /http|%/i;

function genericRedirect(context: RuleContext, link: Link): Redirect | null {
  if (!MAY_CARRY_URL.test(link.url.query)) return null;
  if (SHARE_PATH.test(link.url.path.slice(0, 256)) || isClickTracker(link.url, context.lists.clickTrackers)) return null;
  for (const { name, value } of queryParameters(link.url.query)) {
    // Parameter names that conventionally carry a redirect's destination: wordlists/global/redirect-parameters.yml.
    if (!context.lists.redirectParameter.test(name)) continue;
    const target = foreignTarget(link, value);
    if (target) return { target, listed: false };
  }
  return null;
}

export default defineRule({
  id: 'open-redirect',
  category: 'links',
  description: 'Link forwards through a redirector to another site',
  weight: 1.2,
  cap: 2,
  messages: {
    'listed-redirector':
      '`{url}` goes through `{host}`, a known open redirector, on to `{target}`: phishing borrows a trusted host\'s reputation this way, so filters look past the redirect and distrust it.',
    'carries-target':
      '`{url}` carries another site\'s address (`{target}`) for `{host}` to forward to; that is how open redirects hide a destination, and filters treat it as suspicious.',
    'link-straight':
      'Link straight to the destination page (or through your own ESP\'s click tracking), not through a redirect on another site.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const link of context.facts.links.distinct) {
      const redirect = listedRedirect(context, link) ?? genericRedirect(context, link);
      if (!redirect) continue;
      const pointer = pointAtUrl(message, link);
      const target = redirect.target.length > 60 ? `${redirect.target.slice(0, 59)}…` : redirect.target;
      hits.push({
        messageId: redirect.listed ? 'listed-redirector' : 'carries-target',
        suggestionId: 'link-straight',
        data: { url: pointer.evidence, host: link.url.hostname ?? '', target },
        ...pointer,
        strength: redirect.listed ? 1 : 0.6,
      });
    }
    return hits;
  },
});
