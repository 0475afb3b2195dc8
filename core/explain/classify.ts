/**
 * Decides why each recipient bounced, reading the evidence in the order an expert would:
 *
 * 1. the remote server's own words (its reply, from the DSN's Diagnostic-Code or the transcript);
 * 2. a status code that names a cause by itself (5.1.1, 5.2.2, 5.7.26 …);
 * 3. the SMTP stage of a bare refusal (refused at MAIL FROM → the sender; at connect → the client);
 * 4. the wording of the whole report (plain-text bounces without a reply);
 * 5. generic codes (5.7.1 "not authorised", 5.7.0 policy) and finally the class (4xx / 5xx).
 */
import { cause, type CauseId } from './causes.ts';
import { VOCABULARY, type Vocabulary } from './vocabulary.ts';
import { stageOf, type BounceFacts, type RecipientFacts, type ReplyBlock, type SmtpStage } from './bounce.ts';

export type Basis = 'words' | 'status' | 'stage' | 'report' | 'generic-status' | 'class';

export interface Diagnosis {
  readonly cause: CauseId;
  readonly address?: string;
  /** the remote server's words, whitespace collapsed */
  readonly words: string;
  /** the enhanced status code that applies */
  readonly status?: string;
  readonly replyCode?: string;
  readonly stage?: SmtpStage;
  /** false for delays and 4xx replies */
  readonly permanent: boolean;
  readonly basis: Basis;
}

const MAX_WORDS = 2_000;
/** The whole report is read further than one reply: reasons may follow a long preamble. */
const MAX_REPORT_WORDS = 8_000;

/** Whitespace collapsed, multi-line reply prefixes (`550-5.7.26`) removed, lowercase. */
export function wordsForMatching(text: string, max = MAX_WORDS): string {
  return text
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s'"(\[<])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b)?/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, max);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ENHANCED_CODE = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/g;
const REPLY_CODE = /(?:^|[^\d.\w])([245]\d\d)(?=[ \-:']|$)/;

export function enhancedCodes(text: string): string[] {
  return [...text.slice(0, MAX_WORDS).matchAll(ENHANCED_CODE)].map((match) => match[1] as string);
}

export function replyCodeOf(text: string): string | undefined {
  return REPLY_CODE.exec(text.slice(0, MAX_WORDS))?.[1];
}

/** Reply codes with one meaning (RFC 5321, RFC 7504 for 521/556, RFC 4954 for 530–538). */
const REPLY_CAUSES: Readonly<Record<string, CauseId>> = {
  '521': 'domain-takes-no-mail',
  '556': 'domain-takes-no-mail',
  '525': 'mailbox-disabled',
  '530': 'smtp-auth-required',
  '534': 'smtp-auth-required',
  '535': 'smtp-auth-required',
  '538': 'smtp-auth-required',
  '551': 'mailbox-moved',
};

/** X.0.0, X.7.1, X.7.0 … say that something failed, not what. */
function isGenericCode(code: string): boolean {
  return /^\d\.(?:0\.0|7\.[01]|5\.0|3\.0|2\.0|1\.0|4\.0)$/.test(code) || /^\d\.0\.\d{3}$/.test(code);
}

/** The reply block that belongs to a recipient: the one naming its address, else the first. */
function blockFor(recipient: RecipientFacts | undefined, blocks: readonly ReplyBlock[]): ReplyBlock | undefined {
  const coded = blocks.filter((block) => block.coded && /(?:^|[^\d])[45]\d\d|[45]\.\d{1,3}\.\d{1,3}/.test(block.text));
  // Sendmail quotes the remote's words after `<<<` and then repeats its own summary: prefer `<<<`.
  const failures = coded.some((block) => block.transcript) ? coded.filter((block) => block.transcript) : coded;
  const preferred = failures.length > 0 ? failures : blocks.filter((block) => !block.coded);
  // The block quoting the same reply as the DSN's Diagnostic-Code, then one naming the address.
  const said = recipient?.diagnostic ? wordsForMatching(recipient.diagnostic).slice(0, 30) : '';
  if (said.length >= 8) {
    const same = preferred.find((block) => wordsForMatching(block.text).includes(said));
    if (same) return same;
  }
  const address = recipient?.address?.toLowerCase();
  if (address) {
    const named = preferred.find((block) => block.context.toLowerCase().includes(address));
    if (named) return named;
  }
  return preferred[0];
}

function chooseStatus(recipient: RecipientFacts | undefined, words: string): string | undefined {
  const inWords = enhancedCodes(words);
  // In "5.1.0 - Unknown address error 550-'5.7.1 …'" the code after the reply code is the remote's.
  const afterReply = /[45]\d\d[ \-']{1,3}([45]\.\d{1,3}\.\d{1,3})/.exec(words)?.[1];
  const fromWords = afterReply ?? inWords.find((code) => !isGenericCode(code)) ?? inWords[0];
  const field = recipient?.status;
  if (fromWords && field) {
    if (isGenericCode(fromWords) && !isGenericCode(field)) return field;
    return fromWords;
  }
  return fromWords ?? field;
}

function permanence(recipient: RecipientFacts | undefined, status: string | undefined, reply: string | undefined): boolean {
  const action = recipient?.action;
  if (action === 'delayed') return false;
  if (status?.startsWith('4') && action !== 'failed') return false;
  if (!status && reply?.startsWith('4') && action !== 'failed') return false;
  return true;
}

export interface RecipientCase {
  readonly recipient?: RecipientFacts;
  readonly block?: ReplyBlock;
}

/**
 * The remote's words inside a relaying service's summary: Amazon SES writes
 * "5.1.0 - Unknown address error 550-'5.7.1 … Access denied' (delivery attempts: 0)", where
 * only the quoted reply is the receiving server's.
 */
function quotedReply(diagnostic: string): string {
  const quoted = /\b([45]\d\d)[ -]'([^']{3,2000})'/.exec(diagnostic);
  return quoted ? `${quoted[1]} ${quoted[2]}` : diagnostic;
}

export function diagnoseRecipient(facts: BounceFacts, { recipient, block }: RecipientCase, onlyOne: boolean, vocabulary: Vocabulary = VOCABULARY): Diagnosis | null {
  const firstPhraseCause = (text: string, allowed?: Parameters<Vocabulary['first']>[1]) => vocabulary.first(text, allowed);
  const causeForCode = (code: string) => vocabulary.causeForCode(code);
  let diagnostic = recipient?.diagnostic ? quotedReply(collapse(recipient.diagnostic)) : '';
  const blockText = block ? collapse(block.text) : '';
  // A DSN's Diagnostic-Code often keeps only the first line of a multi-line reply.
  if (/^[45]\d\d-/.test(diagnostic) && blockText.length > diagnostic.length && wordsForMatching(blockText).startsWith(wordsForMatching(diagnostic).slice(0, 40))) {
    diagnostic = blockText;
  }
  const rawWords = diagnostic || blockText;
  const words = wordsForMatching(rawWords);
  const status = chooseStatus(recipient, rawWords) ?? (blockText ? enhancedCodes(blockText)[0] : undefined);
  const replyCode = replyCodeOf(rawWords) ?? (blockText ? replyCodeOf(blockText) : undefined);
  let stage = (block ? stageOf(block) : undefined) ?? (onlyOne && facts.replies[0] ? stageOf(facts.replies[0]) : undefined);
  // Sendmail pipelines RCPT and DATA: a transcript ending ">>> DATA" then "503 Need RCPT" failed at RCPT.
  if (stage === 'data' && /(?:<<<\s?)?503[ -]|need rcpt|no valid recipients/i.test(facts.notification)) stage = 'rcpt';
  const permanent = permanence(recipient, status, replyCode);
  const base = {
    ...(recipient?.address ? { address: recipient.address } : {}),
    words: collapse(rawWords).slice(0, 600),
    ...(status ? { status } : {}),
    ...(replyCode ? { replyCode } : {}),
    ...(stage ? { stage } : {}),
    permanent,
  };
  const where = `${recipient?.address ?? ''} ${recipient?.remoteMta ?? ''} ${blockText.slice(0, 300)}`.toLowerCase();
  const decided = (id: CauseId, basis: Basis): Diagnosis => ({ ...base, cause: adjust(id, stage, status, words, where), basis });

  // A local delivery program's exit status (sendmail's X-Unix; 71): the words are the program's.
  if (recipient?.diagnosticType?.startsWith('x-unix') && firstPhraseCause(words) !== 'mailbox-full') return decided('local-delivery-error', 'generic-status');

  // 1. The server's own words, unless a specific code says more than a generic phrase.
  const fromCode = status && !isGenericCode(status) ? causeForCode(status) : null;
  const sameReply = !diagnostic || !blockText || replyCodeOf(diagnostic) === replyCodeOf(blockText);
  const fromWords = firstPhraseCause(words) ?? (diagnostic && blockText && sameReply ? firstPhraseCause(wordsForMatching(blockText)) : null);
  if (fromWords === 'unknown-recipient' && (fromCode === 'mailbox-moved' || fromCode === 'mailbox-disabled' || fromCode === 'mailbox-full')) {
    return decided(fromCode, 'status');
  }
  if (fromWords) return decided(fromWords, 'words');

  // 2. A status code, or a reply code, that names the cause.
  if (fromCode) return decided(fromCode, 'status');
  const fromReply = replyCode ? REPLY_CAUSES[replyCode] : undefined;
  if (fromReply) return decided(fromReply, 'status');

  // 3. The stage of a bare refusal.
  const refused = permanent && (replyCode?.startsWith('5') || status?.startsWith('5') || recipient?.action === 'failed');
  if (refused && stage === 'mail') return decided('sender-rejected', 'stage');
  if (refused && (stage === 'connect' || stage === 'helo')) return decided('client-blocked', 'stage');

  // 4. The wording of the whole report, when the server's reply says nothing usable.
  if (!rawWords || !status) {
    const report = wordsForMatching(facts.notification, MAX_REPORT_WORDS);
    const fromReport = firstPhraseCause(report, (entry) => entry.broad === true);
    if (fromReport) return decided(fromReport, 'report');
  }

  // 5. Generic codes, then the class.
  if (status) {
    if (/^5\.7\.1$/.test(status)) return decided('not-authorized', 'generic-status');
    if (/^[45]\.7\.0$/.test(status)) return decided('policy-rejection', 'generic-status');
    const fromCode = causeForCode(status);
    if (fromCode && !/^\d\.0\.0$/.test(status)) return decided(fromCode, 'generic-status');
  }
  if (!permanent) return decided('delivery-delayed', 'class');
  // A temporary reply in a failure report: the sending server retried until it gave up.
  if (status?.startsWith('4') || (!status && replyCode?.startsWith('4'))) return decided('delivery-expired', 'class');
  if (refused || rawWords) return decided('refused-unspecified', 'class');
  return null;
}

/** "Unknown user" after DATA, or with an X.2.0 (mailbox exists) code, is a filter speaking. */
/**
 * Japanese mobile carriers answer "Unknown user" both for addresses that do not exist and for
 * mail their subscribers' reception filters (domain / sender allow-lists) refuse; only a refusal
 * at RCPT TO, or an explicit X.1.1, says the address itself is wrong.
 */
const JAPANESE_MOBILE_CARRIERS = /(?:@|\.|\b)(?:docomo\.ne\.jp|ezweb\.ne\.jp|au\.com|softbank\.ne\.jp|i\.softbank\.jp|disney\.ne\.jp|vodafone\.ne\.jp|pdx\.ne\.jp|willcom\.com|ymobile\.ne\.jp|emobile\.ne\.jp)\b/;

function adjust(id: CauseId, stage: SmtpStage | undefined, status: string | undefined, words: string, where: string): CauseId {
  // X.1.7 / X.1.8 name the sender's address: "no such domain" then is about the sender's domain.
  if ((id === 'unknown-domain' || id === 'unknown-recipient') && status !== undefined && /^\d\.1\.[78]$/.test(status)) return 'sender-rejected';
  // A refusal of the HELO name or of the connection is about the sending server, whatever it says.
  if ((id === 'unknown-domain' || id === 'unknown-recipient') && (stage === 'helo' || stage === 'connect')) return 'client-blocked';
  // Some providers (Yahoo, AOL) check recipients only after DATA, and say so unambiguously.
  const explicitAddress = (status !== undefined && /^\d\.1\.[1-3]$/.test(status)) || /doesn'?t have an? [^ ]{1,60} account|does not exist/.test(words);
  if (id === 'unknown-recipient' && ((stage === 'data' && !explicitAddress) || (status !== undefined && /^\d\.2\.0$/.test(status)))) return 'recipient-filter';
  if (id === 'unknown-recipient' && stage !== 'rcpt' && !explicitAddress && JAPANESE_MOBILE_CARRIERS.test(where)) return 'recipient-filter';
  return id;
}

/** The recipients to explain, each with its reply block; a synthetic one for plain-text bounces. */
export function recipientCases(facts: BounceFacts): RecipientCase[] {
  const failed = facts.recipients.filter((recipient) => recipient.action !== 'delivered' && recipient.action !== 'relayed' && recipient.action !== 'expanded');
  const recipients = failed.length > 0 ? failed : facts.recipients;
  if (recipients.length > 0) {
    return recipients.slice(0, 20).map((recipient) => {
      const block = blockFor(recipient, facts.replies);
      return { recipient, ...(block ? { block } : {}) };
    });
  }
  const block = blockFor(undefined, facts.replies);
  return [block ? { block } : {}];
}

export { cause };
