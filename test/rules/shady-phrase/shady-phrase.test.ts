import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../core/index.ts';
import { ruleStrength } from '../../../core/score/score.ts';
import { loadFixture, ruleById, testRule } from '../test-rule.ts';

testRule('shady-phrase', import.meta.dirname);

// Decided on the sources (issue 11, docs/rules/shady-phrase.md, "The removal family as a whole"):
// removal phrases count one by one, as SpamAssassin adds its removal rules (EXCUSE_4 2.399 beside
// EXCUSE_REMOVE 2.907, 5.306 for two sentences), not once a message; with remove-opt-out they stay
// under that 5.306.
describe('shady-phrase: the removal family', () => {
  const analyzer = createAnalyzer();
  const text = [
    'Great rates on printer ink this week.',
    'To be removed from our mailings, reply with REMOVE in the subject.',
    'Removal instructions are at the foot of every offer.',
    'You may remove yourself at any time.',
  ].join('\n');
  const context = analyzer.context({ text });

  it('counts each distinct removal phrase, not only the surest', () => {
    const hits = ruleById('shady-phrase').check(context);
    expect(hits.map((hit) => hit.strength)).toEqual([1.2, 1, 0.8]);
  });

  it('gives the whole family with remove-opt-out less than SpamAssassin\'s two live removal rules', () => {
    const shady = ruleById('shady-phrase');
    const remove = ruleById('remove-opt-out');
    const removeHits = remove.check(context);
    expect(removeHits.length).toBeGreaterThan(0);
    const points = ruleStrength(shady, shady.check(context)) * shady.weight + ruleStrength(remove, removeHits) * remove.weight;
    expect(points).toBeGreaterThan(2.907);
    expect(points).toBeLessThan(2.399 + 2.907);
  });
});

// The admission is wording US law (CAN-SPAM) asks commercial mail to carry in some form: its advice
// is to word it otherwise, never to drop it as the scam phrases' "Remove it" says.
describe('shady-phrase: the advertisement admission', () => {
  const analyzer = createAnalyzer();
  const context = analyzer.context({ text: 'Save 20% on spring bulbs. Acme Garden, 1 Main St, Springfield, IL 62701. This is an advertisement. This is not spam.' });
  const hits = ruleById('shady-phrase').check(context);

  it('has its own message and suggestion, which do not say to remove it', () => {
    const admission = hits.find((hit) => /advertisement/i.test(hit.evidence ?? ''));
    expect(admission?.message).toContain('ADMITS_SPAM');
    expect(admission?.suggestion).toContain('mark the mail as an ad');
    expect(admission?.suggestion).not.toMatch(/^Remove it/);
  });

  it('leaves the other shady phrases their words', () => {
    const claim = hits.find((hit) => /not spam/i.test(hit.evidence ?? ''));
    expect(claim?.suggestion).toMatch(/^Remove it/);
  });
});

// A label of a long form (five or more, SpamAssassin's __FILL_THIS_FORM) is form-by-reply's; a
// short form's labels (three or four, __FILL_THIS_FORM_SHORT, beside which SpamAssassin's scored
// advance-fee rules still fire) keep their phrases here (docs/rules/form-by-reply.md).
describe('shady-phrase: a form\'s labels', () => {
  const analyzer = createAnalyzer();
  const shady = ruleById('shady-phrase');
  const phrasesOf = (text: string): string[] => shady.check(analyzer.context({ text })).map((hit) => hit.evidence.toLowerCase());

  it('keeps the phrases of a short form\'s labels', () => {
    const text = 'Full name:\nYour private email:\nNext of kin:\n';
    expect(analyzer.context({ text }).facts.replyForm?.labels).toBe(3);
    expect(phrasesOf(text)).toEqual(['private email', 'next of kin']);
  });

  it('leaves a long form\'s labels to form-by-reply', () => {
    const text = 'Full name:\nHome address:\nMobile phone:\nYour private email:\nNext of kin:\n';
    expect(analyzer.context({ text }).facts.replyForm?.labels).toBe(5);
    expect(phrasesOf(text)).toEqual([]);
  });
});

// SpamAssassin's advance-fee sub-rules (__FRAUD_*) score only in company, three or more distinct ones
// (ADVANCE_FEE_2 to _4, now ADVANCE_FEE_3_NEW to _5_NEW): a phrase marked `alone: false` counts only beside another distinct phrase
// of its company (core/phrases/company.ts, the trigger fact's textLone).
describe('shady-phrase: phrases that count only in company', () => {
  const analyzer = createAnalyzer();
  const shady = ruleById('shady-phrase');
  const finance = ruleById('finance-phrase');
  const phrasesOf = (rule: typeof shady, input: { text: string; subject?: string }): string[] => rule.check(analyzer.context(input)).map((hit) => hit.evidence.toLowerCase());

  it('says nothing of one alone, nor of the same phrase said twice', () => {
    expect(phrasesOf(shady, { text: 'Your award notification is in the portal.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'Award notification: your award notification is in the portal.' })).toEqual([]);
  });

  it('counts each beside a second distinct one, or beside other scam wording sure enough to count alone', () => {
    expect(phrasesOf(shady, { text: 'Award notification: drawn by our computer ballot.' })).toEqual(['award notification', 'computer ballot']);
    expect(phrasesOf(shady, { text: 'Next of kin: I am the fiduciary agent of the estate.' })).toEqual(['next of kin', 'fiduciary agent']);
  });

  it('keeps no company with everyday wording of the lists (sureness under COMPANION_SURENESS; review of fraud38)', () => {
    expect(phrasesOf(shady, { text: 'Strictly confidential. I am the fiduciary agent of the estate.' })).toEqual(['strictly confidential']);
    expect(phrasesOf(shady, { text: 'Your financial aid award notification is ready. To accept your award, fill out the form in the portal.' })).toEqual(['fill out the form']);
  });

  it('keeps no company with a phrase the rules do not read: past the text\'s cut (review of fraud38)', () => {
    const padding = 'Our campus news and the week ahead. '.repeat(1_600);
    const text = `Your award notification is in the portal. ${padding} Drawn by our computer ballot.`;
    expect(text.length).toBeGreaterThan(50_000);
    expect(phrasesOf(shady, { text })).toEqual([]);
    // the same pair within the cut count each other
    expect(phrasesOf(shady, { text: `Your award notification is in the portal. Drawn by our computer ballot. ${padding}` })).toEqual(['award notification', 'computer ballot']);
  });

  it('counts a title introduction or an advance-fee investor\'s wording only beside more of it (fee40)', () => {
    // SpamAssassin's __FRAUD_QXX, __FRAUD_NEB: alone, a teacher's or a newsletter's words
    expect(phrasesOf(shady, { text: 'My name is Mr. Alvarez and I will be your child\'s teacher this year.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'The Central Bank of Nigeria held its rate; the Bank of Ghana cut.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'Dutch firms that want to invest in your country meet buyers in May.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'The Central Bank of Nigeria asked banks to invest these funds in bonds.' })).toEqual(['bank of nigeria', 'invest these funds']);
    // two wordings of one SpamAssassin sub-rule (__INVEST_MONEY, `group`) are one phrase: no company for each other (brand43)
    expect(phrasesOf(shady, { text: 'The fund may invest this money in bonds, and the board may invest these funds abroad.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'The Central Bank of Nigeria may invest this money in bonds, and the board may invest these funds abroad.' })).toEqual(['bank of nigeria', 'invest this money', 'invest these funds']);
    // a title introduction counts only among three (company: 2; review rev40): HR, schools, parishes and charities
    // write "My name is Mrs. …" beside one lure, or say it twice
    expect(phrasesOf(shady, { text: 'My name is Mr. Ibrahim Musa, an auditor with the Central Bank of Nigeria.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'I am Mrs. Achebe, chair of the PTA; my name is Mrs. Achebe if you call the office.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'My name is Mr. Ibrahim Musa of the Central Bank of Nigeria; you are named next of kin.' })).toEqual(['my name is mr', 'bank of nigeria', 'next of kin']);
  });

  it('leaves ordinary first-contact wording alone (fee41\'s first-contact entries were taken out on review rev41)', () => {
    // __CONTACT_YOU, __YOU_ASSIST, __FRAUD_IPK, __DEAL, __EARLY_DEMISE, __SHARE_IT: they stand in a researcher's, a
    // distributor's or an estate lawyer's letter, three of them in a longer one (a B2B introduction scored 4.8)
    expect(phrasesOf(shady, { text: 'I am Dr. Anna Kowalski. I am contacting you about your 2025 paper; we would like to reuse your dataset.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'I am contacting you because we are looking for a business partnership with a distributor in your country. We would value your assistance.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'After her untimely death you and your cousin are to share the proceeds equally; I will furnish you with copies of the will.' })).toEqual([]);
  });

  it('counts a title introduction among three distinct phrases, as SpamAssassin\'s ADVANCE_FEE_3_NEW (company: 2)', () => {
    expect(phrasesOf(shady, { text: 'My name is Mr. Musa of the Central Bank of Nigeria; you are the next of kin.' })).toEqual(['my name is mr', 'bank of nigeria', 'next of kin']);
    // beside one sure phrase, or one phrase that counts in a pair: no group of three; the others keep their own rule
    expect(phrasesOf(shady, { text: 'My name is Mr. Musa; you are the next of kin.' })).toEqual(['next of kin']);
    expect(phrasesOf(shady, { text: 'My name is Mr. Musa and your award notification is in the portal.' })).toEqual([]);
    expect(phrasesOf(shady, { text: 'My name is Mr. Musa. Your award notification was drawn by computer ballot.' })).toEqual(['my name is mr', 'award notification', 'computer ballot']);
  });

  it('takes its company from the subject too', () => {
    expect(phrasesOf(shady, { subject: 'Computer ballot results', text: 'Your award notification is attached.' })).toEqual(['award notification']);
  });

  it('keeps no company with removal wording, the advertisement admission or a lure the sender warns against', () => {
    expect(phrasesOf(shady, { text: 'Award notification inside. To be removed, reply STOP.' })).toEqual(['to be removed']);
    expect(phrasesOf(shady, { text: 'This is an advertisement. Your award notification is in the portal.' })).toEqual(['this is an advertisement']);
    expect(phrasesOf(shady, { text: 'Your award notification is in the portal. We will never ask you to claim your prize by e-mail.' })).toEqual([]);
  });

  it('takes a finance phrase\'s company from finance and shady wording, and a shady phrase\'s from shady only', () => {
    expect(phrasesOf(finance, { text: 'The author is not a registered investment advisor.' })).toEqual([]);
    expect(phrasesOf(finance, { text: 'Strictly confidential. The author is not a registered investment advisor.' })).toEqual([]);
    expect(phrasesOf(finance, { text: 'Next of kin. The author is not a registered investment advisor.' })).toEqual(['not a registered investment advisor']);
    expect(phrasesOf(finance, { text: 'Strong buy. The author is not a registered investment advisor.' })).toEqual(['strong buy', 'not a registered investment advisor']);
    expect(phrasesOf(shady, { text: 'Strong buy. Your award notification is in the portal.' })).toEqual([]);
  });

  it('leaves a lone one out of phrase-density and subject-phrase, and counts it as a lure for large-sum-lure', () => {
    const density = ruleById('phrase-density');
    const text = 'Act now. Award notification. Click here.';
    expect(density.check(analyzer.context({ text }))).toEqual([]);
    expect(density.check(analyzer.context({ text: 'Act now. Award notification. Computer ballot.' }))[0]?.evidence).toBe('3 phrases / 6 words');
    expect(phrasesOf(ruleById('subject-phrase'), { subject: 'Award notification', text: 'Hello' })).toEqual([]);
    expect(ruleById('large-sum-lure').check(analyzer.context({ text: 'Award notification: US$4,500,000.00 drawn by computer ballot.' }))).toHaveLength(1);
    const shortPitch = ruleById('short-pitch');
    const notice = (words: string) => ({ html: `<p>${words}: <a href="https://aid.riverside.example/portal">view it</a></p>` });
    expect(shortPitch.check(analyzer.context(notice('Your award notification for 2027-28 is ready')))).toEqual([]);
    expect(shortPitch.check(analyzer.context(notice('Award notification: drawn by computer ballot')))).toHaveLength(1);
  });
});

// The review's sentences (fraud38) and fee40's (a teacher's 'My name is Mr.', a markets letter's central
// banks, a trade mission's 'invest in your country') and spam44's (a college's programme list beside its
// bursary's 'no one is turned down', a search firm's 'confidentiality assured'): each company-only phrase in an ordinary newsletter,
// with its sender's postal address and an unsubscribe link, gives no phrase finding of any kind.
describe('shady-phrase: company-only phrases in ordinary newsletters', () => {
  const folders = ['shady-phrase', 'finance-phrase'].map((rule) => join(import.meta.dirname, '..', rule, 'pass'));
  const newsletters = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name)));
  const phraseRules = new Set(['shady-phrase', 'finance-phrase', 'subject-phrase', 'phrase-density', 'large-sum-lure', 'short-pitch']);

  // the pass fixtures written as such newsletters: an unsubscribe line at the foot
  const ordinary = newsletters.filter((path) => /\nUnsubscribe: https:\/\/\S+\n$/.test(String(loadFixture(path).text)));

  it('finds the eighteen of them', () => {
    expect(ordinary).toHaveLength(18);
  });

  it.each(ordinary)('%s has no phrase finding', (path) => {
    const report = analyze(loadFixture(path));
    expect(report.findings.filter((finding) => phraseRules.has(finding.rule)).map((finding) => `${finding.rule}: ${finding.evidence}`)).toEqual([]);
  });
});
