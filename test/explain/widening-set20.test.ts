/**
 * Leftovers of the sending-limit last resort (review-e19b 3) and known wrong readings: each reading with
 * the nearby wordings it must not take. Replies are explained as the pasted line and inside a DSN with a
 * generic status (probeDsn); the DSN cases below build their own human part.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { dsnReport } from './dsn-builder.ts';

const ruleOf = (text: string): string | undefined => explain(text, { analyzeReturned: false }).findings[0]?.rule;
/** A DSN whose human part names the recipient beside `said`, with a generic Status and `diagnostic`. */
const dsnSaying = (said: string, diagnostic: string): string =>
  dsnReport({ action: 'failed', status: '5.0.0', diagnosticCode: `smtp; ${diagnostic}`, human: ['This is the mail system at host mx.a.example.', `<someone@b.example>: ${said}`] });

// review-e19b 3: the last resort decides only when nothing else is named, and in a DSN the recipient's
// line in the human part is named too.
describe('in a DSN, a cause named in the recipient’s line of the human part stops the sending-limit last resort', () => {
  it.each([
    ['mailbox full', '550 100 messages per hour exceeded', 'mailbox-full'],
    ['user unknown', '550 5.7.1 Your mail limit has been reached', 'not-authorized'],
    ['message rejected as spam', '550 Maximum 500 messages per day exceeded', 'refused-unspecified'],
  ])('human "%s" beside "%s" is %s', (said, diagnostic, rule) => {
    expect(ruleOf(dsnSaying(said, diagnostic))).toBe(rule);
  });

  it.each([
    // a recipient's line that names no cause leaves the limit to decide
    ['delivery failed', '550 100 messages per hour exceeded'],
    ['host mx.b.example said: 550 Your mail limit has been reached', '550 Your mail limit has been reached'],
  ])('human "%s" beside "%s" is sending-limit', (said, diagnostic) => {
    expect(ruleOf(dsnSaying(said, diagnostic))).toBe('sending-limit');
  });
});
