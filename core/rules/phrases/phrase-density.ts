// Detects text dense with trigger phrases: many hits in few words. One "free" in a long newsletter
// is normal; five triggers in forty words is how spam reads, whatever the words are.
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
  check(context) {
    const hits = context.facts.triggers.text;
    const words = Math.max(context.message.visibleWords, 1);
    const density = (hits.length / words) * 100;
    if (hits.length < MIN_HITS || density < DENSE_PER_100_WORDS) return [];
    return [
      {
        message: `${hits.length} trigger phrases in ${words} words (${density.toFixed(1)} per 100 words): filters read that density as a sales pitch, whatever the words are.`,
        suggestion: 'Cut the pitch to one clear offer and say it once; add the substance (what, when, for whom).',
        evidence: `${hits.length} phrases / ${words} words`,
        strength: Math.min(2, density / (DENSE_PER_100_WORDS * 2)),
      },
    ];
  },
});
