/**
 * Who the mail says it is from and where replies go: the first mailbox of From and of Reply-To,
 * parsed once (half the header rules read them).
 */
import { firstHeader, parseMailbox, type Mailbox } from '../headers/fields.ts';
import type { FactSources } from './index.ts';

export interface Sender {
  readonly from: Mailbox | null;
  readonly replyTo: Mailbox | null;
}

export function readSender({ message }: FactSources): Sender {
  return {
    from: parseMailbox(firstHeader(message, 'from')),
    replyTo: parseMailbox(firstHeader(message, 'reply-to')),
  };
}
