/**
 * explain() in time linear in its input (issue 12), checked by the patterns' shape, not by a clock
 * (the figures are `npx tsx scripts/bench-explain.ts --hostile`'s).
 *
 * A lookbehind is matched right to left. Words looked for behind a reading within a window
 * (`(?<!${WORD_START}(?:words)${WORD_END}[^]{0,160})`) ran WORD_END's two scans (up to 100 characters
 * back, 80 ahead) at each of the window's places before the words were tried; and a pattern that
 * opened with such a lookbehind ran it at every place of the text once its cause's patterns were
 * joined (the join loses the engine's skip to the places a word can start). On 2,000 characters of
 * "-" that was 0.5 s (recipient-filter's pattern of a block at the recipient's request). Both shapes
 * are checked here, over every pattern of the vocabulary and every pattern causes.ts exports.
 */
import { describe, expect, it } from 'vitest';
import * as causes from '../../core/explain/causes.ts';
import { CAUSES, LISTED_AT_RECIPIENTS_REQUEST, WORD_END, WORD_ENDS_HERE } from '../../core/explain/causes.ts';

const SOURCES: readonly [name: string, source: string][] = [
  ...CAUSES.flatMap((cause) =>
    (['concepts', 'phrases', 'lastResort'] as const).flatMap((field) => (cause[field] ?? []).map((pattern, index): [string, string] => [`${cause.id} ${field}[${index}]`, pattern.source])),
  ),
  ...Object.entries(causes).flatMap(([name, value]): [string, string][] => (value instanceof RegExp ? [[name, value.source]] : [])),
];

/** The group that opens at `start` (a "("), up to its ")", escapes and classes skipped. */
function groupAt(source: string, start: number): string {
  let depth = 0;
  let inClass = false;
  for (let at = start; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') {
      at++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return source.slice(start, at + 1);
  }
  return source.slice(start);
}

/** For each place of `source`, whether it is inside a lookbehind (matched right to left). */
function inLookbehind(source: string): boolean[] {
  const inside: boolean[] = [];
  const groups: boolean[] = [];
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const here = groups.includes(true);
    inside[at] = here;
    const char = source[at];
    if (char === '\\') {
      inside[at + 1] = here;
      at++;
    } else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') groups.push(source.startsWith('(?<=', at) || source.startsWith('(?<!', at));
    else if (char === ')') groups.pop();
  }
  return inside;
}

/**
 * The windows (a class repeated 50 times or more, or without bound) right after a WORD_END inside a
 * lookbehind, past any ")"
 * and lookaround between them, that are not guarded by the words repeated as a lookbehind and then
 * WORD_ENDS_HERE, the last thing before the window (a lookbehind is matched right to left: what is
 * nearest the window runs first, at each of its places).
 */
function windowsAfterWordEnd(source: string): number[] {
  const found: number[] = [];
  const behind = inLookbehind(source);
  for (let at = source.indexOf(WORD_END); at !== -1; at = source.indexOf(WORD_END, at + 1)) {
    if (!behind[at]) continue;
    let next = at + WORD_END.length;
    let repeated = false;
    let endsHereLast = false;
    for (;;) {
      if (source[next] === ')') next++;
      else if (source.startsWith(WORD_ENDS_HERE, next)) {
        next += WORD_ENDS_HERE.length;
        endsHereLast = true;
      } else if (/^\(\?<?[=!]/.test(source.slice(next, next + 4))) {
        const group = groupAt(source, next);
        repeated ||= group.startsWith('(?<=');
        endsHereLast = false;
        next += group.length;
      } else break;
    }
    const window = /^\[(?:\\.|[^\]\\])*\](?:\{0,(\d+)\}|[*+])/.exec(source.slice(next));
    if (window && (window[1] === undefined || Number(window[1]) >= 50) && !(repeated && endsHereLast)) found.push(at);
  }
  return found;
}

describe('the patterns explain() reads words with stay linear on long runs of non-spaces', () => {
  it('reads several hundred patterns, WORD_END among them', () => {
    expect(SOURCES.length).toBeGreaterThan(500);
    expect(SOURCES.filter(([, source]) => source.includes(WORD_END)).length).toBeGreaterThan(50);
  });

  it('never has WORD_END before a window but through the words repeated, `(?<=words)`, and WORD_ENDS_HERE last', () => {
    expect(SOURCES.filter(([, source]) => windowsAfterWordEnd(source).length > 0).map(([name]) => name)).toEqual([]);
  });

  it('finds a window after WORD_END in a lookbehind whatever closes or looks around between them', () => {
    const words = '(?:spam|full)';
    for (const bad of [
      `${words}${WORD_END}[^]{0,160}`,
      `(?:${words}${WORD_END})[^]{0,160}`,
      `${words}${WORD_END}[^;]{0,160}`,
      `${words}${WORD_END}[^;!?]*`,
      `${words}${WORD_END}(?<=${words})[^]{0,160}`,
      `${words}${WORD_END}${WORD_ENDS_HERE}[^]{0,160}`,
      `${words}${WORD_END}(?<=${words})${WORD_ENDS_HERE}(?! x)[^]{0,160}`,
    ]) {
      expect(windowsAfterWordEnd(`(?<!${bad})x`), bad).toHaveLength(1);
    }
    for (const good of [
      `${words}${WORD_END}(?<=${words})${WORD_ENDS_HERE}[^]{0,160}`,
      `(?:${words}${WORD_END}(?<=${words})${WORD_ENDS_HERE})[^]{0,160}`,
      `${words}${WORD_END}(?<=${words})(?! x)${WORD_ENDS_HERE}[^]{0,160}`,
      `${words}${WORD_END} [^]{0,160}`,
      `${words}${WORD_END}[^]{0,20}`,
    ]) {
      expect(windowsAfterWordEnd(`(?<!${good})x`), good).toEqual([]);
    }
    // Outside a lookbehind a window is matched forward, after WORD_END's scans ran once.
    expect(windowsAfterWordEnd(`${words}${WORD_END}[^]{0,160}x`)).toEqual([]);
  });

  it('never opens with a lookbehind that reads a window of 100 characters or more', () => {
    const opening = SOURCES.filter(([, source]) => /^\(\?<[!=]/.test(source)).filter(([, source]) =>
      [...groupAt(source, 0).matchAll(/\[\^\]\{0,(\d+)\}/g)].some((match) => Number(match[1]) >= 100),
    );
    expect(opening.map(([name]) => name)).toEqual([]);
  });

  it('groupAt reads a group whole, past escapes and classes', () => {
    expect(groupAt(String.raw`(?<!a\)(b[)(]c)[^]{0,160})d`, 0)).toBe(String.raw`(?<!a\)(b[)(]c)[^]{0,160})`);
  });

  // What the checks above keep: the guards still read their words, inside the window and not past it.
  const listedAtRequest = CAUSES.find((cause) => cause.id === 'recipient-filter')?.concepts?.find((pattern) => pattern.source.includes(LISTED_AT_RECIPIENTS_REQUEST.source));
  it.each([
    ['client blacklisted at the request of the recipient', true],
    // Another cause said before, within 160 characters (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE)…
    ['mailbox full; client blacklisted at the request of the recipient', false],
    [`user unknown ${'-'.repeat(150)} client blacklisted at the request of the recipient`, false],
    // …but not inside an address (WORD_END), nor further back than the window.
    ['spam@b.example client blacklisted at the request of the recipient', true],
    [`mailbox full ${'-'.repeat(170)} client blacklisted at the request of the recipient`, true],
    [`user unknown ${'-'.repeat(170)} client blacklisted at the request of the recipient`, true],
  ])('recipient-filter reads a block at the request of the recipient in %s: %s', (words, read) => {
    expect(listedAtRequest?.test(words)).toBe(read);
  });
});
