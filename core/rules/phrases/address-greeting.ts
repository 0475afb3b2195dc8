// Detects a letter salutation that names an e-mail address instead of a person ("Dear
// jane@example.org:", "Sehr geehrter kunde@example.de,", "Prezado joao@example.com.br"). A sender
// who knows the reader only by the address it harvested or bought fills that in where a name goes:
// phishing kits and spam runs do, a service that knows its customer greets them by name. The line
// must open with a salutation of wordlists/global/salutations.txt (the translations of "Dear", one
// or two words, nothing before them), then a space or comma, then the address, which must end the
// greeting (a comma, colon, stop, dash or the end of the line after it), so a quoted reply's
// attribution ("Dear jane@example.org wrote:") is not a greeting. Informal hellos are not listed:
// "Hi <address>," is how legitimate sign-in and verification mail greets its reader.
// A line where a salutation is a label (`Dear: …`) or the address is the salutation itself
// (`beste@…`) is a contact line, not a greeting. As in SpamAssassin's rule, any `local@domain` is an
// address, a domain without a dot included (an intranet mailbox, or an address a corpus has anonymised).
// Source: SpamAssassin DEAR_EMAIL ("Message contains Dear email address", rulesrc/sandbox/khopesh/
// 20_khop_general.cf, `/^\s*Dear\b.{0,70}\w\@\w/i`, score 1.5, S/O 0.98–0.998 in its mass checks).
import { defineRule, inText, shorten } from '../rule.ts';

/** Only the opening of the text is read: a greeting further down belongs to a quoted or forwarded mail. */
const OPENING = 2000;
/** Longer lines are read up to here (a greeting is short); bounds the work on one line. */
const MAX_LINE = 300;

/** Spacing inside a greeting: spaces, tabs, no-break spaces and the invisible zero-width ones. */
const SPACING = /[ \t\u00a0\u200b-\u200d\u2060\ufeff]+/u;

/**
 * A line that opens with one or two words (the salutation, looked up whole in the list), a space
 * or a comma (never a colon: `Hola: hola@…` is a contact line), the whole address, optionally in
 * angle brackets, quotes or square brackets (no address character after it, a final stop only when
 * no label follows), and then punctuation, a dash or the end of the line. Linear: no part can match
 * what its neighbour matches, and a line is at most MAX_LINE characters.
 */
const GREETING =
  /^[ \t\u00a0\u200b-\u200d\u2060\ufeff]*([\p{L}\p{M}]{1,24}(?:[ \t\u00a0\u200b-\u200d\u2060\ufeff]+[\p{L}\p{M}]{1,24})?)(?:[ \t\u00a0\u200b-\u200d\u2060\ufeff]+(?:,[ \t\u00a0\u200b-\u200d\u2060\ufeff]*)?|,[ \t\u00a0\u200b-\u200d\u2060\ufeff]*)([<["'“«]?)([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})(?![A-Za-z0-9_%+@-]|\.[A-Za-z0-9])([>\]"'”»]?)[ \t\u00a0\u200b-\u200d\u2060\ufeff]*(?:[,:;!.\-–—]|$)/u;

/** The closing mark that belongs to an opening one. */
const CLOSING: Readonly<Record<string, string>> = { '<': '>', '[': ']', '"': '"', "'": "'", '“': '”', '«': '»' };

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
    const whole = context.message.text;
    const text = whole.slice(0, OPENING);
    // The opening's end is a cut too when the text goes on past it.
    const openingCut = whole.length > OPENING;
    // No line after the last `@` can hold an address.
    const lastAt = text.lastIndexOf('@');
    for (let lineStart = 0, lineEnd: number; lineStart <= lastAt; lineStart = lineEnd + 1) {
      const newline = text.indexOf('\n', lineStart);
      lineEnd = newline < 0 ? text.length : newline;
      const cut = lineEnd - lineStart > MAX_LINE || (newline < 0 && openingCut);
      // A CRLF line's `\r` is its end, not a character of it.
      const bodyEnd = !cut && lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      const line = text.slice(lineStart, Math.min(bodyEnd, lineStart + MAX_LINE));
      const match = line.includes('@') ? GREETING.exec(line) : null;
      if (match === null) continue;
      // A cut line has no end there: a match that reaches the cut may have read a truncated address.
      if (cut && match[0].length >= line.length) continue;
      // The list is lower case, NFC, one space between words; `Che\u0300re` is the word `chère`.
      const words = match[1] ?? '';
      const salutation = words.split(SPACING).join(' ').normalize('NFC').toLowerCase();
      if (!context.lists.salutations.has(salutation)) continue;
      const open = match[2] ?? '';
      const address = match[3] ?? '';
      const local = address.slice(0, address.indexOf('@')).toLowerCase();
      // `Beste beste@…`, `Cara <cara.lee@…>`: a mailbox named after the word (or a person whose
      // first name it is, with her own address), not a greeting.
      const firstName = local.split(/[._+-]/u, 1)[0] ?? local;
      if (salutation.split(' ').some((word) => word === local || word === firstName)) continue;
      const close = open !== '' && match[4] === CLOSING[open] ? (match[4] ?? '') : '';
      // Before the address the match holds letters, spacing, a comma and a mark: never an `@`.
      const end = lineStart + match[0].indexOf(address) + address.length + close.length;
      // The line's leading spacing holds no letter: the salutation's first occurrence is its own.
      const start = lineStart + match[0].indexOf(words);
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
    return [];
  },
});
