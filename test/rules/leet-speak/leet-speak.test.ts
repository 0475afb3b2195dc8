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
  const evidence = (html: string) => hits(html).map((hit) => hit.evidence);

  it('reports a disguised spam word as the word in disguise, as strong as a disguised drug name', () => {
    const found = hits('<p>Our pr!ces and s0ftware, credlt checks</p>');
    expect(found.map((hit) => [hit.evidence, hit.strength])).toEqual([
      ['pr!ces', 1.5],
      ['s0ftware', 1.5],
      ['credlt', 1.5],
    ]);
    expect(found[0]?.message).toContain('the word `prices` in disguise');
  });

  it('reads the subject too', () => {
    expect(hits('<p>Hello</p>', 'Low moortgaage rates').map((hit) => [hit.evidence, hit.location?.in])).toEqual([['moortgaage', 'subject']]);
  });

  it('takes one doubled letter for a typo and two for a disguise', () => {
    expect(hits('<p>your mortgagge offer</p>')).toEqual([]);
    expect(evidence('<p>your moortgaage offer</p>')).toEqual(['moortgaage']);
  });

  it('reads each word only as far as its SpamAssassin rule does', () => {
    // FUZZY_SOFTWARE, MILLION, OFFERS, ROLEX: look-alike letters only, no doubling, no symbols between letters.
    expect(evidence('<p>sofftwaree, so-ft-wa-re, mil-li-on, of-fe-rs, Rollex and roleex</p>')).toEqual([]);
    expect(evidence('<p>s0ftware, m!llion, off3rs</p>')).toEqual(['s0ftware', 'm!llion', 'off3rs']);
    // FUZZY_CREDIT: one symbol between letters, no doubling.
    expect(evidence('<p>crreddit, cr--ed--it</p>')).toEqual([]);
    expect(evidence('<p>cr-ed-it</p>')).toEqual(['cr-ed-it']);
    // FUZZY_MORTGAGE: one symbol and doubled letters; FUZZY_PRICES: two symbols.
    expect(evidence('<p>mo--rt--gage, pr--ic--es, pr---ic---es</p>')).toEqual(['pr--ic--es']);
  });

  it('takes one letter too many or two neighbours swapped for a typo', () => {
    expect(evidence('<p>no obilgation, a mililon, credilt and prlices, medicatlion</p>')).toEqual([]);
    // Each letter written as a look-alike is still a disguise.
    expect(evidence('<p>no obllgation, credlt</p>')).toEqual(['obllgation', 'credlt']);
  });

  it('does not take a soft hyphen or a zero-width joiner for a disguise, nor past an exception', () => {
    expect(evidence('<p>Mil&shy;li&shy;on, pre&shy;scrip&shy;tion, ob&#173;li&#173;ga&#173;tion, mil\u200dli\u200bon</p>')).toEqual([]);
    expect(evidence('<p>the mort&shy;gagee, Mr Moo&shy;ney and Mr Moo-ney</p>')).toEqual([]);
    // A soft hyphen hides no disguise either.
    expect(evidence('<p>m0rt&shy;gage</p>')).toEqual(['m0rt\u00adgage']);
  });

  it('reports a disguised spam word as one and leaves the plain ones around it alone', () => {
    const context = analyzer.context({ html: '<p>mortgage prices software credit and m0rtgage</p>' });
    // One finding, for the disguise, as the disguised word (not as a merely odd spelling, 0.5);
    // none for the plain words, and no trigger phrase.
    const found = rule.check(context);
    expect(found.map((hit) => [hit.evidence, hit.strength])).toEqual([['m0rtgage', 1.5]]);
    expect(found[0]?.message).toContain('the word `mortgage` in disguise');
    expect(context.facts.triggers.text.length).toBe(0);
    const words = context.facts.triggers.disguisedWords.text;
    expect(words.map(({ word, start, end }) => [word, context.message.text.slice(start, end)])).toEqual([['mortgage', 'm0rtgage']]);
  });
});

describe('leet-speak and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('leet-speak');
  const hits = (text: string, subject?: string) => rule.check(analyzer.context({ text, ...(subject ? { subject } : {}) }));

  it('reads a company-only phrase without company as ordinary words: a swap counts as in any word', () => {
    expect(hits('Your @ward notification is in the portal.')).toEqual([]);
    const [swap] = hits('Your award n0tification is in the portal.');
    expect(swap?.strength).toBe(0.5);
    expect(swap?.message).not.toContain('trigger');
  });

  it('counts it as a trigger with company, in the text or the subject', () => {
    expect(hits('Your @ward notification: drawn by our computer ballot.').map((hit) => hit.strength)).toEqual([1.5]);
    expect(hits('Drawn by our computer ballot.', 'Your @ward notification').map((hit) => [hit.location?.in, hit.strength])).toEqual([['subject', 1.5]]);
    expect(hits('Your award notification is in the portal.', 'Your @ward notification')).toEqual([]);
  });
});

describe('leet-speak and lures the sender warns against (warned41)', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('leet-speak');
  const hits = (text: string, subject?: string) => rule.check(analyzer.context({ text, ...(subject ? { subject } : {}) }));

  it('reads a warned lure as ordinary words: a symbol counts only where it spells a trigger, a digit swap as in any word', () => {
    expect(hits('We will never ask for your seed phr@se.')).toEqual([]);
    const [swap] = hits('We will never ask for your rec0very phrase.');
    expect(swap?.strength).toBe(0.5);
    expect(swap?.message).not.toContain('trigger');
    expect(hits('Type your seed phr@se below.').map((hit) => hit.strength)).toEqual([1.5]);
  });

  it('reads the subject\'s warnings the same way', () => {
    expect(hits('Keep it offline.', 'Never share your seed phr@se')).toEqual([]);
    expect(hits('Keep it offline.', 'Confirm your seed phr@se').map((hit) => [hit.location?.in, hit.strength])).toEqual([['subject', 1.5]]);
  });
});
