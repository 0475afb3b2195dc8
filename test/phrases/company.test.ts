import { describe, expect, it } from 'vitest';
import { companyAsked, hasCompany, isSamePhrase, MOST_COMPANY } from '../../core/phrases/company.ts';
import type { PhraseDefinition } from '../../core/phrases/matcher.ts';

const phrase = (text: string, extra: Partial<PhraseDefinition> = {}): PhraseDefinition => ({ phrase: text, category: 'shady', sureness: 1.2, language: 'en', ...extra });
/** company-only, one companion (`alone: false`) */
const pairable = (text: string): PhraseDefinition => phrase(text, { alone: false });
/** company-only among three (`alone: false`, `company: 2`) */
const threesome = (text: string): PhraseDefinition => phrase(text, { alone: false, company: 2 });
/** counts alone, sure enough to keep a company-only phrase company */
const sure = (text: string): PhraseDefinition => phrase(text, { sureness: 2 });

describe('company.ts: how much company a phrase asks for (fee41)', () => {
  it('asks none of a phrase that counts alone, one of `alone: false`, and `company` of an entry that says more', () => {
    expect(companyAsked(sure('next of kin'))).toBe(0);
    expect(companyAsked(phrase('strictly confidential', { sureness: 0.8 }))).toBe(0);
    expect(companyAsked(pairable('award notification'))).toBe(1);
    expect(companyAsked(threesome('i am contacting you'))).toBe(2);
    // `company` without `alone: false` asks nothing (the validator rejects it), and never more than MOST_COMPANY
    expect(companyAsked(phrase('in your country', { company: 2 }))).toBe(0);
    expect(companyAsked(phrase('y', { alone: false, company: 9 }))).toBe(MOST_COMPANY);
  });
});

describe('company.ts: a group where each phrase has the company it asks for (fee41)', () => {
  const contacting = threesome('i am contacting you');
  const assist = threesome('seek your assistance');
  const country = threesome('in your country');
  const award = pairable('award notification');
  const ballot = pairable('computer ballot');
  const kin = sure('next of kin');

  it('counts a phrase that asks for two only among three distinct phrases', () => {
    expect(hasCompany(contacting, [contacting])).toBe(false);
    expect(hasCompany(contacting, [contacting, assist])).toBe(false);
    expect(hasCompany(contacting, [contacting, assist, country])).toBe(true);
    // the same phrase twice is one
    expect(hasCompany(contacting, [contacting, assist, assist])).toBe(false);
  });

  it('counts it beside two others of any kind, but not beside one sure phrase alone', () => {
    expect(hasCompany(contacting, [kin])).toBe(false);
    expect(hasCompany(contacting, [kin, award])).toBe(true);
    expect(hasCompany(contacting, [award, ballot])).toBe(true);
  });

  it('lets a phrase that asks for two keep no phrase company in a pair: the pair stands in ordinary first letters', () => {
    expect(hasCompany(award, [award, contacting])).toBe(false);
    expect(hasCompany(award, [award, contacting, assist])).toBe(true);
    expect(hasCompany(award, [award, ballot])).toBe(true);
    expect(hasCompany(award, [kin])).toBe(true);
  });

  it('takes its company from its company\'s categories only, and no everyday wording', () => {
    const finance = phrase('strong buy', { category: 'finance', sureness: 2 });
    expect(hasCompany(contacting, [assist, finance])).toBe(false);
    expect(hasCompany(contacting, [assist, phrase('fill out the form', { sureness: 0.8 })])).toBe(false);
    expect(hasCompany(contacting, [assist, phrase('to be removed', { sureness: 2 })])).toBe(false);
  });

  it('checks each member against its own company: a finance phrase takes shady company only where the shady phrases have theirs (review rev41)', () => {
    const advisor = phrase('not a registered investment advisor', { category: 'finance', alone: false });
    // two shady phrases that ask for two are a pair: finance is no company of theirs
    expect(hasCompany(advisor, [contacting, assist])).toBe(false);
    expect(hasCompany(advisor, [contacting, assist, country])).toBe(true);
    // a sure shady phrase asks nothing
    expect(hasCompany(advisor, [kin])).toBe(true);
    // a finance phrase that asks for one, beside a shady one that asks for one: the shady phrase has no shady company
    const hype = phrase('explosive growth', { category: 'finance', alone: false });
    expect(hasCompany(hype, [advisor])).toBe(true);
    expect(hasCompany(hype, [award])).toBe(false);
    expect(hasCompany(hype, [award, ballot])).toBe(true);
  });
});

describe('company.ts: the phrases of one group are one distinct phrase (brand43)', () => {
  // SpamAssassin's __INVEST_MONEY is one sub-rule with both wordings; its metas count it once.
  const invest = phrase('invest this money', { alone: false, group: '__INVEST_MONEY' });
  const funds = phrase('invest these funds', { alone: false, group: '__INVEST_MONEY' });
  const award = pairable('award notification');

  it('tells one phrase or two of one group from two distinct ones', () => {
    expect(isSamePhrase(invest, funds)).toBe(true);
    expect(isSamePhrase(invest, invest)).toBe(true);
    expect(isSamePhrase(invest, award)).toBe(false);
    // a group is one within a category only
    expect(isSamePhrase(invest, phrase('invest the money', { category: 'finance', alone: false, group: '__INVEST_MONEY' }))).toBe(false);
  });

  it('keeps no company between the phrases of one group, and counts the group once among three', () => {
    expect(hasCompany(invest, [invest, funds])).toBe(false);
    expect(hasCompany(funds, [invest, funds])).toBe(false);
    expect(hasCompany(invest, [invest, funds, award])).toBe(true);
    const mr = phrase('my name is mr', { alone: false, company: 2, group: '__FRAUD_QXX' });
    const iam = phrase('i am mr', { alone: false, company: 2, group: '__FRAUD_QXX' });
    expect(hasCompany(mr, [mr, iam, award])).toBe(false);
    expect(hasCompany(mr, [mr, iam, award, pairable('computer ballot')])).toBe(true);
  });
});

