/**
 * excessive-emoji jumps from one candidate character to the next with a character class
 * (`CANDIDATE`). Until host38 the class was everything from ‼ up (`[\u200d\u203c-\uffff]`), so
 * CJK, kana, Hangul and full-width text was visited a character at a time; now it is the units
 * the loop can act on. Skipping a unit the loop would only have ended a join on changes nothing:
 * these tests check that on every BMP unit, and compare the rule with the old reading (kept here)
 * on generated messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import rule, { CANDIDATE } from '../../../core/rules/formatting/excessive-emoji.ts';
import type { RuleContext } from '../../../core/rules/rule.ts';
import { overlapCursor } from '../../../core/text/ranges.ts';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const TYPOGRAPHY = new Set([0xa9, 0xae, 0x2122]);
const FIRST_EMOJI = 0x203c;
const ZWJ = 0x200d;
function isModifier(code: number): boolean {
  return code === 0xfe0f || code === 0xfe0e || (code >= 0x1f3fb && code <= 0x1f3ff) || code === 0x20e3;
}

/** What the loop does with a BMP unit beyond ending a join: counts it, joins with it or extends a run by it. */
function actsOn(code: number): boolean {
  if (code === ZWJ || isModifier(code)) return true;
  if (code >= 0xd800 && code <= 0xdfff) return true; // half of a code point past the BMP
  return code >= FIRST_EMOJI && !TYPOGRAPHY.has(code) && PICTOGRAPHIC.test(String.fromCodePoint(code));
}

/** The rule's check before host38, as it was written, with the old candidate class. */
function oldCheck(context: RuleContext): unknown[] {
  const { message } = context;
  const text = message.text;
  const isHidden = overlapCursor(message.hidden);
  interface Run {
    start: number;
    end: number;
    count: number;
  }
  let count = 0;
  let run: Run | null = null;
  let longest: Run | null = null;
  let first: Run | null = null;
  let joined = false;
  const candidate = /[\u200d\u203c-\uffff]/g;
  for (let i = 0; i < text.length; ) {
    candidate.lastIndex = i;
    if (!candidate.test(text)) break;
    const next = candidate.lastIndex - 1;
    if (next > i) joined = false;
    i = next;
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const emoji = code >= FIRST_EMOJI && !TYPOGRAPHY.has(code) && PICTOGRAPHIC.test(String.fromCodePoint(code));
    if (emoji && !isHidden(i, i + width)) {
      if (joined && run) run.end = i + width;
      else {
        count++;
        if (run && run.end === i) {
          run.end = i + width;
          run.count++;
        } else run = { start: i, end: i + width, count: 1 };
        first ??= run;
      }
      if (!longest || run.count > longest.count) longest = run;
    } else if ((code === ZWJ || isModifier(code)) && run && run.end === i) {
      run.end = i + width;
    }
    joined = code === ZWJ;
    i += width;
  }
  const words = Math.max(context.facts.visibleText.words, 1);
  const many = count >= 5 && count * 30 >= words;
  const strung = (longest?.count ?? 0) >= 3;
  if (!many && !strung) return [];
  const shown = strung ? (longest as Run) : (first as Run);
  // The rule's hit carries the same numbers; compare what decides it.
  return [{ strung, start: shown.start, end: shown.end, run: shown.count, count, words }];
}

describe('excessive-emoji candidates', () => {
  it('the class holds every BMP unit the loop acts on, and none of CJK, kana, Hangul or full-width forms', () => {
    const candidate = CANDIDATE();
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      candidate.lastIndex = 0;
      if (!candidate.test(String.fromCharCode(code)) && actsOn(code)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    for (const text of ['日本', '。', 'ｐａｙ', 'カナ', '한국', 'пример', 'ü']) {
      candidate.lastIndex = 0;
      expect(candidate.test(text), text).toBe(false);
    }
  });

  it('reads generated messages as the old class did', () => {
    const analyzer = createAnalyzer();
    const pieces = [
      'sale', 'now', ' ', ' ', '\n', '🔥', '🎉', '👍', '🏽', '👨', '\u200d', '\ufe0f', '\ufe0e', '\u20e3', '1', '☀', '‼', '⁉', '™', '©', '®',
      '⬛', '⭐', '〰', '〽', '㊗', '㊙', '↔', '⌚', '日本', '。', 'ｐａｙ', 'ｗｗｗ', 'カナ', '한', 'пример', 'ü', '\u00ad', '\u200b',
      '\ud83d', '\ude00', '🇫🇷', '⿰', '\u2c00', '\u3000', '\ufeff', '\uff01', '\ue000', '\u2bff', '\u3031',
    ];
    const chunk = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    const segment = fc.tuple(chunk, fc.constantFrom('plain', 'plain', 'hidden', 'bold')).map(([text, kind]) =>
      kind === 'hidden' ? `<span style="display:none">${text}</span>` : kind === 'bold' ? `<b>${text}</b>` : text,
    );
    const differ: string[] = [];
    let fired = 0;
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 10 }), (segments) => {
        const html = `<p>${segments.join('')}</p>`;
        const context = analyzer.context({ html });
        const hits = rule.check(context);
        const now = hits.map((hit) => {
          const data = ('data' in hit ? hit.data : undefined) as { run: number; count: number; words: number };
          const strung = 'messageId' in hit && hit.messageId === 'emoji-run';
          const location = hit.location as { start: number; end: number };
          return { strung, start: location.start, end: location.end, run: data.run, count: data.count, words: data.words };
        });
        if (hits.length > 0) fired++;
        const before = oldCheck(context);
        if (JSON.stringify(now) !== JSON.stringify(before)) differ.push(html);
      }),
      { numRuns: 3000, seed: 38 },
    );
    expect(differ).toEqual([]);
    // The comparison means something only if the rule fires on a fair share of them.
    expect(fired).toBeGreaterThan(300);
  });
});
