/**
 * A form written into the text for the reader to fill in and send back: the longest run of bare
 * field labels ("Full name:", "Address:", "Phone:", "Next of kin:"), one a line or listed in a
 * sentence, in mail that is neither list mail nor a reply. form-by-reply scores it (SpamAssassin
 * FILL_THIS_FORM_LONG / T_FILL_THIS_FORM_SHORT, 72_active.cf); the phrase rules read where its
 * labels are, so a label of a long form that is also a trigger phrase ("next of kin", shady.yml)
 * counts once, in form-by-reply (issue 11; `withinFormLabel`). docs/rules/form-by-reply.md says
 * what is read and why, and how SpamAssassin differs.
 */
import type { Message } from '../message/message.ts';
import type { Lists } from '../rules/rule.ts';
import { overlapCursor } from '../text/ranges.ts';
import type { TokenList } from '../text/tokenize.ts';
import type { FactSources } from './index.ts';

/** Labels in a row that make SpamAssassin's long form (`__FILL_THIS_FORM_LONG1/2`, `{5}`) and its short one (`{3}`). */
export const LONG = 5;
export const SHORT = 3;
/** A label is a field word of at most this many words ("next of kin"), after at most two modifiers or qualifiers. */
const LABEL_WORDS = 3;
/** A piece longer than this is prose, never a label (read no further). */
const LABEL_CHARACTERS = 60;
/**
 * Characters that part labels, as SpamAssassin's FF_BLANK2 and ANDOR: line ends, tabs, colons,
 * commas, slashes, brackets, full stops, ellipses (one character each); runs of two or more of
 * `-_=*` (blank fills, `____`); and the words "and"/"or" between blanks (the token's own test).
 */
const PARTING = new Set([...'\r\n\t,;:/&+|()[]{}.…'].map((character) => character.charCodeAt(0)));
/** What the walk makes of an ASCII character, by one lookup: Class.Parting, Class.Fill or Class.Blank bits (0: a character that fills a piece). */
const Class = { Parting: 1, Fill: 2, Blank: 4 } as const;
const isFill = (code: number): boolean => code === 0x2d || code === 0x5f || code === 0x3d || code === 0x2a;
/** What JavaScript's `\s` and `trim()` read as blank. */
function isBlank(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    table[code] = (PARTING.has(code) ? Class.Parting : 0) | (isFill(code) ? Class.Fill : 0) | (isBlank(code) ? Class.Blank : 0);
  }
  return table;
})();
/** The class of any character (ASCII by the table). */
function classOf(code: number): number {
  if (code < 0x80) return ASCII_CLASS[code]!;
  return PARTING.has(code) ? Class.Parting : isBlank(code) ? Class.Blank : 0;
}
/** SpamAssassin's FF_YOUR modifiers ("your full", "a copy of your"), dropped before a label is read. */
const MODIFIERS = new Set(['a', 'copy', 'of', 'your', 'present', 'current', 'full', 'complete', 'direct', 'private', 'valid', 'personal', 'in', 'words']);
/**
 * Words SpamAssassin's field tags allow before a field word (FF_A2 "home address", "e-mail
 * address", "postal address"; FF_N1 "first name", "company name"; FF_P1 "mobile phone"; FF_M1 "date
 * of birth"): dropped with the modifiers. A qualifier alone is no label (`Company:`), unless the
 * wordlist lists it as one (`Email:`, FF_M1).
 */
const QUALIFIERS = new Set([
  'home', 'house', 'residential', 'business', 'mailing', 'work', 'delivery', 'shipping', 'office', 'contact',
  'first', 'last', 'company', 'legal', 'user', 'date', 'mobile', 'cell', 'fax', 'voice', 'email', 'e', 'mail', 'postal',
]);
/** What may follow a field word (SpamAssassin's `<NUMBER>`, FF_SUFFIX "in full"): "phone number", "ID no". */
const TAILS = new Set(['number', 'no', 'nr', 'num', 'full', 'code']);
/** The tail words that stand for `number`: a listed label that ends in `number` reads the same with one (`Account no:` is `account number`). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nr', 'num']);

/** Whether `norm` can end a listed label: the last word of one, or an abbreviation of `number` when a label ends in it. */
function endsLabel(norm: string, labelEnds: ReadonlySet<string>): boolean {
  return labelEnds.has(norm) || (NUMBER_ABBREVIATIONS.has(norm) && labelEnds.has('number'));
}
/**
 * Numbering (SpamAssassin's FF_LNNO: `1.`, `a)`, `3:`): a lone number of one to three digits or a
 * letter a–k, at a line's start or, anywhere, right before a `.`, `)` or `:` (FF_LNNO is not tied
 * to a line's start: `Kindly send: 1. Your Full Name: 2. Your Home Address: …`).
 */
const NUMBERING = /^(?:\d{1,3}|[a-k])$/;
const NUMBERED_BY = new Set([0x2e, 0x29, 0x3a]);
/**
 * SpamAssassin's list-mail and reply exclusions: `!__VIA_ML` (20_head_tests.cf `__ML1`–`__ML5`:
 * List-Id, List-Post, Mailing-List, a Precedence of list or bulk, a list's Return-Path),
 * `!__DOS_HAS_LIST_UNSUB`, `!__THREADED` (In-Reply-To, References). `Precedence: junk`, which
 * SpamAssassin does not read here, is bulk mail's other mark (RFC 2076), so it excludes too.
 */
const EXCLUDING_HEADERS = ['list-id', 'list-post', 'mailing-list', 'list-unsubscribe', 'in-reply-to', 'references'];
const LIST_PRECEDENCE = /\b(?:list|bulk|junk)\b/i;
/** `__ML5`: `Return-Path:addr =~ m{^(?:[^\@]+-(?:request|bounces|admin|owner)|owner-[^\@]+)(?:\@|\z)}i`. */
const LIST_RETURN_PATH = /^(?:[^@]+-(?:request|bounces|admin|owner)|owner-[^@]+)(?:@|$)/i;

/** The address of a Return-Path (`<owner-x@example.org>`): what is inside the angle brackets, else the value trimmed. */
function returnPathAddress(value: string): string {
  const open = value.indexOf('<');
  const close = open < 0 ? -1 : value.indexOf('>', open + 1);
  return (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
}

/** What a token's normal form is to the reader, as bits (each distinct form classified once a message). */
const Kind = { Read: 1, Dropped: 2, Tail: 4, Your: 8, AndOr: 16, Numbering: 32, Label: 64, LabelEnd: 128, NumberAbbreviation: 256, Number: 512 } as const;

function kindOf(norm: string, labels: ReadonlySet<string>, labelEnds: ReadonlySet<string>): number {
  let kind = Kind.Read;
  if (MODIFIERS.has(norm) || QUALIFIERS.has(norm)) kind |= Kind.Dropped;
  if (TAILS.has(norm)) kind |= Kind.Tail;
  if (norm === 'your') kind |= Kind.Your;
  if (norm === 'and' || norm === 'or') kind |= Kind.AndOr;
  if (NUMBERING.test(norm)) kind |= Kind.Numbering;
  if (labels.has(norm)) kind |= Kind.Label;
  if (endsLabel(norm, labelEnds)) kind |= Kind.LabelEnd;
  if (NUMBER_ABBREVIATIONS.has(norm)) kind |= Kind.NumberAbbreviation | Kind.Number;
  if (norm === 'number') kind |= Kind.Number;
  return kind;
}

type Piece = 'label' | 'asks' | 'neutral' | 'other';

interface Run {
  readonly start: number;
  readonly end: number;
  readonly labels: number;
  /** where its labels start: its start, or the `your` of a request that opens it */
  readonly labelsFrom: number;
}

/**
 * The form written into a message's text: the longest run of blank field labels, three or more,
 * in mail that is neither list mail nor a reply (SpamAssassin's exclusions, below).
 */
export interface ReplyForm {
  /** the run, without the blanks around it */
  readonly start: number;
  readonly end: number;
  /** how many labels the run holds */
  readonly labels: number;
  /**
   * Where its labels start: `start`, or, when a request ending in a label opens the run (`Kindly
   * send us your full name, …`), the request's `your`. From there to `end` the run holds nothing
   * but labels, their separators and blanks or numbering, so words between two separators there
   * are one label's (`withinFormLabel`).
   */
  readonly labelsFrom: number;
}

/**
 * The longest run of field labels in the text, read from its tokens (their normal forms: case
 * folded, look-alikes and digit swaps undone, so `N@me:` is a label) and from the characters
 * between them, each looked at once. A piece is the tokens between two separators.
 */
function longestRun(text: string, tokens: TokenList, { labels, labelEnds }: Lists['formFields'], templated: (start: number, end: number) => boolean): Run | null {
  const { starts, ends, normIds, norms } = tokens;
  const count = tokens.length;
  // A label counts only when its words (whole, or with tail words such as "number" dropped) join
  // to a listed label, so it ends in a token that ends a listed label; the pieces of a run never overlap, so a
  // form of SHORT labels needs SHORT such tokens at different places. A text with fewer holds no
  // form: most mail, whose characters are then not walked. One look-up a distinct normal form
  // (0 not read, 1 no, 2 yes).
  const ending = new Uint8Array(norms.length);
  let endings = 0;
  for (let index = 0; index < count && endings < SHORT; index++) {
    const id = normIds[index]!;
    let known = ending[id]!;
    if (known === 0) ending[id] = known = endsLabel(norms[id]!, labelEnds) ? 2 : 1;
    if (known === 2) endings++;
  }
  if (endings < SHORT) return null;
  const kinds = new Uint16Array(norms.length);
  const kind = (index: number): number => {
    const id = normIds[index]!;
    let known = kinds[id]!;
    if (known === 0) {
      known = kindOf(norms[id]!, labels, labelEnds);
      kinds[id] = known;
    }
    return known;
  };
  /**
   * Whether tokens `from`…`to`-1 are one field label: a field word (or words), after modifiers and
   * qualifiers only, and before tail words only. The words are read whole first, then with their
   * tail words dropped one by one, so a listed label that ends in one (`account number`, `routing
   * number`) is read whole and `phone number` as `phone`; `no`, `nr` or `num` last reads as `number`
   * (`Account no:`, `Acct. No.:`).
   */
  const isLabel = (from: number, to: number): boolean => {
    for (let end = to; end > from; end--) {
      if (end < to && (kind(end) & Kind.Tail) === 0) return false;
      // Only words that end in a token ending a listed label can join to one.
      if (end - from > LABEL_WORDS + 2 || (kind(end - 1) & Kind.LabelEnd) === 0) continue;
      const abbreviated = (kind(end - 1) & Kind.NumberAbbreviation) !== 0;
      for (let start = from; start < end; start++) {
        if (end - start === 1 ? (kind(start) & Kind.Label) !== 0 : labels.has(joined(start, end)) || (abbreviated && labels.has(`${joined(start, end - 1)} number`))) return true;
        if ((kind(start) & Kind.Dropped) === 0) break;
      }
    }
    return false;
  };
  const joined = (from: number, to: number): string => {
    let words = norms[normIds[from]!]!;
    for (let index = from + 1; index < to; index++) words += ' ' + norms[normIds[index]!]!;
    return words;
  };
  /** The first token of the label the last piece read as `asks` ends in (its `your`). */
  let labelFrom = 0;
  /** What the piece `pieceStart`…`pieceEnd` of tokens `from`…`to`-1 is: a field label, a request ending in one ("send your name"), nothing (blank, or numbering), or other text. */
  const read = (pieceStart: number, pieceEnd: number, from: number, to: number, separator: number): Piece => {
    const length = pieceEnd - pieceStart;
    if (length > LABEL_CHARACTERS * 4 || valued) return 'other';
    if (to === from) return 'neutral';
    // Numbering at a line's start; any other number is a value (a phone number after `Phone:`)
    // and breaks the run, as in SpamAssassin.
    if (to - from === 1 && lineStart && (kind(from) & Kind.Numbering) !== 0) return 'neutral';
    // Numbering anywhere, the piece's last token right before `.`, `)` or `:`: `2.` ends the
    // piece `Your Home Address: 2`, `b)` the piece `name b`; what comes before it is read alone.
    if (NUMBERED_BY.has(separator) && ends[to - 1] === pieceEnd && (kind(to - 1) & Kind.Numbering) !== 0) {
      to--;
      if (to === from) return 'neutral';
    }
    if (length <= LABEL_CHARACTERS && isLabel(from, to)) return 'label';
    for (let your = to - 1; your > from; your--) {
      if ((kind(your) & Kind.Your) === 0) continue;
      labelFrom = your;
      return isLabel(your, to) ? 'asks' : 'other';
    }
    return 'other';
  };

  let best: Run | null = null;
  let runStart = -1;
  let runLabelsFrom = 0;
  let runEnd = 0;
  let runLabels = 0;
  /** Whether the piece being read starts a line: nothing but blanks parts it from the line's end before it. */
  let lineStart = true;
  /** Whether the piece being read holds anything but blanks. */
  let filled = false;
  /** Whether it holds a word of a merge tag (`{{company.name}}`): a value the sender's software fills in, not a blank. */
  let valued = false;
  let pieceStart = 0;
  let firstToken = 0;
  /** Ends the piece being read (its tokens up to `endToken`) at a separator `at`…`after`, whose first character is `separator` (-1 at the text's end). */
  const part = (at: number, after: number, newline: boolean, endToken: number, separator: number): void => {
    const piece = read(pieceStart, at, firstToken, endToken, separator);
    if (piece === 'label' && runStart >= 0) {
      runLabels++;
      runEnd = at;
    } else if (piece === 'label' || piece === 'asks') {
      runStart = pieceStart;
      runLabelsFrom = piece === 'asks' ? starts[labelFrom]! : pieceStart;
      runEnd = at;
      runLabels = 1;
    } else if (piece === 'other') runStart = -1;
    if (runStart >= 0 && (!best || runLabels > best.labels)) best = { start: runStart, end: runEnd, labels: runLabels, labelsFrom: runLabelsFrom };
    if (newline) lineStart = true;
    else if (filled) lineStart = false;
    filled = false;
    valued = false;
    pieceStart = after;
  };
  /**
   * Whether the `.` at `at` (in the gap before token `next`, which starts at `gapEnd`) closes an
   * abbreviation within a label rather than parting two: it follows a word that is no numbering
   * (`1.`, `a.`), and after blanks on its line comes the label's `:` or `number`, `no`, `nr`, `num`
   * (`Acct. No.:`, `Tel. No.:`). Before any other word it parts, as a sentence's full stop
   * (`phone no. We will call`).
   */
  const abbreviates = (at: number, gapEnd: number, next: number): boolean => {
    if (next === 0 || ends[next - 1] !== at || (kind(next - 1) & Kind.Numbering) !== 0) return false;
    let after = at + 1;
    while (after < gapEnd && isBlank(text.charCodeAt(after)) && text.charCodeAt(after) !== 0x0a && text.charCodeAt(after) !== 0x0d) after++;
    if (after < gapEnd) return text.charCodeAt(after) === 0x3a;
    return next < count && (kind(next) & Kind.Number) !== 0;
  };
  let from = 0;
  for (let index = 0; index <= count; index++) {
    const gapEnd = index < count ? starts[index]! : text.length;
    const gapStart = from;
    for (let at = from; at < gapEnd; at++) {
      const code = text.charCodeAt(at);
      const type = classOf(code);
      if ((type & Class.Parting) !== 0) {
        if (code === 0x2e && abbreviates(at, gapEnd, index)) {
          filled = true;
          continue;
        }
        part(at, at + 1, code === 0x0a || code === 0x0d, index, code);
        firstToken = index;
      } else if ((type & Class.Fill) !== 0) {
        let after = at + 1;
        while (after < gapEnd && isFill(text.charCodeAt(after))) after++;
        if (after - at >= 2) {
          part(at, after, false, index, code);
          firstToken = index;
          at = after - 1;
        } else filled = true;
      } else if ((type & Class.Blank) === 0) filled = true;
    }
    if (index === count) break;
    const start = gapEnd;
    const end = ends[index]!;
    // "and"/"or" between blanks parts labels (`\s(?:and|or)\s`, the blanks taken with it): not
    // after a tab or line end, which part on their own, nor after a blank another took.
    if ((kind(index) & Kind.AndOr) !== 0 && start - 1 >= gapStart && end < text.length) {
      const before = text.charCodeAt(start - 1);
      if (isBlank(before) && before !== 0x09 && before !== 0x0a && before !== 0x0d && isBlank(text.charCodeAt(end)) && /^(?:and|or)$/i.test(text.slice(start, end))) {
        part(start - 1, end + 1, false, index, text.charCodeAt(start - 1));
        firstToken = index + 1;
        from = end + 1;
        continue;
      }
    }
    filled = true;
    if (templated(start, end)) valued = true;
    from = end;
  }
  part(text.length, text.length, false, count, -1);
  return best;
}

function excluded(message: Message): boolean {
  const { headers } = message;
  if (EXCLUDING_HEADERS.some((name) => (headers.get(name)?.length ?? 0) > 0)) return true;
  if (headers.get('precedence')?.some((value) => LIST_PRECEDENCE.test(value))) return true;
  return headers.get('return-path')?.some((value) => LIST_RETURN_PATH.test(returnPathAddress(value))) ?? false;
}

/** The form in the message's text (form-by-reply's reading), or null: fewer than SHORT labels in a row, or list mail or a reply. */
export function findReplyForm({ message, lists }: FactSources): ReplyForm | null {
  if (excluded(message)) return null;
  const run = longestRun(message.text, message.tokens, lists.formFields, overlapCursor(message.placeholders));
  if (!run || run.labels < SHORT) return null;
  // The run without the blanks around it, so the evidence is the text at its location.
  const slice = message.text.slice(run.start, run.end);
  const start = run.start + (slice.length - slice.trimStart().length);
  const end = run.end - (slice.length - slice.trimEnd().length);
  return Object.freeze({ start, end, labels: run.labels, labelsFrom: Math.max(start, run.labelsFrom) });
}

/**
 * What parts two labels inside a hit, as the reader parts them: a separator character, a blank
 * fill (two or more of `-_=*`), or "and"/"or" between blanks. Linear: one pass, no nested repeats.
 */
const LABEL_PARTING = /[\r\n\t,;:/&+|()[\]{}.…]|[-_=*]{2}|\s(?:and|or)\s/i;

/**
 * Whether the text `start`…`end` (a phrase hit) lies within one label of a long form (LONG labels
 * or more): inside the form's labels and not across what parts two of them. There the run holds
 * only labels and blanks or numbering, so its words are a label's (`Next of kin`, `private
 * email`), while a hit across labels (`username and password`) or in the request before them is
 * not one label. A short form (SHORT to LONG - 1 labels) holds none: SpamAssassin's scored
 * advance-fee rules stand aside only on `__FILL_THIS_FORM`, the long form (72_active.cf 7453),
 * not on `__FILL_THIS_FORM_SHORT` (7535), so the phrases of a three-line form keep counting.
 */
export function withinFormLabel(form: ReplyForm | null, start: number, end: number, text: string): boolean {
  if (form === null || form.labels < LONG || start < form.labelsFrom || end > form.end) return false;
  return !LABEL_PARTING.test(text.slice(start, end));
}
