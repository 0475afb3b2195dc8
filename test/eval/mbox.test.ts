import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeMbox, splitMbox } from '../../scripts/eval/mbox.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const texts = (mbox: string): string[] => splitMbox(bytes(mbox)).map((message) => new TextDecoder().decode(message));

describe('splitMbox', () => {
  it('splits at each From_ line that opens the file or follows an empty line, and drops the From_ line and the separating empty line', () => {
    const mbox = 'From a@x Sat Nov 27 15:33:27 2004\nSubject: one\n\nbody 1\n\nFrom b@y Sun Nov 28 01:02:03 2004\nSubject: two\n\nbody 2\n';
    expect(texts(mbox)).toEqual(['Subject: one\n\nbody 1\n', 'Subject: two\n\nbody 2\n']);
  });

  it('leaves a "From " line that does not follow an empty line in the body (an unescaped mboxo body)', () => {
    const mbox = 'From a@x Sat Nov 27 15:33:27 2004\nSubject: one\n\nline\nFrom here on, text\n';
    expect(texts(mbox)).toEqual(['Subject: one\n\nline\nFrom here on, text\n']);
  });

  it('takes one ">" off an escaped ">From " line (mboxrd), and leaves other ">" lines alone', () => {
    const mbox = 'From a@x Sat Nov 27 15:33:27 2004\nSubject: q\n\n>From me\n>>From you\n>Fromage\n> quoted\n';
    expect(texts(mbox)).toEqual(['Subject: q\n\nFrom me\n>From you\n>Fromage\n> quoted\n']);
  });

  it('reads CRLF line ends: an empty CRLF line separates messages too', () => {
    const mbox = 'From a@x Sat Nov 27 15:33:27 2004\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom b@y Sat Nov 27 15:33:28 2004\r\nSubject: two\r\n';
    expect(texts(mbox)).toEqual(['Subject: one\r\n\r\nbody\r\n', 'Subject: two\r\n']);
  });

  it('refuses bytes that do not start with a From_ line', () => {
    expect(looksLikeMbox(bytes('Subject: hi\n\nbody\n'))).toBe(false);
    expect(() => splitMbox(bytes('Subject: hi\n\nFrom a@x Sat Nov 27 15:33:27 2004\n'))).toThrow(/not an mbox/);
    expect(() => splitMbox(bytes(''))).toThrow(/not an mbox/);
  });

  it('gives back exactly the messages an mboxrd writer joined (any lines, "From " and ">From " ones included)', () => {
    const line = fc.oneof(
      fc.constantFrom('', 'From x', '>From x', '>>From y', 'From', '>', 'Subject: s', 'body text', '\r'),
      fc.string({ maxLength: 12 }).filter((text) => !text.includes('\n')),
    );
    // A message is lines, each ending in a line break; the writer escapes every `>*From ` line with one more `>`.
    const message = fc.array(line, { maxLength: 8 }).map((lines) => lines.map((text) => `${text}\n`).join(''));
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 6 }), (messages) => {
        const mbox = messages.map((text) => `From sender@example Sat Nov 27 15:33:27 2004\n${text.replace(/^(>*From )/gm, '>$1')}\n`).join('');
        expect(texts(mbox)).toEqual(messages);
      }),
    );
  });
});
