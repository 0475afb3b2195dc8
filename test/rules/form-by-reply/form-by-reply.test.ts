import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../../core/index.ts';
import { testRule } from '../test-rule.ts';

testRule('form-by-reply', import.meta.dirname);

describe('form-by-reply labels', () => {
  const rule = rules.find((candidate) => candidate.id === 'form-by-reply')!;
  const analyzer = createAnalyzer();
  const fired = (text: string) => rule.check(analyzer.context({ text })).map((hit) => ['data' in hit ? hit.data?.count : undefined, hit.strength]);

  it('reads only the labels a SpamAssassin field tag reads: Street is none, so an address block is a short form', () => {
    expect(fired('Name:\nStreet:\nCity:\nZIP:\nCountry:\n')).toEqual([['3', 0.25]]);
  });

  it('reads company, e-mail and postal before a label only (FF_N1 company name, FF_A2 e-mail and postal address)', () => {
    expect(fired('Company name:\nEmail address:\nPostal address:\nE-mail address:\nPhone:\n')).toEqual([['5', 1]]);
    expect(fired('Name:\nCompany:\nEmail:\nPhone:\n')).toEqual([]);
  });

  it('reads account number and routing number (FF_F1) whole, and phone number as phone', () => {
    expect(fired('Account number:\nRouting number:\nName:\nAge:\n')).toEqual([['4', 0.25]]);
    expect(fired('Account number:\nRouting number:\nPhone number:\n')).toEqual([['3', 0.25]]);
    expect(fired('Name:\nAddress:\nPhone number:\nAccount number:\nRouting number:\n')).toEqual([['5', 1]]);
  });

  it('reads a label followed by a merge tag as filled in a template only: a sent message\'s tags were filled in', () => {
    const html = '<p>Send us your Full name: [Full_Name] Address: [Sender_Address] Phone number: %PHONE% Date of birth: %DOB% Bank account: [Bank_Acct] Occupation: %JOB%</p>';
    expect(rule.check(analyzer.context({ html }))).toEqual([]);
    expect(rule.check(analyzer.context({ html, headers: { from: 'Claims <claims@payout.example>' } }))).toHaveLength(1);
  });

  it('gives three or four fields a quarter unit, five or more a whole one', () => {
    expect(fired('Name:\nAddress:\nPhone:\n')).toEqual([['3', 0.25]]);
    expect(fired('Name:\nAddress:\nPhone:\nAge:\n')).toEqual([['4', 0.25]]);
    expect(fired('Name:\nAddress:\nPhone:\nAge:\nOccupation:\n')).toEqual([['5', 1]]);
  });

  it('skips numbering anywhere right before `.`, `)` or `:`, and reads any other number as a value', () => {
    expect(fired('Send: 1. Name: 2. Address: 3. Phone: 4. Age: 5. Occupation:')).toEqual([['5', 1]]);
    expect(fired('Send us a) name b) address c) phone d) age e) occupation')).toEqual([['5', 1]]);
    expect(fired('Name:\nPhone: 713-345-3042\nFax:\nCell:\n')).toEqual([]);
    expect(fired('Send us 1 name 2 address 3 phone 4 age 5 occupation')).toEqual([]);
  });
});
