import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('split-by-tags', import.meta.dirname);

describe('split-by-tags', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('split-by-tags');
  const hits = (html: string) => rule.check(analyzer.context({ html }));

  it('quotes the markup that cuts the word', () => {
    expect(hits('<p>Vi<!-- x -->agra</p>')[0]?.message).toContain('Vi<!-- x -->agra');
  });

  it('counts a trigger word cut by one plain tag, but not an ordinary word', () => {
    expect(hits('<p><b>Via</b>gra</p>')).toHaveLength(1);
    expect(hits('<p><b>Sum</b>mer</p>')).toEqual([]);
  });

  it('treats text inside an invisible element as a cut', () => {
    expect(hits('<p>Sa<style>x</style>msung</p>')).toHaveLength(1);
  });
});

describe('split-by-tags and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('split-by-tags');
  const hits = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) }));

  it('reads a company-only phrase without company as ordinary words, and with company as a trigger', () => {
    expect(hits('<p>Your aw<span>ard</span> notification is in the portal.</p>')).toEqual([]);
    // a comment cuts any word, trigger or not; only its weight tells the trigger
    expect(hits('<p>Your aw<!-- x -->ard notification is in the portal.</p>').map((hit) => hit.strength)).toEqual([1.5]);
    expect(hits('<p>Your aw<!-- x -->ard notification is in the portal.</p>', 'Drawn by our computer ballot').map((hit) => hit.strength)).toEqual([2]);
    expect(hits('<p>Your aw<span>ard</span> notification is in the portal.</p>', 'Drawn by our computer ballot')[0]?.message).toContain('trigger word');
  });
});

describe('split-by-tags and lures the sender warns against (warned41)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('split-by-tags');
  const hits = (html: string) => rule.check(analyzer.context({ html }));

  it('reads a warned lure as ordinary words: a tag in it is formatting, a comment still cuts at the ordinary weight', () => {
    expect(hits('<p>Never share your seed phr<span>ase</span> with anyone.</p>')).toEqual([]);
    expect(hits('<p>Never share your seed phr<!-- x -->ase with anyone.</p>').map((hit) => hit.strength)).toEqual([1.5]);
    // the sender's own request is a trigger, as before
    expect(hits('<p>Enter your seed phr<span>ase</span> below.</p>').map((hit) => hit.strength)).toEqual([1.5]);
    expect(hits('<p>Enter your seed phr<!-- x -->ase below.</p>').map((hit) => hit.strength)).toEqual([2]);
  });
});
