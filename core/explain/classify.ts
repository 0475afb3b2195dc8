/**
 * Decides why each recipient bounced, structure first (issue 11):
 *
 * 0. the DSN's own fields: a local delivery program's exit status (Diagnostic-Code: X-Unix), a
 *    sending service's classification (Amazon SES's bounceSubType);
 * 1. an RFC 3463 status code that names a cause (5.1.1, 5.2.2, 5.7.26, Microsoft's 5.7.509 …)
 *    decides the category; the server's words only choose among that category's causes;
 * 2. without one, the remote server's own words (its reply, from the DSN's Diagnostic-Code or the
 *    transcript), read with a vocabulary of concepts ("user … unknown", "relay … denied");
 * 3. the SMTP stage of a bare refusal (refused at MAIL FROM → the sender; at connect → the client);
 * 4. what a generic code still says (5.7.1 "not authorised", 5.7.0 policy, X.3.0 the mail system);
 * 5. a reply code with one meaning (521/556, 525, 530/535, 551);
 * 6. the wording of the whole report (plain-text bounces without a reply);
 * 7. the code's subject, then the class (a delay, an expired 4xx, a bare 5xx refusal).
 */
import { ADDRESS_NOT_RECOGNIZED, ANTIVIRUS_TROUBLE, AUTH_RECORD_LOOKUP_FAILED, CANNOT_RECEIVE_FOR, cause, ERROR_CONNECTING_TO_REMOTE, FILTER_TESTS_LISTED, GAVE_UP_SAID, HEADER_NOT_ALLOWED, LIST_LOOKUP_FAILED, LISTED_AT_RECIPIENTS_REQUEST, LOG_IN_TO_SEND, MALFORMED_FROM, NO_HELO_FIRST, MALICIOUS_PROCEDURE, MESSAGE_DEFECTS, MESSAGE_FORM_INVALID, MESSAGE_NOT_PARSED, MIME_TYPE_REFUSED, NOT_ALLOWED_IN_HEADER_FROM, OTHER_AUTH_MENTION, PERMISSION_TO_SEND, POP_BEFORE_SMTP, PROVIDERS_ACCOUNT, RECIPIENT_WITHOUT_DOMAIN, SENDER_ACCOUNT_RESTRICTED, SENDING_ACTIVITY_BLOCKED, SENDER_CHECK_NOT_NOW, SPAM_FIELD_YES, SPAM_WORDS, SPOKE_BEFORE_GREETING, STILL_RETRIED_SAID, SYSTEM_LOAD_TOO_HIGH, TOO_MANY_PARTS, UNABLE_TO_CONNECT, UNABLE_TO_CONNECT_TO_REMOTE, VIRUS_PROCEDURE_FAILED, WONT_TALK_TO_YOU, type Cause, type CauseId } from './causes.ts';
import { VOCABULARY, withoutNames, type Vocabulary } from './vocabulary.ts';
import { headerValue } from './mime.ts';
import { lastTranscriptCommand, stageOf, type BounceFacts, type RecipientFacts, type ReplyBlock, type SmtpStage } from './bounce.ts';
import { FAILED_ATTEMPTS } from './causes.ts';
import { freemailDomains, mailProviderDomains, misspellings } from '../data/global.ts';

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

/**
 * A list the reply says the sender is *not* on ("Your IP is not listed at zen.spamhaus.org, but
 * rejected by policy"): the list's zone names no listing, so it is dropped and "not listed" kept.
 * Only a dotted zone: "not listed in Domino Directory" (a recipient that is not there) stays whole.
 * Any contraction ("isn't", "wasn't") and one adverb of time ("is not currently listed") say the same;
 * not "not only listed at …", which is a listing.
 */
const NEGATED_LISTING = /((?:(?:^|[^a-z])(?:not|never)|n't)(?: (?:currently|presently|yet|ever|now|even))? (?:been )?listed) (?:in|on|at|by) (?:the )?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?![a-z0-9-])/g;

/**
 * A sentence run on after a word, a dot and the next sentence's first word, at the dot of a two-label
 * token even glued to what comes before ("Rejected:spam-like.It was refused"): split before the case
 * is lost, so that the run-on is not read as a host name. Split when the case says so (a lower-case
 * word before, a capital after: "spam-like.It", "spam-like.NO RETRY"; or all capitals before and a
 * word after: "SPAM-LIKE.It was refused"), or, with no case signal, when the second label is an
 * English word of two letters that is also a country code and a word follows ("spam-like.it was refused",
 * "SPAM-LIKE.IT WAS REFUSED"; so "SPAM-FILTER.IT IS THE MX" too, as main read it). Never in host
 * context (after via, by, at, host, from, connect to, see, visit, an opening bracket or "=": "relayed via spam-filter.De on behalf of …"), nor before "was not reachable"
 * and the like ("spam-filter.it was not reachable"), nor a Title-case name before the dot (a
 * signature's name: "Trojan.Agent"), nor a token of more labels, a URL or an address. Every gap
 * bounded, the context read over a bounded slice: linear.
 */
const RUN_ON = /(?<![A-Za-z0-9.@/_-])([A-Za-z][A-Za-z0-9-]{0,62})\.([A-Za-z][A-Za-z'-]{0,40})(?![A-Za-z0-9.@/_-])/g;
const HOST_CONTEXT = /(?:(?:^|[^a-z])(?:via|by|at|host|from|connect to|see|visit) |[(<[=] ?)$/i;
/** English words of two letters that are also country codes (as vocabulary.ts reads them). */
const TWO_LETTER_WORDS = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);
const HOST_TROUBLE = /^ (?:(?:was|is) (?:not reachable|unreachable|down|not responding|timed out)|did not respond|timed out)(?![a-z])/i;
const WORD_FOLLOWS = /^ [A-Za-z]/;
function splitRunOns(text: string): string {
  return text.replace(RUN_ON, (token: string, before: string, after: string, offset: number) => {
    const rest = text.slice(offset + token.length, offset + token.length + 40);
    const lowerBefore = /[a-z]$/.test(before) && !/^[A-Z]/.test(before);
    const capsBefore = before.length > 1 && before === before.toUpperCase() && /[A-Z]/.test(before);
    const capitalAfter = /^[A-Z]/.test(after);
    const wordFollows = WORD_FOLLOWS.test(rest);
    const split = (lowerBefore && capitalAfter && !(after.length === 2 && after === after.toUpperCase() && !wordFollows))
      || (capsBefore && capitalAfter && wordFollows)
      || (TWO_LETTER_WORDS.has(after.toLowerCase()) && wordFollows && (after === after.toLowerCase()) === (before === before.toLowerCase()));
    if (!split || HOST_TROUBLE.test(rest) || HOST_CONTEXT.test(text.slice(Math.max(0, offset - 16), offset))) return token;
    return `${before}. ${after}`;
  });
}

/** Each misspelt key word (wordlists/global/misspellings.yml) and the word it stands for. */
const MISSPELT: ReadonlyMap<string, string> = new Map(misspellings.map(({ from, to }) => [from, to]));
/**
 * A misspelt key word standing whole ("User Unknow", "unable to verify adress"), also beside a slash
 * ("User Unknow/Mailbox full", "adress/recipent"): not inside a longer word (of any
 * script: "adressé" stays), nor a host name's label, an address's part or a hyphenated word's
 * ("mx.adress.example", "adress@b.example", "adress-check"). Literal alternatives, the longest first,
 * each boundary one or two characters: linear.
 */
const MISSPELLING = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_@.'-])(?:${[...MISSPELT.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}\\p{N}_@'-]|\\.[\\p{L}\\p{N}])`, 'gu');

/**
 * Whitespace collapsed, multi-line reply prefixes (`550-5.7.26`) removed, run-on sentences split,
 * lowercase, misspelt key words read as the word they stand for (MISSPELLING).
 */
export function wordsForMatching(text: string, max = MAX_WORDS): string {
  return splitRunOns(text.slice(0, max * 2))
    .replace(/\s+/g, ' ')
    .replace(/(^|[\s'"([<])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b)?/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    // A typographic apostrophe (’, ‘) read as the ASCII one every pattern spells ("doesn’t", "recipient’s").
    .replace(/[\u2018\u2019]/g, "'")
    .replace(MISSPELLING, (word) => MISSPELT.get(word) ?? word)
    .replace(NEGATED_LISTING, '$1')
    .slice(0, max);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ENHANCED_CODE = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/g;
const REPLY_CODE = /(?:^|[^\d.\w])([245]\d\d)(?=[ \-:']|$)/;

/** A section of a standard cited in a reply ("See RFC2821 4.1.3", "section 4.5.3.1"), not a status code. */
const CITATION = /(?:rfc ?-?\d{3,4}|section|sec\.|§) ?$/i;

export function enhancedCodes(text: string): string[] {
  const scanned = text.slice(0, MAX_WORDS);
  return [...scanned.matchAll(ENHANCED_CODE)]
    .filter((match) => !CITATION.test(scanned.slice(Math.max(0, (match.index ?? 0) - 12), (match.index ?? 0) + match[0].indexOf(match[1] as string))))
    .map((match) => match[1] as string);
}

/**
 * The enhanced codes of a reply that can be its own: RFC 3463 §2 says the class of the enhanced
 * code agrees with the reply code's, so in "550 Access denied … 4.1.3" the 4.1.3 is not the
 * reply's status (a section number, a reference), and it must not make a refusal temporary.
 */
function codesAgreeingWith(codes: readonly string[], replyCode: string | undefined): string[] {
  return replyCode && /^[45]/.test(replyCode) ? codes.filter((code) => code[0] === replyCode[0]) : [...codes];
}

export function replyCodeOf(text: string): string | undefined {
  return REPLY_CODE.exec(text.slice(0, MAX_WORDS))?.[1];
}

/** Reply codes with one meaning (RFC 5321, RFC 7504 for 521/556, RFC 4954 for 530–538). */
const REPLY_CAUSES: ReadonlyMap<string, CauseId> = new Map<string, CauseId>(Object.entries({
  '521': 'domain-takes-no-mail',
  '556': 'domain-takes-no-mail',
  '525': 'mailbox-disabled',
  '530': 'smtp-auth-required',
  '534': 'smtp-auth-required',
  '535': 'smtp-auth-required',
  '538': 'smtp-auth-required',
  '551': 'mailbox-moved',
} satisfies Record<string, CauseId>));

/**
 * Codes that say *what* failed, reliably enough in practice to decide the category. The others
 * say only that something failed (X.0.0, X.7.1 "not authorised", X.7.0 "policy", the X.N.0 "other"
 * of each subject), or are used by large providers for other things than the registry says (Yahoo
 * answers 5.7.9, "authentication mechanism too weak", for policy refusals; sendmail writes 5.7.27,
 * "the sender's domain has a null MX", for a recipient's domain that takes no mail): for those the
 * server's words decide.
 */
const SPECIFIC_CODES = new Set([
  '1.1', '1.2', '1.3', '1.6', '1.7', '1.8', '1.10',
  '2.1', '2.2', '2.3', '2.4',
  '3.1', '3.4', '3.5',
  '4.4', '4.6', '4.7',
  '6.1', '6.2', '6.3', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10',
  '7.2', '7.8', '7.10', '7.11', '7.12', '7.13', '7.16', '7.17', '7.18', '7.20', '7.21', '7.22', '7.23', '7.24', '7.25', '7.26', '7.29', '7.30',
]);

/**
 * Whether a cause's last-resort wording (Cause.lastResort) may decide beside these codes: only when no
 * code says more than that something failed or was not authorised (no enhanced code, X.0.0, X.7.1, a
 * temporary 4.7.0) and the reply code has no meaning of its own (REPLY_CAUSES). Any other code names a
 * cause ("421 4.4.1 …", "503 5.5.1 …", "535 …"), and the last resort is the weakest reading there is.
 */
function lastResortAllowed(status: string | undefined, replyCode: string | undefined): boolean {
  return (replyCode === undefined || !REPLY_CAUSES.has(replyCode)) && (status === undefined || /^(?:[45]\.0\.0|[45]\.7\.1|4\.7\.0)$/.test(status));
}

function isSpecificCode(code: string): boolean {
  const [klass, subject, detail] = code.split('.');
  if (Number(detail) >= 100) return true; // a provider's documented code (Microsoft's 5.7.509, 4.7.650 …)
  // X.2.1 "mailbox disabled" said as temporary is no verdict on the mailbox (Gmail's 4.2.1 is a rate limit).
  if (klass === '4' && subject === '2' && detail === '1') return false;
  // X.6.x: the message's content or encoding, whatever the detail (Microsoft's 5.6.11 bare line feeds).
  if ((klass === '4' || klass === '5') && subject === '6' && detail !== '0') return true;
  return (klass === '4' || klass === '5') && SPECIFIC_CODES.has(`${Number(subject)}.${Number(detail)}`);
}

/** Amazon SES bounce subtypes (its notification contents reference) that name a cause; General and Undetermined do not. */
const PROVIDER_SUBTYPES: ReadonlyMap<string, CauseId> = new Map<string, CauseId>(Object.entries({
  noemail: 'unknown-recipient',
  suppressed: 'address-suppressed',
  onaccountsuppressionlist: 'address-suppressed',
  mailboxfull: 'mailbox-full',
  messagetoolarge: 'message-too-large',
  contentrejected: 'spam-content',
  attachmentrejected: 'policy-rejection',
} satisfies Record<string, CauseId>));

/** Generic codes that still name a likely cause by their subject (RFC 3463 §3). */
const GENERIC_MEANING: ReadonlyMap<string, CauseId> = new Map<string, CauseId>(Object.entries({
  '7.1': 'not-authorized',
  '7.0': 'policy-rejection',
  '3.0': 'remote-system-error',
  '4.0': 'network-error',
  '5.0': 'smtp-protocol-error',
  '6.0': 'malformed-content',
} satisfies Record<string, CauseId>));

/** The reply block that belongs to a recipient: the one naming its address, else the first. */
function blockFor(recipient: RecipientFacts | undefined, blocks: readonly ReplyBlock[]): ReplyBlock | undefined {
  const coded = blocks.filter((block) => block.coded && /(?:^|[^\d])[45]\d\d|[45]\.\d{1,3}\.\d{1,3}/.test(block.text));
  // Sendmail quotes the remote's words after `<<<` and then repeats its own summary: prefer `<<<`.
  const failures = coded.some((block) => block.transcript) ? coded.filter((block) => block.transcript) : coded;
  // A server's reply starts with its reply code; a line that only mentions a code beside a link is
  // help text ("For more tips …, see DSN 5.1.10 Errors in Exchange Online <http://…>"): last.
  const rank = (block: ReplyBlock) => (/^[45]\d\d\b/.test(block.text) ? 0 : 1) + (/https?:\/\/|<http|\bwww\./i.test(block.text) ? 2 : 0);
  const preferred = (failures.length > 0 ? failures : blocks.filter((block) => !block.coded))
    .map((block, index) => ({ block, index }))
    .sort((a, b) => rank(a.block) - rank(b.block) || a.index - b.index)
    .map(({ block }) => block);
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

/**
 * The status code of a recipient: the one the remote server wrote in its reply, when it wrote one
 * (the one after the reply code first: in "5.1.0 - Unknown address error 550-'5.7.1 …'" that is the
 * remote's), else the DSN's Status field, which the reporting server may have made up from the
 * reply code (sendmail files "550 5.7.1 IP address blacklisted" under Status: 5.1.1).
 */
function chooseStatus(recipient: RecipientFacts | undefined, words: string): string | undefined {
  const replyCode = replyCodeOf(words);
  const inWords = codesAgreeingWith(enhancedCodes(words), replyCode);
  const written = /[45]\d\d[ \-']{1,3}([45]\.\d{1,3}\.\d{1,3})/.exec(words)?.[1];
  const afterReply = written ? codesAgreeingWith([written], replyCode)[0] : undefined;
  return afterReply ?? inWords.find(isSpecificCode) ?? inWords[0] ?? recipient?.status;
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
  // The reply's class, for a cause tried earlier when the reply is temporary (greylisting).
  // A reply without a reply code whose enhanced code is class 5, in a report whose own Status or
  // Action says the failure is temporary ("5.7.1 Sender address rejected: Greylisted" under Status
  // 4.7.1): the reporting server read it as temporary, and greylisting is never a refusal.
  const reportTemporary = recipient?.action === 'delayed' || recipient?.status?.startsWith('4') === true;
  // With a last resort (Cause.lastResort) only beside no code that names a cause (lastResortAllowed),
  // and beside no cause named in the recipient's block: in a DSN that is the human part's line for the
  // recipient ("<b@b.example>: mailbox full" beside a Diagnostic-Code that only counts messages per hour).
  const firstPhraseCause = (text: string, allowed?: Parameters<Vocabulary['first']>[1]) =>
    vocabulary.first(text, allowed, { temporary: isTemporary(status, replyCode), refusal: isRefusal(rawWords, replyCode) && (replyCode !== undefined || !reportTemporary) }, lastResort);
  const causeForCode = (code: string) => vocabulary.causeForCode(code);
  let diagnostic = recipient?.diagnostic ? quotedReply(collapse(recipient.diagnostic)) : '';
  const blockText = block ? collapse(block.text) : '';
  // A DSN's Diagnostic-Code often keeps only the first line of a multi-line reply.
  if (/^[45]\d\d-/.test(diagnostic) && blockText.length > diagnostic.length && wordsForMatching(blockText).startsWith(wordsForMatching(diagnostic).slice(0, 40))) {
    diagnostic = blockText;
  }
  const rawWords = diagnostic || blockText;
  const words = wordsForMatching(rawWords);
  const status = chooseStatus(recipient, rawWords) ?? (blockText ? codesAgreeingWith(enhancedCodes(blockText), replyCodeOf(blockText))[0] : undefined);
  const replyCode = replyCodeOf(rawWords) ?? (blockText ? replyCodeOf(blockText) : undefined);
  const lastResort = lastResortAllowed(status, replyCode) && !vocabulary.namesAny(wordsForMatching(blockText));
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
  // Words that say the message was held or deferred, in a report that it failed: it was held until the sending server gave up.
  const held = (id: CauseId): CauseId => (id === 'delivery-delayed' && recipient?.action === 'failed' ? 'delivery-expired' : id);
  const temporary = isTemporary(status, replyCode);
  const senders = senderAddresses(facts, recipient?.address);
  // Whether the reply answered the DATA command itself, before any of the message was sent.
  // A context that also names the end of DATA (another recipient's reply just before) is not sure of it.
  const stageContext = block?.context ?? (onlyOne ? (facts.replies[0]?.context ?? '') : '');
  const dataCommand = stage === 'data' && (DATA_COMMAND.test(stageContext) || lastTranscriptCommand(stageContext) === 'data') && !/end of data/i.test(stageContext);
  const decided = (id: CauseId, basis: Basis): Diagnosis => ({ ...base, cause: held(adjust(id, stage, status, words, where, permanent, temporary, replyCode, recipient?.address, senders, { dataCommand, reportStatus: recipient?.status, failureNotice: () => recipient?.action !== 'delayed' && saysGaveUp(recipient ? words : `${wordsForMatching(facts.notification)} ${words}`), reply: rawWords })), basis });
  const blockWords = diagnostic && blockText && replyCodeOf(diagnostic) === replyCodeOf(blockText) ? wordsForMatching(blockText) : '';
  /** The first cause the server's words name, among those `allowed`. */
  // Failed attempts counted in a delay report, under an X.3.x or routing X.4.x code, or before retry words: not read (countedAttemptsAside).
  const delayed = recipient?.action === 'delayed';
  const fromWords = (allowed?: (entry: Cause) => boolean) => firstPhraseCause(countedAttemptsAside(words, status, delayed), allowed) ?? (blockWords ? firstPhraseCause(countedAttemptsAside(blockWords, status, delayed), allowed) : null);

  // A local delivery program's exit status (sendmail's X-Unix; 71): the words are the program's.
  if (recipient?.diagnosticType?.startsWith('x-unix') && firstPhraseCause(words) !== 'mailbox-full') return decided('local-delivery-error', 'generic-status');

  // A sending service's own classification of the bounce (Amazon SES's bounceSubType) comes
  // first: the status it writes beside it is its own, not a remote server's.
  const provider = facts.bounceSubType ? PROVIDER_SUBTYPES.get(facts.bounceSubType.toLowerCase()) : undefined;
  if (provider) return decided(provider, 'status');

  // 1. A status code that names a cause (RFC 3463, and codes providers document) decides the
  //    category; the server's words only choose among the causes of that category.
  const fromCode = status && isSpecificCode(status) ? causeForCode(status) : null;
  if (fromCode) {
    const category = cause(fromCode).category;
    // Not a cause said only by a narrow reading (NARROW_READINGS) that the code's own cause outranks
    // ("501 5.1.7 Sender address malformed; Bcc not allowed": sender-rejected).
    // A virus finding only denied or the scanner only named is none: the next cause of the category.
    const inCategory = unknownOverDisabled(fromWords((entry) => entry.category === category), status, words);
    // Nor a listing or a refused client named only aside (listingNamedOnlyAside, clientRefusedOnlyAtRecipientsRequest:
    // "550 5.7.708 Blacklisted at the request of the recipient", a test in a filter's list): it names no
    // listing; the next cause of the category, or the code's own (a vendor's words refine a clear code, never override it).
    // Nor an RFC only cited beside the form's fault it names (rfcCitedBesideForm: "553 5.1.8 …; bare LF detected
    // (violates RFC 5322 2.3)"): the fault is content's, so the code's own cause, as for the fault said alone.
    const onlyAside = (inCategory === 'virus-detected' && virusOnlyDenied(words, vocabulary)) || (inCategory === 'blocklisted' && listingNamedOnlyAside(words, vocabulary)) || (inCategory === 'client-blocked' && clientRefusedOnlyAtRecipientsRequest(words, vocabulary)) || (inCategory === 'not-rfc-compliant' && rfcCitedBesideForm(words, vocabulary));
    const said = onlyAside ? fromWords((entry) => entry.category === category && entry.id !== inCategory) : inCategory;
    // Nor spam said not to be found ("550 5.6.0 Bare linefeeds; Spam: no.": NO_SPAM_FOUND).
    // Nor a connection said not made under an X.3.x code ("451 4.3.0 Unable to connect to database": the
    // receiver's own system, saidOnlyUnderSystemStatus).
    const refined = said !== null && said !== fromCode && (saidOnlyByNarrow(said, status, words, vocabulary) || (said === 'spam-content' && !vocabulary.says(said, words.replace(NO_SPAM_FOUND, blank))) || (said === 'network-error' && saidOnlyUnderSystemStatus(said, status, words, vocabulary))) ? null : said;
    return decided(refined ?? fromCode, refined ? 'words' : 'status');
  }

  // 2. Without one, the server's own words. Words that only say the message is held or should be
  //    tried later ("deferred", "try again later") name no reason: a status code that says more than
  //    X.0.0 (a "550 5.7.1", a "451 4.3.0") keeps its meaning, read below.
  const first = unknownOverDisabled(fromWords(), status, words);
  const said = strongReading(first, fromWords, status, temporary, words, vocabulary);

  // 2a. The sending server's own words (no remote server named, no remote reply code, no SMTP stage)
  //     that its tries kept failing, in a report that the message failed, when nothing more specific
  //     was said: it gave up ("Too many failures (Tried all MXs)"). Not in a delay notice, not a
  //     receiver's reply ("421 Too many failed attempts to authenticate", "5.7.1 Too many failed
  //     attempts … in reply to RCPT TO"), and not beside a cause the words or a code name ("5.1.1
  //     user unknown; too many retries", "Mailbox full - too many failures"): those are read as they say.
  //     Only the tries themselves may be named beside it (network-error: "(Tried all MXs)").
  if (recipient?.action === 'failed' && !replyCode && !recipient.remoteMta && !stage && (!said || said === 'network-error') && TOO_MANY_FAILURES.test(words)) return decided('delivery-expired', 'words');
  if (said && !onlyHeldBesideCode(said, status)) return decided(said, 'words');

  // 2b. A failure after the sending server kept trying for a day or more (the DSN's Arrival-Date
  //     and Last-Attempt-Date), whose last reply names nothing (no status, X.0.0, or a temporary
  //     one): the message expired in the queue.
  const vague = !status || /^\d\.0\.\d+$/.test(status) || status.startsWith('4');
  if (recipient?.action === 'failed' && vague && (recipient.triedHours ?? 0) >= 24) return decided('delivery-expired', 'class');

  // 3. The stage of a bare refusal.
  const refused = permanent && (replyCode?.startsWith('5') || status?.startsWith('5') || recipient?.action === 'failed');
  if (refused && stage === 'mail') return decided('sender-rejected', 'stage');
  if (refused && (stage === 'connect' || stage === 'helo')) return decided('client-blocked', 'stage');

  // 4. What a generic enhanced code still says: RFC 3463's code is the more precise of the two
  //    (a "551 5.7.1" is a refused delivery, not a moved user).
  //    A temporary X.7.0 / X.7.1 without words ("421 4.7.0 Try again later, closing connection") is
  //    no policy verdict: the server asks for a retry, and the class below says delayed or expired.
  const generic = status ? GENERIC_MEANING.get(status.slice(2)) : undefined;
  const temporarySecurity = status?.startsWith('4') === true && (status.slice(2) === '7.0' || status.slice(2) === '7.1');
  //    A 5.7.1 beside an anti-virus program in trouble ("554 5.7.1 Problem running virus-scanner"): the
  //    receiver's trouble, not a refusal of the sender.
  //    Only when the trouble is the reply's own clause, or an aside beside nothing but a retry asked
  //    ("551 5.7.1 Please retry later (anti-virus not ready)"); not an aside beside a reply that says
  //    its own reason ("550 5.7.1 Your account is not authorized … (anti-virus not ready)").
  if (generic && !temporarySecurity) return decided(generic === 'not-authorized' && antivirusTroubleSaid(words) ? 'remote-system-error' : generic, 'generic-status');

  // 5. A reply code with one meaning.
  const fromReply = replyCode ? REPLY_CAUSES.get(replyCode) : undefined;
  if (fromReply) return decided(fromReply, 'status');

  // 6. The wording of the whole report, when the server's reply says nothing usable.
  if (!rawWords || !status || /^\d\.0\.0$/.test(status)) {
    const report = countedAttemptsAside(wordsForMatching(facts.notification, MAX_REPORT_WORDS), status, delayed);
    // A delay notice's own wording ("THIS IS A WARNING ONLY", "has not yet been delivered") counts too.
    const reported = firstPhraseCause(report, (entry) => entry.broad === true || entry.id === 'delivery-delayed');
    // Not a DNS list named only as what a lookup failed on (LIST_LOOKUP_FAILED): set aside above; nor
    // only aside (listingNamedOnlyAside: a test in a filter's list of matched tests, the recipient's request).
    // Nor a narrow reading the reply's own words set aside (weakReading: "550 Bcc not allowed; you must
    // log in to send mail"), so that the pasted line and its DSN agree.
    const fromReport = reported !== null && (NARROW_READINGS.has(reported) ? weakReading(reported, status, temporary, report, vocabulary) : reported === 'blocklisted' && (listLookupOnly(report, vocabulary) || listingNamedOnlyAside(report, vocabulary))) ? null : reported;
    // Postfix's and Gmail's delay notices say "could not be delivered for more than 4 hours" and
    // then "THIS IS A WARNING ONLY … will be retried": a delay, not an expiry.
    const fromNotice = fromReport === 'delivery-expired' && vocabulary.says('delivery-delayed', report) ? 'delivery-delayed' : fromReport;
    // The evidence is the report's line that says it, not the subject or a help link.
    if (fromNotice) return { ...decided(fromNotice, 'report'), words: lineSaying(fromNotice, facts.notification, vocabulary) ?? base.words };
  }

  // 7. A cause the code's subject names (X.2.x mailbox, X.4.x routing …), then the class.
  if (status) {
    const named = causeForCode(status);
    // A temporary failure says the mailbox may take mail later: not a verdict on it (except a full one).
    const temporaryMailbox = status.startsWith('4') && named !== null && named !== 'mailbox-full' && cause(named).category === 'mailbox';
    if (named && !temporaryMailbox && !temporarySecurity && !/^\d\.0\.\d+$/.test(status)) return decided(named, 'generic-status');
  }
  if (!permanent) return decided('delivery-delayed', 'class');
  // A temporary reply in a failure report: the sending server retried until it gave up.
  if (status?.startsWith('4') || (!status && replyCode?.startsWith('4'))) return decided('delivery-expired', 'class');
  if (refused || rawWords) return decided('refused-unspecified', 'class');
  return null;
}

/**
 * The line of a report (or two adjacent lines, for a sentence broken across them) whose wording
 * names `id`; lines with a link are help text and come last.
 */
function lineSaying(id: CauseId, notification: string, vocabulary: Vocabulary): string | undefined {
  const lines = notification.slice(0, MAX_REPORT_WORDS * 2).split(/\r?\n/).map(collapse).filter((line) => line !== '').slice(0, 400);
  const candidates = [...lines.map((line) => [line]), ...lines.slice(1).map((line, index) => [lines[index] as string, line])];
  const helpText = (text: string) => /https?:\/\/|<http|\bwww\./i.test(text);
  const saying = candidates.map((group) => group.join(' ')).filter((text) => vocabulary.says(id, wordsForMatching(text)));
  return saying.find((text) => !helpText(text)) ?? saying[0];
}

/**
 * A listing tied to a domain, URL or link *the message contains*: the message said to contain one that
 * is listed ("message contains domain c.example listed by multi.surbl.org", "contains a blacklisted URL"),
 * or a link in the message said to be listed ("URI in message body listed at …", "the domain c.example in
 * the message body is listed in dbl…", "Body contains host c.example which is listed by …"). A host or
 * domain counts only in the body or content or as what the body contains: one *of*, *from* or *in the
 * headers of* the message ("the sending host of this message", "domain a.example in the message's From:
 * header", "in the mail from") is the sender's, and so is any listing in reply to HELO, MAIL FROM or RCPT
 * TO (adjust: no content was sent yet). The listing in the same sentence. Not a message merely
 * *with* domains or links beside a listing of the client's IP or the sender's domain ("email with domain
 * a.example listed by dbl…", "client … blocked using …; mail contains links to a.example"): in one clause,
 * the listing said of the link. Bounded gaps: linear.
 */
const LINKS = String.raw`(?:domains?|urls?|uris?|links?|host(?: ?names?|s)?)`;
/** What only a message carries: a link, URL or URI (not a host or domain, which may be the sender's). */
const LINKS_ONLY = String.raw`(?:urls?|uris?|links?)`;
const LISTED = String.raw`(?:(?:black|block)-?listed|listed|blocked|(?:is |are )?on (?:a |an |the )?(?:uri |url |domain )?(?:block|black|deny) ?list)`;
/** A gap that names no sender, client or IP, and ends no sentence: a listing said of one of those, or in the next sentence, is not the link's. */
const NOT_SENDERS = String.raw`(?!sender|client|(?:your|sending|its) (?:ip|domain|host|server)|ip |\. )`;
const MESSAGE_CONTAINS_LINK = new RegExp(
  String.raw`(?:^|[^a-z])(?:message|mail|e-?mail|body|content)s? (?:contains?|contained|includes?|included) (?:a |an |the |one or more |some )?` +
    String.raw`(?:(?:${LISTED}|bad|spam)[ -]${LINKS}(?![a-z])|${LINKS}(?![a-z])(?:${NOT_SENDERS}[^;!?]){0,60}?[^a-z]${LISTED}(?![a-z]))` +
    String.raw`|(?:^|[^a-z])(?:${LINKS_ONLY}(?: [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})? (?:in|within) (?:the |this )?(?:message|mail|e-?mail|body|content)(?: body| content)?` +
    String.raw`|${LINKS}(?: [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})? (?:in|within) (?:the |this )?(?:(?:message|mail|e-?mail) )?(?:body|content))(?![a-z'])(?:${NOT_SENDERS}[^;!?]){0,40}?[^a-z]${LISTED}(?![a-z])`,
);

/** SMTP stages before the message is sent: a refusal there cannot have judged its content. */
const BEFORE_CONTENT: ReadonlySet<SmtpStage | undefined> = new Set<SmtpStage | undefined>(['connect', 'helo', 'mail', 'rcpt']);

/** Tries that kept failing, counted ("too many failures", "too many failed attempts", "too many retries"). */
const TOO_MANY_FAILURES = /(?:^|[^a-z])too many (?:(?:delivery|connection|send(?:ing)?|temporary|transient|consecutive) )?(?:failures|failed (?:delivery )?attempts|unsuccessful (?:delivery )?attempts|retries)(?![a-z])/;

/** An address called malformed (unknown-recipient's "malformed address" concept). */
const MALFORMED = /(?:^|[^a-z])malformed(?![a-z])/;

/** Words that name the recipient (English, Japanese): not the RCPT TO command named, nor a recipient verification ("RCPT TO expected later", "recipient verification not attempted"). */
const RECIPIENT_WORDS = /(?:^|[^a-z])(?:recipients?|rcpt)(?![a-z])(?! to(?![a-z])| verif)|宛先|受信者/;

/** Words that name the sender or its address in the envelope. */
const SENDER_WORDS = /(?:^|[^a-z])(?:sender|mail from|envelope[- ]from|return[- ]path)(?![a-z])/;

/** Whether a reply names the recipient: a recipient word, the recipient's address, or an X.1.1–X.1.3 status. */
function namesRecipient(words: string, status: string | undefined, address: string | undefined): boolean {
  if (status !== undefined && /^\d\.1\.[1-3]$/.test(status)) return true;
  if (RECIPIENT_WORDS.test(words)) return true;
  return address !== undefined && address !== '' && words.includes(address.toLowerCase());
}

/** "Unknown user" after DATA, or with an X.2.0 (mailbox exists) code, is a filter speaking. */
/**
 * Japanese mobile carriers answer "Unknown user" both for addresses that do not exist and for
 * mail their subscribers' reception filters (domain / sender allow-lists) refuse; only a refusal
 * at RCPT TO, or an explicit X.1.1, says the address itself is wrong.
 */
const JAPANESE_MOBILE_CARRIERS = /(?:@|\.|\b)(?:docomo\.ne\.jp|ezweb\.ne\.jp|au\.com|softbank\.ne\.jp|i\.softbank\.jp|disney\.ne\.jp|vodafone\.ne\.jp|pdx\.ne\.jp|willcom\.com|ymobile\.ne\.jp|emobile\.ne\.jp)\b/;

/**
 * Whether the words only say the message is held or should be tried later ("deferred", "try again
 * later": delivery-delayed) beside a status code that says more than X.0.0 (a "550 5.7.1", a "451
 * 4.3.0"): such words name no reason, and the code keeps its meaning.
 */
/**
 * Failed attempts counted (causes.ts's FAILED_ATTEMPTS) say the sending server gave up only when
 * nothing says otherwise: not in a report that the message is only delayed, not under an X.3.x code
 * (the receiver's mail system) or an X.4.x one other than X.4.0 and X.4.7 (a route: "451 4.4.1 Failed
 * 3 attempts to connect to mx.b.example" is network-error's), and not with retry words anywhere after
 * them ("…; next attempt in 30 minutes", "deferred, still trying"). Then the phrase is blanked, and the
 * rest of the words or the code decides. One search, one test and one replace: linear.
 */
function countedAttemptsAside(words: string, status: string | undefined, delayed: boolean): string {
  const at = words.search(FAILED_ATTEMPTS);
  if (at < 0) return words;
  const aside = delayed || (status !== undefined && /^\d\.(?:3\.\d{1,3}|4\.(?![07]$)\d{1,3})$/.test(status)) || STILL_RETRYING.test(words.slice(at));
  return aside ? words.replace(FAILED_ATTEMPTS_ALL, (said) => ' '.repeat(said.length)) : words;
}
const FAILED_ATTEMPTS_ALL = new RegExp(FAILED_ATTEMPTS.source, 'g');
/** A sending server still trying: "will retry", "next attempt in …", "retry in …", "deferred", "still trying"; not "will not retry". */
const STILL_RETRYING = /(?:^|[^a-z])(?:will (?:retry|try again|keep trying|be retried|continue trying)|retrying|trying again|next (?:attempt|retry|try|delivery attempt)|retry (?:in|at|after|later)|(?:is |was |been )?deferred|still trying|keep(?:s)? trying)(?![a-z])/;

function onlyHeldBesideCode(id: CauseId, status: string | undefined): boolean {
  return id === 'delivery-delayed' && status !== undefined && !/^\d\.0\.0$/.test(status);
}

/**
 * Whether the server's reply is a permanent refusal: its 5xx reply code or, when it wrote none, the
 * class 5 of the enhanced code it wrote ("5.7.1 Sender address rejected: Greylisted"). Not the
 * DSN's Status field, which the reporting server may have made up.
 */
function isRefusal(reply: string, replyCode: string | undefined): boolean {
  if (replyCode) return replyCode.startsWith('5');
  return enhancedCodes(reply)[0]?.startsWith('5') === true;
}

/** Whether the server answered with a temporary failure: a 4.x.x status or, without one, a 4xx reply. */
function isTemporary(status: string | undefined, replyCode: string | undefined): boolean {
  return status?.startsWith('4') === true || replyCode?.startsWith('4') === true;
}

/** The reply's class as the permanence rules read it (Cause.permanence in causes.ts). */
interface ReplyClass {
  /** the reply or its code is 4 */
  readonly temporary: boolean;
  /** the report says the message is only delayed */
  readonly delayed: boolean;
  /** the server's own reply code is 5xx */
  readonly refusal: boolean;
}

/** The cause as the reply's class has it (Cause.permanence in causes.ts). */
function byPermanence(id: CauseId, words: string, { temporary, delayed, refusal }: ReplyClass): CauseId {
  const rule = cause(id).permanence;
  if (!rule) return id;
  const { temporary: ifTemporary, permanent: ifPermanent, refused: ifRefused } = rule;
  if (ifRefused && refusal && !delayed) return ifRefused.cause;
  if (ifTemporary && (temporary || (ifTemporary.orDelayed === true && delayed) || ifTemporary.orWords?.test(words) === true)) return ifTemporary.cause;
  if (ifPermanent && !temporary && !delayed && ifPermanent.words.test(words) && ifPermanent.unless?.test(words) !== true) return ifPermanent.cause;
  return id;
}

/**
 * Whether the sender's own account is said suspended or disabled (SENDER_ACCOUNT_RESTRICTED), or
 * blocked for its unusual sending activity with nothing else said (activityBlockAlone: "Your account has
 * been suspended due to unusual sending activity", "Unusual sending activity detected; your account has
 * been suspended", in either order the sending's own block, as under Zoho's X.4.6, rev-f23b F1) when the
 * account said blocked is named the sender's (SENDERS_ACCOUNT_NAMED_BLOCKED: "This account", "Account",
 * "The user's account … due to unusual sending activity" is the addressed mailbox's, suspended for its
 * own outgoing mail, as "This account has been suspended for sending spam" reads, review-e26 H1), and
 * nothing says the reply is about the recipient or about another cause: only a permanent refusal (the
 * caller's), never when the reply names the recipient (namesRecipient: a recipient word, as in
 * "Recipient address rejected:", the recipient's address, an X.1.1–X.1.3 status), never under an
 * X.1.x or X.2.x status (a mailbox's or an address's: "550 5.2.1 Your account has been disabled for
 * sending spam") unless the word "sender" is said, and never when another cause's own wording is said
 * anywhere beside it (the phrase blanked, the rest still read: "Mailbox disabled; sender account
 * suspended", "…; blocked using zen.spamhaus.org", "… Message rejected as spam"), nor authentication
 * or a log-in ("…; please authenticate", which alone reads as no cause), nor a recipient named in
 * another language ("Der Empfänger …"). A few tests, one replace and one reading: linear.
 */
function senderAccountSaid(words: string, status: string | undefined, recipientAddress: string | undefined): boolean {
  const said = SENDER_ACCOUNT_RESTRICTED.exec(words);
  const activityBlocked = !said && SENDERS_ACCOUNT_NAMED_BLOCKED.test(words) && activityBlockAlone(words);
  if (!said && !activityBlocked) return false;
  if (namesRecipient(words, status, recipientAddress)) return false;
  if (said && namesAnAddressAtTheProvider(words, said[0])) return false;
  if (status !== undefined && /^\d\.[12]\.\d{1,3}$/.test(status) && !SAYS_SENDER.test(words)) return false;
  if (RECIPIENT_ELSEWHERE.test(words) || AUTHENTICATION_SAID.test(words)) return false;
  // activityBlockAlone has read the rest already: nothing but the sender refused or not authorised.
  if (!said) return true;
  const rest = words.slice(0, said.index) + ' '.repeat(said[0].length) + words.slice(said.index + said[0].length);
  // The sender refused or not authorised in other words beside it says the same of the sender (fix23).
  const beside = VOCABULARY.first(rest);
  return beside === null || beside === 'sender-rejected' || beside === 'not-authorized';
}
/**
 * Whether a reply that names a provider's account ("your Gmail account …", PROVIDERS_ACCOUNT) names an
 * address at that provider in the recipient's place (inRecipientsPlace: "554 5.7.1 <john@gmail.com>:
 * Your Gmail account has been disabled", "Your message to john@outlook.com could not be delivered: your
 * Outlook account is disabled"): the account is that address's, the recipient's. At the provider
 * (atTheProvider): at one of the domains the provider gives its users (wordlists/global/mail-provider-domains.yml:
 * Outlook's hotmail.com, live.com and msn.com, Yahoo's ymail.com, Apple's me.com; expl28; until then a
 * domain that opened with the provider's first word, which missed john@hotmail.com beside "Your Outlook
 * account" and took john@mail.com for Mail.ru's). Not a report's failed recipient alone (fixe28): a
 * sender at gmail.com writing to a friend at gmail.com is told of the sender's own account in the same
 * words, and a report reads as the reply pasted alone. Not a contact address ("…; contact
 * postmaster@live.com", "write to support@msn.com") nor the sender's ("From me@hotmail.com: …"). An
 * address at another domain leaves the reading alone. Bounded: linear.
 */
function namesAnAddressAtTheProvider(words: string, said: string): boolean {
  const provider = PROVIDERS_ACCOUNT.exec(said)?.[1];
  if (provider === undefined) return false;
  let first = true;
  for (const address of words.matchAll(ADDRESS)) {
    const [local = '', domain = ''] = address[0].toLowerCase().split('@');
    if (atTheProvider(domain, provider) && !CONTACT_MAILBOX.test(local) && inRecipientsPlace(words, address.index, first)) return true;
    first = false;
  }
  return false;
}
/** A provider's own contact or system mailboxes, never a recipient whose account it is: postmaster, abuse, support, help, no-reply. */
const CONTACT_MAILBOX = /^(?:postmaster|abuse|support|help|hostmaster|webmaster|mailer-daemon|no-?reply|do-?not-?reply)$/;
/**
 * Whether the address at `index` of `words` is where a reply names its recipient, as namesSenderOnly
 * reads a reply's subject: the reply's first address with nothing before it but the codes and a
 * bracket ("<john@gmail.com>: …", "john@gmail.com... …"), or one after "to" or "recipient" ("message to
 * john@outlook.com", "RCPT TO:<john@yahoo.com>", "Recipient <john@gmail.com>"); not after "Reply-To".
 */
function inRecipientsPlace(words: string, index: number, first: boolean): boolean {
  if (first && /^(?:[245]\d\d[ -])?(?:[245]\.\d{1,3}\.\d{1,3} ?)?[^a-z0-9]{0,3}$/.test(words.slice(0, index))) return true;
  return RECIPIENTS_PLACE.test(words.slice(Math.max(0, index - 24), index));
}
const RECIPIENTS_PLACE = /(?:^|[^a-z-])(?:to|recipients?(?: address)?)(?: ?:)? ?<?$/;
/** Each mail provider's name → the domains it gives its users, first labels or domains (wordlists/global/mail-provider-domains.yml). */
const PROVIDER_DOMAINS: ReadonlyMap<string, readonly string[]> = new Map(mailProviderDomains.flatMap((entry) => entry.names.map((name) => [name, entry.domains] as const)));
const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set(freemailDomains);
/**
 * Whether `domain` is at the provider named (`provider`, as the reply writes it): one of the provider's
 * domains (`mail.ru`), or a freemail domain that opens with one of its first labels (hotmail.co.uk and
 * live.com for "outlook"; not live.example).
 */
function atTheProvider(domain: string, provider: string): boolean {
  const domains = PROVIDER_DOMAINS.get(provider) ?? [];
  return domains.includes(domain) || (FREEMAIL_DOMAINS.has(domain) && domains.includes(domain.slice(0, domain.indexOf('.'))));
}
/**
 * The reply opens (after an address in brackets, if any) with the sender's verification said failed or
 * the sender's address refused: Exim's "Sender verify failed", "sender verification failed", "could
 * not verify sender", Postfix's "Sender address rejected". What follows is said of the sender. Bounded: linear.
 */
const SENDER_REFUSED_FIRST = /^(?:<[^<>]{0,254}>:? )?(?:sender (?:address )?(?:verify|verification|call-?out|call-?back)(?: check)? failed|sender (?:address )?(?:rejected|refused|denied)|(?:could not|cannot|unable to) verify (?:the )?sender(?: address)?)(?![a-z])/;
/**
 * Exim's sender callout, said failed: the reply quotes what the sender's own server answered when asked of
 * the sender's address ("Verification failed for <s@a.example> / Called: 192.0.2.9 / Sent: RCPT TO:<s@a.example>
 * / Response: 552 Mailbox full / Sender verify failed"). The transcript's fields in order, opening the reply
 * (CALLOUT_TRANSCRIPT: not a transcript said after another reply's words), and the sender's verification
 * said failed (SENDER_VERIFY_FAILED). Bounded gaps: linear.
 */
const CALLOUT_TRANSCRIPT = /^(?:<[^<>]{0,254}>:? )?(?:(?:sender )?verification failed for <[^<>]{0,254}>:? )?called: [^]{0,300}?(?:^|[^a-z])sent: [^]{0,300}?(?:^|[^a-z])response: /;
/**
 * The callout's words without its quoted response: before CALLOUT_TRANSCRIPT's "Response: " (at `end`),
 * and the callout's own last line (calloutOwnLastLine: "550 Your IP is listed at zen.spamhaus.org; sender
 * verify failed" is the receiver's, all of it). With the reply's codes gone, the quoted answer is guessed to
 * end at the receiver's "Sender verify failed" after it; all after "Response: " when that is not said
 * after it. One search: linear.
 */
function outsideCalloutResponse(words: string, end: number, ownLastLine?: string): string {
  if (ownLastLine !== undefined) return `${words.slice(0, end)} ${ownLastLine}`;
  const verify = new RegExp(SENDER_VERIFY_FAILED.source, 'g');
  verify.lastIndex = end;
  const said = verify.exec(words);
  return words.slice(0, end) + ' ' + (said ? words.slice(said.index) : '');
}
/** A sender's callout said not completed, the reply's own words for a temporary callout ("Could not complete sender verify callout"): no cause beside it. Linear. */
const SENDER_CALLOUT_INCOMPLETE = /(?:^|[^a-z])(?:could not|couldn't|cannot|can't|unable to|failed to|did not) complete (?:the |a )?sender (?:address )?(?:verify |verification )?call-?out(?![a-z])/g;
/** The callout's own reply code, continued ("451-Verification failed for …", "550-Called: …"), and its "Response: " with the quoted code. Bounded: linear. */
const CALLOUT_OWN_CODE = /(?:^|[^\w.])([45]\d\d)-(?:(?:sender )?verification failed for|called:)/i;
const CALLOUT_QUOTED_CODE = /(?:^|[^a-z])response: ?[245]\d\d(?=[ -])/i;
/**
 * The words of the callout's own last line, as the reply wrote it with its codes (`reply`): after the
 * quoted response, from where the callout's own code opens a line that ends the reply ("…Response: 452
 * Mailbox full\n451 Greylisted, …; could not complete sender verify callout": "greylisted, …"), on its own
 * line or joined on one ("… 451 Could not …"). The quoted answer ends there, whatever words of a sender's
 * callout it holds itself. Undefined when the reply does not show it (its codes gone). Three searches: linear.
 */
function calloutOwnLastLine(reply: string | undefined): string | undefined {
  if (reply === undefined) return undefined;
  const text = reply.slice(0, MAX_WORDS * 2);
  const own = CALLOUT_OWN_CODE.exec(text);
  if (!own) return undefined;
  const quoted = new RegExp(CALLOUT_QUOTED_CODE.source, 'gi');
  quoted.lastIndex = own.index + own[0].length;
  if (!quoted.exec(text)) return undefined;
  const last = new RegExp(String.raw`(?:^|\s)${own[1]} `, 'g');
  last.lastIndex = quoted.lastIndex;
  const line = last.exec(text);
  return line ? wordsForMatching(text.slice(line.index + line[0].length)) : undefined;
}
/** A spam verdict said in words ("rejected as spam", "identified as spam"), beside a callout. Linear. */
const CALLOUT_SPAM_VERDICT = /(?:^|[^a-z])(?:rejected|classified|identified|detected|flagged) as spam(?![a-z])/;
/** The receiver's anti-spam motive in brackets, no verdict ("(anti-spam measure)", "(spam protection)"). Bounded: linear. */
const SPAM_MOTIVE_ASIDE = /\((?:anti-?spam|spam)(?: (?:measure|protection|policy|check|control)s?)?\)/g;
/** A sender's verification or callout said ("Sender verify failed", "Could not complete sender verify callout"). Linear. */
const SENDER_CALLOUT_SAID = /(?:^|[^a-z])sender (?:address )?(?:verify|verification|call-?out|call-?back)(?![a-z])/;
const SENDER_VERIFY_FAILED = /(?:^|[^a-z])sender (?:address )?(?:verify|verification|call-?out|call-?back)(?: check)? failed(?![a-z])/;
/** The recipient named in another language ("Der Empfänger ist nicht erreichbar: …", "destinataire"). */
const RECIPIENT_ELSEWHERE = /(?:^|[^a-z])(?:empfänger|destinataire|destinatario|destinatário|ontvanger|mottagare|odbiorca)s?(?![a-z])/;
/** Authentication or a log-in said anywhere ("…; please authenticate", "… authentication required"): the log-in's reply. */
const AUTHENTICATION_SAID = /(?:^|[^a-z])(?:authenticat(?:e|ed|ion|ing)|auth(?![a-z])|log ?in|sign ?in)(?![a-z])/;
/**
 * The sender's own account said blocked, locked, suspended or disabled, not after a recipient's,
 * addressee's, mailbox's or destination's word ("Your account has been suspended", "Sending account
 * locked"): beside the unusual sending activity, the block that activity caused, not another cause
 * (rev-f23b F1); the mailbox-disabled vocabulary would read it so. Bounded: linear.
 */
const SENDERS_OWN_ACCOUNT_BLOCKED = /(?<!(?:recipient|addressee|mail ?box|destination)(?:'s)? (?:(?:your|the|this) )?(?:(?:sending|sender|smtp|e-?mail|mail) )?)(?<![a-z])(?:(?:your|the|this) )?(?:(?:sending|sender|smtp|e-?mail|mail) )?account (?:has been |is |was |is now )?(?:blocked|locked|suspended|disabled)(?![a-z])/g;
/**
 * An account said blocked, locked, suspended or disabled that is named the sender's: "your", "sender('s)",
 * "sending", "outgoing" or "SMTP" account, as SENDER_ACCOUNT_RESTRICTED names it ("Your account has been
 * suspended", "Sending account locked"); not "this", "the", "the user's" account nor a bare "account",
 * which a reply to RCPT TO says of the addressed mailbox. Bounded: linear.
 */
const SENDERS_ACCOUNT_NAMED_BLOCKED = /(?<![a-z])(?:your|sender(?:'s)?|sending|outgoing|smtp)(?: (?:e-?mail|mail|smtp|user|sending))? account (?:has been |is |was |is now )?(?:temporarily |permanently )?(?:blocked|locked|suspended|disabled)(?![a-z])/;
/**
 * The sender's sending said blocked for unusual activity (SENDING_ACTIVITY_BLOCKED) and no other cause
 * said anywhere in the words: nothing but the sender refused or not authorised reads them ("…; user
 * unknown", "…; network unreachable. To unblock …", "…; mailbox full" are other causes, rev-f23 R1; the
 * dictionary's order alone would let the sender's reading go first over some, and the phrase's own gap
 * may hold one). The sender's own account said blocked (SENDERS_OWN_ACCOUNT_BLOCKED) is cut first: it
 * is the same block, no other cause.
 */
function activityBlockAlone(words: string): boolean {
  const rest = words.replace(SENDERS_OWN_ACCOUNT_BLOCKED, ' ');
  return SENDING_ACTIVITY_BLOCKED.test(words) && VOCABULARY.first(rest, (other) => other.id !== 'sender-rejected' && other.id !== 'not-authorized') === null;
}
/**
 * The words' own first reading over an X.4.6 status: the sender refused, or the mailbox disabled, which
 * activityBlockAlone has shown is only the sender's own account said blocked ("550 5.4.6 Your account has
 * been suspended due to unusual sending activity. To unblock …", rev-f23b F1).
 */
const SENDER_OR_OWN_ACCOUNT: ReadonlySet<CauseId | null> = new Set<CauseId | null>(['sender-rejected', 'mailbox-disabled']);
/** A loop or a hop said ("This message is looping", "Too many hops"): an X.4.6 status's own meaning. */
const LOOP_WORDS = /(?:^|[^a-z])(?:loop(?:s|ed|ing)?|hops?)(?![a-z])/;
/** The word "sender" ("sender's"). */
const SAYS_SENDER = /(?:^|[^a-z])sender(?:'s|s)?(?![a-z])/;

/** Whether the reply's status, or a code in its words, is a recipient's: X.1.1 or X.1.10. */
function namesRecipientCode(status: string | undefined, words: string): boolean {
  return [status, ...enhancedCodes(words)].some((code) => code !== undefined && /^\d\.1\.10?$/.test(code));
}

/** A domain "not configured for mail" (domain-takes-no-mail's wording). */
const NOT_CONFIGURED_FOR_MAIL = /not (?:(?:properly|correctly|yet) )?(?:configured|set up) (?:for|to (?:accept|receive)) (?:e-?)?mail(?![a-z])/;

/**
 * An ASCII e-mail address in a header's value or a reply, whole: not one inside a longer address
 * with other letters ("me@a.example" in "jöme@a.example" or "me@a.exampleü.de"), so no letter,
 * digit or mark of any script just before it, nor after it (or after a "." or "-" that goes on).
 * Bounded parts, so linear.
 */
const ADDRESS = /(?<![\p{L}\p{N}\p{M}])[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?![\p{L}\p{N}\p{M}]|[.-][\p{L}\p{N}\p{M}])/giu;

/**
 * The sender's own addresses, as the report gives them: the report is sent to the envelope sender
 * (its To:), and the returned message's From:, Sender: and Return-Path: are the sender's. Not the
 * failed recipient's address (a message sent to oneself names it both ways: then it is the
 * recipient's). Lower case; at most a few.
 */
function senderAddresses(facts: BounceFacts, recipientAddress: string | undefined): string[] {
  const recipient = recipientAddress?.toLowerCase();
  const values = [headerValue(facts.headers, 'to'), ...['from', 'sender', 'return-path'].map((name) => headerValue(facts.returned?.headers ?? [], name))];
  const found = values.flatMap((value) => (value ? [...value.slice(0, 1_000).matchAll(ADDRESS)].map((match) => match[0].toLowerCase()) : []));
  return [...new Set(found)].filter((address) => address !== recipient && !/^(?:mailer-daemon|postmaster)@/.test(address)).slice(0, 8);
}

/**
 * A label that may open a reply before the address it is about ("Sender", "Envelope sender
 * address:", "Address"), when the address is then followed by its predicate ("Sender <me@a.example>:
 * No such user here"). Not "Mail from", which quotes a transcript or a message's way ("MAIL
 * FROM:<me@a.example> RCPT TO:<other@b.example>: User unknown").
 */
const ADDRESS_LABEL = /^(?:(?:envelope |smtp )?(?:sender|return-path|originator)(?: address)?|address) ?[:=]? ?[^a-z0-9]{0,3}$/;

/** Whether the reply is about one of the sender's addresses: it quotes it first, and not the recipient's. */
function namesSenderOnly(words: string, senders: readonly string[], recipientAddress: string | undefined, stage?: SmtpStage): boolean {
  if (senders.length === 0) return false;
  // The recipient's whole address, not one inside another ("e@a.example" in "me@a.example").
  const recipient = recipientAddress?.toLowerCase();
  if (recipient && [...words.matchAll(ADDRESS)].some((match) => match[0].toLowerCase() === recipient)) return false;
  // A reply that calls the address a recipient's and never a sender's is about a recipient (a
  // message sent to oneself, or a report that names no recipient of its own).
  if (RECIPIENT_WORDS.test(words) && !SENDER_WORDS.test(words)) return false;
  // The address the reply is about is its subject, first after the reply's codes: Postfix's and
  // Sendmail's "<me@a.example>: …", "<me@a.example>... No such user here", the reply's first word, or
  // after a label that opens the reply, then a colon ("Sender <me@a.example>: …"). One quoted
  // later, even before a colon ("Recipient unknown, sender <me@a.example>: see log", "User unknown
  // (sender: <me@a.example>)"), only says who sent.
  const first = new RegExp(ADDRESS.source, 'iu').exec(words);
  if (!first || !senders.includes(first[0].toLowerCase())) return false;
  const before = words.slice(0, first.index).replace(/^[245]\.\d{1,3}\.\d{1,3} ?/, '');
  if (/^[^a-z0-9]{0,3}$/.test(before)) return true;
  const end = first.index + first[0].length;
  if (!ADDRESS_LABEL.test(before) || !/^>?(?::|\.\.\.)/.test(words.slice(end, end + 4))) return false;
  // After a label and the sender's address, a predicate that names a recipient and not the sender
  // ("Sender <me@a.example>: recipient unknown") says who sent the mail whose recipient failed. Not
  // in reply to MAIL FROM (only the sender was given), nor a recipient named only in a reply the
  // server quotes ("… host mx.a.example said: <me@a.example>: Recipient address rejected", the
  // sender's own server asked of the sender as a recipient), in an aside ("no such user (recipients
  // of this domain only)"), by a callout or verification of the sender ("callout verification:
  // recipient unknown"), or beside the sender's own address named again.
  if (stage === 'mail') return true;
  const rest = words.slice(end).replace(QUOTED_REPLY, '');
  const outside = rest.replace(ASIDE, ' ');
  const predicate = SAYS_MORE.test(outside.replace(REFUSAL_ONLY, ' ')) && !LABEL_ASIDE.test(rest) ? outside : rest;
  if (CALLOUT.test(predicate) || [...predicate.matchAll(ADDRESS)].some((match) => senders.includes(match[0].toLowerCase()) && subjectAt(predicate, match.index, match[0].length))) return true;
  return !(RECIPIENT_WORDS.test(predicate) && !SENDER_WORDS.test(predicate));
}

/**
 * Whether the address at index (of length) in text is the subject of what follows or of a "for": "<me@a.example>:
 * …", "<me@a.example>... …", "… for <me@a.example>". Not one named for where to write ("reply-to
 * me@a.example", "Bounce to me@a.example").
 */
function subjectAt(text: string, index: number, length: number): boolean {
  return /^>?(?::|\.\.\.)/.test(text.slice(index + length, index + length + 4)) || /(?:^|[^a-z])for <?$/.test(text.slice(Math.max(0, index - 5), index));
}

/**
 * Whether an anti-virus program's trouble (ANTIVIRUS_TROUBLE) is what the reply says: outside its
 * asides, or in one beside only a retry asked or a bare refusal ("Message rejected (anti-virus not
 * ready)": the aside is then the reason).
 */
function antivirusTroubleSaid(words: string): boolean {
  const main = words.replace(ASIDE, ' ');
  if (ANTIVIRUS_TROUBLE.test(main)) return true;
  const bare = ONLY_RETRY.test(main) || !SAYS_MORE.test(main.replace(REFUSAL_ONLY, ' '));
  return bare && ANTIVIRUS_TROUBLE.test(words);
}

/** Nothing but codes and an ask to try later ("551 5.7.1 Please retry later"). */
const ONLY_RETRY = /^[^a-z]{0,40}(?:please )?(?:try|retry|send) (?:(?:it|again|this|the message) )?(?:again )?later[^a-z]{0,40}$/;

/** A reply another server gave, quoted from where the server says so, with a colon, to the end ("… said: 550 …"). */
const QUOTED_REPLY = /(?:^|[^a-z])(?:said|replied|responded|answered):[^]*$/;
/** An aside in brackets (bounded, no nesting: linear). */
const ASIDE = /\([^()]{0,200}\)/g;
/** An aside that only labels what the reply is about ("User unknown (recipient)"): part of the predicate. */
const LABEL_ASIDE = /\(\s{0,3}(?:the |a )?(?:recipients?|rcpt|sender)(?: address)?\s{0,3}\)/;
/** Words that only refuse or fail, no subject: "rejected (recipient unknown)" says its reason in the aside. */
const REFUSAL_ONLY = /(?:^|[^a-z])(?:rejected|refused|denied|blocked|failed|failure|error|permanent|fatal|message|mail|delivery|smtp|not delivered|undeliverable)(?![a-z])/g;
/** Any word of two letters or more left. */
const SAYS_MORE = /[a-z]{2}/;
/**
 * A callout or verification of the sender's address (its own server asked as of a recipient):
 * "callout", "call-back", "sender verification", "verify sender", "verification of the sender". Not
 * any verif… word ("Please verify the address", "recipient address not verified").
 */
const CALLOUT = /(?:^|[^a-z])(?:call-?(?:out|back)s?|sender (?:address )?verif(?:y|ication|ier)|verif(?:y|ying|ication of)(?: the)? sender|(?:address )?verification failed)(?![a-z])/;

/**
 * Whether the cause the words name first rests only on wording the reply's structure overrides: the
 * word spam alone beside X.4.x or greylisting (spamWordAlone), or a MIME type refused or the parts
 * counted (policy-rejection's MIME_TYPE_REFUSED, TOO_MANY_PARTS) in a temporary reply ("451 4.3.0 Too
 * many MIME parts, try again later": the receiver's trouble) or under an X.6.x code ("554 5.6.0 Too
 * many MIME parts": the message's form, malformed-content); or a malicious-content procedure only
 * named (MALICIOUS_PROCEDURE) or an anti-virus procedure that failed (VIRUS_PROCEDURE_FAILED) in a
 * temporary reply ("451 4.7.1 malicious macro check failed, try later", "451 4.7.1 Virus filter
 * failed": the server asks for a retry, no finding said); or a DNS list named only as what a lookup
 * failed on (LIST_LOOKUP_FAILED: "421 DNS error on zen.spamhaus.org", no listing said); or a failed lookup of an SPF, DKIM or DMARC
 * record beside a verdict of another cause on the message or the sender ("550 5.7.0 DKIM key retrieval
 * failed; Spam detected"). Then the next cause the words name, or the code, decides.
 */
function weakReading(said: CauseId, status: string | undefined, temporary: boolean, words: string, vocabulary: Vocabulary): boolean {
  // An RFC only cited as violated beside the fault of the message's form it names ("554 5.0.0 Message
  // rejected, bare LF detected (violates RFC 5322 2.3)", LBBS): the fault, which says more (rfcCitedBesideForm).
  if (said === 'not-rfc-compliant') return rfcCitedBesideForm(words, vocabulary);
  // Spam said not to be found ("550 No such user here; no spam found", "zero spam detected", "spam: no"): no verdict.
  if (said === 'spam-content') return spamWordAlone(said, status, words, vocabulary) || !vocabulary.says(said, words.replace(NO_SPAM_FOUND, blank));
  if (said === 'authentication-failed') {
    if (!recordLookupOnly(words)) return false;
    const next = vocabulary.first(words, (entry) => entry.id !== said);
    // Not the word spam alone ("<spam>"), nor said not to be ("(message not spammy)"): a verdict said with more.
    // Nor a DNS list named only as what a lookup failed on ("DKIM key retrieval failed; DNS error on zen.spamhaus.org").
    // Nor a block list named only aside (listingNamedOnlyAside: a test in a filter's list of matched tests).
    return next !== null && VERDICT_CATEGORIES.has(cause(next).category) && (next !== 'spam-content' || spamSaidBeyondWord(words.replace(NOT_SPAM, (said) => ' '.repeat(said.length)))) && (next !== 'blocklisted' || !(listLookupOnly(words, vocabulary) || listingNamedOnlyAside(words, vocabulary)));
  }
  if (said === 'blocklisted') return listLookupOnly(words, vocabulary) || listingNamedOnlyAside(words, vocabulary);
  // A client that gave no HELO first (NO_HELO_FIRST) beside another cause, said before or after it ("550
  // send HELO first; message rejected as spam", "550 Bad sequence of commands: need HELO first"), or in a
  // temporary reply ("450 Need HELO first", "421 No HELO …, closing connection"): the other reason, or the
  // code. A missing HELO is weak evidence about the client; only a refusal that says nothing else judges it.
  // Nor under Microsoft's 5.4.1 "Access denied" (microsoftRecipientRejected: "550 5.4.1 Recipient address
  // rejected: Access denied", Directory-Based Edge Blocking) when only the HELO words say the client: the
  // recipient refused, the code's cause.
  // Nor a server that says it will not talk to the client (WONT_TALK_TO_YOU) under an X.3.x status ("451
  // 4.3.0 will not talk to you"), when nothing else says the client refused: the receiving system's
  // trouble, the code's.
  if (said === 'client-blocked') return clientRefusedOnlyAtRecipientsRequest(words, vocabulary) || microsoftRecipientRejected(status, words, vocabulary) || saidOnlyBy(said, words, vocabulary, temporary) || saidOnlyUnderSystemStatus(said, status, words, vocabulary);
  if (said === 'virus-detected') {
    // In any reply, a finding said not to be ("0 viruses found", "Virus: No.", "X-Virus-Status: Clean")
    // or the scanner only named ("(clamav)") is no verdict (virusOnlyDenied).
    if (virusOnlyDenied(words, vocabulary)) return true;
    if (!temporary) return false;
    // URLs read as nothing; a finding or a signature anywhere in the reply, or a refusal, keeps the verdict.
    // A host name is no signature ("Virus scan failed: trojan.example.net timeout"); a signature's name is.
    const outside = withoutNames(withoutNames(words, 'links'), 'signatures');
    if (VIRUS_FINDING_OR_REFUSAL.test(outside)) return false;
    // Nor, once the procedure is blanked, a finding denied ("no malware found", "virus not found") or
    // the scanner named ("Virus scan failed (clamav)").
    return !vocabulary.says('virus-detected', virusTroubleBlanked(outside).replace(MALICIOUS_PROCEDURE, blank).replace(VIRUS_PROCEDURE_FAILED, blank));
  }
  // Told to log in to send (LOG_IN_TO_SEND) beside another cause or in a temporary reply ("450 4.2.0
  // Greylisted; you must log in to use this server without greylisting"): the other reason, or the delay.
  // Alone in a 4xx it is the reason ("454 4.7.0 You must authenticate first to relay mail": RFC 4954's
  // temporary authentication failure), so the class alone is no ground to step aside.
  // Under a status that names a cause of its own (X.1.x to X.4.x, an X.7.x other than X.7.0 and X.7.1:
  // "452 4.4.5 Maximum number of messages per session exceeded; you must log in to send mail") the
  // code's cause; not under X.5.x (Gmail's "530 5.5.1 Authentication Required").
  if (said === 'smtp-auth-required') return saidOnlyBy(said, words, vocabulary, codeOutweighsLogIn(status, words, (NARROW_READINGS.get(said) as { all: RegExp }).all, vocabulary));
  // No permission to send (PERMISSION_TO_SEND) beside another cause, under an X.4.x code ("550 5.4.1
  // Recipient address rejected: Access denied. You do not have permission to send") or in a temporary reply.
  if (said === 'recipient-filter') return saidOnlyBy(said, words, vocabulary, temporary || (status !== undefined && /^\d\.4\.\d{1,3}$/.test(status)));
  // A check of the sender said not done for now (SENDER_CHECK_NOT_NOW) in a temporary reply or beside
  // another cause: the delay, or the other reason; under a 5xx or with no code, the sender refused.
  if (said === 'sender-rejected') return saidOnlyBy(said, words, vocabulary, temporary);
  // Unable to receive for the address (CANNOT_RECEIVE_FOR), or an address not recognised or identified
  // (ADDRESS_NOT_RECOGNIZED), beside another cause, or under a status that does not already say the address
  // is not there or says nothing (RECEIVE_FOR_STATUS: a DSN's Status 5.7.1 under "550 Cannot receive for this
  // mailbox" or "550 The address you specified could not be recognized" is the refusal, not-authorized): the
  // other reason, or the code. Under a code of its own it steps aside in step 1 (saidOnlyByNarrow: "552 5.2.2
  // …" the mailbox full).
  if (said === 'unknown-recipient') return saidOnlyBy(said, words, vocabulary, status !== undefined && !RECEIVE_FOR_STATUS.test(status));
  // An error connecting to a remote host (ERROR_CONNECTING_TO_REMOTE) beside another cause, under a status
  // it does not stand under (its statuses in NARROW_READINGS, NETWORK_STATUS: "451 4.3.0 …", "451 4.3.2 …", "550 5.3.0 …", a temporary 4.7.1),
  // or in a sender verification callout (CALLOUT: the callout's own reading): the other reason, or the code.
  // A retry said beside it ("…; will try again later") is no other reason: the failed connection is why.
  // A connection said only as not made ("unable to connect", UNABLE_TO_CONNECT) under an X.3.x status, the
  // receiver's own system ("451 4.3.0 Unable to connect to database"): the code's reading (saidOnlyUnderSystemStatus).
  if (said === 'network-error' && saidOnlyUnderSystemStatus(said, status, words, vocabulary)) return true;
  if (said === 'network-error') return saidOnlyBy(said, words, vocabulary, (status !== undefined && !standsUnder(said, status)) || CALLOUT.test(words), (entry) => entry.id !== 'delivery-delayed' && entry.id !== 'delivery-expired');
  if (said !== 'policy-rejection') return false;
  // A header not allowed (HEADER_NOT_ALLOWED) beside another cause, or under an X.4.x code ("550 4.4.7
  // QUEUE.Expired; Bcc not allowed"): the other reason, or the code's.
  if (saidOnlyBy(said, words, vocabulary, status !== undefined && /^\d\.4\.\d{1,3}$/.test(status))) return true;
  if (!(temporary || (status !== undefined && /^\d\.6\.\d{1,3}$/.test(status)))) return false;
  const policy = cause('policy-rejection');
  const narrow = [MIME_TYPE_REFUSED, TOO_MANY_PARTS, HEADER_NOT_ALLOWED];
  return narrow.some((pattern) => pattern.test(words)) && ![...(policy.concepts ?? []), ...(policy.phrases ?? [])].some((pattern) => !narrow.includes(pattern) && pattern.test(words));
}

/** An X.3.x status ("mail system status", RFC 3463): the receiver's own system. */
const SYSTEM_STATUS = /^\d\.3\.\d{1,3}$/;

/**
 * The statuses under which an error connecting to a remote host (ERROR_CONNECTING_TO_REMOTE) may decide: X.0.0,
 * which says nothing, and X.4.x ("network and routing status", RFC 3463), which already says the network is
 * the trouble. Under X.3.x ("mail system status": the receiver's own system) or any other the code's reading
 * stands.
 */
const NETWORK_STATUS = /^\d\.(?:0\.0|4\.\d{1,3})$/;

/**
 * A narrow reading: its phrase, a global copy of it to blank every place it is said (made once, not per
 * reply), and, for a reading that stands under some codes, the statuses it stands under: beside a code of
 * its own category it refines that code only under them (step 1), and read from the words alone it
 * decides only under them or no code (weakReading). A reading without them steps aside under every code
 * whose own cause differs.
 */
interface NarrowReading {
  readonly first: RegExp;
  readonly all: RegExp;
  readonly statuses?: RegExp;
}

/**
 * The readings of one narrow phrase each, which step aside beside another cause (saidOnlyBy), with the
 * statuses a reading stands under, if any (NarrowReading).
 */
const NARROW_READINGS: ReadonlyMap<CauseId, NarrowReading> = new Map(
  ([
    // Told to log in to send, or to fetch its mail first (POP-before-SMTP): one narrow reading.
    ['smtp-auth-required', new RegExp(`${LOG_IN_TO_SEND.source}|${POP_BEFORE_SMTP.source}`)],
    // No permission to send, or a block said to be at the recipient's request (LISTED_AT_RECIPIENTS_REQUEST).
    ['recipient-filter', new RegExp(`${PERMISSION_TO_SEND.source}|${LISTED_AT_RECIPIENTS_REQUEST.source}`)],
    // A check of the sender said not done for now (SENDER_CHECK_NOT_NOW).
    ['sender-rejected', SENDER_CHECK_NOT_NOW],
    // Unable to receive for the address (CANNOT_RECEIVE_FOR), or an address that could not be recognised or
    // identified (ADDRESS_NOT_RECOGNIZED): also a full or disabled mailbox's wording, or a refusal's.
    // …or a recipient's address said to have no domain (RECIPIENT_WITHOUT_DOMAIN).
    ['unknown-recipient', new RegExp(`${CANNOT_RECEIVE_FOR.source}|${ADDRESS_NOT_RECOGNIZED.source}|${RECIPIENT_WITHOUT_DOMAIN.source}`)],
    // An error connecting to a remote host (ERROR_CONNECTING_TO_REMOTE): also how a receiver names its own
    // services' trouble, so it stands only under no code, X.0.0 or X.4.x (NETWORK_STATUS): it refines an
    // X.4.x code ("451 4.4.0 Error 110 connecting to port 25 on …") and steps aside under X.3.x.
    ['network-error', ERROR_CONNECTING_TO_REMOTE, NETWORK_STATUS],
    ['policy-rejection', HEADER_NOT_ALLOWED],
    // The receiving system's load said too high (SYSTEM_LOAD_TOO_HIGH): under a code of another cause of its
    // category ("451 4.4.7 …" an expiry, "452 4.3.1 …" storage) the code's.
    ['remote-system-error', SYSTEM_LOAD_TOO_HIGH],
    // A client that gave no HELO or EHLO first (NO_HELO_FIRST), decided in weakReading (client-blocked is
    // read in step 2, not refined under a code of its own, so this entry alone would set nothing aside).
    ['client-blocked', NO_HELO_FIRST],
  ] as ReadonlyArray<readonly [CauseId, RegExp, RegExp?]>).map(([id, pattern, statuses]) => [id, { first: pattern, all: new RegExp(pattern.source, 'g'), ...(statuses ? { statuses } : {}) }]),
);

/**
 * Whether the narrow reading of `id` stands under `status`: a status given, one of the reading's statuses
 * (NarrowReading). No status is no code to stand under; each caller says what it does without one (step 1
 * steps aside, weakReading decides).
 */
function standsUnder(id: CauseId, status: string | undefined): boolean {
  const statuses = NARROW_READINGS.get(id)?.statuses;
  return status !== undefined && statuses !== undefined && statuses.test(status);
}

/**
 * An Internet message format RFC cited, with what the message does to it before or after ("violates RFC
 * 5322 2.3", "not RFC 5322 compliant", "RFC 2822 violation", "does not conform to RFC 822 section 3"):
 * only the rule's name, not the fault. Bounded: linear.
 */
const RFC_CITED = /(?:^|[^a-z])(?:(?:violat\w*|breaks?|violation of|(?:not|non-?|doesn'?t|does not|fails? to|failed to) ?(?:conform\w*|comply|compliant)(?: (?:to|with))?)(?: the)? )?rfc[ -]?(?:5322|2822|822)(?:,? section)?(?: ?[0-9][0-9.]{0,9})?(?: (?:compliant|compliance|violation|format|conform\w*))?(?![a-z0-9])/g;

/**
 * Whether not-rfc-compliant is said only by an RFC cited (RFC_CITED) beside a fault of the message's form
 * that malformed-content reads (a bare LF or CR, an overlong line, 8-bit data): the fault says more than
 * the rule it breaks. A header fault said beside the RFC ("Missing Date header, violates RFC 5322") keeps
 * not-rfc-compliant: it is said without the citation too.
 */
function rfcCitedBesideForm(words: string, vocabulary: Vocabulary): boolean {
  const blanked = words.replace(RFC_CITED, blank);
  return blanked !== words && !vocabulary.says('not-rfc-compliant', blanked) && vocabulary.says('malformed-content', blanked);
}

/**
 * The statuses under which "cannot receive for this address" (CANNOT_RECEIVE_FOR), "address could not be
 * recognized" (ADDRESS_NOT_RECOGNIZED) or "recipient address has no domain" (RECIPIENT_WITHOUT_DOMAIN) may
 * decide: X.0.0, which says nothing, X.1.0 ("other address status"), X.1.1 ("bad destination mailbox
 * address") and X.1.3 ("bad destination mailbox address syntax", RFC 3463), which already say the address is
 * the trouble, and X.1.5 ("destination address valid"), a success's detail that under a failure names no
 * cause (python-slimta's "550 5.1.5 Recipient address has no domain"). Under any other the code's reading
 * stands.
 */
const RECEIVE_FOR_STATUS = /^\d\.(?:0\.0|1\.[0135])$/;

/** Each "will not talk to you" said (WONT_TALK_TO_YOU), to blank. */
const WONT_TALK_TO_YOU_ALL = new RegExp(WONT_TALK_TO_YOU.source, 'g');

/** Each connection said not made (UNABLE_TO_CONNECT) or error said connecting to a remote host (ERROR_CONNECTING_TO_REMOTE), to blank. */
const CONNECT_FAILED_ALL = new RegExp(`${UNABLE_TO_CONNECT.source}|${ERROR_CONNECTING_TO_REMOTE.source}`, 'g');

/**
 * The causes a receiver's words may say of its own system under an X.3.x status (SYSTEM_STATUS): each place
 * the cause is said that way (all, to blank), and what, said anywhere, names the cause after all (unless).
 * - client-blocked: a server that says it will not talk to the client (WONT_TALK_TO_YOU: "451 4.3.0",
 *   "421 4.3.2 System not accepting network messages").
 * - network-error: a connection said not made ("unable to connect", "could not connect": UNABLE_TO_CONNECT,
 *   or an error connecting to a remote host), the receiver's own system ("451 4.3.0 Unable to connect to
 *   database", "452 4.3.1 could not connect to the mail store"); one not made to a remote host named as such
 *   (UNABLE_TO_CONNECT_TO_REMOTE: "451 4.3.0 Could not connect to mx.b.example") is the connection. Said
 *   otherwise too ("Connection timed out"), or under X.4.x, it is the connection.
 */
const SAID_OF_OWN_SYSTEM: ReadonlyMap<CauseId, { readonly all: RegExp; readonly unless?: RegExp }> = new Map([
  ['client-blocked', { all: WONT_TALK_TO_YOU_ALL }],
  ['network-error', { all: CONNECT_FAILED_ALL, unless: UNABLE_TO_CONNECT_TO_REMOTE }],
]);

/**
 * Whether `id` is said only in the words a receiver uses of its own system (SAID_OF_OWN_SYSTEM) under an
 * X.3.x status (SYSTEM_STATUS): the code's reading stands.
 */
function saidOnlyUnderSystemStatus(id: CauseId, status: string | undefined, words: string, vocabulary: Vocabulary): boolean {
  const own = SAID_OF_OWN_SYSTEM.get(id);
  if (own === undefined || status === undefined || !SYSTEM_STATUS.test(status)) return false;
  if (own.unless?.test(words)) return false;
  const blanked = words.replace(own.all, blank);
  return blanked !== words && !vocabulary.says(id, blanked);
}

/**
 * Whether `id` is said only by its narrow reading (NARROW_READINGS) beside a code of its own category whose
 * own cause differs: it steps aside, unless it stands under that code (its statuses: NarrowReading).
 */
function saidOnlyByNarrow(id: CauseId, status: string | undefined, words: string, vocabulary: Vocabulary): boolean {
  return NARROW_READINGS.has(id) && !standsUnder(id, status) && saidOnlyBy(id, words, vocabulary, true);
}

const POSTFIX_PREFIX = /(?:client host|sender address|recipient address|helo command) rejected:/g;

/**
 * A command said refused with no reason of its own, a clause by itself ("MAIL FROM rejected", "RCPT
 * command rejected"): it names the command, not why. Bounded: linear.
 */
const BARE_COMMAND_REFUSED = /(?<=(?:^|[0-9;.,!:(]) ?)(?:mail from|mail|rcpt(?: to)?)(?: command)? (?:rejected|refused)(?= ?(?:$|[;.,!:)]))/g;

/** An enhanced status whose subject and detail name a cause of their own (see the log-in reading in weakReading). */
const CODE_WITH_OWN_CAUSE = /^\d\.(?:[1-4]\.\d{1,3}|7\.(?![01]$)\d{1,3})$/;

/**
 * Whether `status` outweighs the log-in the words ask for (CODE_WITH_OWN_CAUSE). X.3.0, "other or
 * undefined mail system status" (RFC 3463), names no cause of its own: only beside words of the
 * receiver's own trouble ("451 4.3.0 Problem running virus-scanner; you must log in to send mail"), not
 * beside nothing but the log-in and names ("553 5.3.0 <s@a.example>... Please receive your mail before
 * sending").
 */
function codeOutweighsLogIn(status: string | undefined, words: string, logIn: RegExp, vocabulary: Vocabulary): boolean {
  if (status === undefined || !CODE_WITH_OWN_CAUSE.test(status)) return false;
  if (!/^\d\.3\.0$/.test(status)) return true;
  const rest = words.replace(logIn, blank);
  return antivirusTroubleSaid(rest) || vocabulary.says('remote-system-error', rest);
}

/** Each missing HELO said (NO_HELO_FIRST), to blank. */
const NO_HELO_FIRST_ALL = new RegExp(NO_HELO_FIRST.source, 'g');

/** A run of blanks as long as what it replaces. */
const blank = (named: string): string => ' '.repeat(named.length);

/**
 * Whether `id` is said only by its narrow phrase (NARROW_READINGS; no other wording of it once that is blanked), and then
 * `overridden` or the rest of the words name another cause: a narrow reading that steps aside.
 * Postfix's generic prefixes ("Client host rejected:", "Sender address rejected:", "Recipient address
 * rejected:") say where, not why: no other cause.
 */
function saidOnlyBy(id: CauseId, words: string, vocabulary: Vocabulary, overridden: boolean, besides: (entry: Cause) => boolean = () => true): boolean {
  const own = NARROW_READINGS.get(id);
  if (own === undefined) return false;
  const blanked = words.replace(own.all, blank);
  if (blanked === words || vocabulary.says(id, blanked)) return false;
  if (overridden) return true;
  // Another cause said only by its own narrow reading later in the reply is no other cause: two of
  // them would set each other aside and leave none ("550 Bcc not allowed; you must log in to send
  // mail"): the one said first stands.
  // Nor spam said not to be found ("you must log in to send mail; Spam: no": NO_SPAM_FOUND).
  // Nor a virus finding denied or the scanner only named ("…; 0 viruses found", "(clamav)": virusDenialBlanked).
  // Nor, beside a missing HELO, the command it refused said with no reason of its own ("550 No HELO
  // given: MAIL FROM rejected", "Need HELO first: MAIL FROM command rejected": BARE_COMMAND_REFUSED).
  let rest = virusDenialBlanked(blanked.replace(POSTFIX_PREFIX, blank).replace(NO_SPAM_FOUND, blank));
  if (id === 'client-blocked') rest = rest.replace(BARE_COMMAND_REFUSED, blank);
  const at = words.search(own.first);
  for (const [other, narrow] of NARROW_READINGS) {
    if (other === id) continue;
    const without = rest.replace(narrow.all, blank);
    if (without !== rest && words.search(narrow.first) > at && !vocabulary.says(other, without)) rest = without;
  }
  return vocabulary.first(rest, (entry) => entry.id !== id && besides(entry)) !== null;
}

/**
 * A finding of a virus anywhere in the reply (a signature's name, "detected", "found"), or a refusal:
 * an anti-virus procedure that failed is then the message that failed it. Every gap bounded: linear.
 */
const VIRUS_FINDINGS = [
  // A finding said, not denied ("virus found", not "no virus found", "socket not found", "timeout detected").
  String.raw`(?<!(?:^|[^a-z0-9])(?:no|not|nothing|zero|0) )(?<![a-z])(?:virus(?:es)?|malware|infections?|threats?|signatures?) (?:was |were |is |has been )?(?:found|detected)(?![a-z])(?!: ?(?:no|none|false|0)(?![a-z0-9]))`,
  // A signature's token beside found/detected ("Trojan.Agent found", "FOUND: Win.Test.EICAR_HDB-1").
  String.raw`(?<![a-z0-9_.-])[a-z0-9]{1,30}\.[a-z0-9_.-]{1,60} (?:found|detected)(?![a-z])`,
  String.raw`(?:^|[^a-z])(?:found|detected):? [a-z0-9]{1,30}\.[a-z0-9]`,
  // A signature named: EICAR, ClamAV's Platform.Category.Name-N (the category one of ClamAV's, so a host
  // such as av.node.example-1 is none).
  String.raw`(?:^|[^a-z])(?:eicar|win\.|trojan)(?![a-z])`,
  String.raw`(?<![a-z0-9])[a-z]{1,30}\.(?:phishing|trojan|exploit|malware|worm|downloader|dropper|test|virus|spyware|adware|ransomware|packed|keylogger|coinminer|backdoor|macro|pua|infostealer|loader|rootkit|heuristics?|suspicious)\.[a-z0-9_.-]{0,60}-\d`,
];
/**
 * A finding said (VIRUS_FINDINGS), or the scanner named as what refused or found something ("rejected
 * by ClamAV", "Message rejected (clamav)", "clamav-milter found …"): the scanner's name is then the
 * verdict's agent. Linear: no gap.
 */
const VIRUS_FINDING = new RegExp([
  ...VIRUS_FINDINGS,
  String.raw`(?:^|[^a-z])(?:rejected|refused|blocked|quarantined|stopped|caught|flagged|detected|denied) by (?:the )?(?:clamav|clamd)`,
  String.raw`(?:^|[^a-z])(?:message|mail|e-?mail)(?: was| has been| is)? (?:rejected|refused|blocked|quarantined)(?:: ?| ?[(\[] ?| - )(?:clamav|clamd)`,
  // The scanner as the one that refused ("ClamAV rejected your message", "[ClamAV] Message rejected"),
  // or named right after a bare refusal that opens the reply ("Rejected (ClamAV)", "Refused: clamav").
  String.raw`(?:^|[^a-z])(?:clamav|clamd)(?:-milter)?\]?:? (?:has )?(?:rejected|refused|denied|blocked|quarantined)(?![a-z])`,
  String.raw`(?:^|[^a-z])(?:clamav|clamd)(?:-milter)?\]?:? (?:message|mail|e-?mail)(?: was| has been| is)? (?:rejected|refused|blocked|quarantined)(?![a-z])`,
  String.raw`^(?:rejected|refused|denied)(?:: ?| ?[(\[] ?| - )(?:clamav|clamd)(?![a-z])`,
  String.raw`(?:^|[^a-z])(?:clamav|clamd)(?:-milter|scan)?:? (?:has )?(?:found|detected|reports?|reported|flagged)(?![a-z])`,
].join('|'));
const VIRUS_FINDING_OR_REFUSAL = new RegExp([
  ...VIRUS_FINDINGS,
  // A refusal of the message itself ("Message rejected:", a leading "Rejected:"), not of a connection
  // or an access ("connection refused by clamd", "Access denied", "message not rejected").
  String.raw`(?:^|[^a-z])(?:message|mail|e-?mail)(?: was| has been| is)? (?:rejected|refused|blocked|quarantined)(?![a-z])`,
  String.raw`(?:^|[^a-z] ?)rejected:`,
].join('|'));

/**
 * The scanner's own trouble said beside a procedure that failed, no refusal or finding of the message
 * ("connection was refused by clamd", "Access denied", "Permission denied", "not infected", "worm
 * scanner offline"): blanked before the rest is read for a verdict. Linear: no gap.
 */
const SCANNER_TROUBLE = /(?:^|[^a-z])(?:connect(?:ion)?(?: was| has been| is)? refused|(?:access|permission) denied|not infected|(?:worm|virus|malware|trojan) (?:scanner|filter|engine|scan)s? (?:is |was )?(?:offline|down|unavailable|not running|not responding|not ready|disabled))(?![a-z])/g;

/**
 * A finding said not to be: "no malware found", "0 viruses found", "virus not found", "infected file
 * not found". Bounded: linear.
 */
const NO_VIRUS_FOUND = /(?:^|[^a-z0-9])(?:(?:no|not|nothing|zero|0) (?:virus(?:es)?|malware|infections?|infected files?|threats?)(?: (?:was|were|is|are|has been|have been))?|(?:virus(?:es)?|malware|infections?|infected files?|threats?) (?:was |were |is |are |has |have )?(?:not|never)(?: been)?) (?:found|detected)(?![a-z])/g;

/** The scanner's product named ("clamav", "clamd", "clamav-milter"), no finding by itself: blanked as SCANNER_TROUBLE. */
const SCANNER_NAMED = /(?:^|[^a-z])(?:clamav(?:-milter)?|clamd(?:scan)?)(?![a-z])/g;

/**
 * A virus field answered no, as NO_SPAM_FOUND reads a spam field: "Virus: No", "Virus: No." (a full
 * stop after a colon, not before a number: "Virus: No. 42" is the abbreviation), "X-Virus-Status:
 * Clean", "virus found: none", "Virus=No", and before a field separator ("Virus: No | Score: 12",
 * "Virus: No - see …"). Not "Virus? No." (the question answered, a verdict). Bounded: linear.
 */
const NO_VIRUS_FIELD = /(?:^|[^a-z])virus(?:es)?(?:[ -](?:status|flag|verdict|result|scan|check))? ?(?:(?:was |were )?(?:found|detected) ?)?(?:[?:=] ?(?:no|none|false|0|clean)(?= {0,8}(?:$|[;)\]|]|,(?! {0,8}(?:thanks?|thank you|way)(?![a-z]))| [a-z][a-z0-9-]{0,40}[:=]|- ))|: ?(?:no|none|false|0|clean)(?=\.(?:$| (?!\d))))/g;

/** The words with a finding denied, a virus field answered no and the scanner named blanked (NO_VIRUS_FOUND, NOT_INFECTED, NO_VIRUS_FIELD, SCANNER_NAMED). */
const virusDenialBlanked = (words: string): string => words.replace(NO_VIRUS_FOUND, blank).replace(NOT_INFECTED, blank).replace(NO_VIRUS_FIELD, blank).replace(SCANNER_NAMED, blank);

/**
 * Said not to be infected ("not infected", "never been infected"), or the header that says a scan was
 * done ("X-Virus-Scanned: clamav-milter …", echoed): no finding. Linear: no gap.
 */
const NOT_INFECTED = /(?:^|[^a-z])(?:(?:not|never|no longer)(?: been)? infected|x-virus-scanned)(?![a-z])/g;

/** The words with a finding denied, the scanner named and its trouble blanked (virusDenialBlanked, SCANNER_TROUBLE). */
const virusTroubleBlanked = (words: string): string => virusDenialBlanked(words).replace(SCANNER_TROUBLE, blank);

/**
 * Whether the words say virus-detected only by a finding denied, a virus field answered no or the
 * scanner named (virusDenialBlanked), no finding said (VIRUS_FINDING): "550 No such user; 0 viruses
 * found", "550 Rejected; Spam: Yes. Virus: No.", "(clamav)"; not "no virus found but infected
 * attachment", "rejected by ClamAV", "ClamAV: Eicar-Test-Signature FOUND". Outside links and host names.
 */
function virusOnlyDenied(words: string, vocabulary: Vocabulary): boolean {
  const outside = withoutNames(withoutNames(words, 'links'), 'signatures');
  return !VIRUS_FINDING.test(outside) && !vocabulary.says('virus-detected', virusDenialBlanked(outside));
}

/**
 * Microsoft's recipient refused (Directory-Based Edge Blocking: "550 5.4.1 Recipient address rejected: Access
 * denied. AS(201806281)"): the status 5.4.1 with "access denied" said. RFC 3463's X.4.1 is "no answer from
 * host", so the code alone is not specific (SPECIFIC_CODES); with those words it is Microsoft's, and a
 * missing HELO said beside it (a narrow reading) gives way to it: only when the client reading rests on
 * the HELO words alone ("550 5.4.1 Client host rejected: Access denied" is Postfix's client access
 * refusal, client-blocked with or without a HELO said). Linear.
 */
const microsoftRecipientRejected = (status: string | undefined, words: string, vocabulary: Vocabulary): boolean => status === '5.4.1' && /(?:^|[^a-z])access denied(?![a-z])/.test(words) && !vocabulary.says('client-blocked', words.replace(NO_HELO_FIRST_ALL, blank));

/**
 * The recipient unknown over the mailbox disabled when a reply says both ("550 Your Yahoo account is
 * locked; user unknown", "User unknown; account disabled", "Unknown user or account disabled"), in either
 * order, under no status or an X.0.x or X.1.x one (expl28, issue 11; an X.7.x status is a policy's
 * refusal, which a disabled account is: "550 5.7.1 Account disabled, user unknown" stays
 * mailbox-disabled, fixe28). RFC 3463 X.1.1 says the address names no mailbox, permanently; X.2.1 says "the mailbox exists, but is not accepting messages" and may be temporary: a
 * reply that says the user is unknown denies the mailbox X.2.1 presumes, and the structural reading is
 * the one the sender acts on (remove the address). The providers keep the two apart (Gmail's "550 5.1.1
 * The email account that you tried to reach does not exist" and "550 5.2.1 … is disabled", Yahoo's "This
 * user doesn't have a yahoo.com account" and "This account has been disabled or discontinued"), so a
 * reply that says both merges them; an X.2.x status says the mailbox is there to be disabled.
 * Only the address said unknown or not there (USER_UNKNOWN_SAID), not the rest of unknown-recipient's
 * wording: RFC 5321's "mailbox unavailable" names no reason ("550 Mailbox unavailable: your Outlook
 * account has been suspended" stays the account's). Linear.
 */
function unknownOverDisabled(said: CauseId | null, status: string | undefined, words: string): CauseId | null {
  if (said !== 'mailbox-disabled' || (status !== undefined && !/^\d\.[01]\.\d{1,3}$/.test(status))) return said;
  return USER_UNKNOWN_SAID.test(words) ? 'unknown-recipient' : said;
}
/**
 * A user, recipient, mailbox, account or address said unknown, no such one, or not to exist ("user
 * unknown", "no such user", "account does not exist"); not the sender's ("sender address unknown", "your
 * account does not exist": sender-rejected's words, "return path address unknown", "mail from an
 * unknown user"), nor another address than the recipient's ("forwarding address unknown", "new address
 * unknown", fixe28). Literals and a bounded lookbehind: linear.
 */
const USER_UNKNOWN_SAID = /(?:^|[^a-z])(?<!(?:(?:sender|sending|from|your|my|return|forwarding|forward|new|path)(?:'s)?|from (?:an?|the)) )(?:(?:users?|recipients?|addressee|mail ?box|account|address) (?:is )?unknown|unknown (?:users?|recipients?|addressee|mail ?box|account|address)|no such (?:users?|recipients?|addressee|mail ?box|account|address)|(?:users?|recipients?|addressee|mail ?box|account|address) (?:does not|doesn'?t|did not) exist)(?![a-z])/;

/**
 * The first reading that is not weak (weakReading): each weak one set aside in turn, the next the
 * words name read in its place (insteadOfWeak), at most four times, then none: the code decides ("450 4.4.1 Connection timed out;
 * X-Spam header not allowed": the word spam beside X.4.x, then a header beside X.4.x, then the code).
 */
function strongReading(first: CauseId | null, next: (allowed: (entry: Cause) => boolean) => CauseId | null, status: string | undefined, temporary: boolean, words: string, vocabulary: Vocabulary): CauseId | null {
  const weak = new Set<CauseId>();
  let id = first;
  while (id !== null && weakReading(id, status, temporary, words, vocabulary)) {
    // Four set aside and the next weak too: none of the words' readings stands, the code decides.
    if (weak.size === 4) return null;
    weak.add(id);
    id = insteadOfWeak(id, next((entry) => !weak.has(entry.id)), words, temporary);
  }
  // A missing HELO (NO_HELO_FIRST) set aside in a refusal for words that then give no cause that stands
  // stands itself: "550 Illegal Host/Domain Name found; No HELO before mail transaction" (an illegal name
  // read beside a HELO is no missing domain, see unknown-domain) is no refusal without a reason.
  if (id === null && !temporary && weak.has('client-blocked') && NO_HELO_FIRST.test(words) && !clientRefusedOnlyAtRecipientsRequest(words, vocabulary) && !microsoftRecipientRejected(status, words, vocabulary)) return 'client-blocked';
  return id;
}

/**
 * What stands when the first reading was weak (weakReading): the next cause the words name; but an
 * anti-virus procedure that failed in a temporary reply (VIRUS_PROCEDURE_FAILED), beside nothing else
 * or only a retry asked, is the receiver's trouble (remote-system-error), whatever the procedure.
 */
function insteadOfWeak(first: CauseId, next: CauseId | null, words: string, temporary: boolean): CauseId | null {
  if (first === 'virus-detected' && (next === null || next === 'delivery-delayed') && virusTroubleBlanked(withoutNames(withoutNames(words, 'links'), 'signatures')).search(VIRUS_PROCEDURE_FAILED) >= 0) return 'remote-system-error';
  // A DNS list's lookup that failed, in a refusal ("550 5.7.1 DNS error on zen.spamhaus.org"): a
  // permanent failure the receiver chose, no retry; the code decides, not a network error.
  if (first === 'blocklisted' && !temporary && next === 'network-error') return null;
  return next;
}

/** Whether a DNS list is named only as what a lookup failed on (LIST_LOOKUP_FAILED), no listing said beside it. */
function listLookupOnly(words: string, vocabulary: Vocabulary): boolean {
  const blanked = words.replace(LIST_LOOKUP_FAILED, (zone) => ' '.repeat(zone.length));
  return blanked !== words && !vocabulary.says('blocklisted', blanked);
}

/** Each block or listing said to be at the recipient's request (LISTED_AT_RECIPIENTS_REQUEST), to blank. */
const LISTED_AT_RECIPIENTS_REQUEST_ALL = new RegExp(LISTED_AT_RECIPIENTS_REQUEST.source, 'g');

/**
 * Whether a block list is named only aside: as a test in a spam filter's list of matched tests
 * (FILTER_TESTS_LISTED: "… matching tests (BAYES_50,URIBL_BLACK)") beside a spam verdict said outside
 * that list, more than the word spam alone (spamSaidBeyondWord: "Spam blocked: score 18.9 >= 8.0": the
 * verdict is the reply's reason, the test one of its parts; not "Spam: no"), or a spam field answered yes
 * (SPAM_FIELD_YES: "Spam: yes (tests=URIBL_BLACK)"), or by a block or listing said to be at the recipient's request (LISTED_AT_RECIPIENTS_REQUEST:
 * "Client blacklisted at the request of the recipient", the recipient's own list).
 */
function listingNamedOnlyAside(words: string, vocabulary: Vocabulary): boolean {
  const withoutTests = words.replace(FILTER_TESTS_LISTED, blank);
  const blanked = withoutTests.replace(LISTED_AT_RECIPIENTS_REQUEST_ALL, blank);
  if (blanked === words || vocabulary.says('blocklisted', blanked)) return false;
  const verdict = blanked.replace(NO_SPAM_FOUND, blank).replace(NOT_SPAM, blank);
  return blanked !== withoutTests || spamSaidBeyondWord(verdict) || SPAM_FIELD_YES.test(verdict);
}

/** Whether a refused client is named only by a block or listing said to be at the recipient's request (LISTED_AT_RECIPIENTS_REQUEST). */
function clientRefusedOnlyAtRecipientsRequest(words: string, vocabulary: Vocabulary): boolean {
  const blanked = words.replace(LISTED_AT_RECIPIENTS_REQUEST_ALL, blank);
  return blanked !== words && !vocabulary.says('client-blocked', blanked);
}

/**
 * Whether the words' spam-content is the word spam alone (SPAM_WORDS, no verdict of the cause's other
 * wording, outside names) beside a reading of the transport: an X.4.x code other than X.4.0 (RFC 3463's network and
 * routing: "550 5.4.1 No answer from host; spammy") or greylisting ("450 4.7.1 Greylisted; spam").
 * Then the word is a label of something else, not the reason of the reply.
 */
function spamWordAlone(said: CauseId | null, status: string | undefined, words: string, vocabulary: Vocabulary): boolean {
  if (said !== 'spam-content') return false;
  if (!(status !== undefined && /^\d\.4\.(?!0$)\d{1,3}$/.test(status)) && !vocabulary.says('greylisted', words)) return false;
  // The word said as the reason: the reply's only word, or right after a refusal ("554 5.4.1
  // Rejected: spam", "550 5.4.1 SPAM", "Access denied, spam").
  if (SPAM_AS_REASON.test(withoutNames(words))) return false;
  return !spamSaidBeyondWord(words);
}

/**
 * Spam said not to be found: "no spam found", "zero spam detected", "spam found: no", "spam? no",
 * "IP not (currently) listed as a spam source", "not known to send spam", "never been reported as a
 * spam source", "is not a spam source", "does not send spam", "spam status: no". Not "no spam please" (a refusal of spam); the answer no only at
 * the end of a field (end, ";", ",", ")", "]" or a next field; after a colon also a full stop: "X-Spam: no.", not
 * before a number: "Spam: No. 42 rule matched" is the abbreviation), not "Spam?
 * No thanks", "No way", "No!", "Spam? No." (the question answered, a verdict). Bounded: linear.
 */
const NO_SPAM_FOUND = /(?:^|[^a-z])(?:no|zero) spams? (?:was |were )?(?:found|detected)(?![a-z])|(?:(?:^|[^a-z])(?:not|never|no longer)|n't)(?: (?:currently|presently|now|yet|ever))?(?: been| be)? (?:(?:listed|known|reported|seen|detected|identified) (?:to |as |for )?(?:be(?:ing)? )?)?(?:a |an )?(?:known )?(?:spammers?|source of spam|spam (?:source|sender|origin)s?|(?<=(?:known|reported|seen|detected|identified) (?:to |for |as )?(?:be(?:ing)? )?)(?:send(?:ing|s)? spam|spamming))(?![a-z])|(?:^|[^a-z])(?:does|did)(?: not|n't) send spam(?![a-z])|(?:^|[^a-z])spam(?:s|mers?| (?:source|sender|origin)s?|[ -](?:status|flag|verdict|result))? ?(?:(?:was |were )?(?:found|detected) ?)?(?:[?:] ?(?:no|none|false|0)(?= {0,8}(?:$|[;)\]]|,(?! {0,8}(?:thanks?|thank you|way)(?![a-z]))| [a-z][a-z0-9-]{0,40}:))|: ?(?:no|none|false|0)(?=\.(?:$| (?!\d))))/g;

/** Spam said not to be: "not spammy", "no spam", "is not spam". Bounded: linear. */
const NOT_SPAM = /(?:^|[^a-z])(?:not|no|never|isn't|wasn't)(?: a)? (?:spam|spammy|junk|unsolicited)(?![a-z])/g;

/** Whether spam-content's wording other than the word spam alone (SPAM_WORDS) is said, outside names. */
function spamSaidBeyondWord(words: string): boolean {
  const spam = cause('spam-content');
  const outside = withoutNames(words);
  return [...(spam.concepts ?? []), ...(spam.phrases ?? [])].some((pattern) => !SPAM_WORDS.includes(pattern) && pattern.test(outside));
}

/** The word spam said as the reason: the only word after the codes, or right after a refusal and a colon or comma. */
const SPAM_AS_REASON = /^[^a-z]{0,40}(?:spams?|spammy)[^a-z]{0,10}$|(?:^|[^a-z])(?:rejected|refused|denied|blocked)[:,]? {1,3}(?:spams?|spammy)(?![a-z])/;

/** Whether the words name SPF, DKIM or DMARC only as a record whose lookup failed (AUTH_RECORD_LOOKUP_FAILED), no other wording of a failed authentication. */
function recordLookupOnly(words: string): boolean {
  return AUTH_RECORD_LOOKUP_FAILED.test(words) && !OTHER_AUTH_MENTION.test(words) && !(cause('authentication-failed').phrases ?? []).some((phrase) => phrase.test(words));
}

/** The categories of a verdict on the message or its sender, which win over a record's lookup that failed. */
const VERDICT_CATEGORIES: ReadonlySet<string> = new Set(['content', 'reputation']);

/**
 * Words that call the failure temporary ("Temporary DMARC DNS lookup failure", "SPF temperror"); not
 * negated ("not temporary", "non-temporary", "not a temporary error"), nor temporary errors named as
 * another kind ("temporary errors retried", "temporary errors are retried").
 */
const TEMPORARY_SAID = /(?<!(?:^|[^a-z])(?:not|non|never|no)[ -](?:an? )?)(?:temperror|temporar(?:y|ily))(?![a-z])(?! (?:errors?|failures?) (?:are |will be |would be |get |were )?retried)/;

/** Words that judge the client: blocked, refused, denied, rejected, listed, spam. */
const JUDGED_CLIENT = /(?:^|[^a-z])(?:block\w*|refus\w*|denied|reject\w*|(?:black|block|deny)?-?listed|spam\w*|banned)(?![a-z])/;

/** Words that ask for the message to be tried again later; not told not to ("Do not try later"). */
const TRY_LATER = /(?:^|[^a-z])(?<!(?:not|n't|never) )(?:try|retry|send) (?:(?:it|again|this|the message) )?(?:again )?later(?![a-z])/;

/** "Sender address rejected" (Postfix's sender restrictions, checked at RCPT TO under smtpd_delay_reject): the envelope sender's. */
const SENDER_ADDRESS_REJECTED = /(?:^|[^a-z])sender address (?:rejected|refused|denied)(?![a-z])/;

/** A reply to the DATA command itself (Postfix's "in reply to DATA command", Exim's "after DATA:"), not to the message's end. */
const DATA_COMMAND = /in reply to (?:the )?data command|after (?:pipelined )?data:/i;

/**
 * A user said unknown or invalid as the reply's first words, then "authentication failure" ("Unknown user;
 * authentication failure"), with no password, credentials, log-in or other "auth" word between them ("Unknown
 * user, password incorrect", "Unknown user - SMTP AUTH required", "Unknown user: you must authenticate
 * first" are a log-in's), nor after it ("Unknown user; authentication failed, bad password", "…failure for
 * SMTP AUTH"): the reading before "authentication failure" (BEFORE_AN_AUTH_READING) leaves
 * them to a log-in, whose reply code (535, 454 …) is stripped before the words are read. Bounded gap: linear.
 */
const USER_REFUSED_FIRST = /^(?:(?:error|sorry)[,:;!]? )?(?:invalid|not valid|unknown) users?(?![a-z])(?:(?!pass ?(?:words?|phrases?)|credentials?|log ?-?(?:in|on)|auth|sasl)[^]){0,40}?(?:^|[^a-z])(?:temporary )?authentication fail(?![^]*(?:^|[^a-z])(?:pass ?(?:words?|phrases?)|credentials?|log ?-?(?:in|on)(?![a-z])|(?:smtp[ -]?)?auth(?![a-z])|sasl(?![a-z])))/;

/** What the report says beside the reply: whether it answered the DATA command, and the DSN's own Status. */
interface ReplyPlace {
  readonly dataCommand?: boolean;
  readonly reportStatus?: string;
  /**
   * Whether the text the reply came in says the sending server gave up on the message (saysGaveUp): the
   * reply's words, or a pasted notice's whole text when no DSN field holds the reply; never in a report
   * that the message is delayed. Asked only when a correction needs it. Default: the reply's words.
   */
  readonly failureNotice?: () => boolean;
  /** The reply as written, its codes kept: where a callout's own last line starts (calloutOwnLastLine). */
  readonly reply?: string;
}

/**
 * Words that say the sending server gave up on the message (GAVE_UP_SAID: "could not be delivered",
 * "giving up", "after 5 days") and not that it will still retry (STILL_RETRIED_SAID: Postfix's delay
 * warning "… could not be delivered for 4.0 hours. It will be retried …").
 */
function saysGaveUp(words: string): boolean {
  return GAVE_UP_SAID.test(words) && !STILL_RETRIED_SAID.test(words);
}

/** A limit on messages said reached ("Message limit exceeded", "Message count limit exceeded", "exceeded the message count quota"): sending-limit's words. Bounded: linear. */
const MESSAGE_LIMIT_SAID = /(?:^|[^a-z])(?:message (?:count )?(?:quota|limit) (?:exceeded|reached|exhausted|depleted)|(?:exceeded|reached|hit|over) (?:your |the |its )?message (?:count )?(?:quota|limit))(?![a-z])/;

function adjust(id: CauseId, stage: SmtpStage | undefined, status: string | undefined, words: string, where: string, permanent: boolean, temporary: boolean, replyCode: string | undefined, recipientAddress?: string, senders: readonly string[] = [], { dataCommand = false, reportStatus, failureNotice = () => saysGaveUp(words), reply }: ReplyPlace = {}): CauseId {
  const replyClass: ReplyClass = { temporary, delayed: !permanent, refusal: replyCode?.startsWith('5') === true };
  // Under 550 or 553 (RFC 5321's mailbox unavailable, mailbox name not allowed: RCPT TO's refusals, not
  // AUTH's 535), with no code naming more than that (none, X.0.0, X.1.0–X.1.3), in answer to RCPT TO or to
  // no command the report names (not AUTH's user, MAIL FROM's sender, DATA's or HELO's), that user is the
  // recipient, said first ("550 Unknown user; authentication failure"); "535 Unknown user; …" stays the
  // log-in's. Final: the corrections below were written for what the words said, not for this.
  if (id === 'smtp-auth-required' && (stage === undefined || stage === 'rcpt') && (replyCode === '550' || replyCode === '553') && (status === undefined || /^5\.(?:0\.0|1\.[0-3])$/.test(status)) && USER_REFUSED_FIRST.test(words)) return 'unknown-recipient';
  // A sending limit said only as a limit on messages (MESSAGE_LIMIT_SAID: "Message (count) limit exceeded",
  // which may count a mailbox's messages too) beside a full mailbox or a size ("452 Message count limit
  // exceeded; mailbox full", "552 …; message size exceeds limit"): the mailbox or the size, as said.
  if (id === 'sending-limit' && MESSAGE_LIMIT_SAID.test(words)) {
    const rest = words.replace(new RegExp(MESSAGE_LIMIT_SAID.source, 'g'), blank);
    const beside = VOCABULARY.says('sending-limit', rest) ? null : VOCABULARY.first(rest, (entry) => entry.id === 'mailbox-full' || entry.id === 'message-too-large');
    if (beside !== null) return beside;
  }
  // A sender callout said failed (CALLOUT_TRANSCRIPT, SENDER_VERIFY_FAILED): the quoted response is the
  // sender's own server's answer about the sender's address, whatever it says ("Response: 552 Mailbox full"
  // is the sender's mailbox); the receiver refused the sender. Only a permanent refusal: a temporary
  // callout failure is read as the class says. A cause the receiver names outside the quoted response that
  // the callout does not explain, a listing, the client's reputation, authentication or a rate ("… Sender
  // verify failed; also your IP is on zen.spamhaus.org": blocklisted), is its own reading; spam only as a
  // verdict said (CALLOUT_SPAM_VERDICT), not the receiver's anti-spam motive ("(anti-spam measure)").
  const transcript = permanent && !temporary ? CALLOUT_TRANSCRIPT.exec(words) : null;
  if (transcript && SENDER_VERIFY_FAILED.test(words)) {
    const outside = outsideCalloutResponse(words, transcript[0].length, calloutOwnLastLine(reply));
    const beside = VOCABULARY.first(outside);
    if (beside === null) return 'sender-rejected';
    const named = cause(beside).category;
    if (named === 'reputation' || named === 'authentication' || beside === 'rate-limited' || beside === 'sending-limit') return beside;
    return beside === 'spam-content' && (SPAM_FIELD_YES.test(outside) || CALLOUT_SPAM_VERDICT.test(outside)) ? beside : 'sender-rejected';
  }
  // A temporary sender callout (a 4xx reply, or a report that the message is only delayed: "451-…
  // Response: 452 Mailbox full / 451 Could not complete sender verify callout"): the quoted response is
  // still the sender's own server's answer, no cause of the recipient's; the receiver's words outside it
  // (before "Response:", and the callout's own last line, calloutOwnLastLine, when it says a sender's
  // callout, SENDER_CALLOUT_SAID: not a recipient's callout, whose quoted answer is the recipient's) decide,
  // as the class makes them, and with none said there, a delay. With the reply's codes gone, the quoted
  // answer is guessed to end at its first word of a sender's callout. Slices and a few searches: linear.
  const heldCallout = transcript === null && (temporary || !permanent) ? CALLOUT_TRANSCRIPT.exec(words) : null;
  if (heldCallout) {
    const end = heldCallout[0].length;
    const lastLine = calloutOwnLastLine(reply);
    const said = lastLine === undefined ? SENDER_CALLOUT_SAID.exec(words.slice(end)) : null;
    if (lastLine === undefined ? said : SENDER_CALLOUT_SAID.test(lastLine)) {
      const outside = `${words.slice(0, end)} ${lastLine?.replace(SENDER_CALLOUT_INCOMPLETE, blank) ?? words.slice(end + (said?.index ?? 0))}`;
      const beside = VOCABULARY.first(outside);
      return beside === null ? 'delivery-delayed' : byPermanence(beside, outside, replyClass);
    }
  }
  // So is a sender verification said failed with no callout before it, when the only spam word is the
  // receiver's motive in brackets (SPAM_MOTIVE_ASIDE: "550 Sender verify failed (anti-spam measure)", "…
  // (spam protection)"): the sender's address failed, as under a callout's last line. A spam verdict said
  // beside it ("…; message rejected as spam", "Spam detected; …") stays the verdict. The words read
  // without the motive, under a 4xx too ("451 Sender verify failed": the sender's; "530 Must issue a
  // STARTTLS command first; Sender verify failed (…)": the cause said first, as without it).
  if (id === 'spam-content' && SENDER_VERIFY_FAILED.test(words)) {
    const withoutMotive = words.replace(SPAM_MOTIVE_ASIDE, blank);
    if (!VOCABULARY.says('spam-content', withoutMotive)) return byPermanence(VOCABULARY.first(withoutMotive) ?? 'sender-rejected', withoutMotive, replyClass);
  }
  // A name lookup the sending server called temporary is a DNS failure, not a missing domain (causes.ts),
  // and nothing below applies to it.
  if (id === 'unknown-domain') {
    const lookup = byPermanence(id, words, replyClass);
    if (lookup !== id) return lookup;
  }
  // A From said not allowed in the header From under an X.6.x status ("550 5.6.0 … is not allowed in header
  // From"): the message's form, as the status says, not its sender refused (review-f24 M2).
  if (id === 'sender-rejected' && NOT_ALLOWED_IN_HEADER_FROM.test(words) && [status, ...enhancedCodes(reply ?? words)].some((code) => code !== undefined && /^\d\.6\.\d{1,3}$/.test(code))) return byPermanence('malformed-content', words, replyClass);
  // X.4.3 is RFC 3463's "directory server failure": the lookup failed, so no mail server was found
  // (qmail's "couldn't find a mail exchanger or IP address (#4.4.3)"), not a domain without one.
  if ((id === 'unknown-domain' || id === 'domain-takes-no-mail') && status !== undefined && /^\d\.4\.3$/.test(status)) return 'network-error';
  // X.1.7 / X.1.8 name the sender's address: "no such domain" then is about the sender's domain.
  if ((id === 'unknown-domain' || id === 'unknown-recipient') && status !== undefined && /^\d\.1\.[78]$/.test(status)) return 'sender-rejected';
  // In reply to MAIL FROM the only address given is the sender's: one the server calls malformed there
  // ("501 <sender@a.example>: malformed address") is not a recipient's. Only "malformed", and only when
  // the reply does not name the recipient (a recipient word, the recipient's address, an X.1.1–X.1.3):
  // servers that pipeline answer "550 5.1.1 <someone@b.example>: Recipient address rejected: User
  // unknown" to the MAIL FROM, and "user unknown", "mailbox unavailable" there stay the recipient's.
  if (id === 'unknown-recipient' && stage === 'mail' && MALFORMED.test(words) && !namesRecipient(words, status, recipientAddress)) return 'sender-rejected';
  // An address that does not exist, when the reply quotes the sender's own address (known from the
  // report's To: and the returned message's From / Sender / Return-Path) and not the recipient's:
  // a sender verification or a refusal at MAIL FROM ("550 5.1.0 <me@a.example>: No such user here",
  // Postfix's "Sender address rejected: undeliverable address: … User unknown"), whatever the code.
  // Only a permanent refusal: a temporary reply, or a report that the message is only delayed, stays
  // transient (read below). A recipient's status code (X.1.1 "bad destination mailbox address",
  // X.1.10 "recipient address has null MX") keeps the recipient, unless the reply came at MAIL FROM or
  // its words name the sender.
  if ((id === 'unknown-recipient' || id === 'unknown-domain') && !temporary && permanent && !(namesRecipientCode(status, words) && stage !== 'mail' && !SENDER_WORDS.test(words)) && namesSenderOnly(words, senders, recipientAddress, stage)) return 'sender-rejected';
  // An account said suspended or disabled that is explicitly the sender's own (SENDER_ACCOUNT_RESTRICTED:
  // "Sender account suspended for spam", "Your account has been suspended for sending spam"), not the
  // recipient's mailbox: the sender refused, as an account "not allowed to send" is. senderAccountSaid
  // says when.
  if (id === 'mailbox-disabled' && !temporary && permanent && senderAccountSaid(words, status, recipientAddress)) return 'sender-rejected';
  // An X.4.6 status is RFC 3463's routing loop; beside words that say no loop (no loop or hop word) and
  // that the sender's sending is blocked for unusual activity with its block or unblock step
  // (SENDING_ACTIVITY_BLOCKED: Zoho's "550 5.4.6 Unusual sending activity detected. … To unblock …"), the
  // words decide only when their own first reading is the sender refused (or the sender's own account
  // said suspended, SENDER_OR_OWN_ACCOUNT, rev-f23b F1) and no other cause is said beside
  // (activityBlockAlone: "…; mailbox full", "…; user unknown", rev-f23 R1). Only a permanent refusal.
  if (id === 'network-error' && !temporary && permanent && status !== undefined && /^\d\.4\.6$/.test(status) && !LOOP_WORDS.test(words) && activityBlockAlone(words) && SENDER_OR_OWN_ACCOUNT.has(VOCABULARY.first(words))) return 'sender-rejected';
  // So is a mailbox said disabled or full after the reply opened with the sender's verification failed
  // or the sender's address refused ("Sender verify failed: account suspended", "Sender address
  // rejected: mailbox full"): the mailbox is the sender's, asked of at a callout. Only a permanent
  // refusal, and not when the reply names the recipient (namesRecipient).
  if ((id === 'mailbox-disabled' || id === 'mailbox-full') && !temporary && permanent && SENDER_REFUSED_FIRST.test(words) && !namesRecipient(words, status, recipientAddress)) return 'sender-rejected';
  // A From address called malformed. A temporary reply, or a report that the message is only delayed,
  // is a delay whichever it meant. Otherwise the envelope sender's (no header was sent yet) when the
  // words say "Sender address rejected" (Postfix's sender restrictions, refused at RCPT TO under
  // smtpd_delay_reject), or in answer to any command before the message's end (MAIL FROM, RCPT TO, the
  // DATA command itself). After the message was sent (end of DATA) it is the From header's
  // (not-rfc-compliant). With no stage known, the code decides: an X.1.7 "bad sender's mailbox address
  // syntax" (in the reply or the report's Status) or a 501 / 553 (RFC 5321's syntax error and mailbox
  // name not allowed) that names no header is the envelope sender's.
  if (id === 'not-rfc-compliant' && MALFORMED_FROM.test(words)) {
    if (temporary || !permanent) return 'delivery-delayed';
    if (SENDER_ADDRESS_REJECTED.test(words)) return 'sender-rejected';
    if (stage !== undefined) return stage !== 'data' || dataCommand ? 'sender-rejected' : id;
    const senderSyntax = [status, reportStatus, ...enhancedCodes(words)].some((code) => code !== undefined && /^\d\.1\.7$/.test(code));
    if (senderSyntax || ((replyCode === '501' || replyCode === '553') && !/(?:^|[^a-z])header/.test(words))) return 'sender-rejected';
    return id;
  }
  // A domain "not configured for mail" in a temporary reply is the receiver's set-up under way, not a
  // domain that takes no mail; under a temporary X.1.x, a domain not found for now (a DNS failure).
  if (id === 'domain-takes-no-mail' && (temporary || !permanent) && NOT_CONFIGURED_FOR_MAIL.test(words)) {
    return status !== undefined && /^\d\.1\.\d{1,3}$/.test(status) ? byPermanence('unknown-domain', words, replyClass) : 'remote-system-error';
  }
  // So is a message the receiver could not parse, when it asks to be tried again ("451 4.3.0 Error
  // parsing message, please try again later"), or one its parser found defects in (MESSAGE_DEFECTS) or an
  // invalid structure or syntax in (MESSAGE_FORM_INVALID): a
  // permanent refusal judges the message, a temporary one the receiver's parser. Not under X.6.x (a media error), which names the message's form.
  // So is a permanent one under X.3.x (the receiver's mail system) that asks to be tried later
  // ("551 5.3.0 Error parsing message, try later"): the receiver's parser failed, not the message.
  if (id === 'malformed-content' && !(status !== undefined && /^\d\.6\.\d{1,3}$/.test(status)) && (MESSAGE_NOT_PARSED.test(words) || MESSAGE_DEFECTS.test(words) || MESSAGE_FORM_INVALID.test(words)) && (temporary || !permanent || (status !== undefined && SYSTEM_STATUS.test(status) && TRY_LATER.test(words)))) return 'remote-system-error';
  // A client that spoke before the greeting, in a temporary reply that only asks for a later try, in
  // a report that the message is only delayed: a retry that waits for the greeting is let in ("451
  // 4.7.1 You are sending before our greeting, try later"), a delay. Without the ask ("450 Connecting
  // host started transmitting before SMTP greeting"), with a block or spam said ("Client host
  // blocked: talking before greeting; spam source"), or once the message failed, the sending host
  // was judged (client-blocked).
  if (id === 'client-blocked' && temporary && !permanent && SPOKE_BEFORE_GREETING.test(words) && TRY_LATER.test(words) && !JUDGED_CLIENT.test(words)) return 'delivery-delayed';
  // A client that gave no HELO first (NO_HELO_FIRST) under RFC 5321's 503, "bad sequence of commands",
  // or an X.5.x status ("503 5.5.1 Error: send HELO/EHLO first", "503 Send HELO first"): the server
  // answers the dialogue's order, as "503 5.5.1 RCPT TO without MAIL FROM" (smtp-protocol-error), when
  // nothing else names the client refused. Under a refusal of its own ("550 HLO-MIS: No HELO before mail
  // transaction") the client that skipped the greeting is judged (client-blocked).
  if (id === 'client-blocked' && (replyCode === '503' || (status !== undefined && /^\d\.5\.\d{1,3}$/.test(status))) && NO_HELO_FIRST.test(words) && !VOCABULARY.says('client-blocked', words.replace(NO_HELO_FIRST_ALL, blank))) return 'smtp-protocol-error';
  // A temporary reply (or a delay, or words that call it temporary: "550 5.4.0 Temporary DMARC DNS
  // lookup failure") that names SPF, DKIM or DMARC only as a record whose lookup failed ("451 4.7.5
  // DKIM key retrieval failed"), with no other wording of a failed authentication: the receiver's DNS
  // trouble. A refusal that says so ("550 5.7.1 DKIM key retrieval failed: NXDOMAIN") is a verdict on
  // the sender's records (authentication-failed), and so is a status code of its own.
  if (id === 'authentication-failed' && (temporary || !permanent || TEMPORARY_SAID.test(words)) && !(status !== undefined && isSpecificCode(status)) && recordLookupOnly(words)) return 'network-error';
  // A refusal of the HELO name or of the connection is about the sending server, whatever it says.
  if ((id === 'unknown-domain' || id === 'unknown-recipient') && (stage === 'helo' || stage === 'connect')) return 'client-blocked';
  // An expiry under the server's own 4xx reply code, in whatever words or language ("451 Could not deliver
  // the message in the time limit specified", "451 4.4.7 Delivery time expired", "451 Stopped retrying",
  // "451 Délai de remise expiré"): a server that answers 4xx refuses for now and asks for a retry, it
  // reports no expiry (RFC 5321 §4.2.1). The code decides, not the words. A delay, only when the text is
  // that bare reply: not in a pasted failure notice or beside words that say the sending server gave up
  // (failureNotice, saysGaveUp: "could not be delivered … said: 451 4.4.7 Delivery time expired", "…;
  // giving up", "… after 5 days", "the maximum number of delivery attempts has been reached"); in a report
  // that the message is delayed, a delay whatever the words; in a report that it failed, the sending
  // server retried until it gave up (held: delivery-expired). A 5xx or no reply code leaves it an expiry.
  if (id === 'delivery-expired' && replyCode?.startsWith('4') === true && !failureNotice()) return 'delivery-delayed';
  // What the reply's class makes of the cause (Cause.permanence in causes.ts): a temporary "user
  // unknown" is a delay, a permanent SPF lookup failure a verdict, a 5xx rate limit a sending limit,
  // a 5xx "try again later" a refusal.
  const classed = byPermanence(id, words, replyClass);
  if (classed !== id) return classed;
  // What a list names may be a domain or link *in the message* (a URI blocklist: SURBL, URIBL,
  // Spamhaus DBL): then the listing judged the content, not the sending IP or domain.
  if (id === 'blocklisted' && !BEFORE_CONTENT.has(stage) && MESSAGE_CONTAINS_LINK.test(words)) return 'spam-content';
  // Some providers (Yahoo, AOL) check recipients only after DATA, and say so unambiguously.
  // "No such user", "mailbox not found", "invalid recipient", "does not exist" say so too; a bare
  // "user unknown" is what reception filters answer.
  const explicitAddress =
    (status !== undefined && /^\d\.1\.[1-3]$/.test(status)) ||
    /doesn'?t have an? [^ ]{1,60} account|(?:does not|doesn'?t|not) exist|no such (?:user|mailbox|recipient|address|account)|(?:mailbox|recipient|address|account) (?:was )?not found|invalid (?:recipient|mailbox|address)/.test(words);
  if (id === 'unknown-recipient' && !explicitAddress && (stage === 'data' || (status !== undefined && /^\d\.2\.0$/.test(status)))) return 'recipient-filter';
  if (id === 'unknown-recipient' && stage !== 'rcpt' && !explicitAddress && JAPANESE_MOBILE_CARRIERS.test(where)) return 'recipient-filter';
  return id;
}

/**
 * The cause a pasted text names when it has no bounce structure (no reply, no DSN): its wording,
 * with the corrections a status code or a temporary wording in it call for.
 */
export function causeOfText(text: string, vocabulary: Vocabulary = VOCABULARY): CauseId | null {
  const words = countedAttemptsAside(wordsForMatching(text), codesAgreeingWith(enhancedCodes(text), replyCodeOf(text))[0], false);
  const replyCode = replyCodeOf(text);
  const status = codesAgreeingWith(enhancedCodes(text), replyCode)[0];
  const temporary = isTemporary(status, replyCode);
  const reply = { temporary, refusal: isRefusal(text, replyCode) };
  // A last-resort wording (Cause.lastResort) only beside no code that names a cause (lastResortAllowed).
  const lastResort = lastResortAllowed(status, replyCode);
  const firstId = vocabulary.first(words, undefined, reply, lastResort);
  const id = strongReading(firstId, (allowed) => vocabulary.first(words, allowed, reply, lastResort), status, temporary, words, vocabulary);
  if (!id) return null;
  // As in a report: "try again later" beside a code that says more than X.0.0 leaves the code to decide.
  if (onlyHeldBesideCode(id, status)) return null;
  return adjust(id, undefined, status, words, '', !temporary, temporary, replyCode, undefined, [], { reply: text });
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
