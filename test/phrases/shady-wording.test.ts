/**
 * The kinds of shady phrase that rules treat apart (core/phrases/shady-wording.ts): removal wording,
 * which shady-phrase discounts and large-sum-lure does not count, and a currency's name, which is the
 * sum's own wording and no lure beside it, and the admission "this is an advertisement", which
 * large-sum-lure does not count and whose hit needs the word itself, not another of its stem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { isAdmissionWord, isAdmissionWording, isRemovalWording, namesCurrency } from '../../core/phrases/shady-wording.ts';

describe('namesCurrency', () => {
  it.each(['million us dollars', 'million united states dollars', 'united states dollars', 'sum of us', 'millionen us dollar', 'dólares estadounidenses', 'dollars américains', 'usd 10 million', 'euros'])('%s names a currency', (phrase) => {
    expect(namesCurrency(phrase)).toBe(true);
  });
  it.each(['contact us', 'trust us', 'us citizens', 'join us today', 'campus', 'next of kin', 'lottery winner', 'bonus', 'sum of usage'])('%s names none', (phrase) => {
    expect(namesCurrency(phrase)).toBe(false);
  });
  it('takes no phrase of the shady lists except the seven currency names (a new phrase that trips it shows here)', () => {
    const named: string[] = [];
    for (const language of readdirSync('wordlists')) {
      let text: string;
      try {
        text = readFileSync(`wordlists/${language}/shady.yml`, 'utf8');
      } catch {
        continue;
      }
      for (const match of text.matchAll(/^\s*- phrase: ["']?(.+?)["']?\s*$/gm)) if (namesCurrency(match[1]!)) named.push(`${language}: ${match[1]}`);
    }
    expect(named.sort()).toEqual(['de: millionen us dollar', 'en: million united states dollars', 'en: million us dollars', 'en: sum of us', 'en: united states dollars', 'es: dólares estadounidenses', 'fr: dollars américains']);
  });
});

describe('isRemovalWording', () => {
  it.each(['to be removed', 'removal instructions', 'click here to remove', 'remove me'])('%s is removal wording', (phrase) => {
    expect(isRemovalWording(phrase)).toBe(true);
  });
  it.each(['next of kin', 'premove', 'strictly confidential'])('%s is not', (phrase) => {
    expect(isRemovalWording(phrase)).toBe(false);
  });
});

describe('isAdmissionWording', () => {
  it.each(['this is an advertisement', 'the above is an advertisement', 'this is an e mail advertisement', 'this is intended as an advertisement'])('%s is an admission', (phrase) => {
    expect(isAdmissionWording(phrase)).toBe(true);
  });
  it.each(['this is not spam', 'this is a one time', 'targeted email', 'advertisement budget'])('%s is not', (phrase) => {
    expect(isAdmissionWording(phrase)).toBe(false);
  });
});

describe('isAdmissionWord', () => {
  it.each(['advertisement', 'advertisements', 'advertisment', 'advertlsement'])('%s closes an admission', (word) => {
    expect(isAdmissionWord(word)).toBe(true);
  });
  it.each(['advertising', 'advertiser', 'advertise', 'advertised', 'advertisementum'])('%s does not', (word) => {
    expect(isAdmissionWord(word)).toBe(false);
  });
});

// The phrase matcher works on stems, so the fact drops an admission hit whose last word is another
// word of the stem: no rule (shady-phrase, phrase-density, subject-phrase, large-sum-lure) sees it.
describe('admission hits in the trigger fact', () => {
  const analyzer = createAnalyzer();
  const admissions = (input: { text: string; subject?: string }, where: 'text' | 'subject'): string[] =>
    analyzer.context(input).facts.triggers[where].map((hit) => hit.definition.phrase).filter(isAdmissionWording);
  it.each(['This is an advertising agency.', 'The above is an advertising budget.', 'This is an advertiser guide.'])('%s is no admission', (text) => {
    expect(admissions({ text }, 'text')).toEqual([]);
    expect(admissions({ text: 'Hello.', subject: text }, 'subject')).toEqual([]);
  });
  it.each(['THIS IS AN ADVERTISEMENT.', 'This is an @dvert1sement.', 'This is an e-mail advertisement.'])('%s is one', (text) => {
    expect(admissions({ text }, 'text')).toHaveLength(1);
    expect(admissions({ text: 'Hello.', subject: text }, 'subject')).toHaveLength(1);
  });
});
