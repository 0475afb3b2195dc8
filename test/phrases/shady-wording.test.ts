/**
 * The kinds of shady phrase that rules treat apart (core/phrases/shady-wording.ts): removal wording,
 * which shady-phrase discounts and large-sum-lure does not count, and a currency's name, which is the
 * sum's own wording and no lure beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRemovalWording, namesCurrency } from '../../core/phrases/shady-wording.ts';

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
