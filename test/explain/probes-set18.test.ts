/**
 * explain() on probe set 18 (test/explain/probes-set18.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { describeProbeFloor } from './probe-floor.ts';
import { probeDsn } from './probes.ts';
import { PROBES_18, STOCK_WORDING_18 } from './probes-set18.ts';

/**
 * First try on 7b54dad (core/explain as on 83b29b7): 32 of 50 both ways (grammar only 30); no label
 * changed after it. After expl19's sending-limit readings (widening-set19.test.ts): 38.
 */
const FLOOR = 38;
/** Of the 41 replies that are not stock wording: 25 both ways at first try (grammar only 23); after expl19, 30. */
const NEW_WORDING_FLOOR = 30;

describeProbeFloor(18, FLOOR);

describe('probe set 18, the replies whose wording is new', () => {
  const categoryOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.category;
  const fresh = PROBES_18.filter((entry) => !STOCK_WORDING_18.has(entry.reply));

  it('lists as stock wording only replies of the set', () => {
    const replies = new Set(PROBES_18.map((entry) => entry.reply));
    for (const reply of STOCK_WORDING_18.keys()) expect(replies.has(reply), reply).toBe(true);
    expect(fresh.length).toBe(PROBES_18.length - STOCK_WORDING_18.size);
  });

  it(`agrees with at least ${NEW_WORDING_FLOOR} of their labels as pasted lines and inside a DSN`, () => {
    expect(fresh.filter((entry) => categoryOf(entry.reply) === entry.category).length).toBeGreaterThanOrEqual(NEW_WORDING_FLOOR);
    expect(fresh.filter((entry) => categoryOf(probeDsn(entry.reply)) === entry.category).length).toBeGreaterThanOrEqual(NEW_WORDING_FLOOR);
  });
});
