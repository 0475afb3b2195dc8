/**
 * explain() on probe set 14 (test/explain/probes-set14.ts), checked as probes.test.ts checks sets
 * 1–12: each reply not marked `miss` is read in its category as a pasted line and inside a DSN whose
 * Status is the generic 5.0.0 / 4.0.0; each `miss` reply is still missed, so a change that fixes one
 * must move its label up (and say so). Coverage of documented wording, not accuracy on real mail.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';
import { probeSetsBefore } from './probe-sets.ts';
import { PROBES_14 } from './probes-set14.ts';

const categoryOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.category;
const CATEGORIES = new Set(['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other']);

describe('probe set 14', () => {
  it('has no duplicate, reuses no reply of sets 1–13, and names a source and a known category for every reply', () => {
    expect(new Set(PROBES_14.map((entry) => entry.reply)).size).toBe(PROBES_14.length);
    const earlier = new Set(probeSetsBefore(14).flatMap((set) => set.probes.map((entry) => entry.reply.toLowerCase())));
    for (const entry of PROBES_14) {
      expect(earlier.has(entry.reply.toLowerCase()), entry.reply).toBe(false);
      expect(entry.source.length).toBeGreaterThan(3);
      expect(CATEGORIES.has(entry.category), entry.category).toBe(true);
    }
  });

  describe.each(PROBES_14.filter((entry) => !entry.miss))('$source: $reply', (entry) => {
    it(`is ${entry.category} as a pasted line`, () => expect(categoryOf(entry.reply)).toBe(entry.category));
    it(`is ${entry.category} in a DSN with a generic status`, () => expect(categoryOf(probeDsn(entry.reply))).toBe(entry.category));
  });

  // Known disagreements stay listed with their reason; when one starts to agree, move it up.
  describe.each(PROBES_14.filter((entry) => entry.miss))('still disagrees, for a stated reason: $reply', (entry) => {
    it('as a pasted line', () => expect(categoryOf(entry.reply)).not.toBe(entry.category));
    it('in a DSN with a generic status', () => expect(categoryOf(probeDsn(entry.reply))).not.toBe(entry.category));
  });
});
