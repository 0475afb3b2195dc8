import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { defaultData } from '../../core/data/index.ts';
import { WARNING_CHAIN, WARNING_WINDOW } from '../../core/facts/triggers.ts';

/**
 * facts.triggers.textWarned: a trigger phrase a negation or warning governs (a bank quoting a lure
 * to warn against it) is marked, and spam wording that holds a negation word is not.
 */
describe('facts.triggers: hits a warning governs', () => {
  const analyzer = createAnalyzer();
  /** The phrases of `text` with 1 where a warning governs them. */
  const read = (text: string, subject?: string) => {
    const { facts, message } = analyzer.context({ text, ...(subject === undefined ? {} : { subject }) });
    const { text: hits, textWarned } = facts.triggers;
    return hits.map((hit, index) => `${message.text.slice(hit.start, hit.end).toLowerCase()}${textWarned[index] === 1 ? ' (warned)' : ''}`);
  };

  it.each([
    ['We will never ask for your seed phrase.', ['seed phrase (warned)']],
    ['Never share your recovery phrase with anyone.', ['recovery phrase (warned)']],
    ['We will never ask for your seed phrase, recovery phrase or private keys.', ['seed phrase (warned)', 'recovery phrase (warned)']],
    ['If a message tells you to claim your airdrop or claim your tokens, delete it.', ['claim your airdrop (warned)', 'claim your tokens (warned)']],
    ['No genuine company will ask for your recovery phrase.', ['recovery phrase (warned)']],
    ['Ledger will never ask for your 24-word recovery phrase.', ['recovery phrase (warned)']],
    ['Coinbase will never e-mail you a link to claim your airdrop.', ['claim your airdrop (warned)']],
    ['Don’t click links that ask you to verify your account.', ['verify your account (warned)']],
    ['Scammers may promise a no deposit bonus.', ['no deposit bonus (warned)']],
    // the equivalent in the other languages
    ['Nous ne vous demanderons jamais de confirmer votre identité.', ['confirmer votre identité (warned)']],
    ['Bitte beachten Sie: Sie sollten niemals über einen Link Ihre Identität bestätigen, und wir sind für Sie da.', ['identität bestätigen (warned)']],
  ])('marks the lure a negation governs: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // spam wording that holds a negation word keeps its hits, and governs nothing after it
    ['Act now, don’t delay: claim your prize today!', ['act now', 'claim your prize']],
    ['Don’t miss this free gift.', ['free gift']],
    ['Not only free but risk free.', ['risk free']],
    ['No obligation, no credit check.', ['no obligation', 'no credit check']],
    // a negation inside a trigger phrase governs nothing after it
    ["This is what the banks don't want you to know about our free gift.", ["don't want you to know", 'free gift']],
    ['It has never been easier to claim your prize.', ['claim your prize']],
    ['Don’t wait, claim your prize now.', ['claim your prize']],
    // a clause end, a comma or too many words between the negation and the lure
    ['We never sleep. Verify your account today.', ['verify your account']],
    ['You did not reply, so verify your account today.', ['verify your account']],
    ['We never stop, verify your account today.', ['verify your account']],
    ['We never take a day off and we always work hard to let you claim your prize.', ['claim your prize']],
    // a negation after the lure governs nothing before it
    ['Verify your account or it will not work.', ['verify your account']],
  ])('keeps the sender’s own wording: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reaches WARNING_WINDOW words from a cue and WARNING_CHAIN words along a list, no more', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, index) => `w${index}x`).join(' ');
    expect(read(`Never ${filler(WARNING_WINDOW)} verify your account.`)).toEqual(['verify your account (warned)']);
    expect(read(`Never ${filler(WARNING_WINDOW + 1)} verify your account.`)).toEqual(['verify your account']);
    expect(read(`Never share your seed phrase, ${filler(WARNING_CHAIN)} recovery phrase.`)).toEqual(['seed phrase (warned)', 'recovery phrase (warned)']);
    expect(read(`Never share your seed phrase, ${filler(WARNING_CHAIN + 1)} recovery phrase.`)).toEqual(['seed phrase (warned)', 'recovery phrase']);
  });

  it('reads the subject as the text', () => {
    const { facts } = analyzer.context({ text: 'Hello.', subject: 'Never share your recovery phrase' });
    expect([...facts.triggers.subjectWarned]).toEqual([1]);
    const plain = analyzer.context({ text: 'Hello.', subject: 'Confirm your recovery phrase' });
    expect([...plain.facts.triggers.subjectWarned]).toEqual([0]);
  });

  it('leaves the warned hits out of the lure rules and the density, but not out of the user’s own list', () => {
    const text = 'We will never ask for your seed phrase, recovery phrase or private keys, and never ask you to connect your wallet.';
    const rules = (report: ReturnType<typeof analyzer.analyze>) => report.findings.filter((finding) => finding.category === 'phrases').map((finding) => finding.rule);
    expect(rules(analyzer.analyze({ text }))).toEqual([]);
    const custom = createAnalyzer({ data: defaultData, phrases: { add: ['private keys'] } });
    expect(rules(custom.analyze({ text }))).toContain('custom-phrase');
  });
});
