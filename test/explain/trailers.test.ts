/**
 * Trailers real servers add after the words of a reply (Gmail's "<id> - gsmtp", Exchange Online's
 * bracketed front-end host and stamps, a session or reference id, "contact your system administrator")
 * are no reason of their own: a reading that must be said last (a recipient prohibited, a refusal by a
 * scanner, a multi-recipient bounce: their words name the rule, not the reason) keeps its reading
 * before them. A reason written inside one still decides.
 */
import { describe, expect, it } from 'vitest';
import { both, reads } from './read.ts';

const TRAILERS = [
  ' - gsmtp',
  ' d75a77b69052e-4a7f1b2c3d4si12345678qtb.123 - gsmtp',
  ' [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com 2024-01-01T00:00:00.000Z 08DC1234ABCD5678]',
  ' (session: 1a2b3c)',
  ' (ID: 12345)',
  ' Reference: 7f3a2b',
  '. Please contact your system administrator.',
  '. Contact the IT helpdesk.',
];

const READINGS: [string, string][] = [
  ['550 5.7.1 Recipient Prohibited (3)', 'policy-rejection'],
  ['554 Message refused by the scanner', 'spam-content'],
  ['550 5.5.3 Recipient address rejected: Multi-recipient bounce', 'policy-rejection'],
];

describe('neutral trailers after a reading said last', () => {
  for (const [reply, rule] of READINGS) {
    for (const trailer of TRAILERS) {
      it(`${reply}${trailer}`, () => reads(reply + trailer, rule));
    }
  }

  it('a reason inside what looks like a trailer still decides', () => {
    for (const [reply, rule] of READINGS) {
      for (const trailer of [' Reference: user unknown 5.1.1', ' [mx.b.example user unknown]', ' (session: mailbox full)', ' [mx.b.example mailbox full]']) {
        expect(both(reply + trailer), reply + trailer).not.toContain(rule);
      }
    }
  });

  it('an id needs a digit, and a bracket after a host holds only stamps', () => {
    // "Reference: spam" and "[mx.b.example spam detected]" are words, not ids.
    expect(both('554 Message refused by the scanner Reference: policy')).not.toContain('spam-content');
    expect(both('550 5.7.1 Recipient Prohibited (3) [mx.b.example relaying denied]')).not.toContain('policy-rejection');
  });
});
