/**
 * The failed-address line (findReplies, ADDRESS_LINE): a reason written only in a script beyond Latin-1 (a
 * Russian, Greek, Chinese or Japanese reply text under or beside the address) is a reason (REASON_WORDS: two
 * such letters, where a Latin reason needs three letters), and an address whose local part is a quoted string
 * (RFC 5321's `"john doe"@example.com`) is an address. Both were read as no reply on main (the reason was
 * found only in the report's words, with no reply to show). Bytes read as Latin-1 give no letter beyond it,
 * so the garbage input43 shut out stays out (binary-input.test.ts), and so do random bytes read as UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { findReplies } from '../../core/explain/bounce.ts';
import { pseudoRandom } from '../fixtures/binary-mail.ts';

const HEAD = 'Subject: Mail delivery failed: returning message to sender\n\nThe following address(es) failed:\n\n';
const reasons = (lines: string) => findReplies(HEAD + lines).filter((block) => !block.coded).map((block) => block.text);

describe('a reason in a script beyond Latin-1', () => {
  it.each([
    ['  user@example.com\n    Пользователь не найден\n', 'Пользователь не найден'],
    ['  <user@example.com>: 用户不存在\n', '用户不存在'],
    ['  user@example.com: Η θυρίδα είναι πλήρης\n', 'Η θυρίδα είναι πλήρης'],
    ['  user@example.com: メールボックスが一杯です\n', 'メールボックスが一杯です'],
    ['  user@example.com: 사용자 없음\n', '사용자 없음'],
  ])('%j reads %j', (lines, reason) => {
    expect(reasons(lines)).toEqual([reason]);
  });

  it.each([
    // One letter beyond Latin-1 is no word; Latin-1 letters alone are what bytes read as Latin-1 give.
    '  user@example.com: 用\n',
    '  user@example.com: éèàÆ\n',
    '  user@example.com: ¿Ñ¦*ç\n',
    // A control character, C1 included, still keeps any reason out.
    '  user@example.com: Пользователь\u0085 не найден\n',
    '  user@example.com: 用户\u0007不存在\n',
  ])('%j holds no reason', (lines) => {
    expect(reasons(lines)).toEqual([]);
  });
});

describe('an address with a quoted local part', () => {
  it.each([
    ['  "john doe"@example.com\n    User unknown\n', 'User unknown'],
    ['  "john doe"@example.com: mailbox unavailable\n', 'mailbox unavailable'],
    ['  <"john doe"@example.com>: User unknown\n', 'User unknown'],
    ['  "j.o@hn"@example.com: User unknown\n', 'User unknown'],
  ])('%j reads %j', (lines, reason) => {
    expect(reasons(lines)).toEqual([reason]);
  });

  it.each([
    // Longer than a local part may be (64), a quote left open, a control character inside, a space unquoted.
    `  "${'x'.repeat(65)}"@example.com: User unknown\n`,
    '  "john doe@example.com: User unknown\n',
    '  "john\u0001doe"@example.com: User unknown\n',
    '  john doe@example.com: User unknown\n',
  ])('%j is no address with a reason', (lines) => {
    expect(reasons(lines)).not.toContain('User unknown');
  });
});

describe('garbage stays out', () => {
  it('finds no failed address with a reason in 300 random byte texts read as UTF-8 (1 to 64 KB)', () => {
    const decoder = new TextDecoder('utf-8');
    for (let seed = 700; seed < 1000; seed++) {
      const length = 1024 + ((seed * 7919) % (63 * 1024));
      const text = decoder.decode(pseudoRandom(length, seed));
      expect(findReplies(text).filter((block) => !block.coded), `seed ${seed}, ${length} bytes`).toEqual([]);
    }
  });
});
