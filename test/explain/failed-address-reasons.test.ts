/**
 * The failed-address line (findReplies, ADDRESS_LINE): a reason written only in a script beyond Latin-1 (a
 * Russian, Greek, Chinese or Japanese reply text under or beside the address) is a reason (REASON_WORDS: two
 * such letters, where a Latin reason needs three letters), and an address whose local part is a quoted string
 * (RFC 5321's `"john doe"@example.com`) is an address. Both were read as no reply on main (the reason was
 * found only in the report's words, with no reply to show). Bytes read as ISO-8859-1 (utf8OrLatin1's
 * fallback) give no letter beyond Latin-1, so the garbage input43 shut out stays out (binary-input.test.ts),
 * and so do random bytes read as UTF-8; but bytes in a declared legacy charset may (windows-1252's 0x8a is
 * "Š", and the Encoding API reads a declared ISO-8859-1 as windows-1252; windows-1251 and KOI8-R give
 * Cyrillic), so garbage in such a charset is kept out by the bounce check below, not by the letters.
 * A reason with no three Latin letters is read only in a text that otherwise looks like a bounce (after
 * review, rev44c: findReplies' `bounce`, a coded reply or a failure notice's wording), so a newsletter that
 * lists its addresses with a Russian or Chinese word stays an unrecognised text, as on main.
 */
import { describe, expect, it } from 'vitest';
import { findReplies, readBounce } from '../../core/explain/bounce.ts';
import { explain } from '../../core/explain/index.ts';
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

describe('a reason with no Latin word is read only in a text that looks like a bounce', () => {
  // Newsletters that list contact addresses with a word or two in Russian, Chinese or Japanese (rev44c):
  // no failed address, and an unrecognised text worth no points, as before non-Latin reasons were read.
  const NEWSLETTERS = [
    'Здравствуйте!\nsales@shop.example.ru отдел продаж\nsupport@shop.example.ru служба поддержки\nСкидки до 50%\n',
    '发件人: 公司 <news@corp.example.cn>\n\n您好！\n联系我们 我们会尽快回复\n<sales@corp.example.cn>: 销售部 欢迎咨询\n本周优惠 全场八折\n',
    '您好！\nsales@corp.example.cn 销售部\nsupport@corp.example.cn 客服中心\n本周优惠 全场八折\n',
    'お問い合わせ\n"営業 部"@corp.example.jp 営業部\n',
  ];
  it.each(NEWSLETTERS)('%j holds no failed address and is unrecognised (0 points)', (text) => {
    expect(findReplies(text)).toEqual([]);
    const findings = explain(text, { analyzeReturned: false }).findings;
    expect(findings.map((finding) => [finding.rule, finding.points])).toEqual([['unrecognised-input', 0]]);
  });

  const REASON = '  <user@example.com>: 用户不存在\n';
  it.each([
    // What the headers and parts say (readBounce): a mailer daemon's From, a failure notice's subject, an
    // X-Failed-Recipients header, a delivery-status report.
    ['a mailer daemon', `From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: a@b.example\n\n${REASON}`],
    ['a failure subject', `From: system@mx.example\nSubject: Undelivered Mail Returned to Sender\n\n${REASON}`],
    ['X-Failed-Recipients', `From: system@mx.example\nX-Failed-Recipients: user@example.com\n\n${REASON}`],
  ])('is read under %s', (_, message) => {
    expect(readBounce(message).replies.map((block) => block.text)).toEqual(['用户不存在']);
  });

  it.each([
    // …or the text itself: a failure notice's wording, or a coded reply beside it.
    ['failure wording', `Your message could not be delivered to one or more recipients.\n\n${REASON}`],
    ['a coded reply', `${REASON}\n  other@example.com\n    550 5.1.1 User unknown\n`],
  ])('is read beside %s', (_, text) => {
    expect(findReplies(text).map((block) => block.text)).toContain('用户不存在');
  });

  it('a Latin reason is read in any text, as before', () => {
    expect(findReplies('  user@example.com: User unknown\n').map((block) => block.text)).toEqual(['User unknown']);
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
  // Address lines followed by bytes that a declared legacy charset reads as letters beyond Latin-1 (rev44c):
  // no failed address with a reason (a refusal, 5 points, before the bounce check), as the text is no bounce.
  const HIGH_1252 = [0x8a, 0x9a, 0x8c, 0x9c, 0x8e, 0x9e, 0x9f]; // Š š Œ œ Ž ž Ÿ in windows-1252
  it.each([
    ['windows-1251', (byte: number) => 0xc0 + (byte & 0x3f)],
    ['koi8-r', (byte: number) => 0xc0 + (byte & 0x3f)],
    ['windows-1252', (byte: number) => HIGH_1252[byte % 7] as number],
    ['iso-8859-1', (byte: number) => HIGH_1252[byte % 7] as number],
  ] as const)('finds no failed address in garbage declared %s', (charset, letter) => {
    const bytes: number[] = [...new TextEncoder().encode(`From: someone@example.org\nSubject: x\nContent-Type: text/plain; charset=${charset}\n\n`)];
    for (let line = 0; line < 20; line++) {
      bytes.push(...new TextEncoder().encode(`  x${line}@shop.example `), ...[...pseudoRandom(12, 100 + line)].map(letter), 0x0a);
    }
    const message = new Uint8Array(bytes);
    expect(readBounce(message).replies).toEqual([]);
    expect(explain(message, { analyzeReturned: false }).findings.map((finding) => [finding.rule, finding.points])).toEqual([['no-filter-verdict', 0]]);
  });

  it('finds no failed address with a reason in 300 random byte texts read as UTF-8 (1 to 64 KB)', () => {
    const decoder = new TextDecoder('utf-8');
    for (let seed = 700; seed < 1000; seed++) {
      const length = 1024 + ((seed * 7919) % (63 * 1024));
      const text = decoder.decode(pseudoRandom(length, seed));
      expect(findReplies(text).filter((block) => !block.coded), `seed ${seed}, ${length} bytes`).toEqual([]);
    }
  });
});
