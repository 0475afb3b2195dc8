import { describe, expect, it } from 'vitest';
import { HIDDEN_REASONS, HiddenSpanBuilder, HiddenSpanList } from '../../core/message/hidden-spans.ts';
import type { HiddenSpan, Message } from '../../core/message/message.ts';
import { parseMessage } from '../../core/message/parse.ts';
import { countVisibleText } from '../../core/facts/visible-text.ts';
import type { FactSources } from '../../core/facts/index.ts';
import { overlapCursor } from '../../core/text/ranges.ts';

/** The words the visible-text fact counts in a parsed message (it reads the message alone). */
const visibleWords = (message: Message): number => countVisibleText({ message } as FactSources).words;

describe('HiddenSpanList (hidden spans, stored by column)', () => {
  it('gives back the spans it was built from, by get(), by iteration and by its array methods', () => {
    const spans: HiddenSpan[] = [
      { start: 0, end: 4, reason: 'display-none', sourceStart: 3, sourceEnd: 30 },
      { start: 6, end: 9, reason: 'same-color-as-background', sourceStart: 40, sourceEnd: 60 },
      { start: 12, end: 13, reason: 'hidden-attribute', sourceStart: 70, sourceEnd: 80 },
    ];
    const list = HiddenSpanList.of(spans);
    expect(list.length).toBe(3);
    expect([...list]).toEqual(spans);
    expect(list.get(1)).toEqual(spans[1]);
    expect(list.get(-1)).toBeUndefined();
    expect(list.get(3)).toBeUndefined();
    expect(list.reason(2)).toBe('hidden-attribute');
    expect(list.map((span) => span.reason)).toEqual(['display-none', 'same-color-as-background', 'hidden-attribute']);
    expect(list.some((span) => span.reason === 'same-color-as-background')).toBe(true);
    expect(list.filter((span) => span.start > 0)).toEqual(spans.slice(1));
    expect(JSON.parse(JSON.stringify(list))).toEqual(spans);
    // As columns for overlapCursor: past the last span no range starts.
    const overlaps = overlapCursor(list);
    expect([overlaps(4, 6), overlaps(8, 10), overlaps(11, 12), overlaps(12, 20)]).toEqual([false, true, false, true]);
  });

  it('stores every reason', () => {
    const list = HiddenSpanList.of(HIDDEN_REASONS.map((reason, index) => ({ start: index, end: index + 1, reason, sourceStart: 0, sourceEnd: 1 })));
    expect(list.map((span) => span.reason)).toEqual([...HIDDEN_REASONS]);
  });

  it('extends the last span only when the text continues it and the same element hides it, across typed chunks', () => {
    const builder = new HiddenSpanBuilder();
    const count = 2 * 65_536 + 4096 + 3;
    for (let i = 0; i < count; i++) builder.push(3 * i, 3 * i + 1, i % 2 ? 'display-none' : 'off-page', 7 * i, 7 * i + 5, 0);
    const last = count - 1;
    expect(builder.extendLast(3 * last + 2, 3 * last + 3, 7 * last)).toBe(false); // a gap in the text
    expect(builder.extendLast(3 * last + 1, 3 * last + 3, 7 * last + 1)).toBe(false); // another element
    expect(builder.extendLast(3 * last + 1, 3 * last + 3, 7 * last)).toBe(true);
    const list = builder.done();
    expect(list.length).toBe(count);
    expect(list.starts).toBeInstanceOf(Int32Array);
    let wrong = 0;
    for (let i = 0; i < last; i++) {
      const span = list.get(i);
      if (!span || span.start !== 3 * i || span.end !== 3 * i + 1 || span.reason !== (i % 2 ? 'display-none' : 'off-page') || span.sourceStart !== 7 * i || span.sourceEnd !== 7 * i + 5) wrong++;
    }
    expect(wrong).toBe(0);
    expect(list.get(last)).toEqual({ start: 3 * last, end: 3 * last + 3, reason: last % 2 ? 'display-none' : 'off-page', sourceStart: 7 * last, sourceEnd: 7 * last + 5 });
  });

  it('holds each hidden element of a long paste as the parse found it', () => {
    const piece = '<span style="display:none">a</span>b <i style="color:#fff">cd</i>';
    const count = 6000; // past the plain-array head of 4096 entries
    const m = parseMessage({ html: piece.repeat(count) });
    // Text per piece: "ab cd", 5 characters; the hidden "a" at 0, the white "cd" at 3.
    expect(m.text.length).toBe(5 * count);
    expect(m.hidden.length).toBe(2 * count);
    let wrong = 0;
    for (let i = 0; i < count; i++) {
      const a = m.hidden.get(2 * i);
      const cd = m.hidden.get(2 * i + 1);
      const at = piece.length * i;
      if (!a || a.start !== 5 * i || a.end !== 5 * i + 1 || a.reason !== 'display-none' || a.sourceStart !== at || a.sourceEnd !== at + 27) wrong++;
      if (!cd || cd.start !== 5 * i + 3 || cd.end !== 5 * i + 5 || cd.reason !== 'same-color-as-background' || cd.sourceStart !== at + 37 || cd.sourceEnd !== at + 59) wrong++;
    }
    expect(wrong).toBe(0);
    expect(visibleWords(m)).toBe(count); // "ab" shows its "b" (a word half hidden counts), "cd" is hidden
  });
});
