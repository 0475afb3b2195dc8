/**
 * A windows-1252 message reads the same in every runtime (core/email.ts): postal-mime decodes a
 * part's charset with the runtime's TextDecoder, which browsers make windows-1252 (€ “ ” ™ for
 * 0x80–0x9F) and Node 20.18.3 and later, before nodejs/node#60893, Latin-1 (C1 controls).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emailToInput } from '../core/index.ts';
import { createLocator } from '../cli/positions.ts';
import { decodeEml, sourceFromBytes } from '../cli/source.ts';

const raw = new Uint8Array(readFileSync(new URL('./fixtures/eml/windows-1252.eml', import.meta.url)));

describe('a windows-1252 message', () => {
  it('reads € “ ” – ™ … in its subject, text and HTML, as a browser does', async () => {
    const input = await emailToInput(raw);
    expect(input.subject).toBe('“Summer” sale – € 5™ …');
    expect(input.text).toContain('“Our summer sale” – everything € 5™ and more… target');
    expect(input.html).toContain('<p>“Our summer sale” – everything € 5™ and more… café target</p>');
    for (const text of [input.subject, input.text, input.html]) expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('keeps the five bytes windows-1252 leaves undefined as their C1 controls (as browsers do)', async () => {
    const undefinedBytes = new Uint8Array([
      ...new TextEncoder().encode('Subject: x\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\na'),
      0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x80,
      ...new TextEncoder().encode('\r\n'),
    ]);
    expect((await emailToInput(undefinedBytes)).text).toBe('a\u0081\u008d\u008f\u0090\u009d€\n');
  });

  it('maps the CLI’s positions into the quoted-printable text and the 8-bit HTML exactly', async () => {
    const input = await emailToInput(raw);
    const locate = createLocator(sourceFromBytes('m.eml', 'eml', raw), input);
    const text = input.text ?? '';
    const html = input.html ?? '';
    expect(locate({ in: 'text', start: text.indexOf('target'), end: text.indexOf('target') + 6 })).toMatchObject({ origin: 'file', line: 13, column: 59 });
    expect(locate({ in: 'html', start: html.indexOf('target'), end: html.indexOf('target') + 6 })).toMatchObject({ origin: 'file', line: 18, column: 55 });
  });

  describe('in a runtime whose TextDecoder reads `latin1` as windows-1252 (Node after nodejs/node#60893, browsers)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('the CLI still reads a file that is not UTF-8 one character per byte, every byte kept (core/text/bytes.ts latin1)', async () => {
      const Real = globalThis.TextDecoder;
      class Fixed extends Real {
        override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
          const text = super.decode(input, options);
          return this.encoding === 'windows-1252' ? text.replace(/\u0093/g, '“') : text;
        }
      }
      vi.stubGlobal('TextDecoder', Fixed);
      const file = decodeEml('m.eml', raw);
      expect(file).toContain('<p>\u0093Our summer sale');
      expect(file.length).toBe(raw.length);
    });
  });
});
