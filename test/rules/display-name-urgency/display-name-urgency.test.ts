import { describe, expect, it } from 'vitest';
import { parseMailbox } from '../../../core/headers/fields.ts';
import { decodeEncodedWords } from '../../../core/text/encodings.ts';
import { testRule } from '../test-rule.ts';

testRule('display-name-urgency', import.meta.dirname);

describe('header fields', () => {
  it('decodes RFC 2047 words and joins adjacent ones', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_Ana?= <a@b.example>').text).toBe('Café Ana <a@b.example>');
    expect(decodeEncodedWords('=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?B?IE3DvGxsZXI=?=').text).toBe('Jürgen Müller');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Fran=E7ois?=').text).toBe('François');
    expect(decodeEncodedWords('=?koi8-r?B?7tTP?=').text).toBe('Нто');
    expect(decodeEncodedWords('=?x-no-such-charset?B?7tTP?=').complete).toBe(false);
  });

  it('decodes a display name in any charset the runtime knows, and says when it cannot', () => {
    expect(parseMailbox('=?windows-1252?Q?=93Deals=94_=96_Shop?= <a@b.example>')).toMatchObject({ name: '“Deals” – Shop', nameDecoded: true });
    expect(parseMailbox('=?iso-8859-2?Q?Pawe=B3?= <a@b.example>')).toMatchObject({ name: 'Paweł', nameDecoded: true });
    expect(parseMailbox('=?koi8-r?B?8NLJ?= <a@b.example>')).toMatchObject({ name: 'При', nameDecoded: true });
    expect(parseMailbox('=?utf-8?q?caf=E9?= <a@b.example>')).toMatchObject({ name: 'caf\ufffd', nameDecoded: true });
    expect(parseMailbox('=?x-no-such?Q?Ana?= <a@b.example>')).toMatchObject({ name: '\ufffd', nameDecoded: false });
  });

  it('puts one U+FFFD for each stretch of words it cannot decode, so the readable words stay apart', () => {
    expect(parseMailbox('=?x-bogus?Q?x?= =?utf-8?Q?URGENT_Alert?= <a@b.example>')).toMatchObject({ name: '\ufffdURGENT Alert', nameDecoded: false });
    expect(parseMailbox('=?utf-8?Q?Pay?= =?x-bogus?Q?x?= =?x-bogus?Q?y?= =?x-other?Q?z?= =?utf-8?Q?Pal?= <a@b.example>')).toMatchObject({ name: 'Pay\ufffdPal' });
    expect(parseMailbox('"=?x-bogus?Q?x?= Acme =?x-bogus?Q?y?=" <a@b.example>')).toMatchObject({ name: '\ufffd Acme \ufffd' });
    // A word that decodes to nothing does not end the stretch; the default leaves such words out.
    expect(parseMailbox('=?x-bogus?Q?x?= =?utf-8?Q??= =?x-other?Q?y?= <a@b.example>')).toMatchObject({ name: '\ufffd' });
    expect(decodeEncodedWords('=?utf-8?Q?Pay?= =?x-bogus?Q?x?= =?utf-8?Q?Pal?=')).toEqual({ text: 'PayPal', complete: false });
  });

  it('parses the mailbox forms of From', () => {
    expect(parseMailbox('"Doe, Jane" <jane@mail.example.co.uk>')).toMatchObject({
      name: 'Doe, Jane',
      address: 'jane@mail.example.co.uk',
      domain: 'mail.example.co.uk',
      registrable: 'example.co.uk',
    });
    expect(parseMailbox('jane@example.org (Jane Doe)')).toMatchObject({ name: 'Jane Doe', domain: 'example.org' });
    expect(parseMailbox('jane@example.org')).toMatchObject({ name: '', registrable: 'example.org' });
    expect(parseMailbox('"PayPal <service@paypal.com>" <x@evil.example>')).toMatchObject({ address: 'x@evil.example' });
  });
});
