/**
 * Whether we were given the headers of a whole message (an .eml), not just a draft's HTML and a
 * subject: only then is a missing header a fact about the message. Every delivered message has a
 * From or a Received line.
 */
import type { FactSources } from './index.ts';

export function isWholeMessage({ message }: FactSources): boolean {
  return message.headers.has('from') || message.headers.has('received');
}
