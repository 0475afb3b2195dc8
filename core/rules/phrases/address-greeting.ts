// Detects a greeting that names an e-mail address instead of a person ("Dear jane@example.org:",
// "Hallo jane@example.org,", "Olá, jane@example.org"). A sender who knows the reader only by the
// address it harvested or bought fills that in where a name goes: phishing kits and spam runs do,
// a service that knows its customer greets them by name. The greeting must open a line of the first
// part of the text (a salutation word of wordlists/global/salutations.txt, at most one word before
// it) and the address must end the greeting (a comma, colon, stop or the end of the line after it),
// so a quoted reply's attribution ("Hi, jane@example.org said:") is not a greeting. As in
// SpamAssassin's rule, any `local@domain` is an address, a domain without a dot included (an
// intranet mailbox, or an address a corpus has anonymised).
// Source: SpamAssassin DEAR_EMAIL ("Message contains Dear email address", rulesrc/sandbox/khopesh/
// 20_khop_general.cf, `/^\s*Dear\b.{0,70}\w\@\w/i`, score 1.5, S/O 0.98–0.998 in its mass checks).
import { defineRule, inText, shorten } from '../rule.ts';

/** Only the opening of the text is read: a greeting further down belongs to a quoted or forwarded mail. */
const OPENING = 2000;
/** Longer lines are read up to here (a greeting is short); bounds the work on one line. */
const MAX_LINE = 300;

/**
 * A line that opens with a salutation and an address: at most one word before the salutation
 * ("Sehr geehrte", "My dear"), a space, comma or colon between it and the address, and the whole
 * address (no address character after it, a final stop only when no label follows) followed by
 * punctuation or the end of the line. Linear: no part can match what its neighbour matches except
 * the optional first word, and a line is at most MAX_LINE characters.
 */
const GREETING =
  /^[ \t\u00a0]*(?:[\p{L}\p{M}]{1,24}[ \t\u00a0]+)?([\p{L}\p{M}]{1,24})(?:[ \t\u00a0]+[,:]?|[,:])[ \t\u00a0]*([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})(?![A-Za-z0-9_%+@-]|\.[A-Za-z0-9])[ \t\u00a0]*(?:[,:;!.]|$)/u;

export default defineRule({
  id: 'address-greeting',
  category: 'phrases',
  description: 'Greets the reader by an e-mail address',
  weight: 1.5,
  cap: 1,
  messages: {
    'address-greeting':
      'The greeting names an e-mail address, `{greeting}`, where a name belongs: senders who know their reader only by an address they harvested or bought write this way, and filters score it.',
    'greet-by-name':
      'Greet the reader by name ("Hi Ana,"), or open without a greeting.',
  },
  check(context) {
    const text = context.message.text.slice(0, OPENING);
    // No line after the last `@` can hold an address.
    const lastAt = text.lastIndexOf('@');
    let lineStart = 0;
    while (lineStart <= lastAt) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE));
      const match = line.includes('@') ? GREETING.exec(line) : null;
      // The list is lower case and NFC; a word written with combining accents (`Ola\u0301`) is the same word.
      if (match && context.lists.salutations.has((match[1] ?? '').normalize('NFC').toLowerCase())) {
        const address = match[2] ?? '';
        // Before the address the match holds letters, spaces, a comma or colon: never an `@`.
        const end = lineStart + match[0].indexOf(address) + address.length;
        const start = lineStart + match[0].search(/\S/);
        const evidence = shorten(text.slice(start, end));
        return [
          {
            messageId: 'address-greeting',
            suggestionId: 'greet-by-name',
            data: { greeting: evidence },
            evidence,
            location: inText(start, end),
          },
        ];
      }
      lineStart = lineEnd + 1;
    }
    return [];
  },
});
