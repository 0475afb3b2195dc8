/**
 * The receiving mailbox's verdicts on a message's sender: the topmost Authentication-Results
 * header (RFC 8601), which the receiver writes (the ones below it may come from anywhere).
 */
import type { Message } from '../message/message.ts';
import { firstHeader } from './fields.ts';

export type AuthenticationMethod = 'spf' | 'dkim' | 'dmarc';

/** The verdict per method in one Authentication-Results value: a pass anywhere wins (several DKIM signatures). */
export function authenticationVerdicts(value: string): Map<AuthenticationMethod, string> {
  const results = new Map<AuthenticationMethod, string>();
  for (const match of value.matchAll(/\b(spf|dkim|dmarc)\s?=\s?([a-z]{2,12})\b/gi)) {
    const method = (match[1] ?? '').toLowerCase() as AuthenticationMethod;
    const result = (match[2] ?? '').toLowerCase();
    const previous = results.get(method);
    if (previous === undefined || (result === 'pass' && previous !== 'pass')) results.set(method, result);
  }
  return results;
}

/** The receiver's verdicts, empty when the message carries no Authentication-Results. */
export function receiverVerdicts(message: Message): Map<AuthenticationMethod, string> {
  const results = firstHeader(message, 'authentication-results');
  return results ? authenticationVerdicts(results) : new Map();
}
