import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { defaultData } from '../../core/data/index.ts';
import { WARNING_CHAIN, WARNING_VERB_REACH, WARNING_WINDOW } from '../../core/facts/triggers.ts';

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
    ['Don’t click links that ask you to verify your account.', ['verify your account (warned)']],
    ['Scammers may promise a no deposit bonus.', ['no deposit bonus (warned)']],
    // the equivalent in the other languages
    ['Nous ne vous demanderons jamais de confirmer votre identité.', ['confirmer votre identité (warned)']],
    ['Bitte beachten Sie: Wir bitten Sie niemals über einen Link Ihre Identität bestätigen zu lassen, und wir sind für Sie da.', ['identität bestätigen (warned)']],
    // a list of lures crosses list glue ("or", "your", a comma)
    ['PayPal will never ask you to confirm your password or verify your account.', ['confirm your password (warned)', 'verify your account (warned)']],
    // an asking verb after a relative or complement word carries the warning on, past WARNING_WINDOW from the first verb (rev-w24b F5)
    ['We will never send you an e-mail that asks you to confirm your password.', ['confirm your password (warned)']],
    // a cue inside a warning's reach renews it, and one that asks opens its object as an asking verb does (rev-w24c R2)
    ['Never share your code with anyone who asks you to verify your account.', ['verify your account (warned)']],
    ['Never give your code to anyone who asks you to confirm your password.', ['confirm your password (warned)']],
    ["Don't reply to anyone who asks you to verify your account.", ['verify your account (warned)']],
    // an asking verb inside the reach makes what it asks the object after a sharing or sending verb (rev-w24c R1)
    ['We will never send you an email asking you to confirm your password or claim a refund.', ['confirm your password (warned)']],
  ])('marks the lure a negation governs: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // spam wording that holds a negation word keeps its hits, and governs nothing after it
    ['Act now, don’t delay: claim your prize today!', ['act now', 'don’t delay', 'claim your prize']],
    ["Act now, don't delay: claim your prize today!", ['act now', "don't delay", 'claim your prize']],
    ['Don’t miss this free gift.', ['free gift']],
    ['Not only free but risk free.', ['risk free']],
    ['No obligation, no credit check.', ['no obligation', 'no credit check']],
    // a negation inside a trigger phrase governs nothing after it
    ["This is what the banks don't want you to know about our free gift.", ["don't want you to know", 'free gift']],
    ['It has never been easier to claim your prize.', ['claim your prize']],
    ['Don’t wait, claim your prize now.', ['don’t wait', 'claim your prize']],
    ["Don't wait, claim your prize now.", ["don't wait", 'claim your prize']],
    // a clause end, a comma or too many words between the negation and the lure
    ['We never sleep. Verify your account today.', ['verify your account']],
    ['You did not reply, so verify your account today.', ['verify your account']],
    ['We never stop, verify your account today.', ['verify your account']],
    ['We never take a day off and we always work hard to let you claim your prize.', ['claim your prize']],
    // a negation after the lure governs nothing before it
    ['Verify your account or it will not work.', ['verify your account']],
    // a negation or warning that governs no asking or sharing verb (rev-w24 F1): the lure is the sender's
    ["Don't lose access to your account, confirm your password here.", ['lose access to your account', 'confirm your password']],
    ["Don't lose access to your mailbox verify your account now.", ['verify your account']],
    ['Avoid account suspension by confirming your password below.', ['account suspension', 'confirming your password']],
    ['Your account will not be closed if you verify your account today.', ['verify your account']],
    ['You won’t want to miss this chance to claim your reward.', ['claim your reward']],
    ['Ignore previous notices and update your payment details now.', ['update your payment']],
    ['Nobody beats our no deposit bonus.', ['no deposit bonus']],
    ['Do not forget to claim your free gift.', ['claim your free']],
    ['Never forget to claim your reward.', ['claim your reward']],
    // the reach ends at a conjunction or a stop word, and a list does not cross a new verb (F1, F2)
    ['Scammers are targeting your account so verify your account immediately.', ['verify your account']],
    ['No one will ask you anything unless you confirm your password today.', ['confirm your password']],
    ['We never ask and verify your account today.', ['verify your account']],
    ['Never share your seed phrase and then verify your account.', ['seed phrase (warned)', 'verify your account']],
    // "do not reply" is a footer, not a warning
    ['Do not reply to this email verify your account using the link below.', ['verify your account']],
    // a call to act after a warned lure and a comma alone is the sender's own (rev-w24b F1)
    ['We will never ask for your seed phrase, verify your account here to keep your funds safe.', ['seed phrase (warned)', 'verify your account']],
    ["Don't share your recovery phrase, claim your airdrop now before it expires.", ['recovery phrase (warned)', 'claim your airdrop']],
    ['Estimado cliente, usted no paga nada por su regalo gratis, reclame su premio hoy mismo en nuestra página web oficial.', ['estimado cliente', 'regalo gratis', 'reclame su premio']],
    ['You will not pay anything for your free gift, claim your reward today.', ['free gift', 'claim your reward']],
    // a new request after the warning's object: a bare verb does not carry it on, nor does "but", "please", "just" (F2)
    ["Don't share this link with anyone click here to verify your account.", ['click here to verify']],
    ['We will never ask you twice enter your password below to verify your account.', ['enter your password', 'verify your account']],
    ['Never tell anyone your PIN but do confirm your password using the link below.', ['confirm your password']],
    ["We don't send reminders twice please confirm your identity today.", ['confirm your identity']],
    ['Our staff will never call you just verify your account online now.', ['verify your account']],
    ['We will never ask twice but please confirm your password here.', ['confirm your password']],
    ["We won't call you back verify your account online instead.", ['verify your account']],
    ["Don't share this link with anyone call us today to verify your account.", ['verify your account']],
    // words that are no asking verb in ordinary mail (F3)
    ['Nobody over 18 should skip this claim your reward today.', ['claim your reward']],
    ["Don't type your card details twice verify your account here.", ['verify your account']],
    ['Do not text anyone this code confirm your password here.', ['confirm your password']],
    ['We never give up on our customers claim your free gift today.', ['claim your free']],
    // a cue with its verb too far (WARNING_VERB_REACH), and a cue that a conjunction ends (F5)
    ['Never in our 20 years have we asked you to verify your account.', ['verify your account']],
    ['Never mind and share your free gift today.', ['free gift']],
    // after a sharing or sending verb, "to/pour/para" opens the sender's purpose, not the warning's object (rev-w24c R1);
    // "e-mail" is a sending verb, so this bank-like line keeps its hit too: the limit of the split
    ['Never share your code with anyone to verify your account click below.', ['verify your account']],
    ['Never share this message with anyone to claim your reward today.', ['claim your reward']],
    ['Never share this offer to claim your free gift now.', ['claim your free']],
    ['Ne partagez jamais ce lien pour vérifier votre compte cliquez ici.', ['vérifier votre compte', 'cliquez ici']],
    ['Ne communiquez jamais ce code à personne pour confirmer votre identité maintenant.', ['confirmer votre identité']],
    ['Ne donnez jamais ce code à personne qui vérifier votre compte, cliquez ici.', ['vérifier votre compte', 'cliquez ici']],
    ['No compartas este correo con nadie para confirmar tu identidad haz clic aquí.', ['confirmar tu identidad', 'haz clic aquí']],
    ['Coinbase will never e-mail you a link to claim your airdrop.', ['claim your airdrop']],
    // "no … más que" is "only", not a negation (rev-w24c R3)
    ['No le pedimos más que confirme su identidad hoy mismo.', ['confirme su identidad']],
  ])('keeps the sender’s own wording: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reaches WARNING_WINDOW words from the verb and WARNING_CHAIN words of list glue along a list, no more', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, index) => `w${index}x`).join(' ');
    const glue = (count: number) => Array.from({ length: count }, (_, index) => ['or', 'your', 'any', 'the'][index % 4]).join(' ');
    expect(read(`Never ask ${filler(WARNING_WINDOW - 1)} to verify your account.`)).toEqual(['verify your account (warned)']);
    expect(read(`Never ask ${filler(WARNING_WINDOW)} to verify your account.`)).toEqual(['verify your account']);
    expect(read(`Never ${filler(WARNING_VERB_REACH)} ask to verify your account.`)).toEqual(['verify your account (warned)']);
    expect(read(`Never ${filler(WARNING_VERB_REACH + 1)} ask to verify your account.`)).toEqual(['verify your account']);
    expect(read(`Never share your seed phrase, ${glue(WARNING_CHAIN)} recovery phrase.`)).toEqual(['seed phrase (warned)', 'recovery phrase (warned)']);
    expect(read(`Never share your seed phrase, ${glue(WARNING_CHAIN + 1)} recovery phrase.`)).toEqual(['seed phrase (warned)', 'recovery phrase']);
    // a word that is no list glue ends the list
    expect(read('Never share your seed phrase, w0x recovery phrase.')).toEqual(['seed phrase (warned)', 'recovery phrase']);
  });

  it('reads the subject as the text', () => {
    const { facts } = analyzer.context({ text: 'Hello.', subject: 'Never share your recovery phrase' });
    expect([...facts.triggers.subjectWarned]).toEqual([1]);
    const plain = analyzer.context({ text: 'Hello.', subject: 'Confirm your recovery phrase' });
    expect([...plain.facts.triggers.subjectWarned]).toEqual([0]);
  });

  it('leaves a warned subject phrase out of subject-phrase (rev-w24 F4)', () => {
    const subjectRules = (subject: string) => analyzer.analyze({ subject, text: 'Hello.' }).findings.filter((finding) => finding.rule === 'subject-phrase');
    expect(subjectRules('Never share your recovery phrase')).toEqual([]);
    expect(subjectRules('Confirm your recovery phrase')).not.toEqual([]);
  });

  it('leaves the warned hits out of the lure rules and the density, but not out of the user’s own list', () => {
    const text = 'We will never ask for your seed phrase, recovery phrase or private keys, and never ask you to connect your wallet.';
    const rules = (report: ReturnType<typeof analyzer.analyze>) => report.findings.filter((finding) => finding.category === 'phrases').map((finding) => finding.rule);
    expect(rules(analyzer.analyze({ text }))).toEqual([]);
    const custom = createAnalyzer({ data: defaultData, phrases: { add: ['private keys'] } });
    expect(rules(custom.analyze({ text }))).toContain('custom-phrase');
  });

  it('counts a warned lure as no use of its phrase: the sender\'s own lure after it is the first (review rev42)', () => {
    const text = 'Never share your recovery phrase. Never share your recovery phrase. Enter your recovery phrase below.';
    const { facts } = analyzer.context({ text });
    expect(Array.from(facts.triggers.textWarned)).toEqual([1, 1, 0]);
    expect(Array.from(facts.triggers.textRepeatWeight)).toEqual([0, 0, 1]);
    // a lure said three times by the sender still counts less each time
    const again = analyzer.context({ text: 'Enter your recovery phrase. Enter your recovery phrase. Never share your recovery phrase. Enter your recovery phrase.' });
    expect(Array.from(again.facts.triggers.textRepeatWeight)).toEqual([1, 1 / 4, 0, 1 / 9]);
    // three hidden warnings before it weigh the visible lure as the warnings' absence would
    const lure = '<p>Enter your recovery phrase below to restore access.</p>';
    const hidden = '<div style="display:none">Never share your recovery phrase. Never share your recovery phrase. Never share your recovery phrase.</div>';
    const points = (html: string) => analyzer.analyze({ html }).findings.filter((finding) => finding.rule === 'phishing-phrase').reduce((sum, finding) => sum + finding.points, 0);
    expect(points(hidden + lure)).toBe(points(lure));
    expect(points(lure)).toBeGreaterThan(0);
  });
});
