/**
 * Probe set 25's widening (issue 11): a *traffic* quota exceeded is the sending account's limit, as a
 * daily, sending or relay quota is (mtpolicyd's Quota plugin: "smtp traffic quota has been exceeded"),
 * either way round; a mailbox's quota, and traffic that is no quota, stay what they were. The set's
 * other misses are left unread: go-policyd's "max quota exceeded" (only its code says whose quota),
 * mtpolicyd's "trapped by honeypod" and tpolicyd's "(PLC-BLK)" / "(PLC-HLO-1)" (only the source gives
 * the cause); "delivery from CN (192.0.2.1) rejected" is not widened here (time box).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';

const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;

describe('a traffic quota exceeded is a sending limit', () => {
  it.each([
    '450 4.7.1 <a@b.example>: Recipient address rejected: smtp traffic quota has been exceeded',
    '554 Traffic quota exceeded',
    '452 4.3.1 You have exceeded your traffic quota, try again tomorrow',
  ])('%s', (reply) => {
    expect(ruleOf(reply)).toBe('sending-limit');
    expect(ruleOf(probeDsn(reply))).toBe('sending-limit');
  });

  it.each([
    ['552 5.2.2 <a@b.example>: Recipient address rejected: mailbox quota exceeded', 'mailbox-full'],
    ['552 5.2.2 Quota exceeded (mailbox for user is full)', 'mailbox-full'],
    ['554 5.2.2 mailbox full; high traffic on this account', 'mailbox-full'],
    ['421 4.7.0 Too much traffic from your IP, try again later', undefined],
    // A traffic *limit*, or the recipient's traffic, is no sender's quota (review of probe25): each
    // reads as it did before the widening.
    ["550 The recipient's incoming traffic limit has been exceeded", 'refused-unspecified'],
    ['421 4.7.0 traffic limit reached for your IP address, slow down', 'rate-limited'],
    ['421 4.7.0 Traffic limit exceeded for IP 192.0.2.1, try again later', 'delivery-delayed'],
    ['451 4.7.1 Incoming traffic limit reached for this domain, please retry later', 'delivery-delayed'],
    ['450 traffic shaping limit hit', 'delivery-delayed'],
    ['552 Inbound traffic quota exceeded for this recipient', 'mailbox-full'],
  ])('%s stays %s', (reply, rule) => {
    const old = rule ?? ruleOf(reply.replace(/traffic/gi, 'load'));
    expect(ruleOf(reply)).toBe(old);
  });
});
