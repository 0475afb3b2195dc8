/**
 * form-by-reply reads the message's tokens and the characters between them. Two properties: on any
 * text it answers at most one well-formed hit inside the text; and on texts made of labels, words,
 * numbers, separators and blanks it finds the run the regex reader it replaced found (the
 * reference below, that reader's code: a regex split of the whole text, a lower-cased copy and a
 * word split of each piece), with the same count and the same location.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../../core/index.ts';
import { formFieldWords } from '../../../core/data/global.ts';
import { shorten } from '../../../core/report/report.ts';

const rule = rules.find((candidate) => candidate.id === 'form-by-reply')!;
const analyzer = createAnalyzer();

function hitOf(text: string): { count: number; start: number; end: number } | null {
  const hits = rule.check(analyzer.context({ text }));
  expect(hits.length).toBeLessThanOrEqual(1);
  const hit = hits[0];
  if (!hit) return null;
  const location = hit.location;
  if (location?.in !== 'text') throw new Error(`form-by-reply located its hit outside the text: ${JSON.stringify(location)}`);
  expect(location.start).toBeGreaterThanOrEqual(0);
  expect(location.end).toBeLessThanOrEqual(text.length);
  expect(location.start).toBeLessThan(location.end);
  expect(hit.evidence).toBe(shorten(text.slice(location.start, location.end)));
  return { count: Number('data' in hit ? hit.data?.count : undefined), start: location.start, end: location.end };
}

// The regex reader form-by-reply had before it read tokens (form27, 74fee1a), kept as the reference.
const LABELS = new Set(formFieldWords.filter((entry) => entry.for !== 'form-in-email').map((entry) => entry.word));
// A full stop after a word that is no numbering, before blanks on its line and `:` or a number word,
// closes an abbreviation inside a label (`Acct. No.:`, links31): no separator.
const ABBREVIATION_STOP = String.raw`(?<=[\p{L}\p{N}])(?<!(?:^|[^\p{L}\p{N}])(?:\d{1,3}|[a-k]))\.(?=[^\S\r\n]*(?::|(?:number|no|nr|num)(?![\p{L}\p{N}])))`;
const SEPARATOR = String.raw`[\r\n\t,;:/&+|()[\]{}…]|(?!${ABBREVIATION_STOP})\.|[-_=*]{2,}|\s(?:and|or)\s`;
const MODIFIERS = new Set(['a', 'copy', 'of', 'your', 'present', 'current', 'full', 'complete', 'direct', 'private', 'valid', 'personal', 'in', 'words']);
const QUALIFIERS = new Set([
  'home', 'house', 'residential', 'business', 'mailing', 'work', 'delivery', 'shipping', 'office', 'contact',
  'first', 'last', 'company', 'legal', 'user', 'date', 'mobile', 'cell', 'fax', 'voice', 'email', 'e', 'mail', 'postal',
]);
const TAILS = new Set(['number', 'no', 'nr', 'num', 'full', 'code']);

// The words whole first, then with tail words dropped one by one (form30: the regex reader dropped
// them all first, so a listed label ending in one, `account number`, was never read).
function referenceIsLabel(words: readonly string[]): boolean {
  for (let end = words.length; end > 0; end--) {
    if (end < words.length && !TAILS.has(words[end]!)) return false;
    if (end > 5) continue;
    for (let start = 0; start < end; start++) {
      if (LABELS.has(words.slice(start, end).join(' '))) return true;
      // `no`, `nr`, `num` last read as `number` (`Account no:`, links31).
      if (['no', 'nr', 'num'].includes(words[end - 1]!) && end - start > 1 && LABELS.has([...words.slice(start, end - 1), 'number'].join(' '))) return true;
      if (!MODIFIERS.has(words[start]!) && !QUALIFIERS.has(words[start]!)) break;
    }
  }
  return false;
}

function referencePiece(piece: string, lineStart: boolean, separator: string): string {
  if (piece.length > 240) return 'other';
  const words = piece.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.length === 0) return 'neutral';
  if (words.length === 1 && lineStart && /^(?:\d{1,3}|[a-k])$/.test(words[0]!)) return 'neutral';
  // Numbering anywhere right before `.`, `)` or `:` (form28's review: FF_LNNO is not tied to a line's start).
  if (['.', ')', ':'].includes(separator) && /(?:^|[^\p{L}\p{N}])(?:\d{1,3}|[a-k])$/iu.test(piece)) {
    words.pop();
    if (words.length === 0) return 'neutral';
  }
  if (piece.length <= 60 && referenceIsLabel(words)) return 'label';
  const your = words.lastIndexOf('your');
  if (your > 0 && referenceIsLabel(words.slice(your))) return 'asks';
  return 'other';
}

function referenceHit(text: string): { count: number; start: number; end: number } | null {
  const separator = new RegExp(SEPARATOR, 'giu');
  let best: { start: number; end: number; labels: number } | null = null;
  let current: { start: number; end: number; labels: number } | null = null;
  let from = 0;
  let lineStart = true;
  const take = (pieceStart: number, pieceEnd: number, separator: string): void => {
    const kind = referencePiece(text.slice(pieceStart, pieceEnd), lineStart, separator);
    if (kind === 'neutral') return;
    if (kind === 'label' && current) {
      current.labels++;
      current.end = pieceEnd;
    } else if (kind === 'label' || kind === 'asks') current = { start: pieceStart, end: pieceEnd, labels: 1 };
    else current = null;
    if (current && (!best || current.labels > best.labels)) best = { ...current };
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    take(from, match.index, match[0]);
    if (match[0] === '\n' || match[0] === '\r') lineStart = true;
    else if (text.slice(from, match.index).trim() !== '') lineStart = false;
    from = match.index + match[0].length;
  }
  take(from, text.length, '');
  const run = best as { start: number; end: number; labels: number } | null;
  if (!run || run.labels < 3) return null;
  const slice = text.slice(run.start, run.end);
  return { count: run.labels, start: run.start + (slice.length - slice.trimStart().length), end: run.end - (slice.length - slice.trimEnd().length) };
}

/** Labels and words around them, numbers and numbering (ASCII spellings: see the doc for `N@me`)... */
const WORDS = [
  'name', 'Full Name', 'address', 'ADDRESS', 'your', 'Your', 'Your home address', 'phone', 'telephone number', 'age', 'occupation',
  'next of kin', 'date of birth', 'e-mail', 'country', 'account number', 'Routing Number', 'your account number no', 'account', 'number', 'please send your name', 'kindly reply with', 'the', 'Ana Silva', 'a', 'k', 'z',
  'Account no', 'Acct', 'No', 'nr', 'Bank account number', 'bank', 'Tel', 'full',
  '1', '12', '713-345-3042', 'and', 'or', 'AND', 'Or', 'andy', 'order', '', 'x'.repeat(70),
];
/** ...and every kind of separator and blank between them. */
const GAPS = [
  ' ', ' ', '  ', '\u00a0', '\u2003', '\n', '\r\n', '\r', '\t', '\v', ',', ', ', ': ', ':\n', ';', '.', '. ', '/', '&', '+', '(', ')',
  '[', '}', '…', '-', '--', '_', '____', '*', '**', '=', '-_=', '•', '#', "' ", ' and ', ' or ', ' AND ', '\tand ', ' and\n', 'and',
  ' and and ', ' or and ', ', and ', '\n1. ', '\na) ', '\n\n', ': ____\n', ' \u00a0and\u2003',
];
const texts = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 30 }).map((pairs) => pairs.flat().join(''));

describe('form-by-reply reader', () => {
  it('answers at most one hit, inside the text, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        hitOf(text);
      }),
      { seed: 20261206, numRuns: 1500 },
    );
  });

  it('finds the run the regex reader found, with the same count and location', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(hitOf(text)).toEqual(referenceHit(text));
      }),
      { seed: 20261206, numRuns: 4000 },
    );
  });

  it('reads labels written with look-alike letters or digit swaps by their normal form', () => {
    // The regex reader missed these (it read `n@me` as `n` and `me`); tokens undo the swap.
    expect(hitOf('N@me:\nAddr3ss:\nPh0ne:\nOccupati0n:\n')).toMatchObject({ count: 4 });
    expect(hitOf('Nаme:\nAddress:\nPhone:\n')).toMatchObject({ count: 3 }); // Cyrillic а
  });

  it('reads a bar between letters as the tokenizer does, as a letter (a difference from the regex reader)', () => {
    // `Name|Address|Phone` is one token (`|` stands for an l between letters, as in `he||o`); with blanks around the bars the labels part.
    expect(referenceHit('Name|Address|Phone|Age')).toMatchObject({ count: 4 });
    expect(hitOf('Name|Address|Phone|Age')).toBeNull();
    expect(hitOf('Name | Address | Phone | Age')).toMatchObject({ count: 4 });
  });
});
