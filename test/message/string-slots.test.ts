// The link table's index of distinct hrefs (StringSlots, core/message/links.ts, host37) against the
// reading it replaced: a Map from each string to its index in the list, a new string pushed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringSlots } from '../../core/message/links.ts';

/** The reading before host37 (LinkTable.add's Map of hrefs). */
function mapSlots(values: readonly string[]): { slots: number[]; list: string[] } {
  const index = new Map<string, number>();
  const list: string[] = [];
  const slots = values.map((value) => {
    let slot = index.get(value);
    if (slot === undefined) {
      slot = list.length;
      list.push(value);
      index.set(value, slot);
    }
    return slot;
  });
  return { slots, list };
}

function ownSlots(values: readonly string[], tableFrom?: number, maxProbe?: number): { slots: number[]; list: string[]; tabled: boolean } {
  const list: string[] = [];
  const index = new StringSlots(list, tableFrom, maxProbe);
  const slots = values.map((value) => index.slot(value));
  return { slots, list, tabled: index.tabled };
}

/** The state of StringSlots' FNV-1a after `text` (before its finaliser). */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/**
 * `count` different strings with one hash: each a prefix and two units chosen so FNV-1a's state
 * ends where the first's does (its state after the first unit agrees in its high 16 bits, the
 * second unit sets the low ones), so they share every cell the table probes, at any size.
 */
function colliding(count: number): string[] {
  const target = Math.imul(fnv('c0') ^ 0x41, 0x01000193);
  const found: string[] = [];
  for (let prefix = 0; found.length < count; prefix++) {
    const head = `https://c${prefix}.example/?`;
    const state = fnv(head);
    for (let first = 0; first < 0x10000; first++) {
      const mixed = Math.imul(state ^ first, 0x01000193);
      if ((mixed ^ target) >>> 16 === 0) {
        found.push(head + String.fromCharCode(first, (mixed ^ target) & 0xffff));
        break;
      }
    }
  }
  return found;
}

// Units that hash alike in their low bits (`A` and full-width `Ａ`), surrogates alone and paired,
// the empty string, and ASCII: few enough that lists repeat strings often.
const unit = fc.constantFrom('a', 'b', 'A', 'Ａ', '\u0141', '\uff41', '\ud83d', '\ude00', '/', '.', '%', '1', '\u3002', '\u0430');
const value = fc.array(unit, { maxLength: 6 }).map((units) => units.join(''));

describe('StringSlots (the link table\'s index of distinct hrefs)', () => {
  it('gives every string the slot a Map gave it, and lists each once in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.constantFrom(undefined, 0, 1, 5), fc.constantFrom(undefined, 0, 1, 3), (values, tableFrom, maxProbe) => {
        const own = ownSlots(values, tableFrom, maxProbe);
        const old = mapSlots(values);
        expect(own.slots).toEqual(old.slots);
        expect(own.list).toEqual(old.list);
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with the Map over thousands of hrefs, kept in a Map and then moved to its table and grown', () => {
    const hrefs = Array.from({ length: 40_000 }, (_, index) => `http://b\u00fccher${(index * 7919) % 15_000}.de/p`);
    expect(ownSlots(hrefs.slice(0, 3000)).tabled).toBe(false);
    const own = ownSlots(hrefs);
    expect(own.tabled).toBe(true);
    expect(own.slots).toEqual(mapSlots(hrefs).slots);
    expect(own.list).toHaveLength(15_000);
  });

  it('moves back to a Map for good on strings made to collide, and still gives each its own slot', () => {
    const crafted = colliding(300);
    expect(new Set(crafted).size).toBe(300);
    const finalHashes = new Set(crafted.map((text) => fnv(text)));
    expect(finalHashes.size).toBe(1);
    const values = [...crafted, 'http://a.example/', ...crafted.slice(0, 50), 'http://a.example/', 'http://b.example/'];
    const own = ownSlots(values, 0);
    expect(own.tabled).toBe(false);
    expect(own.slots).toEqual(mapSlots(values).slots);
    expect(own.list).toEqual(mapSlots(values).list);
  });
});
