// Detects shouted punctuation in the body: runs like `!!!`, `???`, `?!?`, `$$$`, `!!!1`, and a great
// many exclamation marks overall. Spam shouts for attention with symbols; filters and ESP checkers
// score the runs. Source: ESP content checkers (Mailchimp, Campaign Monitor), and SpamAssassin's
// PLING_QUERY for the same pattern in the subject.
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

/** What a character shouts with: 1 = `!`, 2 = `?`, 3 = a currency sign, 0 = nothing. */
function kindOf(code: number): number {
  switch (code) {
    case 0x21: // !
    case 0xff01: // ！
    case 0xa1: // ¡
      return 1;
    case 0x3f: // ?
    case 0xff1f: // ？
    case 0xbf: // ¿
      return 2;
    case 0x24: // $
    case 0x20ac: // €
    case 0xa3: // £
    case 0xa5: // ¥
      return 3;
    default:
      return 0;
  }
}
/**
 * Every character `kindOf` does not answer 0 for. A new RegExp per check: a shared global one
 * would carry its lastIndex from one message to the next.
 */
const SHOUTING = (): RegExp => /[!?$\u00a1\u00a3\u00a5\u00bf\u20ac\uff01\uff1f]/g;
/** This many of one kind in a row is shouting (`!!!`, `???`, `$$$`). */
const RUN = 3;
/** Many exclamation marks overall: at least this many, and at least one per this many words. */
const MANY_BANGS = 10;
const WORDS_PER_BANG = 25;
const MAX_RUNS = 10;

/** How loud a run is; 0 = not a shout. `???` is common in casual mail and weighs least. */
function loudness(bangs: number, queries: number, money: number, ones: number): number {
  if (money >= RUN) return 0.75;
  if (bangs >= RUN || ones > 0) return bangs >= 5 ? 0.75 : 0.5;
  if (bangs > 0 && queries > 0 && bangs + queries >= RUN) return 0.35;
  if (queries >= RUN) return 0.25;
  return 0;
}

export default defineRule({
  id: 'shouting-punctuation',
  category: 'formatting',
  description: 'Runs of !!!, ??? or $$$ in the body',
  weight: 0.6,
  cap: 2,
  messages: {
    'punctuation-run':
      '`{evidence}` shouts with punctuation. Runs of exclamation marks, question marks or currency signs are a classic spam pattern, and filters score them.',
    'one-mark':
      'Use one exclamation mark at most, and write prices as numbers (`$49`), not symbol runs.',
    'many-bangs':
      'The body has {bangs} exclamation marks in {words} words (one every {every} words). That much excitement reads as a sales pitch to filters and readers alike.',
    'fewer-bangs':
      'Keep exclamation marks for the one sentence that needs it; end the rest with a full stop.',
  },
  check(context) {
    const { message } = context;
    const text = message.text;
    const hits: MessageHit[] = [];
    let bangTotal = 0;
    let i = 0;
    const shouting = SHOUTING();
    while (i < text.length) {
      // Jump to the next character that shouts; everything between is skipped.
      shouting.lastIndex = i;
      if (shouting.exec(text) === null) break;
      i = shouting.lastIndex - 1;
      const start = i;
      let bangs = 0;
      let queries = 0;
      let money = 0;
      for (let kind = kindOf(text.charCodeAt(i)); kind !== 0 && i < text.length; kind = kindOf(text.charCodeAt(++i))) {
        if (kind === 1) bangs++;
        else if (kind === 2) queries++;
        else money++;
      }
      // `!!!1`, `!!11`: the shift key let go mid-shout.
      let ones = 0;
      if (bangs >= 2) while (i < text.length && text.charCodeAt(i) === 0x31) {
        ones++;
        i++;
      }
      bangTotal += bangs;
      const strength = loudness(bangs, queries, money, ones);
      if (strength === 0 || hits.length >= MAX_RUNS) continue;
      const evidence = shorten(text.slice(start, i));
      hits.push({
        messageId: 'punctuation-run',
        suggestionId: 'one-mark',
        data: { evidence },
        evidence,
        location: inText(start, i),
        strength,
      });
    }
    const words = Math.max(context.facts.visibleText.words, 1);
    if (bangTotal >= MANY_BANGS && bangTotal * WORDS_PER_BANG >= words) {
      hits.push({
        messageId: 'many-bangs',
        suggestionId: 'fewer-bangs',
        data: { bangs: bangTotal, words, every: Math.round(words / bangTotal) },
        evidence: `${bangTotal} exclamation marks`,
        strength: 1,
      });
    }
    return hits;
  },
});
