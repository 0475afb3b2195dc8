/**
 * What probe set 18 left misread among the sending provider's own limits (issue 11), in wording general
 * across servers: a count of messages or recipients in a time said exceeded, reached or allowed, and the
 * sender's mail or outgoing-message limit said reached, each with the nearby wordings the reading must
 * not take: another cause said before it or a clear one after, a negation, a field answered no, the
 * recipient's own mailbox quota. Each reply is explained as the pasted line and inside a DSN with a
 * generic status (probeDsn).
 */
import { describe, it } from 'vitest';
import { reads } from './read.ts';

describe('a count of messages or recipients per hour or day said exceeded, reached or allowed, and the sender’s mail limit said reached, are a sending limit', () => {
  it.each([
    ['Number messages per hour exceeded', 'sending-limit'],
    ['451 Number recipients per hour exceeded', 'sending-limit'],
    ['Mail an 3 Empfänger nicht möglich, da damit das Limit von 30 Mails pro Stunde überschritten wird.', 'sending-limit'],
    ['550 5.7.1 Your mail limit has been reached.', 'sending-limit'],
    ['Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded', 'sending-limit'],
    ['550 max 100 recipients per day allowed', 'sending-limit'],
    ['451 Sender s@a.example: 500 messages per day exceeded', 'sending-limit'],
    ['Maximum number of messages per hour exceeded', 'sending-limit'],
  ])('%s is %s', reads);
});

describe('a count per second or minute said exceeded, reached or allowed is a rate (rate-limited)', () => {
  it.each([
    ['only 5 recipients per 5 minutes allowed', 'rate-limited'],
    ['452 4.4.5 Messages per second limit exceeded', 'rate-limited'],
    ['455 Maximum messages sent per minute reached : limit is 100', 'rate-limited'],
  ])('%s is %s', reads);
});

describe('the limit readings step aside: another cause before or a clear one after, a negation, a field answered no, the recipient’s mailbox', () => {
  it.each([
    // another cause said before, or a clear one after
    ['550 User unknown; 100 messages per hour exceeded', 'unknown-recipient'],
    ['550 100 messages per hour exceeded; user unknown', 'unknown-recipient'],
    ['Benutzer unbekannt; 100 Mails pro Stunde überschritten', 'unknown-recipient'],
    ['Greylisted; 100 messages per hour exceeded', 'greylisted'],
    ['Relay access denied; 100 messages per hour exceeded', 'relay-denied'],
    ['550 Account suspended; 100 messages per hour exceeded', 'mailbox-disabled'],
    ['552 Viruses Found: W32/Netsky-P; 100 messages per hour exceeded', 'virus-detected'],
    ['Mailbox full; your mail limit has been reached', 'mailbox-full'],
    ['User unknown; 10 messages per minute exceeded', 'unknown-recipient'],
    // said not to be, or a field answered no
    ['550 no 100 messages per hour exceeded', 'refused-unspecified'],
    ['550 No maximum number of messages per hour exceeded', 'refused-unspecified'],
    ['550 There is no limit on the number of outgoing messages reached', 'refused-unspecified'],
    ['550 no mail limit reached', 'refused-unspecified'],
    ['550 100 messages per hour exceeded: no', 'refused-unspecified'],
    // the recipient's mailbox and its quota
    ["550 recipient's mail limit reached", 'refused-unspecified'],
    ['mailbox quota exceeded', 'mailbox-full'],
    ['user over quota', 'mailbox-full'],
    ['recipient has exceeded the storage limit', 'mailbox-full'],
    ['452 daily message quota for this mailbox exceeded', 'mailbox-full'],
    // rate-limited's older reading of a maximum per hour, left as it was
    ['max emails per hour exceeded', 'rate-limited'],
  ])('%s is %s', reads);
});
