/**
 * `explain()`: a bounce (an RFC 3464 DSN .eml, a plain-text bounce from Postfix, Exim, qmail,
 * Exchange, Gmail …, or just the pasted error line) or a message's headers → the causes, each a
 * finding with what happened, why, and the next step, in the same `Report` shape as `analyze()`.
 *
 * Synchronous and pure (DESIGN §2, STYLE §1): the MIME reading is our own (./mime.ts), so the same
 * call works in Node, in the extension and in a worker. `await explain(x)` works too.
 *
 * Points in an explain() report (see docs/explain.md):
 * - the main cause of a bounce carries the most points, so the report's category (that of its
 *   highest-points finding) is the cause: 8 for a permanent refusal, 4 for a temporary one;
 * - other recipients' different causes carry 2 (permanent) or 1 (temporary);
 * - a complaint report 3, an auto-reply 1, a delivery notice 0.5, an unrecognised text 0;
 * - for a message's headers, each filter verdict carries the points that filter gave it (a
 *   SpamAssassin rule its score, Microsoft's SCL ≥ 5 its SCL), so the score reads like theirs;
 * - findings from the content check of the returned message, and header verdicts found inside a
 *   bounce, are advice (0 points).
 * So `level` is `high` when the message was refused (or a filter called it spam), `medium` when it
 * was delayed or complained about, `low` when nothing needs fixing.
 */
import { createAnalyzer } from '../analyze.ts';
import { assembleReport, EMPTY_STATS, shorten } from '../report/report.ts';
import { defaultData } from '../data/index.ts';
import { headerRecord, rawMessageText } from '../email.ts';
import type { AnalyzeOptions, BounceCategory, EmailInput, Finding, Report, Stats } from '../types.ts';
import { createLocalizer, type Localizer, type MessageData, type MessageSource, type MessageValue } from '../messages/index.ts';
import { EXPLAIN_CATALOGUES } from '../messages/explain/index.ts';
import { checkExplainOptions, checkRawMessage } from '../validate.ts';
import { readBounce, type BounceFacts, type ReturnedMessage } from './bounce.ts';
import { CAUSES, cause as causeOf, type Cause, type CauseId } from './causes.ts';
import { causeOfText, diagnoseRecipient, recipientCases, type Diagnosis } from './classify.ts';
import { describeDetail } from './details.ts';
import { findingsOf, headerVerdicts, type HeaderVerdict } from './headers.ts';
import { headerValue, type HeaderField } from './mime.ts';
import { decodeStatus, replyWordsId, STATUS_MESSAGES, statusWordsId } from './status-codes.ts';
import { VOCABULARY, type Vocabulary } from './vocabulary.ts';

export interface ExplainOptions {
  /** score at which the level becomes `high` (default 5) */
  threshold?: number;
  /** run spamrisk's content check on a returned message and merge its findings (default true) */
  analyzeReturned?: boolean;
  /** options for that content check */
  analyze?: AnalyzeOptions;
  /**
   * the language of the explanation, as for analyze(): `'en'` (default), `'fr'`, `'de'`, `'es'`, a
   * region allowed (`'fr-CA'`); the content check of a returned message follows it unless
   * `analyze.locale` says otherwise. The server's own words (the evidence) stay as they are.
   */
  locale?: string;
}

export type ExplainInput = string | Uint8Array | ArrayBuffer;

/**
 * The content check a returned message goes through: the public `analyze` (with its cache of
 * built wordlists) when called from the package entry, injected so that this module does not
 * import the entry that re-exports it.
 */
export type ContentCheck = (input: EmailInput, options?: AnalyzeOptions) => Report;

export const EXPLAIN_POINTS = {
  permanent: 8,
  temporary: 4,
  unspecified: 5,
  secondaryPermanent: 2,
  secondaryTemporary: 1,
  complaint: 3,
  autoReply: 1,
  delivered: 0.5,
  unrecognised: 0,
} as const;

const MAX_MERGED_CONTENT_FINDINGS = 15;

/**
 * What explain() says around the causes, in English; the translations are data in
 * core/messages/explain/<lang>.ts, keyed `explain/<id>` (and each cause's title, why and fix
 * `explain/<cause-id>/<field>`, whose English stays in ./causes.ts). Templates in the ICU subset
 * of core/messages/format.ts; a fragment starting with a space is set inside a sentence.
 */
export const EXPLAIN_MESSAGES = {
  id: 'explain',
  messages: {
    outcome:
      '{who, select, address {Mail to {address}} other {The message}} {verb, select, delayed {was delayed} undelivered {could not be delivered} other {was refused}}{by}{at}{code}.',
    'by-host': ' by {host}',
    'at-stage':
      ' at {stage, select, connect {connection (before any command)} helo {HELO/EHLO greeting} auth {AUTH (login)} mail {MAIL FROM (sender address)} rcpt {RCPT TO (recipient address)} data {end of DATA (after the whole message was sent)} other {{stage}}}',
    'with-code': ' with {codes}{meaning}',
    'status-meaning': ' ({kind, select, permanent {permanent failure} temporary {temporary failure} other {status}}: {words})',
    'reply-meaning': ' ({words})',
    'basis-status': 'The reply gives no reason in words; the status code names it.',
    'basis-stage-mail': 'The reply gives no reason, but it came right after your server named the sender (MAIL FROM), so it is the sender address that was refused.',
    'basis-stage': 'The reply gives no reason, but it came before any message or address was sent, so it is your sending server that was refused.',
    'basis-report': '(Read from the wording of the report; it quotes no server reply.)',
    'basis-generic-status': 'The server gave no more specific reason than this code.',
    others: 'The same applies to {count, number, ::group-off} more recipient(s): {addresses}{more, select, yes {, …} other {}}.',
    'words-only': '{title} — judging only by the wording; the text has no bounce structure or status code to confirm it. {why}',
    delivered:
      'This is a delivery notice, not a failure: the message was delivered{to, select, yes { to {addresses}} other {}}{relayed, select, yes { (or relayed to a system that sends no further reports)} other {}}.',
    'nothing-to-fix': 'Nothing to fix.',
    'reason-unknown':
      'This looks like a bounce (a delivery failure report), but it quotes no server reply, status code or reason that spamrisk can read, so the cause is unknown.',
    'reason-unknown-fix':
      'Look for the server’s error line (it starts with a code such as 550 or 5.7.1) in the full bounce, including its attachments, and explain that; or ask the recipient’s mail administrator to look up your message in their logs.',
    complaint:
      'This is not a bounce but a feedback report: {type, select, opt-out {a recipient asked to be removed from your list (an opt-out report)} auth-failure {a receiver reports that a message from your domain failed authentication (an ARF auth-failure report)} fraud {a receiver reports the message as fraud} virus {a receiver reports the message as virus} other {a recipient marked your message as spam (an abuse complaint through a feedback loop)}}{hasRecipient, select, yes { (recipient {recipient})} other {}}{hasDomain, select, yes {, about mail from {domain}} other {}}{hasIp, select, yes { sent from {ip}} other {}}. The message was delivered; complaints like this lower your sender reputation at that provider.',
    'complaint-auth-fix':
      'Check SPF, DKIM and DMARC for the reported domain and IP; if the IP is not yours, someone is spoofing your domain and a DMARC policy of quarantine or reject protects it.',
    'complaint-fix':
      'Unsubscribe the complaining recipient at once (feedback-loop complaints count as unsubscribes), and keep complaint rates under 0.1 % (Gmail and Yahoo refuse bulk senders above 0.3 %): send only to people who opted in, say who you are in the From name, and make unsubscribing one click.',
    'auto-reply':
      'This is an automatic reply (out of office or similar, RFC 3834), not a bounce: the message was delivered and the recipient’s mailbox answered on its own.',
    'auto-reply-fix':
      'Nothing to fix. Do not treat it as a failure or remove the address; bulk senders should ignore auto-replies (they carry `Auto-Submitted: auto-replied`).',
    unrecognised:
      'spamrisk does not recognise this text: it is not a bounce (delivery status notification), it quotes no SMTP error or status code, and it holds no spam-filter or authentication headers. Nothing is explained, rather than guessed.',
    'unrecognised-fix':
      'Paste the whole bounce message including its headers (in most mail programs: “Show original” or “View source”), or the server’s error line, which starts with a code such as `550 5.7.1`.',
    'no-verdict':
      'These headers hold no spam-filter verdict (X-Spam-Status, X-Forefront-Antispam-Report, Barracuda) and no authentication results (Authentication-Results, Received-SPF), so there is nothing to explain about how the message was filtered.',
    'no-verdict-fix':
      'Take the headers from the copy the recipient received (in their spam folder, “Show original”), not from your sent copy: receiving filters add their verdicts there.',
    'returned-content': 'In the returned message: {message} (the content check gives this {points, plural, one {# point} other {# points}}).',
    'returned-headers': 'In the returned message’s headers: {message}',
  },
} as const satisfies MessageSource;

type ExplainMessageId = keyof typeof EXPLAIN_MESSAGES.messages;

/** The fields of a cause a catalogue translates; their English is the cause's own (./causes.ts). */
export const CAUSE_FIELDS = ['title', 'why', 'fix'] as const;

/** A cause's texts as messages: `explain/<cause-id>/title|why|fix`. */
export function causeMessages(entry: Cause): MessageSource {
  return { id: `explain/${entry.id}`, messages: { title: entry.title, why: entry.why, fix: entry.fix } };
}

const CAUSE_MESSAGES: ReadonlyMap<CauseId, MessageSource> = new Map(CAUSES.map((entry) => [entry.id, causeMessages(entry)]));

/** explain()'s words in one language: its sentences, and each cause's title, why and fix. */
interface Words {
  say(id: ExplainMessageId, data?: MessageData): string;
  cause(entry: Cause, field: (typeof CAUSE_FIELDS)[number]): string;
  /** a message of another source of explain()'s words (status codes, header verdicts, details) */
  text(source: MessageSource, id: string, data?: MessageData): string;
}

function wordsFor(localizer: Localizer): Words {
  return {
    say: (id, data) => localizer.text(EXPLAIN_MESSAGES, id, data),
    text: (source, id, data) => localizer.text(source, id, data),
    cause: (entry, field) => {
      const source = CAUSE_MESSAGES.get(entry.id);
      return source ? localizer.text(source, field) : entry[field];
    },
  };
}

/** Bounce evidence keeps a whole reply line (up to 220 characters). */
const EVIDENCE_MAX = 220;

/** A multi-line reply without the repeated `550-5.7.26` prefixes of its continuation lines. */
function cleanReply(text: string): string {
  if (!/[245]\d\d-[245]\.\d/.test(text)) return text;
  return text.replace(/(\S)\s+[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/g, (whole, before: string, offset: number) =>
    offset < 4 ? whole : `${before} `,
  );
}

/** ` with 550 5.1.1 (permanent failure: …)`, or nothing when the reply quotes no code; the codes' meanings from ./status-codes.ts. */
function codeData(diagnosis: Diagnosis, words: Words): MessageValue {
  const parts: string[] = [];
  if (diagnosis.replyCode) parts.push(diagnosis.replyCode);
  if (diagnosis.status) parts.push(diagnosis.status);
  if (parts.length === 0) return '';
  const decoded = diagnosis.status ? decodeStatus(diagnosis.status) : null;
  const statusId = decoded && diagnosis.status ? statusWordsId(diagnosis.status) : null;
  const replyId = !decoded && diagnosis.replyCode ? replyWordsId(diagnosis.replyCode) : null;
  const kind = decoded?.permanent ? 'permanent' : decoded?.code.startsWith('4') ? 'temporary' : 'other';
  const meaning: MessageValue = statusId
    ? { messageId: 'status-meaning', data: { kind, words: words.text(STATUS_MESSAGES, statusId) } }
    : replyId
      ? { messageId: 'reply-meaning', data: { words: words.text(STATUS_MESSAGES, replyId) } }
      : '';
  return { messageId: 'with-code', data: { codes: parts.join(' '), meaning } };
}

const BASIS: Partial<Record<Diagnosis['basis'], ExplainMessageId>> = {
  status: 'basis-status',
  report: 'basis-report',
  'generic-status': 'basis-generic-status',
};

function basisSentence(diagnosis: Diagnosis, words: Words): string {
  const id = diagnosis.basis === 'stage' ? (diagnosis.stage === 'mail' ? 'basis-stage-mail' : 'basis-stage') : BASIS[diagnosis.basis];
  return id ? ` ${words.say(id)}` : '';
}

function mainMessage(entry: Cause, diagnosis: Diagnosis, facts: BounceFacts, extra: string, words: Words, title?: string): string {
  const host = remoteHost(diagnosis, facts);
  const outcome = words.say('outcome', {
    who: diagnosis.address ? 'address' : 'message',
    address: diagnosis.address ?? '',
    verb: !diagnosis.permanent ? 'delayed' : entry.category === 'transient' ? 'undelivered' : 'refused',
    by: host ? { messageId: 'by-host', data: { host } } : '',
    at: diagnosis.stage ? { messageId: 'at-stage', data: { stage: diagnosis.stage } } : '',
    code: codeData(diagnosis, words),
  });
  const heading = title ?? words.cause(entry, 'title');
  return `${heading}. ${outcome}${basisSentence(diagnosis, words)} ${words.cause(entry, 'why')}${extra ? ` ${extra}` : ''}`;
}

function remoteHost(diagnosis: Diagnosis, facts: BounceFacts): string | undefined {
  const recipient = facts.recipients.find((entry) => entry.address === diagnosis.address);
  const remote = recipient?.remoteMta?.split(/[\s[]/)[0];
  if (remote && /[a-z]/i.test(remote)) return remote.replace(/\.$/, '');
  const said = /host ([a-z0-9.-]{3,120})\s?\[[0-9a-f.:]{3,60}\]/i.exec(diagnosis.words)?.[1];
  return said;
}

function returnedInput(returned: ReturnedMessage): EmailInput | null {
  if (!returned.html && !returned.text) return null;
  const headers = headerRecord(returned.headers);
  return {
    ...(returned.html ? { html: returned.html } : {}),
    ...(returned.text ? { text: returned.text } : {}),
    ...(returned.subject !== undefined ? { subject: returned.subject } : {}),
    headers,
  };
}

/** The content check of the returned message, its findings as 0-point advice. */
function contentOf(check: ContentCheck, returned: ReturnedMessage | undefined, options: ExplainOptions | undefined, words: Words): { report?: Report; findings: Finding[] } {
  if (!returned || options?.analyzeReturned === false) return { findings: [] };
  const input = returnedInput(returned);
  if (!input) return { findings: [] };
  const locale = options?.locale;
  const analyzeOptions = locale !== undefined && options?.analyze?.locale === undefined ? { ...options?.analyze, locale } : options?.analyze;
  const report = check(input, analyzeOptions);
  const findings = report.findings
    .filter((entry) => entry.points > 0)
    .slice(0, MAX_MERGED_CONTENT_FINDINGS)
    .map(({ location: _location, ...entry }) => ({
      ...entry,
      points: 0,
      message: words.say('returned-content', { message: entry.message, points: entry.points }),
    }));
  return { report, findings };
}

function buildReport(findings: Finding[], stats: Stats, options: ExplainOptions | undefined): Report {
  return assembleReport({ findings, threshold: options?.threshold, stats });
}

function simpleFinding(rule: string, category: BounceCategory, points: number, message: string, suggestion: string, evidence: string): Finding {
  return { rule, category, points, message, suggestion, evidence: shorten(evidence, EVIDENCE_MAX) };
}

// ---------------------------------------------------------------------------------------------

function explainBounce(facts: BounceFacts, vocabulary: Vocabulary, words: Words): Finding[] {
  // Every recipient delivered (a success DSN, or a provider's delivery notice).
  const delivered =
    (facts.recipients.length > 0 &&
      facts.recipients.every((recipient) => recipient.action === 'delivered' || recipient.action === 'relayed' || recipient.action === 'expanded' || recipient.status?.startsWith('2'))) ||
    (facts.notificationType !== undefined && /^delivery$/i.test(facts.notificationType));
  if (delivered) {
    const addresses = facts.recipients.map((recipient) => recipient.address).filter(Boolean).join(', ');
    return [
      simpleFinding(
        'delivered',
        'other',
        EXPLAIN_POINTS.delivered,
        words.say('delivered', {
          to: addresses ? 'yes' : 'no',
          addresses,
          relayed: facts.recipients.some((recipient) => recipient.action === 'relayed') ? 'yes' : 'no',
        }),
        words.say('nothing-to-fix'),
        facts.recipients.map((recipient) => `${recipient.action ?? ''} ${recipient.status ?? ''}`).join('; ') || facts.subject,
      ),
    ];
  }

  const cases = recipientCases(facts);
  const diagnoses = cases.map((entry) => diagnoseRecipient(facts, entry, cases.length === 1, vocabulary)).filter((entry): entry is Diagnosis => entry !== null);
  const findings: Finding[] = [];
  const main = diagnoses[0];
  if (!main) {
    return [
      simpleFinding(
        'bounce-reason-unknown',
        'other',
        EXPLAIN_POINTS.unspecified,
        words.say('reason-unknown'),
        words.say('reason-unknown-fix'),
        facts.subject || facts.notification.slice(0, 200),
      ),
    ];
  }

  // One finding per cause; the first recipient's cause is the main one.
  const byCause = new Map<CauseId, Diagnosis[]>();
  for (const diagnosis of diagnoses) {
    const list = byCause.get(diagnosis.cause) ?? [];
    list.push(diagnosis);
    byCause.set(diagnosis.cause, list);
  }
  for (const [id, list] of byCause) {
    const entry = causeOf(id);
    const first = list[0] as Diagnosis;
    const isMain = id === main.cause;
    const detail = describeDetail(id, first, facts, words.text) ?? { extra: '', fix: '' };
    const others =
      list.length > 1
        ? ` ${words.say('others', {
            count: list.length - 1,
            addresses: list
              .slice(1, 6)
              .map((d) => d.address ?? '?')
              .join(', '),
            more: list.length > 6 ? 'yes' : 'no',
          })}`
        : '';
    const points = isMain
      ? id === 'refused-unspecified'
        ? EXPLAIN_POINTS.unspecified
        : first.permanent
          ? EXPLAIN_POINTS.permanent
          : EXPLAIN_POINTS.temporary
      : first.permanent
        ? EXPLAIN_POINTS.secondaryPermanent
        : EXPLAIN_POINTS.secondaryTemporary;
    findings.push({
      rule: id,
      category: entry.category,
      points,
      message: mainMessage(entry, first, facts, detail.extra, words, detail.title) + others,
      suggestion: detail.fix ? `${detail.fix} ${words.cause(entry, 'fix')}` : words.cause(entry, 'fix'),
      evidence: shorten(cleanReply(first.words) || [first.replyCode, first.status].filter(Boolean).join(' ') || facts.subject, EVIDENCE_MAX),
    });
  }
  return findings;
}

function explainFeedback(facts: BounceFacts, words: Words): Finding[] {
  const fields = facts.feedback ?? [];
  const get = (name: string) => headerValue(fields, name);
  const type = (get('feedback-type') ?? (facts.notificationType ? 'complaint' : 'abuse')).toLowerCase();
  const reportedDomain = get('reported-domain');
  const sourceIp = get('source-ip');
  const recipient = get('original-rcpt-to') ?? get('removal-recipient');
  const kind = type === 'unsubscribe' ? 'opt-out' : ['opt-out', 'auth-failure', 'fraud', 'virus'].includes(type) ? type : 'abuse';
  return [
    simpleFinding(
      'complaint-report',
      'other',
      EXPLAIN_POINTS.complaint,
      words.say('complaint', {
        type: kind,
        hasRecipient: recipient ? 'yes' : 'no',
        recipient: recipient ?? '',
        hasDomain: reportedDomain ? 'yes' : 'no',
        domain: reportedDomain ?? '',
        hasIp: sourceIp ? 'yes' : 'no',
        ip: sourceIp ?? '',
      }),
      words.say(type === 'auth-failure' ? 'complaint-auth-fix' : 'complaint-fix'),
      fields.length > 0 ? fields.slice(0, 6).map((field) => `${field.name}: ${field.value}`).join('; ') : facts.subject,
    ),
  ];
}

function explainAutoReply(facts: BounceFacts, words: Words): Finding[] {
  return [
    simpleFinding(
      'auto-reply',
      'other',
      EXPLAIN_POINTS.autoReply,
      words.say('auto-reply'),
      words.say('auto-reply-fix'),
      facts.subject,
    ),
  ];
}

function unrecognised(input: string, words: Words): Finding {
  return simpleFinding(
    'unrecognised-input',
    'other',
    EXPLAIN_POINTS.unrecognised,
    words.say('unrecognised'),
    words.say('unrecognised-fix'),
    input.slice(0, 120),
  );
}

/** Causes whose wording shows up in a text without bounce structure (a pasted sentence). */
function causeFromWords(text: string, vocabulary: Vocabulary): CauseId | null {
  return causeOfText(text, vocabulary);
}

/**
 * `explain()` with a fresh analyzer for the returned message's content check. The package entry's
 * `explain` passes its cached `analyze` instead (see `explainWith`).
 */
export function explain(input: ExplainInput, options?: ExplainOptions): Report {
  const check: ContentCheck = (message, analyzeOptions) =>
    createAnalyzer({ data: defaultData, ...(analyzeOptions?.phrases ? { phrases: analyzeOptions.phrases } : {}) }).analyze(message, analyzeOptions);
  return explainWith(check, input, options);
}

/**
 * `explain()` with the content check to run on a returned message, and (for evaluation) the
 * vocabulary of causes to read the server's words with.
 */
export function explainWith(check: ContentCheck, input: ExplainInput, options?: ExplainOptions, vocabulary: Vocabulary = VOCABULARY): Report {
  checkRawMessage(input, 'explain()', 'the bounce or headers');
  checkExplainOptions(options, 'explain()');
  // One localizer per call: it caches parsed templates and Intl formats, so it is not shared across calls.
  const words = wordsFor(createLocalizer(options?.locale, EXPLAIN_CATALOGUES));
  // Bytes that are not text (random, compressed, an Outlook .msg) are no bounce: read as Latin-1,
  // a few of their characters would pass for an address and a reason, and a cause be guessed.
  // The reason the CLI gives for such a file is the evidence; nothing of the bytes is quoted.
  // UTF-16 with a byte-order mark is read as the text it is, as the CLI reads it.
  const read = rawMessageText(input);
  if ('binary' in read) return buildReport([unrecognised(read.binary, words)], EMPTY_STATS, options);
  const facts = readBounce(read.raw);
  // One view of the vocabulary per call: each text read outside names once, whichever cause asks.
  const reader = vocabulary.forOneCall();
  const findings: Finding[] = [];
  let content: { report?: Report; findings: Finding[] } = { findings: [] };

  switch (facts.kind) {
    case 'feedback':
      findings.push(...explainFeedback(facts, words));
      content = contentOf(check, facts.returned, options, words);
      break;
    case 'auto-reply':
      findings.push(...explainAutoReply(facts, words));
      break;
    case 'bounce':
      findings.push(...explainBounce(facts, reader, words));
      content = contentOf(check, facts.returned, options, words);
      if (facts.returned) findings.push(...returnedVerdicts(facts.returned.headers, words));
      break;
    case 'message': {
      const verdicts = findingsOf(headerVerdicts(facts.headers, 'verdict', facts.notification, words.text));
      if (verdicts.length > 0) findings.push(...verdicts);
      else {
        const fromWords = causeFromWords(facts.notification, reader);
        findings.push(
          fromWords
            ? wordsOnly(fromWords, facts.notification, words)
            : simpleFinding(
                'no-filter-verdict',
                'other',
                0,
                words.say('no-verdict'),
                words.say('no-verdict-fix'),
                facts.subject,
              ),
        );
      }
      // A message's own content is checked too, unless its text reads like a bounce we could not parse.
      const readsLikeBounce = verdicts.length === 0 && causeFromWords(facts.notification, reader) !== null;
      const input = { headers: facts.headers, ...(facts.subject ? { subject: facts.subject } : {}), text: facts.notification } as ReturnedMessage;
      content = facts.notification.trim() && !readsLikeBounce ? contentOf(check, input, options, words) : { findings: [] };
      break;
    }
    default: {
      const fromWords = causeFromWords(facts.notification, reader);
      findings.push(fromWords ? wordsOnly(fromWords, facts.notification, words) : unrecognised(typeof input === 'string' ? input : facts.notification, words));
    }
  }
  findings.push(...content.findings);
  return buildReport(findings, content.report?.stats ?? EMPTY_STATS, options);
}

/** A cause read from a pasted sentence with no codes or bounce structure: said with its caveat. */
function wordsOnly(id: CauseId, text: string, words: Words): Finding {
  const entry = causeOf(id);
  return {
    rule: id,
    category: entry.category,
    points: EXPLAIN_POINTS.temporary,
    message: words.say('words-only', { title: words.cause(entry, 'title'), why: words.cause(entry, 'why') }),
    suggestion: words.cause(entry, 'fix'),
    evidence: shorten(text, EVIDENCE_MAX),
  };
}

/**
 * Filter verdicts inside the returned message's headers: supporting evidence, 0 points. Only
 * failures count here (an authentication check that failed, a filter that called it spam), read
 * from the verdicts' data; the rest is noise from the sender's own systems.
 */
function countsAgainst(verdict: HeaderVerdict): boolean {
  return verdict.failed && (verdict.kind === 'authentication' || verdict.kind === 'spam');
}

function returnedVerdicts(headers: readonly HeaderField[], words: Words): Finding[] {
  return findingsOf(headerVerdicts(headers, 'advice', '', words.text).filter(countsAgainst)).map((entry) => ({
    ...entry,
    message: words.say('returned-headers', { message: entry.message }),
  }));
}

export { readBounce } from './bounce.ts';
export { decodeStatus, describeStatus } from './status-codes.ts';
