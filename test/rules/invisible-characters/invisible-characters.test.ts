import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('invisible-characters', import.meta.dirname);

describe('invisible-characters strength', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('invisible-characters');
  const strengths = (html: string) => rule.check(analyzer.context({ html })).map((hit) => hit.strength ?? 1);

  it('weighs bidi controls more than zero-width characters', () => {
    expect(strengths('<p>open re\u202Eport now</p>')).toEqual([2]);
    expect(strengths('<p>cl\u200b\u200bick now</p>')).toEqual([1]);
  });

  it('tolerates one lone joiner, but not many words carrying one', () => {
    expect(strengths('<p>PO BO\u200cX 12</p>')).toEqual([]);
    expect(strengths('<p>yo\u200cur acc\u200cou\u200cnt is on ho\u200cld</p>').length).toBeGreaterThan(0);
  });

  it('flags soft hyphens only between single letters', () => {
    expect(strengths('<p>Versiche&shy;rungs&shy;bedingungen</p>')).toEqual([]);
    expect(strengths('<p>f&shy;r&shy;e&shy;e</p>')).toEqual([1]);
  });
});

describe('invisible-characters and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('invisible-characters');
  const strengths = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) })).map((hit) => hit.strength ?? 1);

  it('weighs one character in a company-only phrase without company as in any word', () => {
    expect(strengths('<p>Your aw\u200bard notification is in the portal.</p>')).toEqual([]);
    expect(strengths('<p>Your aw\u200bard notification: drawn by our computer ballot.</p>')).toEqual([1]);
  });

  it('reads the subject\'s the same way', () => {
    expect(strengths('<p>Your award notification is in the portal.</p>', 'Your aw\u200bard notification')).toEqual([]);
    expect(strengths('<p>Drawn by our computer ballot.</p>', 'Your aw\u200bard notification')).toEqual([1]);
  });
});

describe('invisible-characters and lures the sender warns against (warned41)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('invisible-characters');
  const strengths = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) })).map((hit) => hit.strength ?? 1);

  it('weighs one character in a warned lure as in any word, and in the sender\'s own lure as in a trigger', () => {
    expect(strengths('<p>We will never ask for your se\u200bed phrase.</p>')).toEqual([]);
    expect(strengths('<p>Type your se\u200bed phrase below.</p>')).toEqual([1]);
  });

  it('reads the subject\'s warnings the same way', () => {
    expect(strengths('<p>Keep it offline.</p>', 'Never share your se\u200bed phrase')).toEqual([]);
    expect(strengths('<p>Keep it offline.</p>', 'Confirm your se\u200bed phrase')).toEqual([1]);
  });
});
