/**
 * How the explain() tests read one reply: the rule of the main finding, as the line a user pastes and
 * inside a DSN whose Status is the generic 5.0.0 / 4.0.0 (probeDsn), so the reply's words decide.
 */
import { expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { dsnReport } from './dsn-builder.ts';
import { probeDsn } from './probes.ts';

export const ruleOf = (text: string): string | undefined => explain(text, { analyzeReturned: false }).findings[0]?.rule;

/** [as a pasted line, inside a DSN with a generic status] */
export const both = (reply: string): (string | undefined)[] => [ruleOf(reply), ruleOf(probeDsn(reply))];

/** Both readings are `rule`. */
export const reads = (reply: string, rule: string): void => {
  expect(both(reply)).toEqual([rule, rule]);
};

/**
 * The main finding's rule of a one-recipient DSN with this Action, Status and SMTP reply (a reply's
 * lines folded into the Diagnostic-Code field, as probeDsn folds them).
 */
export const inDsn = (action: string, status: string, reply: string): string | undefined =>
  ruleOf(dsnReport({ action, status, remoteMta: 'dns; mx.b.example', diagnosticCode: `smtp; ${reply.replace(/\n+/g, '\n ')}` }));

/** A test for each reply: it reads `rule`, pasted and inside a DSN with a generic status (the widening tests' "reads"). */
export function eachReads(rule: string, replies: readonly string[]): void {
  it.each(replies)(`%s is ${rule}`, (reply) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
}

/** A test for each [reply, rule]: it keeps the reading it had before a widening, pasted and in a DSN with a generic status. */
export function eachStays(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s stays %s', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
}
