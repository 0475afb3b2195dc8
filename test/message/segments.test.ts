import { describe, expect, it } from 'vitest';
import { textToSource } from '../../core/message/locate.ts';
import { SegmentBuilder, SegmentList } from '../../core/message/segments.ts';
import { parseMessage } from '../../core/message/parse.ts';

describe('SegmentList (the text → source map, stored by column)', () => {
  it('gives back the segments it was built from, by get() and by iteration', () => {
    const segments = [
      { textStart: 0, textEnd: 5, sourceStart: 3, sourceEnd: 8, exact: true },
      { textStart: 5, textEnd: 6, sourceStart: 8, sourceEnd: 13, exact: false },
      { textStart: 6, textEnd: 9, sourceStart: 20, sourceEnd: 23, exact: true },
    ];
    const list = SegmentList.of(segments);
    expect(list.length).toBe(3);
    expect([...list]).toEqual(segments);
    expect(list.get(1)).toEqual(segments[1]);
    expect(list.get(-1)).toBeUndefined();
    expect(list.get(3)).toBeUndefined();
    expect(list.get(1.5)).toBeUndefined();
    expect(textToSource(list, 1, 3)).toEqual({ start: 4, end: 6 });
    expect(textToSource(list, 5, 6)).toEqual({ start: 8, end: 13 });
    expect(textToSource(list, 4, 8)).toEqual({ start: 7, end: 22 });
    expect(textToSource(list, 9, 10)).toBeNull();
  });

  it('extends the last segment only when it is exact and text and source both continue it', () => {
    const builder = new SegmentBuilder();
    builder.push(0, 3, 10, 13, true);
    expect(builder.extendLast(3, 5, 13, 15)).toBe(true);
    expect(builder.extendLast(5, 6, 16, 17)).toBe(false); // a gap in the source
    builder.push(5, 6, 16, 17, false);
    expect(builder.extendLast(6, 7, 17, 18)).toBe(false); // the last one is not exact
    for (let i = 0; i < 9000; i++) builder.push(6 + i, 7 + i, 100 + 2 * i, 101 + 2 * i, true);
    const list = builder.done();
    expect(list.length).toBe(9002);
    expect(list.get(0)).toEqual({ textStart: 0, textEnd: 5, sourceStart: 10, sourceEnd: 15, exact: true });
    expect(list.get(9001)).toEqual({ textStart: 9005, textEnd: 9006, sourceStart: 18098, sourceEnd: 18099, exact: true });
    expect(list.textStarts).toBeInstanceOf(Int32Array); // past 4096 segments the columns are typed
    expect(textToSource(list, 9005, 9006)).toEqual({ start: 18098, end: 18099 });
  });

  it('keeps every segment across the typed chunks it fills, and extends the last one in the last chunk', () => {
    const builder = new SegmentBuilder();
    const count = 2 * 65_536 + 4096 + 3;
    for (let i = 0; i < count; i++) builder.push(2 * i, 2 * i + 1, 3 * i, 3 * i + 1, i % 3 !== 0);
    expect(builder.length).toBe(count);
    // the last one (i = count - 1) is exact only when i % 3 !== 0
    expect(builder.extendLast(2 * count - 1, 2 * count, 3 * count - 2, 3 * count)).toBe((count - 1) % 3 !== 0);
    const list = builder.done();
    expect(list.length).toBe(count);
    let wrong = 0;
    for (let i = 0; i < count - 1; i++) {
      const segment = list.get(i);
      if (!segment || segment.textStart !== 2 * i || segment.textEnd !== 2 * i + 1 || segment.sourceStart !== 3 * i || segment.sourceEnd !== 3 * i + 1 || segment.exact !== (i % 3 !== 0)) wrong++;
    }
    expect(wrong).toBe(0);
    expect(list.get(count - 1)?.textEnd).toBe((count - 1) % 3 !== 0 ? 2 * count : 2 * count - 1);
  });

  // Given the source length, the builder sizes its columns by how dense the first 4096 segments
  // were: an even source ends in that one chunk, a denser tail goes on in chunks, a far sparser
  // one is copied out. Each keeps every segment, and the last one can still be extended.
  it.each([
    ['an even source', (i: number) => 3 * i, 3 * 300_000],
    ['a sparse head then a dense tail', (i: number) => (i < 4096 ? 10 * i : 40_960 + 3 * (i - 4096)), 40_960 + 3 * 300_000],
    ['a dense head then a sparse tail', (i: number) => (i < 4096 ? 3 * i : 12_288 + 10 * (i - 4096)), 12_288 + 10 * 300_000],
  ])('keeps every segment of %s', (_, sourceAt, total) => {
    const count = 300_000 + 4096;
    const builder = new SegmentBuilder(total);
    for (let i = 0; i < count; i++) builder.push(2 * i, 2 * i + 1, sourceAt(i), sourceAt(i) + 1, i % 3 !== 0);
    expect(builder.length).toBe(count);
    expect(builder.extendLast(2 * count - 1, 2 * count, sourceAt(count - 1) + 1, sourceAt(count - 1) + 2)).toBe((count - 1) % 3 !== 0);
    const list = builder.done();
    expect(list.length).toBe(count);
    for (const column of [list.textStarts, list.textEnds, list.sourceStarts, list.sourceEnds, list.exacts]) expect(column.length).toBe(count);
    let wrong = 0;
    for (let i = 0; i < count - 1; i++) {
      const segment = list.get(i);
      if (!segment || segment.textStart !== 2 * i || segment.textEnd !== 2 * i + 1 || segment.sourceStart !== sourceAt(i) || segment.sourceEnd !== sourceAt(i) + 1 || segment.exact !== (i % 3 !== 0)) wrong++;
    }
    expect(wrong).toBe(0);
    expect(list.get(count - 1)?.textEnd).toBe((count - 1) % 3 !== 0 ? 2 * count : 2 * count - 1);
  });

  it('builds the text of a message of many thousand pieces whole, and maps each piece back', () => {
    const html = '<b>ab</b>&amp;'.repeat(10_000);
    const message = parseMessage({ html });
    expect(message.text).toBe('ab&'.repeat(10_000));
    const last = message.text.length - 3;
    const source = textToSource(message.segments, last, last + 2);
    expect(source && html.slice(source.start, source.end)).toBe('ab');
    expect(source?.start).toBe(html.length - 14 + 3);
  });

  it('maps a message past the nesting limit (one segment per tag) back to its source', () => {
    const html = `${'<div>'.repeat(3000)}FREE money`;
    const message = parseMessage({ html });
    const at = message.text.indexOf('FREE');
    expect(message.segments.length).toBeGreaterThan(1000);
    const source = textToSource(message.segments, at, at + 4);
    expect(source && html.slice(source.start, source.end)).toBe('FREE');
  });
});
