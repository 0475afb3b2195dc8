/**
 * Whether we were given the headers of a whole message (an .eml), not just a draft's HTML and a
 * subject: only then is a missing header a fact about the message. The parse decides it (a From or
 * a Received line; core/message/parse.ts), because it also decides whether the text holds merge
 * tags: a sent message's were filled in.
 */
import type { FactSources } from './index.ts';

export function isWholeMessage({ message }: FactSources): boolean {
  return message.wholeMessage;
}
