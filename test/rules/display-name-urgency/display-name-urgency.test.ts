import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, parseMailbox } from '../../../core/headers/fields.ts';
import { testRule } from '../test-rule.ts';

testRule('display-name-urgency', import.meta.dirname);

describe('header fields', () => {
  it('decodes RFC 2047 words and joins adjacent ones', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_Ana?= <a@b.example>').text).toBe('Café Ana <a@b.example>');
    expect(decodeEncodedWords('=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?B?IE3DvGxsZXI=?=').text).toBe('Jürgen Müller');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Fran=E7ois?=').text).toBe('François');
    expect(decodeEncodedWords('=?koi8-r?B?7tTP?=').complete).toBe(false);
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
