import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleStrength } from '../../../core/score/score.ts';
import { ruleById, testRule } from '../test-rule.ts';

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
