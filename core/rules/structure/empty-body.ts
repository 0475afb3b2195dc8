// Detects a body with nothing to read: no visible words and no images. Such mail carries its
// payload elsewhere (an attachment, the subject, a bare link) or is a probe sent to test addresses,
// and filters give it no benefit of the doubt. Source: SpamAssassin EMPTY_MESSAGE.
import type { HiddenReason } from '../../message/message.ts';
import { shortenJoined } from '../../report/report.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import type { RangeColumns } from '../../text/ranges.ts';
import { Shown, shownTokens } from '../../text/shown-words.ts';
import { defineRule, shorten } from '../rule.ts';

/**
 * Hiding by font size or colour depends on CSS we read only in part (a class may set the size
 * again): text hidden that way still counts as text here, so a misread template is not "empty".
 */
const SOFT_REASONS: ReadonlySet<HiddenReason> = new Set(['zero-font-size', 'tiny-font-size', 'same-color-as-background']);

/** The text of each hidden span, in order, as it is read (270,000 spans need not all be copied out). */
function* hiddenPieces(text: string, hidden: RangeColumns): Generator<string> {
  for (let index = 0; index < hidden.length; index++) yield text.slice(hidden.start(index), hidden.end(index));
}

export default defineRule({
  id: 'empty-body',
  category: 'structure',
  description: 'Body with no visible text and no images',
  weight: 2.0,
  cap: 1,
  messages: {
    'empty':
      'The body shows no words and no images{shows, select, hidden { (its only text is hidden: `{text}`)} text { (only `{text}`)} other {}}. Filters have nothing to judge but the headers and links, and empty mail is typical of probes and of spam that hides its payload in an attachment.',
    'write-body':
      'Write the message in the body: say who you are and why you are writing, even when the main content is attached.',
  },
  check(context) {
    const { message } = context;
    if (context.facts.visibleText.words > 0 || message.images.some((image) => !image.hidden)) return [];
    // The spans themselves when none is soft (a copy of 270,000 spans otherwise), and the token
    // columns rather than a token object each.
    const { hidden } = message;
    // A word shows as every count of visible words reads it (core/text/shown-words.ts).
    const shows = shownTokens(message.text, message.tokens, hidden.some((span) => SOFT_REASONS.has(span.reason)) ? hidden.filter((span) => !SOFT_REASONS.has(span.reason)) : hidden);
    const { flagsOf } = message.tokens;
    for (let index = 0; index < message.tokens.length; index++) {
      if (shows(index) === Shown.Word && (flagsOf[index] ?? 0) & TokenFlag.Alpha) return [];
    }
    const hiddenText = shortenJoined(hiddenPieces(message.text, hidden));
    const shown = shorten(message.text);
    return [
      {
        messageId: 'empty',
        suggestionId: 'write-body',
        data: { shows: hiddenText ? 'hidden' : shown ? 'text' : 'nothing', text: hiddenText || shown },
        evidence: hiddenText || shown || '(empty body)',
      },
    ];
  },
});
