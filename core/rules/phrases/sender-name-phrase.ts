// Detects drug wording in the From display name: "VIAGRA Official Store",
// "Cheap Xanax", "Get Xenical". The name is what the mail app shows first, so pill runs put the
// product there; no pharmacy or shop that signs with its own name calls itself after a drug.
// Source: SpamAssassin HK_NAME_DRUGS ("From name contains drugs": viagra or cialis only), scored 4.3
// in the network-free score set and hit on 5.3 % of spam against 0.002 % of ham in its published
// statistics.
import { defineRule, shorten } from '../rule.ts';

/** Only trigger words this sure (0–2) count: drug names, not "herbal" or "anti aging". */
const MIN_SURENESS = 1;
/**
 * The category a sender name must not use. Only drug words: the shady list's single words
 * ("barrister", "nude") are real firms' and brands' names, and its counterfeit wording is phrases
 * ("designer replica"), which a one-word-at-a-time look at a name does not see.
 */
const CATEGORIES: ReadonlySet<string> = new Set(['pharma']);
/** A display name is short; a pasted paragraph of name is read no further than this. */
const MAX_NAME = 200;

function words(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export default defineRule({
  id: 'sender-name-phrase',
  category: 'phrases',
  description: 'From name uses drug wording',
  weight: 1.5,
  cap: 2,
  messages: {
    'name-trigger':
      'The sender name `{name}` says `{word}`, a drug or pharmacy word. Pill and replica runs put the product in the sender name because mail apps show it first; filters score drug names there heavily.',
    'name-who':
      'Use your own or your organisation\'s name as the sender name, and say what you offer in the mail itself.',
  },
  check(context) {
    const { from } = context.facts.sender;
    // A word in a charset we cannot read is U+FFFD in the name (fields.ts), not a word: the rest is read.
    if (!from || !from.name) return [];
    const name = from.name.slice(0, MAX_NAME);
    let best: { word: string; sureness: number } | null = null;
    for (const word of words(name)) {
      const found = context.facts.triggers.word(word);
      if (!found || !CATEGORIES.has(found.category) || found.sureness < MIN_SURENESS) continue;
      if (!best || found.sureness > best.sureness) best = { word, sureness: found.sureness };
    }
    if (!best) return [];
    const evidence = shorten(name);
    return [
      {
        messageId: 'name-trigger',
        suggestionId: 'name-who',
        data: { name: evidence, word: best.word },
        evidence,
        strength: best.sureness,
      },
    ];
  },
});
