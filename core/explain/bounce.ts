/**
 * Reads a bounce into facts: the RFC 3464 delivery-status fields per recipient, the remote
 * server's own words (from the DSN or from the plain-text transcript of Postfix, Sendmail, Exim,
 * qmail, Exchange, Gmail …), the SMTP stage at which it refused, and the returned message.
 *
 * Everything that scans the (untrusted, possibly large) text works line by line on a capped
 * prefix, with regular expressions that have no nested quantifiers.
 */
import { utf8OrLatin1, type CharsetReader } from '../text/encodings.ts';
import {
  bounceCharsets,
  decodeBytes,
  headerValue,
  type HeaderField,
  type MimeEntity,
  normalizeNewlines,
  parseFieldGroups,
  parseHeaderBlock,
  parseMime,
  walkOwnParts,
} from './mime.ts';

export type SmtpStage = 'connect' | 'helo' | 'auth' | 'mail' | 'rcpt' | 'data';

export interface RecipientFacts {
  address?: string;
  /** RFC 3464 Action: failed | delayed | delivered | relayed | expanded */
  action?: string;
  /** the Status: field */
  status?: string;
  /** Diagnostic-Code type: smtp, x-unix, … */
  diagnosticType?: string;
  /** the remote server's words for this recipient */
  diagnostic?: string;
  remoteMta?: string;
  /**
   * hours from the report's Arrival-Date to this recipient's Last-Attempt-Date (RFC 3464 §2.2.5,
   * §2.3.7): how long the sending server kept trying; absent when either date is missing or unreadable
   */
  triedHours?: number;
}

export type BounceKind =
  /** a delivery report (RFC 3464 or a plain-text bounce) */
  | 'bounce'
  /** an abuse or complaint report (ARF, RFC 5965, or a provider's complaint notice) */
  | 'feedback'
  /** an out-of-office or other automatic reply (RFC 3834) */
  | 'auto-reply'
  /** a message (or just its headers) with no sign of a bounce: read its filter verdicts */
  | 'message'
  /** a pasted SMTP reply or error line */
  | 'reply'
  /** nothing we know */
  | 'unknown';

export interface ReturnedMessage {
  readonly headers: readonly HeaderField[];
  readonly subject?: string;
  readonly html?: string;
  readonly text?: string;
}

export interface BounceFacts {
  kind: BounceKind;
  /** fields of the outer message ([] for pasted text) */
  headers: readonly HeaderField[];
  subject: string;
  from: string;
  recipients: RecipientFacts[];
  /** the human-readable report, cut before the returned message (capped) */
  notification: string;
  /** remote replies found in the notification, in order, each with its context lines */
  replies: ReplyBlock[];
  /** the message that bounced, when attached or quoted */
  returned?: ReturnedMessage;
  /** fields of a message/feedback-report part */
  feedback?: readonly HeaderField[];
  /** a provider's JSON notification (Amazon SES via SNS): its notificationType */
  notificationType?: string;
  /** …and, for a bounce, its bounceSubType (NoEmail, Suppressed, MailboxFull, MessageTooLarge …) */
  bounceSubType?: string;
}

export interface ReplyBlock {
  /** the reply from its code on, continuation lines joined */
  readonly text: string;
  /** a few lines before the reply, and the reply: where stage markers and addresses sit */
  readonly context: string;
  /** a few lines after the reply (some reports name the SMTP command below it) */
  readonly after: string;
  /** the block came from a sendmail-style `<<<` transcript line (the remote's own words) */
  readonly transcript: boolean;
  /** false for the reason lines under an address (Exim, qmail, Exchange) that quote no code */
  readonly coded: boolean;
}

/** Only this much of the human-readable report is read. */
const MAX_NOTIFICATION = 60_000;
const MAX_DIAGNOSTIC = 4_000;
const MAX_LINES = 3_000;

// ---------------------------------------------------------------------------------------------
// Where the returned message starts in a plain-text bounce

/** Lines that introduce the copy of the returned message (qmail, Exim, Sendmail, Google, Exchange …). */
const ORIGINAL_MARKER =
  /^[ \t]*(?:-{2,}[ \t]*(?:below this line is a copy of the message|this is a copy of the (?:message|body|headers)|(?:the )?original message|unsent message|returned message|message headers? follows?|the header of the original message|included message|original mail|undelivered message|(?:a )?copy of (?:the |your )?(?:original )?message|message text|enclosed is a copy)\b|below this line is a copy of the message|original message headers:?[ \t]*$|\*{2,}[ \t]*original message)/i;

function splitAtOriginal(text: string): { notification: string; original?: string } {
  let position = 0;
  let lines = 0;
  while (position < text.length && lines < MAX_LINES) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    const line = text.slice(position, end);
    if (line.length < 120 && ORIGINAL_MARKER.test(line) && position > 0) {
      return { notification: text.slice(0, position), original: text.slice(end + 1) };
    }
    position = end + 1;
    lines += 1;
  }
  return { notification: text };
}

// ---------------------------------------------------------------------------------------------
// HTML to text, for bounces whose only readable part is HTML (Microsoft 365)

/** Drops `<script>` and `<style>` elements with indexOf (no backtracking over the HTML). */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let position = 0;
  while (position < html.length) {
    const script = lower.indexOf('<script', position);
    const style = lower.indexOf('<style', position);
    const start = script === -1 ? style : style === -1 ? script : Math.min(script, style);
    if (start === -1) break;
    const closing = start === script ? '</script' : '</style';
    const end = lower.indexOf(closing, start);
    out += html.slice(position, start) + ' ';
    if (end === -1) return out;
    const close = lower.indexOf('>', end);
    position = close === -1 ? html.length : close + 1;
  }
  return out + html.slice(position);
}

function htmlToText(html: string): string {
  return withoutScripts(html.slice(0, MAX_NOTIFICATION * 2))
    .replace(/<(?:br|p|div|tr|li|h\d)\b[^>]{0,500}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Replies in the transcript

/** A failure reply code at a token start: `550 `, `550-`, `<<< 421 `, `#550 `, `501: `. */
const REPLY_AT = /(?:^|[\s'"([:>#;=])([45]\d\d)(?=[ \-:]|$)/;
const ENHANCED_AT = /(?:^|[\s'"([:>#;=])[45]\.\d{1,3}\.\d{1,3}(?=[\s'")\].,;:]|$)/;

/** The first match of `pattern` in `line` that does not sit inside a URL. */
function outsideLinks(line: string, pattern: RegExp): RegExpExecArray | null {
  const match = pattern.exec(line);
  if (!match || line.indexOf('://') === -1) return match;
  const links = [...line.matchAll(/[a-z][a-z0-9+.-]{0,20}:\/\/\S{0,2000}/gi)].map((link) => [link.index, link.index + link[0].length] as const);
  const global = new RegExp(pattern.source, 'g');
  for (let found = global.exec(line); found; found = global.exec(line)) {
    if (!links.some(([from, to]) => found.index >= from && found.index < to)) return found;
    if (found[0].length === 0) global.lastIndex += 1;
  }
  return null;
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (count < line.length && (line[count] === ' ' || line[count] === '\t')) count += 1;
  return count;
}

/**
 * A line that is only an address (`<a@b>:`, `  a@b`, `a@b on <date>`, `[a@b]:`, `"a@b"`), or an
 * address and a reason. The address has no control character (C0, DEL or C1), its local part is
 * a dot-atom or a quoted string (RFC 5321's `"john doe"@example.com`, at most 64 characters, no
 * quote inside), its domain is letters (an IDN, `bücher.example`), digits, dots and hyphens, and it
 * ends where the address does (white space, `>`, `:`, `(`, `,`, `;`, a quote, `]`, `.` or the
 * line's end): else any `x@y` among binary bytes read as Latin-1 (`!@lè?´ë…`) was a failed address
 * with its reason, and a cause was guessed from the garbage. A quoted local part is tried first, its
 * opening quote kept (`"j.o@hn"@example.com` is one address). Every repeat bounded: linear.
 */
const ADDRESS_LINE = /^(\s{0,10})(?:<?(?="[^"\x00-\x1f\x7f-\x9f]{1,64}"@)|[<"']?)((?:"[^"\x00-\x1f\x7f-\x9f]{1,64}"|[^\s<>@"\x00-\x1f\x7f-\x9f]{1,200})@[\p{L}\p{N}][\p{L}\p{N}.-]{0,200})(?=[\s>:(,;"'\].]|$)[>"'\]]{0,2}(?:\s*\([^)]{0,200}\))?(:?)\s*(.*)$/iu;

/** Three Latin letters: a reason in a Latin script, read in any text (as before non-Latin reasons were). */
const LATIN_REASON_WORDS = /[a-z]{3}/i;

/**
 * Words a reason holds: three Latin letters (LATIN_REASON_WORDS), or two letters of a script beyond
 * Latin-1 (a Russian, Greek, Chinese or Japanese reason: "Пользователь не найден", "用户不存在"). Bytes
 * read as ISO-8859-1 give no letter beyond Latin-1, but bytes read in another legacy charset do
 * (windows-1252's 0x8a is "Š", windows-1251 and KOI8-R give Cyrillic): a reason without three Latin
 * letters is read only in a text that otherwise looks like a bounce (findReplies' `bounce`). Tried only
 * when LATIN_REASON_WORDS fails; its first part stays, as under the u flag [a-z] also takes "ſ" and the
 * Kelvin sign ("aſb" is three letters here, not there).
 */
const REASON_WORDS = /[a-z]{3}|(?:(?![\x00-\xff])\p{L}){2}/iu;

/**
 * Finds the remote replies in a transcript: each line quoting a 4xx/5xx reply code or an enhanced
 * status code, with its continuation lines (deeper indentation, or the same code with `-`). Also
 * the reason lines written under a failed address without any code (Exim, qmail, Exchange). A
 * reason with no three Latin letters (only a script beyond Latin-1: "<a@b>: 用户不存在") is kept only
 * when the text otherwise looks like a bounce: `bounce` (what the message's headers and parts say:
 * readBounce), a coded reply found in it, or a failure notice's wording in it (BOUNCE_SUBJECT, "Mail
 * delivery failed", "could not be delivered"). Else a newsletter's "sales@shop.example.ru отдел
 * продаж" is a refusal.
 */
export function findReplies(notification: string, { bounce = false }: { readonly bounce?: boolean } = {}): ReplyBlock[] {
  const lines = notification.split('\n', MAX_LINES);
  const blocks: ReplyBlock[] = [];
  // The failed-address blocks whose reason holds no Latin word, kept below only in a bounce.
  const nonLatin = new Set<ReplyBlock>();
  const contextOf = (first: number, next: number) => lines.slice(Math.max(0, first - 3), next).join('\n');
  const afterOf = (next: number) => lines.slice(next, Math.min(lines.length, next + 3)).join('\n');
  for (let index = 0; index < lines.length && blocks.length < 50; index += 1) {
    const line = lines[index] as string;
    if (line.length > 2000) continue;
    // A code inside a link ("…/fix-error-code-550-5-1-10", "?code=550") is a help page, not a reply.
    const reply = outsideLinks(line, REPLY_AT);
    const enhanced = reply ? null : outsideLinks(line, ENHANCED_AT);
    if (!reply && !enhanced) {
      const address = ADDRESS_LINE.exec(line);
      if (address && !/^\s*(?:to|from|cc|for|by|received|return-path|reply-to|sender|x-[\w-]+)\s*:/i.test(line)) {
        const indent = (address[1] as string).length;
        let text = (address[4] as string).trim().replace(/^on\s[^\n]{0,80}$/i, '');
        // the reason sits on the next lines (deeper, or right below for qmail / x-style reports)
        let next = index + 1;
        while (next < lines.length && next - index <= 6 && text.length < MAX_DIAGNOSTIC) {
          const candidate = lines[next] as string;
          if (candidate.trim() === '' || ADDRESS_LINE.test(candidate) || /^\s*-{3,}|^\s*={3,}/.test(candidate)) break;
          if (leadingSpaces(candidate) < indent) break;
          if (REPLY_AT.test(candidate) || ENHANCED_AT.test(candidate)) break;
          text += ' ' + candidate.trim();
          next += 1;
        }
        text = text.trim();
        // Words, not bytes: a reason holds words (REASON_WORDS, in any script) and no control character
        // (tab aside), C1 ones (0x80-0x9F) included: bytes read as Latin-1 are not.
        const latin = LATIN_REASON_WORDS.test(text);
        if (text && (latin || REASON_WORDS.test(text)) && !/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text)) {
          const block: ReplyBlock = { text, context: contextOf(index, next), after: afterOf(next), transcript: false, coded: false };
          blocks.push(block);
          if (!latin) nonLatin.add(block);
        }
      }
      continue;
    }
    // DSN-style fields and trace lines that happen to hold numbers are read elsewhere.
    if (/^\s*(?:arrival-date|last-attempt-date|will-retry-until|date|received|message-id|x-[\w-]{1,60}|reporting-mta|remote-mta|final-recipient|original-recipient|action|status)\s*:/i.test(line)) continue;
    const match = reply ?? enhanced;
    const start = (match?.index ?? 0) + ((match?.[0] ?? '').match(/^[\s'"([:>#;=]/) ? 1 : 0);
    const transcript = /^\s*<<</.test(line);
    const code = reply?.[1];
    // A bare enhanced code ("… no mailbox here by that name. (#5.1.1)") belongs with the whole line.
    let text = (reply ? line.slice(start) : line).trim();
    const indent = leadingSpaces(line);
    let next = index + 1;
    // continuation lines
    while (next < lines.length && next - index < 16 && text.length < MAX_DIAGNOSTIC) {
      let candidate = lines[next] as string;
      if (candidate.trim() === '') {
        // A multi-line reply (`550-…`) sometimes comes with blank lines between its lines.
        const following = lines[next + 1];
        if (code === undefined || following === undefined || !new RegExp(`^\\s*(?:<<<\\s*)?${code}[ -]`).test(following) || !new RegExp(`${code}-`).test(text)) break;
        next += 1;
        candidate = following;
      }
      // Sendmail repeats the remote's reply without `<<<` as its own summary: not a continuation.
      const sameCode = code !== undefined && new RegExp(transcript ? `^\\s*<<<\\s*${code}[ -]` : `^\\s*${code}[ -]`).test(candidate);
      if (transcript) {
        if (!sameCode) break;
      } else if (!sameCode) {
        const candidateIndent = leadingSpaces(candidate);
        const continues = candidateIndent > indent || (indent > 0 && candidateIndent >= indent);
        if (!continues || /^\s*</.test(candidate) || /^\s*>>>/.test(candidate)) break;
      }
      text += ' ' + candidate.trim().replace(/^<<<\s*/, '');
      next += 1;
    }
    // Exchange quotes the reply ("Remote Server returned '550 5.1.10 …'"): not its closing quote.
    const quoted = /'\s*$/.test(text) && line.slice(0, start).includes("'") && !text.slice(0, -1).includes("'");
    blocks.push({ text: (quoted ? text.replace(/'\s*$/, '') : text).replace(/^<<<\s*/, ''), context: contextOf(index, next), after: afterOf(next), transcript, coded: true });
    index = next - 1;
  }
  if (nonLatin.size === 0 || bounce || blocks.some((block) => block.coded) || BOUNCE_SUBJECT.test(notification)) return blocks;
  return blocks.filter((block) => !nonLatin.has(block));
}

// ---------------------------------------------------------------------------------------------
// SMTP stage

const STAGE_PATTERNS: readonly [RegExp, SmtpStage][] = [
  [/in reply to (?:the )?(?:end of data|data|message (?:body|content))|after (?:end of data|data|sending (?:the )?(?:message|data)|pipelined data)|>>> ?(?:data\b|\.(?:\s|$))|failed after i sent the message|after the message was sent|\[data\]|after dot|end of data|smtp command[:\s-]{1,12}data\b|did not like our (?:final )?data/i, 'data'],
  [/in reply to (?:the )?rcpt|after rcpt|>>> ?rcpt|\[rcpt_to\]|recipient (?:address )?was rejected|didn'?t like (?:the|this) recipient|rcpt to:?\s{0,3}<|smtp command[:\s-]{1,12}rcpt\b|did not like our rcpt/i, 'rcpt'],
  [/in reply to (?:the )?mail(?: from)?|after mail from|>>> ?mail from|\[mail_from\]|sender was rejected|mail from:?\s{0,3}<|smtp command[:\s-]{1,12}mail\b|did not like our mail/i, 'mail'],
  [/in reply to (?:the )?auth|after auth\b|>>> ?auth\b/i, 'auth'],
  [/in reply to (?:the )?(?:helo|ehlo|xforward)|after (?:helo|ehlo)|>>> ?(?:helo|ehlo)|my name was rejected|\[helo\]/i, 'helo'],
  [/refused to talk to me|after initial connection|greeting (?:failed|was)|connection (?:rejected|refused) by|banner|in reply to (?:the )?(?:initial )?(?:greeting|connect)|\[conn(?:ect)?\]/i, 'connect'],
];

/**
 * The SMTP stage a reply answered: the last command of a sendmail transcript before it, else the
 * first stage the context names ("in reply to RCPT TO command", "after end of data", …), else
 * the lines just after it.
 */
/** The last command of a Sendmail-style transcript in the context (`>>> RCPT TO:<…>` → `rcpt`; `>>> .` is the end of DATA), lower case. */
export function lastTranscriptCommand(context: string): string | undefined {
  const transcriptCommands = [...context.matchAll(/>>> ?(data|rcpt|mail|helo|ehlo|auth|starttls|\.)/gi)];
  return transcriptCommands[transcriptCommands.length - 1]?.[1]?.toLowerCase();
}

export function stageOf(block: { context: string; after?: string } | string): SmtpStage | undefined {
  const context = typeof block === 'string' ? block : block.context;
  const last = lastTranscriptCommand(context);
  if (last) {
    if (last === 'data' || last === '.') return 'data';
    if (last === 'rcpt') return 'rcpt';
    if (last === 'mail') return 'mail';
    if (last === 'auth') return 'auth';
    if (last === 'helo' || last === 'ehlo' || last === 'starttls') return 'helo';
  }
  for (const [pattern, stage] of STAGE_PATTERNS) if (pattern.test(context)) return stage;
  const after = typeof block === 'string' ? undefined : block.after;
  if (after) for (const [pattern, stage] of STAGE_PATTERNS) if (pattern.test(after)) return stage;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Amazon SES notifications (JSON over SNS)

function sesNotification(text: string): { type?: string; subType?: string; recipients: RecipientFacts[] } | null {
  const unfolded = text.slice(0, MAX_NOTIFICATION).replace(/\n /g, '');
  const type = /"notificationType"\s?:\s?"(\w{1,40})"/.exec(unfolded)?.[1];
  if (!type) return null;
  const subType = /"bounceSubType"\s?:\s?"(\w{1,40})"/.exec(unfolded)?.[1];
  const recipients: RecipientFacts[] = [];
  const pattern = /\{"emailAddress":"([^"]{1,300})"(?:,"action":"(\w{1,20})")?(?:,"status":"([\d.]{1,12})")?(?:,"diagnosticCode":"((?:[^"\\]|\\.){0,2000})")?/g;
  for (const match of unfolded.matchAll(pattern)) {
    const [, address, action, status, diagnostic] = match;
    const facts: RecipientFacts = { address: address as string };
    if (action) facts.action = action.toLowerCase();
    if (status) facts.status = status;
    if (diagnostic) {
      const [kind, ...rest] = diagnostic.replace(/\\"/g, '"').split(';');
      if (rest.length > 0) {
        facts.diagnosticType = (kind ?? '').trim().toLowerCase();
        facts.diagnostic = rest.join(';').trim();
      } else {
        facts.diagnostic = diagnostic;
      }
    }
    recipients.push(facts);
  }
  return { type, ...(subType ? { subType } : {}), recipients };
}

// ---------------------------------------------------------------------------------------------
// Delivery-status fields

function stripAddressType(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const semicolon = value.indexOf(';');
  // A domain written with its root's trailing dot ("someone@b.example.") is the same address; more
  // dots than one ("someone@b.example..") are a malformed address and stay as written.
  const address = (semicolon === -1 ? value : value.slice(semicolon + 1)).trim().replace(/^<|>$/g, '').replace(/(@[^@\s]{0,254}[^@\s.])\.$/, '$1');
  return address || undefined;
}

/** DSN fields are 7-bit, but some MTAs write ISO-2022-JP escape sequences into them (Lotus Domino). */
function decodeEscapes(value: string | undefined): string | undefined {
  if (value === undefined || value.indexOf('\u001b') === -1 || /[^\u0000-\u00ff]/.test(value)) return value;
  const bytes = new Uint8Array(value.length);
  for (let index = 0; index < value.length; index += 1) bytes[index] = value.charCodeAt(index);
  return decodeBytes(bytes, 'iso-2022-jp');
}

/** An RFC 5322 date as milliseconds, or undefined (Date.parse reads the forms DSNs use). */
function dateValue(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.replace(/\s*\([^)]{0,60}\)\s*$/, '').trim());
  return Number.isFinite(time) ? time : undefined;
}

function recipientFromGroup(group: readonly HeaderField[], arrival?: number): RecipientFacts | null {
  const get = (name: string) => decodeEscapes(headerValue(group, name));
  const finalRecipient = get('final-recipient') ?? get('original-recipient') ?? get('x-actual-recipient');
  const action = get('action');
  const status = get('status');
  const diagnosticField = get('diagnostic-code');
  if (!finalRecipient && !action && !status && !diagnosticField) return null;
  const facts: RecipientFacts = {};
  const address = stripAddressType(finalRecipient);
  if (address) facts.address = address;
  if (action) facts.action = action.trim().toLowerCase().split(/[\s(]/)[0] as string;
  const statusCode = status ? /\d\.\d{1,3}\.\d{1,3}/.exec(status)?.[0] : undefined;
  if (statusCode) facts.status = statusCode;
  if (diagnosticField) {
    const semicolon = diagnosticField.indexOf(';');
    if (semicolon > 0 && semicolon < 20 && /^[\w-]+$/.test(diagnosticField.slice(0, semicolon).trim())) {
      facts.diagnosticType = diagnosticField.slice(0, semicolon).trim().toLowerCase();
      facts.diagnostic = diagnosticField.slice(semicolon + 1).trim().slice(0, MAX_DIAGNOSTIC);
    } else {
      facts.diagnostic = diagnosticField.trim().slice(0, MAX_DIAGNOSTIC);
    }
  }
  const remote = get('remote-mta');
  if (remote) facts.remoteMta = stripAddressType(remote) ?? remote;
  const lastAttempt = dateValue(get('last-attempt-date'));
  if (arrival !== undefined && lastAttempt !== undefined && lastAttempt >= arrival) facts.triedHours = (lastAttempt - arrival) / 3_600_000;
  return facts;
}

/** DSN fields written inline in a text part (broken MIME, or a pasted report). */
function inlineDeliveryStatus(text: string): HeaderField[][] {
  const lines = text.split('\n', MAX_LINES);
  const fieldLine = /^\s*(final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date)\s*:\s?(.*)$/i;
  const groups: HeaderField[][] = [];
  let current: HeaderField[] | null = null;
  let last: { name: string; value: string } | null = null;
  const flush = () => {
    if (last && current) current.push({ name: last.name, value: last.value.trim() });
    last = null;
  };
  for (const line of lines) {
    const match = fieldLine.exec(line);
    if (match) {
      flush();
      const name = (match[1] as string).toLowerCase();
      if (name === 'final-recipient' || !current || (current.some((field) => field.name === name) && name !== 'diagnostic-code')) {
        current = [];
        groups.push(current);
      }
      last = { name, value: match[2] as string };
    } else if (last && /^[ \t]+\S/.test(line) && (last as { name: string }).name === 'diagnostic-code') {
      (last as { value: string }).value += ' ' + line.trim();
    } else {
      flush();
    }
  }
  flush();
  return groups.filter((group) => group.some((field) => field.name === 'status' || field.name === 'diagnostic-code'));
}

// ---------------------------------------------------------------------------------------------
// The returned message

function returnedFromEntity(entity: MimeEntity): ReturnedMessage {
  const headers = entity.headers;
  let html: string | undefined;
  let text: string | undefined;
  const visit = (part: MimeEntity, depth: number) => {
    if (depth > 6) return;
    if (part.parts.length > 0) {
      for (const child of part.parts) if (child.type !== 'message/rfc822') visit(child, depth + 1);
      return;
    }
    const disposition = (headerValue(part.headers, 'content-disposition') ?? '').toLowerCase();
    if (disposition.startsWith('attachment')) return;
    if (part.type === 'text/html' && html === undefined) html = part.text;
    else if (part.type === 'text/plain' && text === undefined) text = part.text;
  };
  visit(entity, 0);
  const subject = headerValue(headers, 'subject');
  return {
    headers,
    ...(subject !== undefined ? { subject } : {}),
    ...(html !== undefined ? { html } : {}),
    ...(text !== undefined ? { text } : {}),
  };
}

function returnedFromText(source: string, read: CharsetReader): ReturnedMessage | undefined {
  const trimmed = source.replace(/^\s+/, '');
  if (!trimmed) return undefined;
  const entity = parseMime(trimmed, read);
  if (entity.headers.length === 0) return { headers: [], text: trimmed.slice(0, MAX_NOTIFICATION) };
  return returnedFromEntity(entity);
}

// ---------------------------------------------------------------------------------------------

function looksLikeHeaders(entity: MimeEntity): boolean {
  return entity.headers.length >= 2;
}

export function readBounce(input: string | Uint8Array | ArrayBuffer): BounceFacts {
  const raw =
    typeof input === 'string' ? input : utf8OrLatin1(input instanceof Uint8Array ? input : new Uint8Array(input));
  const source = normalizeNewlines(raw);
  // One charset reader for the whole message: MAX_CHARSET_LABELS bounds the labels it tries.
  const read = bounceCharsets();
  const root = parseMime(source, read);
  const headers = looksLikeHeaders(root) ? root.headers : [];
  const subject = headerValue(headers, 'subject') ?? '';
  const from = headerValue(headers, 'from') ?? '';

  const statusGroups: HeaderField[][] = [];
  let feedback: HeaderField[] | undefined;
  const texts: string[] = [];
  const htmls: string[] = [];
  let returnedEntity: MimeEntity | undefined;
  let returnedHeadersOnly: HeaderField[] | undefined;

  // One "Word: text" line is a pasted reply ("Deferred: Connection refused by …"), not a header
  // block: read the whole text.
  const rootEntity: MimeEntity = headers.length > 0 ? root : root.headers.length > 0 ? { headers: [], type: 'text/plain', params: new Map(), text: source, parts: [] } : root;
  walkOwnParts(rootEntity, (part) => {
    if (part.parts.length > 0 && part.type !== 'message/rfc822' && part.type !== 'message/global') return;
    const type = part.type;
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      statusGroups.push(...parseFieldGroups(part.text, read));
    } else if (type === 'message/feedback-report') {
      feedback = parseFieldGroups(part.text, read).flat();
    } else if (type === 'message/rfc822' || type === 'message/global') {
      if (!returnedEntity && part.parts[0]) returnedEntity = part.parts[0];
    } else if (type === 'text/rfc822-headers' || type === 'text/rfc822-header' || type === 'message/rfc822-headers') {
      if (!returnedHeadersOnly) returnedHeadersOnly = parseHeaderBlock(normalizeNewlines(part.text), 0, read).headers;
    } else if (type === 'text/plain' || type === 'text/enriched' || type === 'message/disposition-notification') {
      const disposition = (headerValue(part.headers, 'content-disposition') ?? '').toLowerCase();
      const name = /\b(?:file)?name\s*=\s*"?([^";]{1,200})/i.exec((headerValue(part.headers, 'content-disposition') ?? '') + ';' + (headerValue(part.headers, 'content-type') ?? ''))?.[1] ?? '';
      if (/deliverystatus|delivery-status/i.test(name)) statusGroups.push(...parseFieldGroups(part.text, read));
      else if (!disposition.startsWith('attachment') || texts.length === 0) texts.push(part.text);
    } else if (type === 'text/html') {
      htmls.push(part.text);
    }
  });

  // A pasted report that starts with DSN fields parses as "headers": read them as a group.
  if (headerValue(headers, 'content-type') === undefined && ['final-recipient', 'diagnostic-code', 'status'].some((name) => headerValue(root.headers, name) !== undefined)) {
    statusGroups.push(root.headers.slice());
  }
  let notificationSource = texts.join('\n\n');
  if (notificationSource.trim() === '' && htmls.length > 0) notificationSource = htmlToText(htmls.join('\n'));
  if (notificationSource.length > MAX_NOTIFICATION * 4) notificationSource = notificationSource.slice(0, MAX_NOTIFICATION * 4);
  const split = splitAtOriginal(notificationSource);
  const notification = split.notification.slice(0, MAX_NOTIFICATION);

  let returned: ReturnedMessage | undefined;
  if (returnedEntity) returned = returnedFromEntity(returnedEntity);
  else if (returnedHeadersOnly) {
    const returnedSubject = headerValue(returnedHeadersOnly, 'subject');
    returned = { headers: returnedHeadersOnly, ...(returnedSubject !== undefined ? { subject: returnedSubject } : {}) };
  } else if (split.original) returned = returnedFromText(split.original, read);

  let groups = statusGroups;
  if (groups.length === 0) groups = inlineDeliveryStatus(notification);
  // The per-message Arrival-Date: in a delivery-status part's first group, or on a line of an inline report.
  const arrivalField = groups.map((group) => headerValue(group, 'arrival-date')).find((value) => value !== undefined) ?? /^[ \t]*arrival-date[ \t]*:[ \t]*([^\n]{1,100})$/im.exec(notification)?.[1];
  const arrival = dateValue(arrivalField);
  const recipients = groups.map((group) => recipientFromGroup(group, arrival)).filter((facts): facts is RecipientFacts => facts !== null);

  let notificationType: string | undefined;
  let bounceSubType: string | undefined;
  if (recipients.length === 0) {
    const ses = sesNotification(notification);
    if (ses) {
      notificationType = ses.type;
      bounceSubType = ses.subType;
      recipients.push(...ses.recipients);
    }
  }

  const facts: BounceFacts = {
    kind: 'unknown',
    headers,
    subject,
    from,
    recipients,
    notification,
    // Whether the headers and parts say a bounce (as kindOf reads them), for a reason in a non-Latin script.
    replies: findReplies(notification, { bounce: saysBounce(headers, subject, from, root, groups.length > 0) }),
    ...(returned ? { returned } : {}),
    ...(feedback ? { feedback } : {}),
    ...(notificationType ? { notificationType } : {}),
    ...(bounceSubType ? { bounceSubType } : {}),
  };
  facts.kind = kindOf(facts, root);
  return facts;
}

const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery (?:status|failure|failed|notification|has failed|report|problem)|returned mail|failure notice|mail delivery (?:failed|system|subsystem)|non[- ]?delivery|could not be delivered|delivery incomplete|(?:mail|message|delivery) rejected|rejected (?:mail|message)|warning: could not send|delayed mail|mail system error|returned to sender|not delivered|nicht zustellbar|non remis|no entregado|non recapitabile|配信(?:エラー|失敗|不能)|配送(?:エラー|失敗)|送信(?:エラー|失敗)|宛先不明|未配達/i;
const BOUNCE_FROM = /mailer-daemon|postmaster|mail delivery|mail ?administrator|mdaemon|mail system|microsoftexchange|no-?reply@sns\.amazonaws/i;
const FEEDBACK_SUBJECT = /abuse report|complaint about message|\bfbl\b|feedback report|spam report|abuse notification/i;
const AUTO_REPLY_SUBJECT =
  /auto(?:matic|matische)? ?(?:reply|response|antwort|respuesta|réponse)|autoreply|auto-reply|out of (?:the )?office|\booo\b|abwesen|absence|on vacation|vacation|away from (?:my|the) (?:desk|office)|réponse automatique|risposta automatica|respuesta automática|自動(?:応答|返信)/i;

/** Whether the headers say a bounce: a failure notice's subject, a mailer daemon's or postmaster's From, an X-Failed-Recipients header. */
function headersSayBounce(headers: readonly HeaderField[], subject: string, from: string): boolean {
  return BOUNCE_SUBJECT.test(subject) || BOUNCE_FROM.test(from) || headerValue(headers, 'x-failed-recipients') !== undefined;
}

/**
 * Whether the message's headers and parts say a bounce before its text is read for replies: a
 * delivery-status report or status fields, or the headers (headersSayBounce: the signs kindOf reads,
 * replies aside).
 */
function saysBounce(headers: readonly HeaderField[], subject: string, from: string, root: MimeEntity, statusFields: boolean): boolean {
  return statusFields || (root.params.get('report-type') ?? '').toLowerCase() === 'delivery-status' || headersSayBounce(headers, subject, from);
}

function kindOf(facts: BounceFacts, root: MimeEntity): BounceKind {
  const reportType = (root.params.get('report-type') ?? '').toLowerCase();
  if (reportType === 'feedback-report' || facts.feedback) return 'feedback';
  if (facts.notificationType && /complaint/i.test(facts.notificationType)) return 'feedback';
  if (reportType === 'delivery-status' || facts.recipients.length > 0) return 'bounce';
  const autoSubmitted = (headerValue(facts.headers, 'auto-submitted') ?? '').toLowerCase();
  // A null envelope sender (Return-Path: <>) marks notifications: bounces, and auto-replies.
  const nullSender = /^\s*<\s*>\s*$/.test(headerValue(facts.headers, 'return-path') ?? '');
  const looksBounce = headersSayBounce(facts.headers, facts.subject, facts.from) || facts.replies.length > 0;
  if (FEEDBACK_SUBJECT.test(facts.subject) && !BOUNCE_SUBJECT.test(facts.subject)) return 'feedback';
  if (headerValue(facts.returned?.headers ?? [], 'x-hmxmroriginalrecipient') !== undefined) return 'feedback';
  if (
    !looksBounce &&
    (AUTO_REPLY_SUBJECT.test(facts.subject) ||
      headerValue(facts.headers, 'x-autoreply') !== undefined ||
      headerValue(facts.headers, 'x-autorespond') !== undefined ||
      (autoSubmitted.startsWith('auto-replied') && facts.headers.length > 0 && !BOUNCE_FROM.test(facts.from)))
  ) {
    return 'auto-reply';
  }
  if (looksBounce || nullSender) return 'bounce';
  if (facts.headers.length >= 2) return 'message';
  return 'unknown';
}

