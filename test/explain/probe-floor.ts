/**
 * The check a probe set labelled before any run gets (sets 15 and later): its shape — 50 replies (or
 * `size`, for a set that left out replies found after its run to break its own rule for repeats), at
 * least 15 sources (or `minSources`, for a set that found fewer unused sources), no duplicate, no reply of an earlier set, a source and a known category for each —
 * and its agreement pinned as a floor (as a pasted line and inside a DSN whose Status is the generic
 * 5.0.0 / 4.0.0), so a regression fails while a fix that reads more of the set passes. It does not assert
 * each reply's reading: the set measures; the readings are guarded by the explain tests. When a fix raises
 * the figure, raise the floor and say so.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';
import { PROBE_SETS, probeSetsBefore } from './probe-sets.ts';

const categoryOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.category;
const CATEGORIES = new Set(['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other']);

/** Set `number` of PROBE_SETS, checked against every set before it (sets 1 to number − 1). */
export function describeProbeFloor(number: number, floor: number, size = 50, minSources = 15): void {
  const set = PROBE_SETS.find((entry) => entry.number === number)?.probes ?? [];
  const earlier = probeSetsBefore(number).map((entry) => entry.probes);
  describe(`probe set ${number}`, () => {
    it(`has no duplicate, reuses no reply of sets 1–${number - 1}, and names a source and a known category for every reply`, () => {
      expect(set.length).toBe(size);
      expect(new Set(set.map((entry) => entry.source)).size).toBeGreaterThanOrEqual(minSources);
      expect(new Set(set.map((entry) => entry.reply)).size).toBe(set.length);
      const before = new Set(earlier.flat().map((entry) => entry.reply.toLowerCase()));
      for (const entry of set) {
        expect(before.has(entry.reply.toLowerCase()), entry.reply).toBe(false);
        expect(entry.source.length).toBeGreaterThan(3);
        expect(CATEGORIES.has(entry.category), entry.category).toBe(true);
      }
    });

    it(`agrees with at least ${floor} of the labels as pasted lines`, () => {
      const agreeing = set.filter((entry) => categoryOf(entry.reply) === entry.category).length;
      expect(agreeing).toBeGreaterThanOrEqual(floor);
    });

    it(`agrees with at least ${floor} of the labels inside a DSN with a generic status`, () => {
      const agreeing = set.filter((entry) => categoryOf(probeDsn(entry.reply)) === entry.category).length;
      expect(agreeing).toBeGreaterThanOrEqual(floor);
    });
  });
}

/**
 * The agreement of set `number` on its replies whose wording is new — not the stock strings of
 * software the earlier sets drew from (`stock`, reply → why) — pinned as a floor both ways, and the
 * stock list checked to name only replies of the set.
 */
export function describeNewWordingFloor(number: number, stock: ReadonlyMap<string, string>, floor: number): void {
  const set = PROBE_SETS.find((entry) => entry.number === number)?.probes ?? [];
  const fresh = set.filter((entry) => !stock.has(entry.reply));
  describe(`probe set ${number}, the replies whose wording is new`, () => {
    it('lists as stock wording only replies of the set', () => {
      const replies = new Set(set.map((entry) => entry.reply));
      for (const reply of stock.keys()) expect(replies.has(reply), reply).toBe(true);
      expect(fresh.length).toBe(set.length - stock.size);
    });

    it(`agrees with at least ${floor} of their labels as pasted lines and inside a DSN`, () => {
      expect(fresh.filter((entry) => categoryOf(entry.reply) === entry.category).length).toBeGreaterThanOrEqual(floor);
      expect(fresh.filter((entry) => categoryOf(probeDsn(entry.reply)) === entry.category).length).toBeGreaterThanOrEqual(floor);
    });
  });
}
