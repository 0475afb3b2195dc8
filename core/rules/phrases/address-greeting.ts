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
// 20_khop_general.cf, `/^\s*Dear\b.{0,70}\w\@\w/i`, sandbox score 1.5 but published at 0 and not in
// active.list, so 1.5 is a house estimate; S/O 0.91–0.998 in its mass checks).
import { ADDRESS_IN_TEXT } from '../../recipients/address.ts';
import { defineRule, inText, shorten } from '../rule.ts';

/** Only the opening of the text is read: a greeting further down belongs to a quoted or forwarded mail. */
const OPENING = 2000;

/**
 * Spacing inside a greeting: any white space but a line's end (`\s` is what `isRegExpSpace` in
 * core/text/characters.ts counts: no-break and narrow no-break spaces included, as French puts
 * before a colon), and the invisible zero-width ones.
 */
const SPACE = String.raw`(?:[^\S\r\n\u2028\u2029]|[\u200b-\u200d\u2060])`;
const SPACING = new RegExp(`${SPACE}+`, 'u');
const WORD = String.raw`[\p{L}\p{M}]{1,24}`;
const { local: LOCAL, label: LABEL, moreLabels: MORE_LABELS } = ADDRESS_IN_TEXT;
const ADDRESS = String.raw`${LOCAL}@${LABEL}(?:\.${LABEL}){0,${MORE_LABELS}}`;

/**
 * A line that opens with one or two words (the salutation, looked up whole in the list), a space
 * or a comma (never a colon: `Hola: hola@…` is a contact line), the whole address, optionally in
 * angle brackets, quotes or square brackets (no address character after it, a final stop only when
 * no label follows), and then punctuation, a dash or the end of the line. Read from `lastIndex`, a
 * line's start (sticky; multiline, so `$` is the line's true end, wherever the opening was cut),
 * and every part is bounded, so one line costs at most a few hundred characters whatever its
 * length. Built per check: a sticky regex carries `lastIndex`, state no module may keep.
 */
const GREETING = (): RegExp =>
  new RegExp(
    String.raw`^${SPACE}*(${WORD}(?:${SPACE}+${WORD})?)(?:${SPACE}+(?:,${SPACE}*)?|,${SPACE}*)([<["'“«]?)(${ADDRESS})(?![A-Za-z0-9_%+@-]|\.[A-Za-z0-9])([>\]"'”»]?)${SPACE}*(?:[,:;!.\-–—]|\r?$)`,
    'dmuy',
  );

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
    const text = context.message.text;
    const opening = text.slice(0, OPENING);
    // Built only for an opening with an `@` (about a quarter of mail): building it costs more than the scan.
    let greeting: RegExp | null = null;
    // One try per line that holds an `@`, from the line's start.
    for (let at = opening.indexOf('@'); at >= 0; ) {
      greeting ??= GREETING();
      const lineStart = opening.lastIndexOf('\n', at) + 1;
      const lineEnd = opening.indexOf('\n', at);
      at = lineEnd < 0 ? -1 : opening.indexOf('@', lineEnd + 1);
      greeting.lastIndex = lineStart;
      // The whole text, not the opening: an address that runs past the 2,000th character is read whole.
      const match = greeting.exec(text);
      if (match === null || !match.indices) continue;
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
      const close = match[4] === CLOSING[open] ? 1 : 0;
      const start = match.indices[1]?.[0] ?? 0;
      const end = (match.indices[3]?.[1] ?? 0) + close;
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
