// Detects a form written into the text for the reader to fill in and send back: a run of bare
// field labels ("Full name:", "Address:", "Phone:", "Age:", "Occupation:"), one a line or listed in
// a sentence ("send us your name, address, phone number, age and occupation"). Advance-fee,
// lottery and loan fraud collect their victims' details this way. A label that carries its value
// ("Name: Ana Silva", an order confirmation) breaks the run, as in SpamAssassin, whose rules need
// the fields blank. Source: SpamAssassin FILL_THIS_FORM_LONG (five fields or more, 2.00 in
// 73_sandbox_manual_scores.cf, which overrides 50_scores.cf) and T_FILL_THIS_FORM_SHORT (three,
// testing only), 72_active.cf; field words: wordlists/global/form-field-words.yml, read whole.
import type { Message } from '../../message/message.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

/** Labels in a row that make SpamAssassin's long form (`__FILL_THIS_FORM_LONG1/2`, `{5}`) and its short one (`{3}`). */
const LONG = 5;
const SHORT = 3;
/** A label is a field word of at most this many words ("next of kin"), after at most two modifiers or qualifiers. */
const LABEL_WORDS = 3;
/** A piece longer than this is prose, never a label (read no further). */
const LABEL_CHARACTERS = 60;
/** What parts labels, as SpamAssassin's FF_BLANK2 and ANDOR: line ends, colons, commas, "and"/"or", blank fills. */
const SEPARATOR = String.raw`[\r\n\t,;:/&+|()[\]{}.…]|[-_=*]{2,}|\s(?:and|or)\s`;
/** SpamAssassin's FF_YOUR modifiers ("your full", "a copy of your"), dropped before a label is read. */
const MODIFIERS = new Set(['a', 'copy', 'of', 'your', 'present', 'current', 'full', 'complete', 'direct', 'private', 'valid', 'personal', 'in', 'words']);
/**
 * Words SpamAssassin's field tags allow before a field word (FF_A2 "home address", FF_N1 "first
 * name", FF_P1 "mobile phone", FF_M1 "date of birth"): dropped with the modifiers.
 */
const QUALIFIERS = new Set([
  'home', 'house', 'residential', 'business', 'mailing', 'work', 'delivery', 'shipping', 'office', 'contact',
  'first', 'last', 'company', 'legal', 'user', 'date', 'mobile', 'cell', 'fax', 'voice',
]);
/** What may follow a field word (SpamAssassin's `<NUMBER>`, FF_SUFFIX "in full"): "phone number", "ID no". */
const TAILS = new Set(['number', 'no', 'nr', 'num', 'full', 'code']);
/** SpamAssassin's list-mail and reply exclusions (`!__VIA_ML`, `!__DOS_HAS_LIST_UNSUB`, `!__THREADED`). */
const EXCLUDING_HEADERS = ['list-id', 'list-unsubscribe', 'in-reply-to', 'references'];

type Piece = 'label' | 'asks' | 'neutral' | 'other';

/**
 * Whether `words` are one field label: a field word (or words) of `labels`, after modifiers and
 * qualifiers only, and before a number word only.
 */
function isLabel(words: readonly string[], labels: ReadonlySet<string>): boolean {
  let end = words.length;
  while (end > 1 && TAILS.has(words[end - 1]!)) end--;
  if (end === 0 || end > LABEL_WORDS + 2) return false;
  for (let start = 0; start < end; start++) {
    if (labels.has(words.slice(start, end).join(' '))) return true;
    const word = words[start]!;
    if (!MODIFIERS.has(word) && !QUALIFIERS.has(word)) return false;
  }
  return false;
}

/** What a piece of text between separators is: a field label, a request ending in one ("send your name"), nothing (blank, or numbering at a line's start), or other text. */
function readPiece(piece: string, lineStart: boolean, labels: ReadonlySet<string>): Piece {
  if (piece.length > LABEL_CHARACTERS * 4) return 'other';
  const words = piece.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.length === 0) return 'neutral';
  // Numbering (SpamAssassin's FF_LNNO: `1.`, `a)`) at a line's start; any other number is a value
  // (a phone number after `Phone:`) and breaks the run, as in SpamAssassin.
  if (words.length === 1 && lineStart && /^(?:\d{1,3}|[a-k])$/.test(words[0]!)) return 'neutral';
  if (piece.length <= LABEL_CHARACTERS && isLabel(words, labels)) return 'label';
  const your = words.lastIndexOf('your');
  if (your > 0 && isLabel(words.slice(your), labels)) return 'asks';
  return 'other';
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly labels: number;
}

/** The longest run of field labels in the text, each piece between separators read once. */
function longestRun(text: string, labels: ReadonlySet<string>): Run | null {
  const separator = new RegExp(SEPARATOR, 'giu');
  let best: Run | null = null;
  let current: { start: number; end: number; labels: number } | null = null;
  let from = 0;
  let lineStart = true;
  const take = (pieceStart: number, pieceEnd: number) => {
    const kind = readPiece(text.slice(pieceStart, pieceEnd), lineStart, labels);
    if (kind === 'neutral') return;
    if (kind === 'label' && current) {
      current.labels++;
      current.end = pieceEnd;
    } else if (kind === 'label' || kind === 'asks') {
      current = { start: pieceStart, end: pieceEnd, labels: 1 };
    } else {
      current = null;
    }
    if (current && (!best || current.labels > best.labels)) best = { ...current };
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    take(from, match.index);
    // A piece starts a line when nothing but blanks parts it from the line's end before it.
    if (match[0] === '\n' || match[0] === '\r') lineStart = true;
    else if (text.slice(from, match.index).trim() !== '') lineStart = false;
    from = match.index + match[0].length;
  }
  take(from, text.length);
  return best;
}

function excluded(message: Message): boolean {
  return EXCLUDING_HEADERS.some((name) => (message.headers.get(name)?.length ?? 0) > 0);
}

export default defineRule({
  id: 'form-by-reply',
  category: 'phrases',
  description: 'Asks for personal details to fill in and send back',
  weight: 2,
  cap: 1,
  messages: {
    'form-by-reply':
      'The text lists {count} blank fields to fill in and send back, starting `{evidence}`: a form written into the mail that asks for name, address, phone or age is how advance-fee, lottery and loan fraud collect details, and filters score it.',
    'link-a-form':
      'If you need these details, link to a form on your own website, and never ask for identity or bank details by mail.',
  },
  check({ message, lists }) {
    if (excluded(message)) return [];
    const run = longestRun(message.text, lists.formFields.labels);
    if (!run || run.labels < SHORT) return [];
    // The run without the blanks around it, so the evidence is the text at its location.
    const slice = message.text.slice(run.start, run.end);
    const start = run.start + (slice.length - slice.trimStart().length);
    const end = run.end - (slice.length - slice.trimEnd().length);
    const evidence = shorten(message.text.slice(start, end));
    const hit: MessageHit = {
      messageId: 'form-by-reply',
      suggestionId: 'link-a-form',
      data: { count: String(run.labels), evidence },
      evidence,
      location: inText(start, end),
      // Five fields or more is SpamAssassin's scored long form; three or four its short testing rule.
      strength: run.labels >= LONG ? 1 : 0.5,
    };
    return [hit];
  },
});
