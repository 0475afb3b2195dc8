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
import { headerRecord } from '../email.ts';
import type { AnalyzeOptions, BounceCategory, EmailInput, Finding, Report, Stats } from '../types.ts';
import { checkExplainOptions, checkRawMessage } from '../validate.ts';
import { readBounce, type BounceFacts, type ReturnedMessage } from './bounce.ts';
import { cause as causeOf, type Cause, type CauseId } from './causes.ts';
import { causeOfText, diagnoseRecipient, recipientCases, type Diagnosis } from './classify.ts';
import { describers } from './details.ts';
import { findingsOf, headerVerdicts, type HeaderVerdict } from './headers.ts';
import { headerValue, type HeaderField } from './mime.ts';
import { decodeStatus, describeReply } from './status-codes.ts';
import { VOCABULARY, type Vocabulary } from './vocabulary.ts';

export interface ExplainOptions {
  /** score at which the level becomes `high` (default 5) */
  threshold?: number;
  /** run spamrisk's content check on a returned message and merge its findings (default true) */
  analyzeReturned?: boolean;
  /** options for that content check */
  analyze?: AnalyzeOptions;
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

const STAGE_WORDS: Record<string, string> = {
  connect: 'connection (before any command)',
  helo: 'HELO/EHLO greeting',
  auth: 'AUTH (login)',
  mail: 'MAIL FROM (sender address)',
  rcpt: 'RCPT TO (recipient address)',
  data: 'end of DATA (after the whole message was sent)',
};

/** Bounce evidence keeps a whole reply line (up to 220 characters). */
const EVIDENCE_MAX = 220;

/** A multi-line reply without the repeated `550-5.7.26` prefixes of its continuation lines. */
function cleanReply(text: string): string {
  if (!/[245]\d\d-[245]\.\d/.test(text)) return text;
  return text.replace(/(\S)\s+[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/g, (whole, before: string, offset: number) =>
    offset < 4 ? whole : `${before} `,
  );
}

function codeSentence(diagnosis: Diagnosis): string {
  const parts: string[] = [];
  if (diagnosis.replyCode) parts.push(diagnosis.replyCode);
  if (diagnosis.status) parts.push(diagnosis.status);
  if (parts.length === 0) return '';
  const decoded = diagnosis.status ? decodeStatus(diagnosis.status) : null;
  const meaning = decoded
    ? `${decoded.permanent ? 'permanent failure' : decoded.code.startsWith('4') ? 'temporary failure' : 'status'}: ${decoded.detailWords ?? decoded.subjectWords}`
    : diagnosis.replyCode
      ? describeReply(diagnosis.replyCode)
      : undefined;
  return ` with ${parts.join(' ')}${meaning ? ` (${meaning})` : ''}`;
}

function basisSentence(diagnosis: Diagnosis): string {
  switch (diagnosis.basis) {
    case 'status':
      return ' The reply gives no reason in words; the status code names it.';
    case 'stage':
      return diagnosis.stage === 'mail'
        ? ' The reply gives no reason, but it came right after your server named the sender (MAIL FROM), so it is the sender address that was refused.'
        : ' The reply gives no reason, but it came before any message or address was sent, so it is your sending server that was refused.';
    case 'report':
      return ' (Read from the wording of the report; it quotes no server reply.)';
    case 'generic-status':
      return ' The server gave no more specific reason than this code.';
    default:
      return '';
  }
}

function mainMessage(entry: Cause, diagnosis: Diagnosis, facts: BounceFacts, extra: string, title = entry.title): string {
  const who = diagnosis.address ? `Mail to ${diagnosis.address}` : 'The message';
  const host = remoteHost(diagnosis, facts);
  const verb = !diagnosis.permanent ? 'was delayed' : entry.category === 'transient' ? 'could not be delivered' : 'was refused';
  const by = host ? ` by ${host}` : '';
  const at = diagnosis.stage ? ` at ${STAGE_WORDS[diagnosis.stage]}` : '';
  return `${title}. ${who} ${verb}${by}${at}${codeSentence(diagnosis)}.${basisSentence(diagnosis)} ${entry.why}${extra ? ` ${extra}` : ''}`;
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
function contentOf(check: ContentCheck, returned: ReturnedMessage | undefined, options: ExplainOptions | undefined): { report?: Report; findings: Finding[] } {
  if (!returned || options?.analyzeReturned === false) return { findings: [] };
  const input = returnedInput(returned);
  if (!input) return { findings: [] };
  const report = check(input, options?.analyze);
  const findings = report.findings
    .filter((entry) => entry.points > 0)
    .slice(0, MAX_MERGED_CONTENT_FINDINGS)
    .map(({ location: _location, ...entry }) => ({
      ...entry,
      points: 0,
      message: `In the returned message: ${entry.message} (the content check gives this ${entry.points} points).`,
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

function explainBounce(facts: BounceFacts, vocabulary: Vocabulary): Finding[] {
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
        `This is a delivery notice, not a failure: the message was delivered${addresses ? ` to ${addresses}` : ''}${facts.recipients.some((recipient) => recipient.action === 'relayed') ? ' (or relayed to a system that sends no further reports)' : ''}.`,
        'Nothing to fix.',
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
        'This looks like a bounce (a delivery failure report), but it quotes no server reply, status code or reason that spamrisk can read, so the cause is unknown.',
        'Look for the server’s error line (it starts with a code such as 550 or 5.7.1) in the full bounce, including its attachments, and explain that; or ask the recipient’s mail administrator to look up your message in their logs.',
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
    const describe = describers[id];
    const detail = describe ? describe(first, facts) : { extra: '', fix: '' };
    const others = list.length > 1 ? ` The same applies to ${list.length - 1} more recipient(s): ${list.slice(1, 6).map((d) => d.address ?? '?').join(', ')}${list.length > 6 ? ', …' : ''}.` : '';
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
      message: mainMessage(entry, first, facts, detail.extra, detail.title) + others,
      suggestion: detail.fix ? `${detail.fix} ${entry.fix}` : entry.fix,
      evidence: shorten(cleanReply(first.words) || [first.replyCode, first.status].filter(Boolean).join(' ') || facts.subject, EVIDENCE_MAX),
    });
  }
  return findings;
}

function explainFeedback(facts: BounceFacts): Finding[] {
  const fields = facts.feedback ?? [];
  const get = (name: string) => headerValue(fields, name);
  const type = (get('feedback-type') ?? (facts.notificationType ? 'complaint' : 'abuse')).toLowerCase();
  const reportedDomain = get('reported-domain');
  const sourceIp = get('source-ip');
  const recipient = get('original-rcpt-to') ?? get('removal-recipient');
  const what =
    type === 'opt-out' || type === 'unsubscribe'
      ? 'a recipient asked to be removed from your list (an opt-out report)'
      : type === 'auth-failure'
        ? 'a receiver reports that a message from your domain failed authentication (an ARF auth-failure report)'
        : type === 'fraud' || type === 'virus'
          ? `a receiver reports the message as ${type}`
          : 'a recipient marked your message as spam (an abuse complaint through a feedback loop)';
  return [
    simpleFinding(
      'complaint-report',
      'other',
      EXPLAIN_POINTS.complaint,
      `This is not a bounce but a feedback report: ${what}${recipient ? ` (recipient ${recipient})` : ''}${reportedDomain ? `, about mail from ${reportedDomain}` : ''}${sourceIp ? ` sent from ${sourceIp}` : ''}. The message was delivered; complaints like this lower your sender reputation at that provider.`,
      type === 'auth-failure'
        ? 'Check SPF, DKIM and DMARC for the reported domain and IP; if the IP is not yours, someone is spoofing your domain and a DMARC policy of quarantine or reject protects it.'
        : 'Unsubscribe the complaining recipient at once (feedback-loop complaints count as unsubscribes), and keep complaint rates under 0.1 % (Gmail and Yahoo refuse bulk senders above 0.3 %): send only to people who opted in, say who you are in the From name, and make unsubscribing one click.',
      fields.length > 0 ? fields.slice(0, 6).map((field) => `${field.name}: ${field.value}`).join('; ') : facts.subject,
    ),
  ];
}

function explainAutoReply(facts: BounceFacts): Finding[] {
  return [
    simpleFinding(
      'auto-reply',
      'other',
      EXPLAIN_POINTS.autoReply,
      'This is an automatic reply (out of office or similar, RFC 3834), not a bounce: the message was delivered and the recipient’s mailbox answered on its own.',
      'Nothing to fix. Do not treat it as a failure or remove the address; bulk senders should ignore auto-replies (they carry `Auto-Submitted: auto-replied`).',
      facts.subject,
    ),
  ];
}

function unrecognised(input: string): Finding {
  return simpleFinding(
    'unrecognised-input',
    'other',
    EXPLAIN_POINTS.unrecognised,
    'spamrisk does not recognise this text: it is not a bounce (delivery status notification), it quotes no SMTP error or status code, and it holds no spam-filter or authentication headers. Nothing is explained, rather than guessed.',
    'Paste the whole bounce message including its headers (in most mail programs: “Show original” or “View source”), or the server’s error line, which starts with a code such as `550 5.7.1`.',
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
  const facts = readBounce(input);
  const findings: Finding[] = [];
  let content: { report?: Report; findings: Finding[] } = { findings: [] };

  switch (facts.kind) {
    case 'feedback':
      findings.push(...explainFeedback(facts));
      content = contentOf(check, facts.returned, options);
      break;
    case 'auto-reply':
      findings.push(...explainAutoReply(facts));
      break;
    case 'bounce':
      findings.push(...explainBounce(facts, vocabulary));
      content = contentOf(check, facts.returned, options);
      if (facts.returned) findings.push(...returnedVerdicts(facts.returned.headers));
      break;
    case 'message': {
      const verdicts = findingsOf(headerVerdicts(facts.headers, 'verdict', facts.notification));
      if (verdicts.length > 0) findings.push(...verdicts);
      else {
        const fromWords = causeFromWords(facts.notification, vocabulary);
        findings.push(
          fromWords
            ? wordsOnly(fromWords, facts.notification)
            : simpleFinding(
                'no-filter-verdict',
                'other',
                0,
                'These headers hold no spam-filter verdict (X-Spam-Status, X-Forefront-Antispam-Report, Barracuda) and no authentication results (Authentication-Results, Received-SPF), so there is nothing to explain about how the message was filtered.',
                'Take the headers from the copy the recipient received (in their spam folder, “Show original”), not from your sent copy: receiving filters add their verdicts there.',
                facts.subject,
              ),
        );
      }
      // A message's own content is checked too, unless its text reads like a bounce we could not parse.
      const readsLikeBounce = verdicts.length === 0 && causeFromWords(facts.notification, vocabulary) !== null;
      const input = { headers: facts.headers, ...(facts.subject ? { subject: facts.subject } : {}), text: facts.notification } as ReturnedMessage;
      content = facts.notification.trim() && !readsLikeBounce ? contentOf(check, input, options) : { findings: [] };
      break;
    }
    default: {
      const fromWords = causeFromWords(facts.notification, vocabulary);
      findings.push(fromWords ? wordsOnly(fromWords, facts.notification) : unrecognised(typeof input === 'string' ? input : facts.notification));
    }
  }
  findings.push(...content.findings);
  return buildReport(findings, content.report?.stats ?? EMPTY_STATS, options);
}

/** A cause read from a pasted sentence with no codes or bounce structure: said with its caveat. */
function wordsOnly(id: CauseId, text: string): Finding {
  const entry = causeOf(id);
  return {
    rule: id,
    category: entry.category,
    points: EXPLAIN_POINTS.temporary,
    message: `${entry.title} — judging only by the wording; the text has no bounce structure or status code to confirm it. ${entry.why}`,
    suggestion: entry.fix,
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

function returnedVerdicts(headers: readonly HeaderField[]): Finding[] {
  return findingsOf(headerVerdicts(headers, 'advice').filter(countsAgainst)).map((entry) => ({
    ...entry,
    message: `In the returned message’s headers: ${entry.message}`,
  }));
}

export { readBounce } from './bounce.ts';
export { decodeStatus, describeStatus } from './status-codes.ts';
