/**
 * Readings the reviews after set 23 left open (issue 11's brief expl26), each with what the new reading
 * must not swallow: a reading said not to be in the contracted form ("isn't", "wasn't", "don't") is none,
 * as the uncontracted form reads (one home for the denial before a reading); the sender's own account
 * suspended or disabled for its unusual sending activity, in either order, is the sender refused (as
 * under Zoho's 5.4.6), a recipient's account or a mailbox's status still the mailbox; Exim's give-up after a
 * long failure ("retry time not reached for any host after a long failure period") is an expiry under a 4xx
 * too, its bare "retry time not reached" still a delay; the sender's account said suspended and the sender
 * said refused read the same in either word order (a reading of the sender refused does not step aside
 * for the sender said refused after it); a retry asked, a time said or a listing said anywhere after an
 * unusual sending activity makes it no sender's block, however far after it in the reply. Each reply is explained as
 * the pasted line and inside a DSN with a generic status (probeDsn), some inside a DSN with a status of
 * their own (inDsn). Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads } from './read.ts';

describe('a reading said not to be in the contracted form is none, as the uncontracted form reads', () => {
  it.each([
    // [contracted, uncontracted]: the readings that stepped aside for "no" / "not" but not for "n't".
    ['550 There isn’t a malicious network here', '550 There is not a malicious network here'],
    ["550 Mail wasn't administratively denied", '550 Mail was not administratively denied'],
    ["550 There isn't an outgoing mail hold", '550 There is not an outgoing mail hold'],
    ["554 There weren't too many hops", '554 There were not too many hops'],
    ["550 This isn't a dictionary attack", '550 This is not a dictionary attack'],
    ["550 There wasn't a recipients limit exceeded", '550 There was not a recipients limit exceeded'],
    ["550 There wasn't any limit of 100 messages per hour exceeded", '550 There was not any limit of 100 messages per hour exceeded'],
    ["550 There isn't inappropriate content", '550 There is not inappropriate content'],
    ["550 This isn't invalid file extension", '550 This is not invalid file extension'],
    ["550 These weren't bounces for messages that did not originate here", '550 These were not bounces for messages that did not originate here'],
    ["550 There wasn't unusual sending activity detected. To unblock click here", '550 There was not unusual sending activity detected. To unblock click here'],
  ])('%s reads as %s', (contracted, uncontracted) => {
    expect(both(contracted)).toEqual(both(uncontracted));
    expect(both(contracted)).toEqual(['refused-unspecified', 'refused-unspecified']);
  });

  it.each([
    // Said, not denied: each reading as before.
    ['550 Rejected due to malicious network', 'poor-reputation'],
    ['550 Your mail was administratively denied', 'policy-rejection'],
    ['554 Too many hops', 'network-error'],
    ['550 Dictionary attack detected', 'poor-reputation'],
    ['550 Recipients limit exceeded', 'rate-limited'],
    ['550 100 messages per hour exceeded', 'sending-limit'],
    ['550 inappropriate content', 'spam-content'],
    // A contraction that denies something else before the words: they are still said.
    ["550 We can't accept this: rejected due to malicious network", 'poor-reputation'],
    ["550 Don't retry: too many hops", 'network-error'],
  ])('%s is %s', reads);
});

describe('the sender’s own account suspended for its unusual sending activity is the sender refused, not the recipient’s mailbox', () => {
  it.each([
    '550 Your account has been suspended due to unusual sending activity',
    '550 Your account has been disabled due to suspicious outgoing activity',
    '550 Unusual sending activity detected; your account has been suspended',
    '550 Unusual sending activity detected. Your account has been disabled',
    '550 Your account has been suspended due to unusual sending activity. To unblock click here',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it('reads as the same block under Zoho’s 5.4.6, and as the sender’s account suspended in other words', () => {
    expect(both('550 Your account has been suspended due to unusual sending activity')).toEqual(both('550 5.4.6 Your account has been suspended due to unusual sending activity'));
    expect(both('550 Your account has been suspended due to unusual sending activity')).toEqual(both('550 Your account has been suspended for sending spam'));
    expect(inDsn('failed', '5.0.0', '550 Your account has been suspended due to unusual sending activity')).toBe('sender-rejected');
  });

  it.each([
    // The recipient's account, an account with no sending activity said, a mailbox's status, another cause
    // or a log-in beside it: the mailbox (or that cause), as before.
    ['550 Recipient account has been suspended due to unusual sending activity', 'mailbox-disabled'],
    ['550 Your account has been suspended', 'mailbox-disabled'],
    ['550 Account has been suspended', 'mailbox-disabled'],
    ['550 Your account has been disabled for unusual activity', 'mailbox-disabled'],
    ['550 5.2.1 Your account has been suspended due to unusual sending activity', 'mailbox-disabled'],
    // The user said unknown beside the account said suspended: the address unknown (expl28, unknown-beside-disabled.test.ts).
    ['550 Your account has been suspended due to unusual sending activity; user unknown', 'unknown-recipient'],
    ['550 Your account has been suspended due to unusual sending activity; please authenticate', 'mailbox-disabled'],
  ])('%s is %s', reads);

  it.each([
    // An account not named the sender's ("This account", "Account", "The user's account", "User account"):
    // a reply to RCPT TO says it of the addressed mailbox, suspended for its own outgoing mail (a
    // compromised account), as "This account has been suspended for sending spam" reads (review-e26 H1).
    '550 This account has been suspended due to unusual sending activity',
    '550 Account suspended due to unusual sending activity',
    "550 The user's account has been suspended due to unusual sending activity",
    '550 User account has been suspended due to unusual sending activity',
    '550 The account has been disabled due to suspicious outgoing activity',
    '550 Account disabled due to suspicious outgoing activity',
    '550 Unusual sending activity detected from this mailbox; account has been disabled. Messages to it are refused',
  ])('%s is mailbox-disabled, as the same account suspended for sending spam', (reply) => {
    reads(reply, 'mailbox-disabled');
    expect(both(reply)).toEqual(both(reply.replace(/due to (?:unusual sending|suspicious outgoing) activity/, 'for sending spam')));
    expect(inDsn('failed', '5.0.0', reply)).toBe('mailbox-disabled');
  });

  it('is a delay under a 4xx, as the sender’s account suspended for spam is', () => {
    expect(both('451 Your account has been suspended due to unusual sending activity')[0]).toBe('delivery-delayed');
  });
});

describe('Exim’s give-up after a long failure is an expiry under a 4xx too, though it says the retry time was not reached', () => {
  it.each([
    // Exim's smtp transport and deliverer fail the address with these words (its retry configuration's
    // long-term failures): a give-up, as its "retry timeout exceeded".
    '451 4.4.1 retry time not reached for any host after a long failure period',
    "451 all hosts for 'b.example' have been failing for a long time (and retry time not reached)",
    '451 all hosts have been failing for a long time and were last tried after this message arrived',
  ])('%s is delivery-expired', (reply) => reads(reply, 'delivery-expired'));

  it('reads as Exim’s “retry timeout exceeded”, pasted and in a failure report', () => {
    expect(both('451 4.4.1 retry time not reached for any host after a long failure period')).toEqual(both('451 4.4.1 retry timeout exceeded'));
    expect(inDsn('failed', '4.4.1', '451 4.4.1 retry time not reached for any host after a long failure period')).toBe('delivery-expired');
  });

  it.each([
    // Exim's delay ("retry time not reached", "… for any host": it defers), the give-up said to be retried,
    // and a report that the message is only delayed: a delay, as before.
    '451 4.4.1 retry time not reached',
    '451 4.4.1 retry time not reached for any host',
    '451 4.4.1 retry time not reached for any host after a long failure period; will retry',
  ])('%s is a delay pasted', (reply) => {
    expect(both(reply)[0]).toBe('delivery-delayed');
  });

  it('is a delay in a report that the message is only delayed', () => {
    expect(inDsn('delayed', '4.4.1', '451 4.4.1 retry time not reached for any host after a long failure period')).toBe('delivery-delayed');
  });
});

describe('the sender’s account said suspended and the sender said refused read the same in either word order', () => {
  it.each([
    ['550 Sender account suspended for spam; sender rejected', '550 Sender rejected; sender account suspended for spam'],
    ['550 Sender account suspended; sender rejected', '550 Sender rejected; sender account suspended'],
    ['550 Your account has been suspended for sending spam; sender address rejected', '550 Sender address rejected; your account has been suspended for sending spam'],
    ['550 Sender account suspended for spam; sender domain blocked', '550 Sender domain blocked; sender account suspended for spam'],
    ['550 Your account has been suspended due to unusual sending activity; sender domain blocked', '550 Sender domain blocked; your account has been suspended due to unusual sending activity'],
    // The sender itself said invalid or unknown before it is the sender said refused, no recipient's absence
    // nor another cause (review-e26 L5).
    ['550 Sender account suspended for spam; invalid sender', '550 Invalid sender; sender account suspended for spam'],
    ['550 Sender account suspended for spam; unknown sender', '550 Unknown sender; sender account suspended for spam'],
    ['550 Sender account suspended for spam; sender is unknown', '550 Sender is unknown; sender account suspended for spam'],
    ['550 Your account has been suspended due to unusual sending activity; unknown sender', '550 Unknown sender; your account has been suspended due to unusual sending activity'],
  ])('%s reads as %s', (accountFirst, senderFirst) => {
    expect(both(accountFirst)).toEqual(both(senderFirst));
    expect(both(accountFirst)).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    // The recipient said not there, or the mailbox said disabled, beside it: not the sender, as before.
    '550 Sender account suspended for spam; user unknown',
    '550 User unknown; sender account suspended for spam',
    '550 Mailbox disabled; sender account suspended',
    '550 Invalid recipient; sender account suspended for spam',
    '550 Unknown user; sender account suspended for spam',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it.each([
    // A reading of another cause still steps aside for the sender said refused after it.
    '550 Invalid HELO name; sender address rejected',
    '550 Max emails per hour reached; sender rejected',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));
});

describe('a retry asked or a listing said anywhere after the unusual sending activity makes it no sender’s block, however far', () => {
  /** A paragraph of 221 characters that names no cause: the distance the 200-character window missed. */
  const paragraph = "Our systems noticed messages from this account that look automated and bulk in nature, with many recipients per message and a sending pattern that differs from the account's usual history over the last several days of use.";

  it.each([
    ['451 Unusual sending activity detected. To unblock click here. Please try again later.', `451 Unusual sending activity detected. To unblock click here. ${paragraph} Please try again later.`],
    ['550 Unusual sending activity detected. To unblock click here. Please try again later.', `550 Unusual sending activity detected. To unblock click here. ${paragraph} Please try again later.`],
    ['550 Your account has been blocked due to unusual sending activity. Please try again later.', `550 Your account has been blocked due to unusual sending activity. ${paragraph} Please try again later.`],
    ['550 Unusual sending activity detected. To unblock click here. Please send your message again later.', `550 Unusual sending activity detected. To unblock click here. ${paragraph} Please send your message again later.`],
    ['550 Your account has been blocked due to unusual sending activity. This block is temporary.', `550 Your account has been blocked due to unusual sending activity. ${paragraph} This block is temporary.`],
  ])('%s reads the same with a paragraph before the retry', (near, far) => {
    expect(both(far)).toEqual(both(near));
    expect(both(far)).not.toContain('sender-rejected');
  });

  it('reads the same under a 4xx in a report that the message failed', () => {
    expect(inDsn('failed', '4.0.0', `451 Unusual sending activity detected. To unblock click here. ${paragraph} Please try again later.`)).toBe(inDsn('failed', '4.0.0', '451 Unusual sending activity detected. To unblock click here. Please try again later.'));
  });

  it.each([
    // An IP or a listing near it is the block's subject (the address's listing), as before expl26.
    '550 Unusual sending activity detected. To unblock click here. Sent from your IP 192.0.2.1.',
    '550 Unusual sending activity detected. To unblock click here. [client IP 192.0.2.1]',
    '550 Your account has been blocked due to unusual sending activity. To unblock, follow the steps listed in our help centre.',
  ])('%s is not sender-rejected', (reply) => {
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it.each([
    // Far after it, an IP or a listing names no subject of the block: a trailer's client IP, a session
    // line, "the steps listed in our help centre" (review-e26 M2). Only a retry reaches that far.
    `550 Unusual sending activity detected. To unblock click here. ${paragraph} Sent from your IP 192.0.2.1.`,
    `550 Unusual sending activity detected. To unblock click here. ${paragraph} [client IP 192.0.2.1]`,
    `550-Unusual sending activity detected.\n550-To unblock click here.\n550-${paragraph}\n550 Session 1234 from IP 192.0.2.1`,
    `550 Your account has been blocked due to unusual sending activity. To unblock, follow the steps ${paragraph} listed in our help centre.`,
    // "later" that asks nothing to be sent again ("review … later"), a temporariness denied, near or far,
    // a retry inside a link (its start more than 100 characters before, past WORD_END's look-back) or inside
    // an HTML tag: no retry asked.
    `550 Your account has been blocked due to unusual sending activity. ${paragraph} You can review the blocked messages later in Settings.`,
    '550 Your account has been blocked due to unusual sending activity. This is not a temporary block.',
    `550 Your account has been blocked due to unusual sending activity. ${paragraph} This is not a temporary block.`,
    '550 Your account has been blocked due to unusual sending activity. To unblock see https://help.example.com/mail/accounts/security-and-privacy/unusual-activity/outgoing-sending-limits/how-to-unblock-your-account/retry-later',
    '550 Your account has been blocked due to unusual sending activity. To unblock <a href=https://help.example.com/unblock retry=later>click here</a>',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    // No retry, time, IP or listing said after it, however long the reply: the sender refused, as before.
    `550 Unusual sending activity detected. To unblock click here. ${paragraph}`,
    `550 Your account has been blocked due to unusual sending activity. ${paragraph}`,
    '550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));
});

describe('near the block a bare "later" is a time for it; far after it only a retry asked, not denied, not in a link (review-f24 M4, M5)', () => {
  const paragraph = "Our systems noticed messages from this account that look automated and bulk in nature, with many recipients per message and a sending pattern that differs from the account's usual history over the last several days of use.";
  const blocked = '550 Your account has been blocked due to unusual sending activity.';

  it.each([
    // Within the 200/160-character windows "later" says the block is timed, whatever the verb: the class decides.
    `${blocked} Sending will be re-enabled later.`,
    `${blocked} The block will be lifted later today.`,
    `${blocked} You can continue sending later.`,
    `${blocked} Please attempt delivery later.`,
    `${blocked} It will be unblocked later.`,
  ])('%s reads as the block followed by "Please try again later"', (reply) => {
    expect(both(reply)).toEqual(both(`${blocked} Please try again later.`));
    expect(both(reply)).not.toContain('sender-rejected');
  });

  it.each([
    // A retry denied, with up to two words between ("do not try again later", "do not attempt to retry").
    `${blocked} ${paragraph} Please do not try again later; contact support.`,
    `${blocked} Please do not try again later; contact support.`,
    `${blocked} ${paragraph} Do not attempt to retry; repeated attempts will extend the block.`,
    `${blocked} Do not attempt to retry; repeated attempts will extend the block.`,
    // "temporary" of another noun far after it.
    `${blocked} ${paragraph} Your temporary password has been reset.`,
    // A retry in a link without a scheme.
    `${blocked} ${paragraph} See help.example.com/kb/blocked-accounts/retry-later`,
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));
});
