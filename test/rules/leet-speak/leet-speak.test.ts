import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('leet-speak', import.meta.dirname);

describe('leet-speak', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('leet-speak');
  const hits = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) }));

  it('weighs a disguised trigger word more than a merely odd spelling', () => {
    const [trigger] = hits('<p>Buy V1agra</p>');
    const [plain] = hits('<p>Your B0NUS</p>');
    expect(trigger?.strength).toBeGreaterThan(plain?.strength ?? 0);
    expect(trigger?.message).toContain('viagra');
  });

  it('reads the subject too', () => {
    expect(hits('<p>Hello</p>', 'Cheap V1AGRA here').map((hit) => hit.location?.in)).toEqual(['subject']);
  });

  it('reports a drug name disguised past a digit swap once, as a disguised name', () => {
    const found = hits('<p>Cheap vi-ag-ra and v*1*@*g*r*a, more vi-ag-ra, and c1al1s</p>');
    const kind = (message: string) => (message.includes('in disguise') ? 'disguised-name' : message.includes('a trigger word') ? 'disguised-trigger' : message);
    expect(found.map((hit) => [hit.evidence, kind(hit.message), hit.strength])).toEqual([
      ['vi-ag-ra', 'disguised-name', 1.5],
      ['v*1*@*g*r*a', 'disguised-name', 1.5],
      ['c1al1s', 'disguised-trigger', 1.5],
    ]);
    expect(found[0]?.message).toContain('the drug name `viagra` in disguise');
  });

  it('reports a digit swap inside a disguised name with the name, not on its own', () => {
    expect(hits('<p>Cheap v1-agra</p>').map((hit) => [hit.evidence, hit.message.includes('in disguise')])).toEqual([['v1-agra', true]]);
  });

  it('leaves spelled-out letters to spaced-letters, and the subject is read too', () => {
    expect(hits('<p>V I A G R A and v.i.a.g.r.a</p>')).toEqual([]);
    expect(hits('<p>Hello</p>', 'Cheap vlagra').map((hit) => [hit.evidence, hit.location?.in])).toEqual([['vlagra', 'subject']]);
  });

  it('calls no hyphenated brand, host or file name, or accented spelling a disguise, in the text or the subject', () => {
    for (const sentence of [
      'Pro-Vigil Surveillance Services, San Antonio, TX',
      'Your Oxy-Contin refill is ready',
      'Pro-Vigil quote for your site',
      'Visit pro-vigil.com today',
      'Download ultra-m.pdf',
      'Xénical 120 mg : avis et prix',
    ]) {
      expect([sentence, hits(`<p>${sentence}</p>`, sentence)]).toEqual([sentence, []]);
    }
  });

  it('says nothing of a disguised name the user allowed', () => {
    const context = analyzer.context({ html: '<p>Buy vlagra</p>' });
    expect(rule.check(context)).toHaveLength(1);
    const allowing = createAnalyzer({ phrases: { allow: ['viagra'] } });
    expect(rule.check(allowing.context({ html: '<p>Buy vlagra</p>' }))).toEqual([]);
  });

  it('leaves random identifiers alone', () => {
    expect(hits('<p>Ref MnAtWBN0tB8txc and KB1FVD and fux0rXq9</p>')).toEqual([]);
  });
});

describe('leet-speak: common spam words (SpamAssassin FUZZY_MORTGAGE, FUZZY_PRICES …)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('leet-speak');
  const hits = (html: string, subject?: string) => rule.check(analyzer.context({ html, ...(subject ? { subject } : {}) }));

  it('reports a disguised spam word as the word in disguise, as strong as a disguised drug name', () => {
    const found = hits('<p>Our pr!ces and sofftwaree, credlt checks</p>');
    expect(found.map((hit) => [hit.evidence, hit.strength])).toEqual([
      ['pr!ces', 1.5],
      ['sofftwaree', 1.5],
      ['credlt', 1.5],
    ]);
    expect(found[0]?.message).toContain('the word `prices` in disguise');
  });

  it('reads the subject too', () => {
    expect(hits('<p>Hello</p>', 'Low moortgaage rates').map((hit) => [hit.evidence, hit.location?.in])).toEqual([['moortgaage', 'subject']]);
  });

  it('takes one doubled letter for a typo and two for a disguise', () => {
    expect(hits('<p>your mortgagge offer</p>')).toEqual([]);
    expect(hits('<p>your moortgaage offer</p>').map((hit) => hit.evidence)).toEqual(['moortgaage']);
  });

  it('leaves the plain word, with symbols and a letter after it, and the listed surname alone', () => {
    expect(hits('<p>software--eSafe, mortgage-s and Mr Mooney</p>')).toEqual([]);
  });

  it('says nothing of a plain spam word: it is no trigger phrase', () => {
    const context = analyzer.context({ html: '<p>mortgage prices software credit</p>' });
    expect(context.facts.triggers.disguisedWords.text).toEqual([]);
    expect(context.facts.triggers.text.length).toBe(0);
  });
});
