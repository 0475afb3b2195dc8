/**
 * A review of the grammar as widened for probe set 9 (docs/explain.md), against the base it was
 * widened from: replies crafted to sit next to each widening, which the widened grammar first
 * read wrongly and the base read as here. Each is explained as the pasted line and, unless it is a
 * whole pasted notice, inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { probeDsn } from './probes.ts';

const ruleOf = (text: string) => explain(text, { analyzeReturned: false }).findings[0]?.rule;

describe('characters invalid in an e-mail message are its encoding, in an e-mail address the address', () => {
  it.each([['554 Invalid characters in e-mail message body'], ['550 Invalid characters in email']])('%s is malformed content', (reply) => {
    expect(ruleOf(reply)).toBe('malformed-content');
    expect(ruleOf(probeDsn(reply))).toBe('malformed-content');
  });

  it.each([['553 Invalid characters in e-mail address'], ['553 Invalid characters in the email address']])('%s is not malformed content', (reply) => {
    expect(ruleOf(reply)).not.toBe('malformed-content');
    expect(ruleOf(probeDsn(reply))).not.toBe('malformed-content');
  });
});
