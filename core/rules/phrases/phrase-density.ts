// Detects text dense with trigger phrases: many hits in few words. One "free" in a long newsletter
// is normal; five triggers in forty words is how spam reads, whatever the words are. A phrase said
// again (the same button label under every product, a menu in header and footer) adds sharply
// less each time: it is one pitch, not ten (issue #11). Two kinds of hit are not pitch and count
// nothing here: the admission "this is an advertisement" (shady-phrase scores it once, as
// SpamAssassin's ADMITS_SPAM, which none of its phrase-count metas reads; US law and bar rules ask
// commercial mail to say it), a phrase that is a label of a long form written into the text
// (form-by-reply's, e.g. "Next of kin:"; isFormLabel says when), and a phrase that counts only in
// company when the mail holds none ("award notification" alone: the trigger fact's textLone): no
// phrase rule counts it, so it is no trigger of the density either.
import { isAdmissionWording } from '../../phrases/shady-wording.ts';
import { isTriggerHit } from '../../facts/triggers.ts';
import { isFormLabel } from '../phrase-rule.ts';
import { defineRule } from '../rule.ts';

/** Trigger hits per 100 visible words above which the density itself is a signal. */
const DENSE_PER_100_WORDS = 2.5;
const MIN_HITS = 3;

export default defineRule({
  id: 'phrase-density',
  category: 'phrases',
  description: 'Many trigger phrases for the length of the text',
  weight: 1.0,
  cap: 2,
  messages: {
    'dense':
      '{repeats, plural, =0 {{total} trigger phrases} other {{distinct} distinct trigger phrases (and {repeats, plural, one {# repeat} other {# repeats}}, counted for less)}} in {words} words ({density, number, ::.0} per 100 words): filters read that density as a sales pitch, whatever the words are.',
    'one-offer':
      'Cut the pitch to one clear offer and say it once; add the substance (what, when, for whom).',
  },
  check(context) {
    const { triggers } = context.facts;
    const { textRepeatWeight } = triggers;
    // Each phrase counts fully once, its k-th repeat 1/k²; a lure a negation or warning governs ("we
    // will never ask for your password") is not the sender's pitch and counts nothing.
    let hits = 0;
    let distinct = 0;
    let total = 0;
    for (let index = 0; index < textRepeatWeight.length; index++) {
      if (!isTriggerHit(triggers.text, triggers.textLone, triggers.textWarned, index) || isFormLabel(context, index)) continue;
      const definition = triggers.text.definition(index);
      if (definition?.category === 'shady' && isAdmissionWording(definition.phrase)) continue;
      const weight = textRepeatWeight[index] ?? 0;
      hits += weight;
      total++;
      if (weight === 1) distinct++;
    }
    const words = Math.max(context.facts.visibleText.words, 1);
    const density = (hits / words) * 100;
    if (hits < MIN_HITS || density < DENSE_PER_100_WORDS) return [];
    return [
      {
        messageId: 'dense',
        suggestionId: 'one-offer',
        data: { total, distinct, repeats: total - distinct, words, density },
        evidence: `${total} phrases / ${words} words`,
        strength: Math.min(2, density / (DENSE_PER_100_WORDS * 2)),
      },
    ];
  },
});
