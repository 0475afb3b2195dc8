// Detects words cut apart by markup: `V<b></b>iagra`, `Vi<!-- x -->agra`, `<b>V</b>i<i>a</i>gra`.
// The reader sees one word, but a filter reading the source sees fragments, a spam trick since
// the early 2000s that filters rebuilding the text look for. Ordinary markup inside a
// word (a bold drop cap, Word's spell-check spans, `<wbr>`) is left alone unless it splits a trigger.
import { isTriggerHit } from '../../facts/triggers.ts';
import { textToSource } from '../../message/locate.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

type Split = 'comment' | 'hidden-content' | 'empty-element' | 'tag';

/** Markup longer than this between two halves of a word is classified from its first part only. */
const MAX_GAP = 600;
/** Words longer than this are URLs, codes or run-together text, not disguised words. */
const MAX_WORD = 30;
const MAX_HITS = 50;

/** Comments that are not Outlook's conditional comments (`<!--[if mso]>`, `<![endif]-->`). */
function hasPlainComment(gap: string): boolean {
  for (let at = gap.indexOf('<!--'); at >= 0; at = gap.indexOf('<!--', at + 4)) {
    if (gap[at + 4] !== '[') return true;
  }
  return false;
}

/** What sits in the source between two text runs of one word. */
function classify(gap: string): Split | null {
  if (!gap.includes('<')) return null;
  // Two links side by side (a menu of inline-block links) are two words to the reader.
  if (/<\/?a[\s>]/i.test(gap)) return null;
  if (hasPlainComment(gap)) return 'comment';
  // Text inside an element nobody sees (`S<style>x</style>amsung`) is the same trick as a comment.
  if (/<(?:style|script|title|template)[\s>]/i.test(gap)) return 'hidden-content';
  // `<wbr>` marks a line-break opportunity inside long words: that is its purpose.
  if (/^<wbr\s*\/?>$/i.test(gap.trim())) return null;
  // An element opened and closed with nothing inside: it exists only to cut the word.
  if (/<([a-z][a-z0-9]{0,15})\b[^<>]{0,300}>\s*<\/\1\s*>/i.test(gap)) return 'empty-element';
  // Conditional comments alone (MSO table cells around inline content) are layout.
  if (gap.includes('<!--') || gap.includes('<![')) return null;
  return 'tag';
}

function strengthOf(splits: readonly Split[], trigger: boolean, word: string, boundaries: readonly number[]): number {
  if (splits.includes('comment') || splits.includes('hidden-content')) return trigger ? 2 : 1.5;
  if (splits.includes('empty-element')) return trigger ? 2 : 1;
  // Plain tags: a single split after the first letter is a drop cap; one more split is formatting
  // (Word wraps half-words in spell-check spans). Several cuts in a short word, or any cut
  // through a trigger word, are the trick.
  const meaningful = boundaries.filter((offset) => offset !== 1).length;
  if (trigger && meaningful > 0) return 1.5;
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  if (splits.length >= 3 && letters <= 12) return 0.8;
  return 0;
}

export default defineRule({
  id: 'split-by-tags',
  category: 'obfuscation',
  description: 'Words split apart by HTML tags or comments',
  weight: 1.2,
  cap: 3,
  messages: {
    'split':
      '`{evidence}` is cut apart by {how, select, comment {an HTML comment} hidden-content {an invisible element} empty-element {an empty element} other {{tags, plural, one {# tag} other {# tags}}}} in the source{shown, select, yes { (`{markup}`)} other {}}{trigger, select, yes {, and it is a trigger word} other {}}. Readers see one word, filters reading the HTML see fragments: hiding words this way is a spam trick filters look for.',
    'one-piece':
      'Write the word in one piece in the HTML; put formatting around whole words, and delete empty tags and comments inside words.',
  },
  check(context) {
    const { message } = context;
    if (!message.isHtml) return [];
    const { tokens, segments, html, text } = message;
    const { text: phraseHits, textLone, textWarned } = context.facts.triggers;

    const hits: MessageHit[] = [];
    // Every word is looked at (10 MB of hidden spans is a million words, each over two runs of
    // text): the columns are read directly, so a word costs no token or segment objects.
    const { starts, ends, flagsOf } = tokens;
    const { textStarts, textEnds, sourceStarts, sourceEnds } = segments;
    let s = 0;
    for (let t = 0; t < tokens.length && hits.length < MAX_HITS; t++) {
      const start = starts[t] ?? 0;
      const end = ends[t] ?? 0;
      while (s < segments.length && (textEnds[s] ?? 0) <= start) s++;
      // Fast path: the whole word came from one run of source text.
      if (s >= segments.length || (textEnds[s] ?? 0) >= end) continue;
      if (end - start > MAX_WORD || !((flagsOf[t] ?? 0) & TokenFlag.Alpha)) continue;

      const splits: Split[] = [];
      const boundaries: number[] = [];
      let gapStart = sourceEnds[s] ?? 0;
      for (let k = s + 1; k < segments.length; k++) {
        const nextStart = textStarts[k] ?? 0;
        if (nextStart >= end) break;
        const gapEnd = Math.min(sourceStarts[k] ?? 0, gapStart + MAX_GAP);
        const kind = gapEnd > gapStart ? classify(html.slice(gapStart, gapEnd)) : null;
        if (kind) {
          splits.push(kind);
          boundaries.push(nextStart - start);
        }
        gapStart = sourceEnds[k] ?? 0;
      }
      if (splits.length === 0) continue;
      const word = text.slice(start, end);
      // A phrase that counts only in company and has none (the trigger fact's `textLone`: "award
      // notification" alone), or a lure the sender warns against (`textWarned`: a security notice's
      // "never share your seed phr<span>ase</span>"), is no trigger: markup inside it is judged as
      // inside any word.
      const trigger = isTriggerHit(phraseHits, textLone, textWarned, phraseHits.covering(t) - 1);
      const strength = strengthOf(splits, trigger, word, boundaries);
      if (strength === 0) continue;

      const source = textToSource(segments, start, end);
      const markup = source ? shorten(html.slice(source.start, Math.min(source.end, source.start + 200)), 60) : '';
      const evidence = shorten(word);
      // The most telling kind of split names the trick; plain tags are counted.
      const how = (['comment', 'hidden-content', 'empty-element'] as const).find((kind) => splits.includes(kind)) ?? 'tag';
      hits.push({
        messageId: 'split',
        suggestionId: 'one-piece',
        data: { evidence, how, tags: splits.length, shown: markup ? 'yes' : 'no', markup, trigger: trigger ? 'yes' : 'no' },
        evidence,
        location: inText(start, end),
        strength,
      });
    }
    return hits;
  },
});
