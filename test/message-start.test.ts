/** How a raw message starts (core/email.ts `messageStart`), in every form it comes in: text, bytes, and after each byte-order mark. */
import { describe, expect, it } from 'vitest';
import { messageStart, type RawEmail } from '../core/email.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withUtf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** ASCII or Latin-1 `text` as UTF-16 after its byte-order mark. */
function utf16(text: string, little: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) bytes[2 + i * 2 + (little ? 0 : 1)] = text.charCodeAt(i);
  return bytes;
}

/** One text in every form messageStart takes, each named. */
function forms(text: string): [string, RawEmail][] {
  const bytes = utf8(text);
  return [
    ['string', text],
    ['string after U+FEFF', `\uFEFF${text}`],
    ['bytes', bytes],
    ['ArrayBuffer', bytes.slice().buffer],
    ['bytes after a UTF-8 BOM', withUtf8Bom(text)],
    ['UTF-16LE after its BOM', utf16(text, true)],
    ['UTF-16BE after its BOM', utf16(text, false)],
  ];
}

describe('messageStart', () => {
  const starts: Record<string, ReturnType<typeof messageStart>> = {
    'Subject: hi\r\n\r\nhello': 'headers',
    'From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nSubject: hi\n\nhello': 'headers',
    'Subject : hi\n\nhello': 'headers',
    '  \n<html><body>hi</body></html>': 'markup',
    '<!doctype html><p>x</p>': 'markup',
    '\r\nSubject: hi\r\n\r\nhello': 'blank-line',
    ' \t\nhello': 'blank-line',
    'Dear customer, act now.\n\nBye': 'other',
    '': 'other',
  };

  for (const [text, start] of Object.entries(starts)) {
    it(`reads ${JSON.stringify(text.slice(0, 24))} as ${start} in every form`, () => {
      for (const [name, raw] of forms(text)) expect(messageStart(raw), name).toBe(start);
    });
  }

  it('reads a byte-order mark alone as a start with nothing after it', () => {
    for (const raw of ['\uFEFF', new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff])]) {
      expect(messageStart(raw)).toBe('other');
    }
  });

  it('looks at the first 2048 characters after the byte-order mark, whatever the form', () => {
    // A header line longer than what is looked at still reads as one.
    for (const [name, raw] of forms(`X-Long: ${'a'.repeat(3000)}\n\nhello`)) expect(messageStart(raw), name).toBe('headers');
    // A field name's colon at character 2048 is seen; at 2049 it is not.
    for (const [name, raw] of forms(`${'X'.repeat(2047)}: hi\n\nhello`)) expect(messageStart(raw), name).toBe('headers');
    for (const [name, raw] of forms(`${'X'.repeat(2048)}: hi\n\nhello`)) expect(messageStart(raw), name).toBe('other');
  });

  it('reads an odd trailing byte of UTF-16 as no character', () => {
    const bytes = utf16('Subject: hi', true);
    expect(messageStart(new Uint8Array([...bytes, 0x0a]))).toBe('headers');
  });
});
