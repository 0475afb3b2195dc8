/**
 * Reads the verdicts receiving filters write into a message's headers and turns them into
 * findings: Authentication-Results (RFC 8601) and Received-SPF (RFC 7208 §9.1), SpamAssassin's
 * X-Spam-Status / X-Spam-Report, Microsoft's X-Forefront-Antispam-Report, X-Microsoft-Antispam and
 * X-MS-Exchange-Organization-SCL, and Barracuda's X-Barracuda-Spam-* fields.
 */
import { getDomain } from 'tldts';
import type { BounceCategory, Finding } from '../types.ts';
import { shorten as shortenTo } from '../report/report.ts';
import { createLocalizer, type MessageData, type MessageSource } from '../messages/index.ts';
import { headerValues, type HeaderField } from './mime.ts';
import { lookupSpamAssassinRule, SPAMASSASSIN_MESSAGES } from './spamassassin-rules.ts';

/** `verdict`: points count (a delivered message's headers); `advice`: every finding is 0 points. */
export type HeaderMode = 'verdict' | 'advice';

/**
 * One filter's verdict, as data: which check or filter, what it said, and whether that goes
 * against the message. Callers choose findings from these fields, never from a finding's wording.
 */
export interface HeaderVerdict {
  /**
   * `authentication`: one Authentication-Results method (or Received-SPF); `spam`: a filter's
   * overall spam verdict; `rule`: one rule a filter reports; `notice`: anything else a filter
   * says (a bulk complaint level, the folder it delivered to)
   */
  readonly kind: 'authentication' | 'spam' | 'rule' | 'notice';
  /** spf, dkim, dmarc, compauth, dkim-alignment; spamassassin, microsoft, barracuda */
  readonly source: string;
  /** an authentication method's result (`pass`, `fail`, `softfail` …); a spam verdict's `spam` or `not-spam` */
  readonly result: string;
  /** the check failed, or the filter called the message spam */
  readonly failed: boolean;
  /** what the report says about it; a passing check needs no finding */
  readonly finding?: Finding;
}

/** Authentication results that count against a message, per method (weaker ones — none, neutral, temperror — are advice). */
const FAILED_RESULTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['spf', new Set(['fail', 'softfail', 'permerror'])],
  ['dkim', new Set(['fail', 'permerror'])],
  ['dmarc', new Set(['fail', 'permerror'])],
  ['compauth', new Set(['fail', 'softfail'])],
]);

function authFailed(method: string, result: string): boolean {
  return FAILED_RESULTS.get(method)?.has(result) ?? false;
}

export interface AuthResult {
  readonly method: string;
  readonly result: string;
  readonly comment: string;
  readonly props: ReadonlyMap<string, string>;
}

/** Splits on `;` outside parentheses and quotes (comments may hold `;`). */
function splitTopLevel(value: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '"' && value[index - 1] !== '\\') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')' && depth > 0) depth -= 1;
    else if (!quoted && depth === 0 && char === separator) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** Removes (comments), returning the text without them and the comments joined. */
function stripComments(value: string): { text: string; comment: string } {
  let text = '';
  let comment = '';
  let depth = 0;
  for (const char of value) {
    if (char === '(') {
      depth += 1;
      if (depth === 1) continue;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        comment += ' ';
        continue;
      }
    }
    if (depth > 0) comment += char;
    else text += char;
  }
  return { text, comment: comment.trim() };
}

export function parseAuthenticationResults(value: string): AuthResult[] {
  const results: AuthResult[] = [];
  const [, ...statements] = splitTopLevel(value.slice(0, 8_000), ';');
  for (const statement of statements) {
    const { text, comment } = stripComments(statement);
    const tokens = text.trim().split(/\s+/).filter(Boolean);
    const head = tokens[0];
    if (!head || !head.includes('=')) continue;
    const [method, result] = head.split('=', 2) as [string, string];
    const props = new Map<string, string>();
    for (const token of tokens.slice(1)) {
      const equals = token.indexOf('=');
      if (equals > 0) props.set(token.slice(0, equals).toLowerCase(), token.slice(equals + 1).replace(/^"|"$/g, ''));
    }
    results.push({ method: method.toLowerCase(), result: (result ?? '').toLowerCase(), comment, props });
  }
  return results;
}

function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf('@');
  const domain = (at === -1 ? value : value.slice(at + 1)).replace(/[<>"\s;]/g, '').toLowerCase();
  return domain || undefined;
}

function organizational(domain: string | undefined): string | undefined {
  if (!domain) return undefined;
  return getDomain(domain) ?? domain;
}

interface Draft {
  rule: string;
  category: BounceCategory;
  points: number;
  message: string;
  suggestion: string;
  evidence: string;
}

function finding(mode: HeaderMode, draft: Draft): Finding {
  return { ...draft, points: mode === 'verdict' ? Math.max(0, Math.round(draft.points * 10) / 10) : 0 };
}

/** A header verdict's evidence keeps up to 200 characters. */
function shorten(text: string, max = 200): string {
  return shortenTo(text, max);
}

/**
 * What the verdicts say, in English; the translations are data in core/messages/explain/headers/,
 * keyed `explain/headers/<id>`. Codes, header names, rule names and the filters' own words are data.
 */
export const HEADER_MESSAGES = {
  id: 'explain/headers',
  messages: {
    'dmarc-fail':
      'DMARC failed for {hasDomain, select, yes {{domain}} other {the From domain}}{policyKind, select, none { (its policy is p={policy}, so receivers only report it)} reject { (its policy is p={policy}, so receivers refuse such mail)} absent {} other { (its policy is p={policy}, so receivers quarantine such mail)}}: neither SPF nor DKIM passed for a domain aligned with the From address.',
    'dmarc-fix':
      'Make at least one of SPF or DKIM pass *and* align with the From domain: sign with DKIM using d=<your From domain> (or a parent of it), or send with a Return-Path on your From domain that SPF authorises. Then keep DMARC reports (rua=) on to catch senders you forgot.',
    'spf-none': 'SPF: {hasDomain, select, yes {{domain}} other {the envelope sender}} publishes no SPF record, so receivers cannot tell which servers may send for it.',
    'spf-permerror': 'SPF for {hasDomain, select, yes {{domain}} other {the envelope sender}} has a permanent error: the record is invalid (syntax, several SPF records, or more than 10 DNS lookups).',
    'spf-temperror': 'SPF for {hasDomain, select, yes {{domain}} other {the envelope sender}} could not be checked (a temporary DNS error).',
    'spf-fail': 'SPF {result}: {hasDomain, select, yes {{domain}} other {the envelope sender}} does not list the sending IP{hasIp, select, yes { {ip}} other {}} as an allowed sender.',
    'spf-permerror-fix':
      'Keep one SPF TXT record per domain, fix its syntax, and stay under 10 DNS-querying mechanisms (flatten or drop unused include: entries).',
    'spf-temperror-fix': 'Usually transient; if it repeats, check that the domain’s DNS servers answer reliably.',
    'spf-fix':
      'Add every service that sends with this envelope domain to its SPF record (`v=spf1 include:<provider> -all`), or send with a Return-Path on a domain that authorises the sending service.',
    'dkim-none':
      'The message has no DKIM signature, so its content and From domain cannot be verified; Gmail and Yahoo require one from bulk senders{dmarc, select, yes {, and DMARC then rests on SPF alone} other {}}.',
    'dkim-none-fix': 'Turn on DKIM signing for your From domain at your mail provider and publish its key in DNS.',
    'dkim-fail':
      'DKIM {result} for d={hasDomain, select, yes {{domain}} other {the signing domain}}: the signature does not verify{hasComment, select, yes { ({comment})} other {}}. The message changed after signing, or the public key in DNS does not match.',
    'dkim-fail-fix':
      'Check the selector’s public key in DNS (`<selector>._domainkey.<domain>`) matches the signing key, and that nothing modifies the message after signing (footers, link rewriting, re-encoding by a gateway).',
    compauth:
      'Microsoft’s composite authentication {result, select, fail {failed} other {soft-failed}}{reasonKind, select, absent {} explicit { (reason {reason}: explicit SPF/DKIM/DMARC failure)} implicit { (reason {reason}: implicit failure, the sender does not authenticate)} no-dmarc { (reason {reason}: implicit, the From domain has no DMARC and weak authentication)} other { (reason {reason})}}: Microsoft treats the sender as unverified or spoofed.',
    'compauth-fix': 'Publish SPF, sign with DKIM for your From domain and publish DMARC; Microsoft’s compauth passes when DMARC passes.',
    'dkim-not-aligned':
      'DKIM passes, but only for {signers}, not for the From domain {from}: DMARC counts only aligned signatures, so this one does not help.',
    'dkim-not-aligned-fix':
      'Sign with d={from} (most providers call this custom or branded domain authentication: publish their DKIM CNAME/TXT records under your domain).',
    'received-spf': 'SPF {result}: the envelope sender’s domain does not authorise the server that sent this message.',
    'received-spf-fix': 'Add every service that sends for the domain to its SPF record, or send with a Return-Path on a domain that authorises it.',
    rule: '{filter} rule {name}{hasScore, select, yes { ({sign}{score, number, ::group-off} points)} other {}}: {meaning}.',
    'rule-unknown':
      '{filter} rule {name}{hasScore, select, yes { ({sign}{score, number, ::group-off} points)} other {}}: spamrisk does not know this rule{hasDescription, select, yes {; the filter describes it as “{description}”} other {}}.',
    'rule-unknown-fix':
      'Look the rule name up in the filter’s rule files (for SpamAssassin: the rules/ folder or `spamassassin --lint -D`), or ask the receiving administrator what it matches.',
    'spamassassin-scored':
      'SpamAssassin scored the message {score, number, ::group-off} against a threshold of {required, number, ::group-off}: {spam, select, yes {it was classified as spam} other {it was not classified as spam}}.{hasRules, select, yes { {rules, number, ::group-off} rule(s) fired; each is listed with what it means.} other {}}',
    'spamassassin-flag': 'SpamAssassin {spam, select, yes {flagged the message as spam} other {did not flag the message}}.',
    'spamassassin-spam-fix':
      'Work down the rules with the most points: fix authentication and blocklist rules first (they weigh most and affect every message), then the content rules.',
    'spamassassin-ham-fix': 'Nothing urgent; the rules below show what still adds points.',
    'sfv-nspm': 'not spam',
    'sfv-spm': 'spam (filtered as spam)',
    'sfv-sks': 'marked as spam by a mail flow (transport) rule before filtering',
    'sfv-ska': 'skipped filtering: the sender is on an allowed list of the organisation’s anti-spam policy',
    'sfv-skb': 'marked as spam: the sender is on a blocked list of the anti-spam policy',
    'sfv-ski': 'skipped filtering: internal (intra-organisation) mail',
    'sfv-skn': 'marked as not spam by a mail flow rule before filtering',
    'sfv-skq': 'released from quarantine',
    'sfv-sfe': 'skipped filtering: the sender is on the recipient’s Safe Senders list',
    'sfv-blk': 'blocked: the sender is on the recipient’s Blocked Senders list',
    'sfv-sku': 'skipped filtering',
    'sfv-unknown': 'an unknown filtering verdict',
    'cat-amp': 'anti-malware',
    'cat-bulk': 'bulk mail',
    'cat-dimp': 'domain impersonation',
    'cat-ftbp': 'a blocked attachment file type',
    'cat-gimp': 'mailbox-intelligence impersonation',
    'cat-hphsh': 'high-confidence phishing',
    'cat-hphish': 'high-confidence phishing',
    'cat-hspm': 'high-confidence spam',
    'cat-intos': 'intra-organisation phishing',
    'cat-malw': 'malware',
    'cat-ospm': 'outbound spam',
    'cat-phsh': 'phishing',
    'cat-sap': 'Safe Attachments',
    'cat-spm': 'spam',
    'cat-spoof': 'spoofing (the From domain failed authentication)',
    'cat-uimp': 'user impersonation',
    'cat-unknown': 'an unknown category',
    'scl-skipped': 'filtering was skipped (a trusted or allow-listed sender)',
    'scl-not-spam': 'not spam',
    'scl-low': 'low spam likelihood',
    'scl-spam': 'spam: delivered to Junk Email or quarantined',
    'scl-high': 'high-confidence spam',
    'part-scl': 'SCL {scl} ({words})',
    'part-sfv': 'SFV:{sfv} ({words})',
    'part-cat': 'CAT:{cat} ({words})',
    'part-ipv-cal': 'IPV:CAL (the IP is on the organisation’s allow list)',
    'microsoft-verdict': 'Microsoft 365 / Exchange Online Protection verdict: {parts}.',
    'microsoft-spoof-fix':
      'Microsoft treats the From address as spoofed or impersonated: make SPF, DKIM and DMARC pass for your From domain, and avoid display names that imitate other people or brands.',
    'microsoft-bulk-fix':
      'Microsoft sees this as bulk mail: send only to people who opted in, include a one-click unsubscribe, and keep complaint rates low (check SNDS for your IPs).',
    'microsoft-blocked-fix': 'The recipient (or their organisation) blocked your address or domain; ask them to remove the block.',
    'microsoft-spam-fix':
      'Fix authentication first, then the content (see spamrisk’s content check), and check your IP’s status in Microsoft SNDS. Recipients can mark the message “Not junk” to train the filter.',
    'microsoft-ham-fix': 'Nothing to change: Microsoft did not treat the message as spam.',
    bcl: 'Microsoft’s bulk complaint level is {bcl} of 9: the sender sends bulk mail that {many, select, yes {generates many complaints} other {generates some complaints}}. Organisations usually filter BCL 7 and above (the default threshold) as spam.',
    'bcl-fix':
      'Lower complaints: send only to opted-in recipients, make unsubscribing one click, drop inactive addresses, and match frequency to what people signed up for.',
    'junk-folder': 'Microsoft delivered the message to the Junk Email folder (dest:J).',
    'junk-folder-fix': 'See the spam verdict above; recipients can move it to the inbox and mark “Not junk”, which trains their filter.',
    barracuda:
      'Barracuda scored the message {hasScore, select, yes {{score, number, ::group-off}} other {unknown}}{hasTag, select, yes { (tag at {tag, number, ::group-off}{hasQuarantine, select, yes {, quarantine at {quarantine, number, ::group-off}} other {}}{hasKill, select, yes {, block at {kill, number, ::group-off}} other {}})} other {}}: {action, select, blocked {blocked} quarantined {quarantined} tagged {tagged as spam} other {passed}}.',
    'barracuda-spam-fix':
      'Check your sending IP at barracudacentral.org (Barracuda Reputation Block List) and request removal if listed; then fix the rules listed with the most points.',
    'barracuda-ham-fix': 'Nothing urgent.',
  },
} as const satisfies MessageSource;

type HeaderMessageId = keyof typeof HEADER_MESSAGES.messages;

/** A message of explain()'s words in the report's language (explain() passes its localizer's). */
export type Say = (source: MessageSource, id: string, data?: MessageData) => string;

/** English, for callers that give no language (a localizer per call: it caches, so it is not shared). */
export function sayEnglish(): Say {
  const localizer = createLocalizer('en');
  return (source, id, data) => localizer.text(source, id, data);
}

/** This file's messages through a Say. */
const wordsOf = (say: Say) => (id: HeaderMessageId, data?: MessageData) => say(HEADER_MESSAGES, id, data);

/** Authentication-Results and Received-SPF, one verdict per method; alignment is read against the From header. */
export function authenticationVerdicts(headers: readonly HeaderField[], mode: HeaderMode, say: Say = sayEnglish()): HeaderVerdict[] {
  const t = wordsOf(say);
  const verdicts: HeaderVerdict[] = [];
  const seen = new Set<string>();
  const fromDomain = domainOf(/<([^<>]{1,300})>/.exec(headerValues(headers, 'from')[0] ?? '')?.[1] ?? headerValues(headers, 'from')[0]);
  const values = [...headerValues(headers, 'authentication-results'), ...headerValues(headers, 'arc-authentication-results').map((value) => value.replace(/^\s*i=\d+;?/, ''))];
  let dkimPassDomains: string[] = [];
  let dkimSeen = false;
  let headerFrom = fromDomain;
  for (const value of values) {
    for (const result of parseAuthenticationResults(value)) {
      const key = `${result.method}`;
      if (result.method === 'dkim') {
        dkimSeen = true;
        if (result.result === 'pass') {
          const d = result.props.get('header.d') ?? domainOf(result.props.get('header.i'));
          if (d) dkimPassDomains.push(d.toLowerCase());
        }
      }
      if (result.method === 'dmarc') headerFrom = result.props.get('header.from')?.toLowerCase() ?? headerFrom;
      if (seen.has(key)) continue; // the topmost result of each method is the receiver's
      seen.add(key);
      const findings: Finding[] = [];
      const evidence = shorten(`${result.method}=${result.result}${result.comment ? ` (${result.comment})` : ''} ${[...result.props].map(([k, v]) => `${k}=${v}`).join(' ')}`);
      if (result.method === 'dmarc' && (result.result === 'fail' || result.result === 'permerror')) {
        const policy = /\bp=(\w+)/i.exec(result.comment)?.[1]?.toLowerCase();
        const domain = result.props.get('header.from') ?? fromDomain;
        findings.push(
          finding(mode, {
            rule: 'dmarc-fail',
            category: 'authentication',
            points: policy === 'reject' ? 5 : policy === 'quarantine' ? 4 : 3,
            message: t('dmarc-fail', {
              hasDomain: domain ? 'yes' : 'no',
              domain: domain ?? '',
              policyKind: !policy ? 'absent' : policy === 'none' || policy === 'reject' ? policy : 'other',
              policy: policy ?? '',
            }),
            suggestion: t('dmarc-fix'),
            evidence,
          }),
        );
      } else if (result.method === 'spf' && ['fail', 'softfail', 'permerror', 'temperror', 'none', 'neutral'].includes(result.result)) {
        const given = result.props.get('smtp.mailfrom') ?? result.props.get('smtp.helo');
        const named = { hasDomain: given ? 'yes' : 'no', domain: given ? (domainOf(given) ?? given) : '' };
        const clientIp = result.props.get('client-ip');
        const strong = result.result === 'fail' || result.result === 'permerror';
        findings.push(
          finding(mode, {
            rule: 'spf-' + result.result,
            category: 'authentication',
            points: strong ? 2.5 : result.result === 'softfail' ? 1.5 : 0.5,
            message:
              result.result === 'none'
                ? t('spf-none', named)
                : result.result === 'permerror'
                  ? t('spf-permerror', named)
                  : result.result === 'temperror'
                    ? t('spf-temperror', named)
                    : t('spf-fail', { ...named, result: result.result, hasIp: clientIp ? 'yes' : 'no', ip: clientIp ?? '' }),
            suggestion: result.result === 'permerror' ? t('spf-permerror-fix') : result.result === 'temperror' ? t('spf-temperror-fix') : t('spf-fix'),
            evidence,
          }),
        );
      } else if (result.method === 'dkim' && result.result === 'none') {
        findings.push(
          finding(mode, {
            rule: 'dkim-none',
            category: 'authentication',
            points: 1,
            message: t('dkim-none', { dmarc: 'yes' }),
            suggestion: t('dkim-none-fix'),
            evidence,
          }),
        );
      } else if (result.method === 'dkim' && ['fail', 'permerror', 'neutral', 'policy', 'temperror'].includes(result.result)) {
        const d = result.props.get('header.d') ?? domainOf(result.props.get('header.i'));
        findings.push(
          finding(mode, {
            rule: 'dkim-' + result.result,
            category: 'authentication',
            points: result.result === 'temperror' ? 0.5 : 2,
            message: t('dkim-fail', {
              result: result.result,
              hasDomain: d ? 'yes' : 'no',
              domain: d ?? '',
              hasComment: result.comment ? 'yes' : 'no',
              comment: result.comment ? shorten(result.comment, 80) : '',
            }),
            suggestion: t('dkim-fail-fix'),
            evidence,
          }),
        );
      } else if (result.method === 'compauth' && (result.result === 'fail' || result.result === 'softfail')) {
        const reason = result.props.get('reason');
        findings.push(
          finding(mode, {
            rule: 'microsoft-compauth-' + result.result,
            category: 'authentication',
            points: result.result === 'fail' ? 3 : 1.5,
            message: t('compauth', {
              result: result.result === 'fail' ? 'fail' : 'softfail',
              reasonKind: !reason ? 'absent' : reason.startsWith('0') ? 'explicit' : reason.startsWith('1') ? 'implicit' : reason.startsWith('6') ? 'no-dmarc' : 'other',
              reason: reason ?? '',
            }),
            suggestion: t('compauth-fix'),
            evidence,
          }),
        );
      }
      verdicts.push({
        kind: 'authentication',
        source: result.method,
        result: result.result,
        failed: authFailed(result.method, result.result),
        ...(findings[0] ? { finding: findings[0] } : {}),
      });
    }
  }
  // DKIM alignment: a passing signature that is not for the From domain does not help DMARC.
  const fromOrg = organizational(headerFrom);
  dkimPassDomains = [...new Set(dkimPassDomains)];
  if (fromOrg && dkimPassDomains.length > 0 && !dkimPassDomains.some((d) => organizational(d) === fromOrg)) {
    verdicts.push({
      kind: 'authentication',
      source: 'dkim-alignment',
      result: 'fail',
      failed: true,
      finding: finding(mode, {
        rule: 'dkim-not-aligned',
        category: 'authentication',
        points: 1.5,
        message: t('dkim-not-aligned', { signers: dkimPassDomains.map((d) => `d=${d}`).join(', '), from: headerFrom ?? '' }),
        suggestion: t('dkim-not-aligned-fix', { from: headerFrom ?? '' }),
        evidence: shorten(`dkim=pass header.d=${dkimPassDomains.join(',')}; From: ${headerFrom}`),
      }),
    });
  } else if (!dkimSeen && values.length > 0 && !seen.has('dkim')) {
    verdicts.push({
      kind: 'authentication',
      source: 'dkim',
      result: 'none',
      failed: false,
      finding: finding(mode, {
        rule: 'dkim-none',
        category: 'authentication',
        points: 1,
        message: t('dkim-none', { dmarc: 'no' }),
        suggestion: t('dkim-none-fix'),
        evidence: 'no dkim= result',
      }),
    });
  }
  if (!seen.has('spf')) {
    for (const value of headerValues(headers, 'received-spf').slice(0, 1)) {
      const result = /^\s*(\w+)/.exec(value)?.[1]?.toLowerCase();
      if (!result) continue;
      if (!authFailed('spf', result)) {
        verdicts.push({ kind: 'authentication', source: 'spf', result, failed: false });
        continue;
      }
      verdicts.push({
        kind: 'authentication',
        source: 'spf',
        result,
        failed: true,
        finding: finding(mode, {
          rule: 'spf-' + result,
          category: 'authentication',
          points: result === 'softfail' ? 1.5 : 2.5,
          message: t('received-spf', { result }),
          suggestion: t('received-spf-fix'),
          evidence: shorten(`Received-SPF: ${value}`),
        }),
      });
    }
  }
  return verdicts;
}

// ---------------------------------------------------------------------------------------------
// SpamAssassin

interface RuleHit {
  name: string;
  score?: number;
  description?: string;
}

/** `tests=A,B=1.2,C` or `tests=[A=1.2, B=0.5]` (amavis). */
function testsList(status: string): RuleHit[] {
  const match = /\btests=\[?([^\]]{0,4000}?)\]?(?:\s+(?:autolearn|version|bayes|shortcircuit|autolearn_force)=|$)/i.exec(status);
  const list = match?.[1] ?? '';
  return list
    .split(/[,\s]+/)
    .map((token) => token.trim())
    .filter((token) => /^[A-Z0-9_]{2,80}(?:=-?\d+(?:\.\d+)?)?$/i.test(token) && token.toLowerCase() !== 'none')
    .map((token) => {
      const [name, score] = token.split('=');
      return { name: (name as string).toUpperCase(), ...(score !== undefined ? { score: Number(score) } : {}) };
    });
}

/** ` 3.5 BAYES_99 BODY: Bayes spam probability …` lines, from X-Spam-Report or a report body. */
export function reportLines(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const segments = text.slice(0, 40_000).split(/\n|\s\*\s|^\*\s/);
  for (const segment of segments) {
    const match = /^\s*\*?\s*(-?\d{1,3}(?:\.\d{1,3})?)\s+([A-Z][A-Z0-9_]{1,79})(?:\s+(.{0,300}))?$/.exec(segment);
    if (match) hits.push({ name: match[2] as string, score: Number(match[1]), ...(match[3] ? { description: match[3].trim() } : {}) });
  }
  return hits;
}

function saScore(status: string): { flag?: boolean; score?: number; required?: number } {
  const flag = /^\s*(yes|no)\b/i.exec(status)?.[1];
  const score = /\b(?:score|hits)=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1];
  const required = /\brequired=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1];
  return {
    ...(flag ? { flag: flag.toLowerCase() === 'yes' } : {}),
    ...(score !== undefined ? { score: Number(score) } : {}),
    ...(required !== undefined ? { required: Number(required) } : {}),
  };
}

function ruleVerdicts(hits: readonly RuleHit[], mode: HeaderMode, source: string, say: Say): HeaderVerdict[] {
  const t = wordsOf(say);
  const verdicts: HeaderVerdict[] = [];
  const seen = new Set<string>();
  for (const hit of hits.slice(0, 60)) {
    if (seen.has(hit.name)) continue;
    seen.add(hit.name);
    const known = lookupSpamAssassinRule(hit.name);
    const named = {
      filter: source === 'barracuda' ? 'Barracuda' : 'SpamAssassin',
      name: hit.name,
      hasScore: hit.score !== undefined ? 'yes' : 'no',
      sign: hit.score !== undefined && hit.score > 0 ? '+' : '',
      score: hit.score ?? 0,
    };
    if (hit.score !== undefined && hit.score <= 0 && known && !/fail|invalid|missing/i.test(hit.name)) {
      // reassuring or neutral rules: list them only as 0-point advice when they lower the score
      if (hit.score === 0) continue;
    }
    verdicts.push({
      kind: 'rule',
      source,
      result: hit.name,
      failed: (hit.score ?? 0) > 0,
      finding: finding(mode, {
        rule: `${source}-rule`,
        category: known?.category ?? 'content',
        points: hit.score ?? 0,
        message: known
          ? t('rule', { ...named, meaning: say(SPAMASSASSIN_MESSAGES, `${known.name}/meaning`) })
          : t('rule-unknown', { ...named, hasDescription: hit.description ? 'yes' : 'no', description: hit.description ? shorten(hit.description, 120) : '' }),
        suggestion: known ? say(SPAMASSASSIN_MESSAGES, `${known.name}/fix`) : t('rule-unknown-fix'),
        evidence: hit.name + (hit.score !== undefined ? `=${hit.score}` : ''),
      }),
    });
  }
  return verdicts;
}

/** A field's value with its line breaks (report tables are one rule per line). */
function foldedValue(headers: readonly HeaderField[], name: string): string | undefined {
  const field = headers.find((entry) => entry.name === name);
  return field ? (field.folded ?? field.value) : undefined;
}

export function spamAssassinVerdicts(headers: readonly HeaderField[], mode: HeaderMode, bodyText = '', say: Say = sayEnglish()): HeaderVerdict[] {
  const t = wordsOf(say);
  const status = headerValues(headers, 'x-spam-status')[0];
  const reportHeader = foldedValue(headers, 'x-spam-report') ?? '';
  const bodyReport = /content analysis details/i.test(bodyText) ? bodyText : '';
  let hits = reportLines(reportHeader + '\n' + bodyReport);
  const fromStatus = status ? testsList(status) : [];
  if (hits.length === 0) hits = fromStatus;
  else {
    const named = new Set(hits.map((hit) => hit.name));
    hits = [...hits, ...fromStatus.filter((hit) => !named.has(hit.name))];
  }
  const verdict = status ? saScore(status) : {};
  const scoreHeader = headerValues(headers, 'x-spam-score')[0];
  const score = verdict.score ?? (scoreHeader !== undefined && /^-?\d/.test(scoreHeader.trim()) ? Number.parseFloat(scoreHeader) : undefined);
  const flag = verdict.flag ?? (/^\s*yes/i.test(headerValues(headers, 'x-spam-flag')[0] ?? '') ? true : undefined);
  if (status === undefined && score === undefined && hits.length === 0 && flag === undefined) return [];
  const ruleResults = ruleVerdicts(hits, mode, 'spamassassin', say);
  const rulesCarryPoints = hits.some((hit) => hit.score !== undefined);
  const required = verdict.required ?? 5;
  const isSpam = flag ?? (score !== undefined ? score >= required : false);
  const overall: HeaderVerdict = {
    kind: 'spam',
    source: 'spamassassin',
    result: isSpam ? 'spam' : 'not-spam',
    failed: isSpam,
    finding: finding(mode, {
      rule: 'spamassassin-verdict',
      category: 'content',
      points: rulesCarryPoints || score === undefined ? 0 : score,
      message:
        score !== undefined
          ? t('spamassassin-scored', { score, required, spam: isSpam ? 'yes' : 'no', hasRules: hits.length > 0 ? 'yes' : 'no', rules: hits.length })
          : t('spamassassin-flag', { spam: isSpam ? 'yes' : 'no' }),
      suggestion: isSpam ? t('spamassassin-spam-fix') : t('spamassassin-ham-fix'),
      evidence: shorten(status ? `X-Spam-Status: ${status}` : `X-Spam-Score: ${score}`),
    }),
  };
  return [overall, ...ruleResults];
}

// ---------------------------------------------------------------------------------------------
// Microsoft 365 / Exchange Online Protection

/** SFV and CAT values we can say something about: their message ids are `sfv-<value>`, `cat-<value>` in lower case. */
const SFV_KNOWN: ReadonlySet<string> = new Set(['NSPM', 'SPM', 'SKS', 'SKA', 'SKB', 'SKI', 'SKN', 'SKQ', 'SFE', 'BLK', 'SKU']);

const CAT_CATEGORY: ReadonlyMap<string, BounceCategory> = new Map(Object.entries({
  AMP: 'content',
  BULK: 'reputation',
  DIMP: 'authentication',
  FTBP: 'policy',
  GIMP: 'authentication',
  HPHSH: 'content',
  HPHISH: 'content',
  HSPM: 'content',
  INTOS: 'content',
  MALW: 'content',
  OSPM: 'reputation',
  PHSH: 'content',
  SAP: 'content',
  SPM: 'content',
  SPOOF: 'authentication',
  UIMP: 'authentication',
} satisfies Record<string, BounceCategory>));

function fieldsOf(value: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of value.slice(0, 8_000).split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) map.set(part.slice(0, colon).trim().toUpperCase(), part.slice(colon + 1).trim());
  }
  return map;
}

function sclWords(scl: number): HeaderMessageId {
  if (scl === -1) return 'scl-skipped';
  if (scl <= 1) return 'scl-not-spam';
  if (scl <= 4) return 'scl-low';
  if (scl <= 6) return 'scl-spam';
  return 'scl-high';
}

export function microsoftVerdicts(headers: readonly HeaderField[], mode: HeaderMode, say: Say = sayEnglish()): HeaderVerdict[] {
  const t = wordsOf(say);
  const verdicts: HeaderVerdict[] = [];
  const report = headerValues(headers, 'x-forefront-antispam-report')[0];
  const fields = report ? fieldsOf(report) : new Map<string, string>();
  const sclHeader = headerValues(headers, 'x-ms-exchange-organization-scl')[0];
  const sclText = fields.get('SCL') ?? sclHeader?.trim();
  const scl = sclText !== undefined && /^-?\d+$/.test(sclText) ? Number(sclText) : undefined;
  const sfv = fields.get('SFV')?.toUpperCase();
  const cat = fields.get('CAT')?.toUpperCase();
  const catCategory = cat ? CAT_CATEGORY.get(cat) : undefined;
  if (scl !== undefined || sfv || (cat && cat !== 'NONE')) {
    const parts = [
      scl !== undefined ? t('part-scl', { scl: String(scl), words: t(sclWords(scl)) }) : '',
      sfv ? t('part-sfv', { sfv, words: t(SFV_KNOWN.has(sfv) ? (`sfv-${sfv.toLowerCase()}` as HeaderMessageId) : 'sfv-unknown') }) : '',
      cat && cat !== 'NONE' ? t('part-cat', { cat, words: t(catCategory ? (`cat-${cat.toLowerCase()}` as HeaderMessageId) : 'cat-unknown') }) : '',
      fields.get('IPV') === 'CAL' ? t('part-ipv-cal') : '',
    ].filter(Boolean);
    const spammy = (scl !== undefined && scl >= 5) || sfv === 'SPM' || sfv === 'SKS' || sfv === 'SKB' || sfv === 'BLK' || (catCategory !== undefined && cat !== 'NONE');
    verdicts.push({
      kind: 'spam',
      source: 'microsoft',
      result: spammy ? 'spam' : 'not-spam',
      failed: spammy,
      finding: finding(mode, {
        rule: 'microsoft-spam-verdict',
        category: catCategory ?? (sfv === 'SKB' || sfv === 'BLK' ? 'policy' : 'content'),
        points: spammy ? Math.max(scl ?? 5, 5) : 0,
        message: t('microsoft-verdict', { parts: parts.join(', ') }),
        suggestion: t(
          spammy
            ? cat === 'SPOOF' || cat === 'DIMP' || cat === 'UIMP' || cat === 'GIMP'
              ? 'microsoft-spoof-fix'
              : cat === 'BULK'
                ? 'microsoft-bulk-fix'
                : sfv === 'SKB' || sfv === 'BLK'
                  ? 'microsoft-blocked-fix'
                  : 'microsoft-spam-fix'
            : 'microsoft-ham-fix',
        ),
        evidence: shorten(report ? `X-Forefront-Antispam-Report: ${report}` : `X-MS-Exchange-Organization-SCL: ${sclHeader}`),
      }),
    });
  }
  const antispam = headerValues(headers, 'x-microsoft-antispam')[0];
  const bcl = antispam ? /\bBCL:(\d)/i.exec(antispam)?.[1] : undefined;
  if (bcl !== undefined && Number(bcl) >= 4) {
    verdicts.push({
      kind: 'notice',
      source: 'microsoft',
      result: `bcl-${bcl}`,
      failed: Number(bcl) >= 7,
      finding: finding(mode, {
        rule: 'microsoft-bulk-complaint-level',
        category: 'reputation',
        points: Number(bcl) >= 7 ? 3 : 1.5,
        message: t('bcl', { bcl, many: Number(bcl) >= 8 ? 'yes' : 'no' }),
        suggestion: t('bcl-fix'),
        evidence: shorten(`X-Microsoft-Antispam: ${antispam}`),
      }),
    });
  }
  const delivery = headerValues(headers, 'x-microsoft-antispam-mailbox-delivery')[0];
  const destination = delivery ? /\bdest:(\w)/i.exec(delivery)?.[1]?.toUpperCase() : undefined;
  if (destination === 'J') {
    verdicts.push({
      kind: 'notice',
      source: 'microsoft',
      result: 'junk-folder',
      failed: true,
      finding: finding(mode, {
        rule: 'microsoft-junk-folder',
        category: 'content',
        points: 0,
        message: t('junk-folder'),
        suggestion: t('junk-folder-fix'),
        evidence: shorten(`X-Microsoft-Antispam-Mailbox-Delivery: ${delivery}`),
      }),
    });
  }
  return verdicts;
}

// ---------------------------------------------------------------------------------------------
// Barracuda

export function barracudaVerdicts(headers: readonly HeaderField[], mode: HeaderMode, say: Say = sayEnglish()): HeaderVerdict[] {
  const t = wordsOf(say);
  const status = headerValues(headers, 'x-barracuda-spam-status')[0];
  const scoreHeader = headerValues(headers, 'x-barracuda-spam-score')[0];
  const report = foldedValue(headers, 'x-barracuda-spam-report');
  if (status === undefined && scoreHeader === undefined) return [];
  const score = Number.parseFloat((status && /SCORE=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1]) ?? scoreHeader ?? '');
  const tag = Number.parseFloat((status && /TAG_LEVEL=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1]) ?? '');
  const quarantine = Number.parseFloat((status && /QUARANTINE_LEVEL=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1]) ?? '');
  const kill = Number.parseFloat((status && /KILL_LEVEL=(-?\d+(?:\.\d+)?)/i.exec(status)?.[1]) ?? '');
  const flagged = status ? /^\s*yes/i.test(status) : Number.isFinite(tag) && score >= tag;
  const action = Number.isFinite(kill) && score >= kill ? 'blocked' : Number.isFinite(quarantine) && score >= quarantine ? 'quarantined' : flagged ? 'tagged' : 'passed';
  const hits = [...reportLines(report ?? ''), ...(status ? testsList(status) : [])];
  const rulesCarryPoints = hits.some((hit) => hit.score !== undefined);
  const verdict: HeaderVerdict = {
    kind: 'spam',
    source: 'barracuda',
    result: action === 'passed' ? 'not-spam' : 'spam',
    failed: action !== 'passed',
    finding: finding(mode, {
      rule: 'barracuda-verdict',
      category: 'content',
      points: Number.isFinite(score) && !rulesCarryPoints && flagged ? score : 0,
      message: t('barracuda', {
        hasScore: Number.isFinite(score) ? 'yes' : 'no',
        score: Number.isFinite(score) ? score : 0,
        hasTag: Number.isFinite(tag) ? 'yes' : 'no',
        tag: Number.isFinite(tag) ? tag : 0,
        hasQuarantine: Number.isFinite(quarantine) ? 'yes' : 'no',
        quarantine: Number.isFinite(quarantine) ? quarantine : 0,
        hasKill: Number.isFinite(kill) ? 'yes' : 'no',
        kill: Number.isFinite(kill) ? kill : 0,
        action,
      }),
      suggestion: flagged ? t('barracuda-spam-fix') : t('barracuda-ham-fix'),
      evidence: shorten(status ? `X-Barracuda-Spam-Status: ${status}` : `X-Barracuda-Spam-Score: ${scoreHeader}`),
    }),
  };
  return [verdict, ...ruleVerdicts(hits, mode, 'barracuda', say)];
}

/** Every filter verdict in the headers: authentication per method, then each filter's spam verdict and rules. */
export function headerVerdicts(headers: readonly HeaderField[], mode: HeaderMode, bodyText = '', say: Say = sayEnglish()): HeaderVerdict[] {
  return [
    ...authenticationVerdicts(headers, mode, say),
    ...spamAssassinVerdicts(headers, mode, bodyText, say),
    ...microsoftVerdicts(headers, mode, say),
    ...barracudaVerdicts(headers, mode, say),
  ];
}

/** The findings of those verdicts (a passing check has none). */
export function findingsOf(verdicts: readonly HeaderVerdict[]): Finding[] {
  return verdicts.flatMap((verdict) => (verdict.finding ? [verdict.finding] : []));
}
