/**
 * What probe set 17 left misread (issue 11) whose words say the cause in wording general across MTAs,
 * and leads noted earlier, each with the nearby wordings each reading must not take: another cause said
 * before it, a field answered no, another subject or object, what a limit guards against. Each reply is
 * explained as the pasted line and inside a DSN with a generic status (probeDsn).
 */
import { describe, expect, it } from 'vitest';
import { both, reads } from './read.ts';

describe('a client said to run a dictionary (directory harvest) attack or to probe for addresses is its reputation (open-mail’s 3 Strikes), not a refusal with no reason', () => {
  it.each([
    ['Sorry! We REJECT your request for a mail session, because 192.0.2.1 seems to be involved in a "dictionary attack" or probing for email addresses. See http://open-mail.org/rejects for help.', 'poor-reputation'],
    ['550 5.7.1 Directory harvest attack detected', 'poor-reputation'],
    ['421 Your IP 192.0.2.1 seems to be involved in a dictionary attack', 'poor-reputation'],
    ['554 Rejected: probing for email addresses', 'poor-reputation'],
  ])('%s is %s', reads);

  it.each([
    // Said absent, what a limit guards against, answered no, or after another cause.
    ['550 No dictionary attack detected; user unknown', 'unknown-recipient'],
    ['452 Recipient limit reached to prevent dictionary attacks', 'sending-limit'],
    ['550 dictionary attack? no', 'refused-unspecified'],
    ['452 Too many recipients; dictionary attack suspected', 'rate-limited'],
    ['550 User unknown; dictionary attack suspected', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('a name said not to be a valid HELO name, or a client not authorised to use its HELO name, is a HELO refusal (client-blocked, as "Invalid HELO name")', () => {
  it.each([
    ['Sorry! We REJECT your request for a mail session, because mail is not a valid HELO name. We do not accept mail from unidentified transmitters. See http://open-mail.org/rejects for help.', 'client-blocked'],
    ['550 localhost is not a valid HELO name', 'client-blocked'],
    ['501 a.b is not an acceptable EHLO argument', 'client-blocked'],
    ['Sorry! We REJECT your request for a mail session, because 192.0.2.1 is not authorized to transmit with a HELO name ending in a.example. See http://open-mail.org/rejects for help.', 'client-blocked'],
    ['550 Host 192.0.2.1 is not permitted to use this HELO', 'client-blocked'],
  ])('%s is %s', reads);

  it.each([
    // Another cause said before, or a HELO only named beside a refusal of something else.
    ['550 User unknown; mail is not a valid HELO name', 'unknown-recipient'],
    ['550 Mailbox full; 192.0.2.1 is not authorized to transmit with a HELO name ending in a.example', 'mailbox-full'],
    ['550 You are not authorized to send mail, HELO accepted', 'recipient-filter'],
  ])('%s is %s', reads);
});

describe('a maximum of delivery attempts, or of defers and failures, per hour, and every connection slot in use, are a sending rate (as "max emails per hour")', () => {
  it.each([
    ['Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed', 'rate-limited'],
    ['421 Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed', 'rate-limited'],
    ['All connection backlog slots full due to max delivery attempts per hour.', 'rate-limited'],
    ['451 Max delivery attempts per hour reached', 'rate-limited'],
    ['421 All connection slots full, try again later', 'rate-limited'],
  ])('%s is %s', reads);

  it.each([
    // Another cause said before, or the limit named as a field answered no.
    ['550 User unknown; max defers and failures per hour', 'unknown-recipient'],
    ['550 Mailbox full; all connection slots full', 'mailbox-full'],
    ['550 max deliveries per hour: 0', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('deliveries said paused are held back, a delay (an expiry in a report that the message failed), not a refusal with no reason', () => {
  it.each([
    ['Deliveries to this recipient domain from this RFC5321.MailFrom domain are paused.'],
    ['Deliveries to b.example are paused'],
    ['Deliveries to this recipient domain have been temporarily paused'],
  ])('%s is a delay', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it.each([
    // Said not paused, after another cause, an account's sending or deliveries paused (its standing, not
    // a queue), or a reason after it (the reason, or nothing, decides).
    ['Deliveries are not paused; user unknown', 'unknown-recipient'],
    ['User unknown; deliveries to this domain are paused', 'unknown-recipient'],
    ['Sending paused due to high bounce rate', 'refused-unspecified'],
    ['Deliveries from your account have been paused', 'refused-unspecified'],
    ['Deliveries to b.example are paused due to complaints', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)[1]).toBe(rule);
  });
});

describe('the sender and the authenticated user said to have to be the same is the sender refused (as "Sender address must match authenticated user")', () => {
  it.each([
    ['While relaying an email to our email server sender and authenticated user must be the same.', 'sender-rejected'],
    ['550 Sender and authenticated user must be the same', 'sender-rejected'],
    ['553 5.7.1 Authenticated user and envelope sender must match', 'sender-rejected'],
    ['550 sender and authenticated user do not match', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    ['550 User unknown; sender and authenticated user must be the same', 'unknown-recipient'],
    ['550 Sender and authenticated user must be the same? no', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a sending account said not allowed to send is the sender refused (policy, SMTP2GO’s closed or blocked account), not a refusal with no reason', () => {
  it.each([
    ["550 that SMTP username's account is not allowed to send", 'sender-rejected'],
    ['550 Your account is not allowed to send', 'sender-rejected'],
    ['550 5.7.1 This account is not permitted to send mail', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    // A recipient's account, to someone (a recipient's filter), a count (a limit, left unread), a cause before.
    ["550 Recipient's account is not allowed to send", 'refused-unspecified'],
    ['550 Your account is not allowed to send to this recipient', 'recipient-filter'],
    ['550 Your account is not allowed to send more than 100 messages', 'refused-unspecified'],
    ['550 User unknown; your account is not allowed to send', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('UUCP (bang-path) addressing refused is a route onward through the server refused (relay, as smtpf’s "routed address relaying denied")', () => {
  it.each([
    ['550 5.7.1 UUCP addressing denied #132', 'relay-denied'],
    ['553 Bang path addresses are not allowed', 'relay-denied'],
  ])('%s is %s', reads);

  it.each([
    ['550 User unknown; UUCP addressing denied', 'unknown-recipient'],
    ['550 UUCP addressing denied? no', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('a delivery or read report for a message that did not originate here is backscatter refused (the null sender’s report, sender-rejected as "backscatter"), not a bare X.7.1', () => {
  it.each([
    ['550 5.7.1 DSN or MDN for message that did not originate here #358', 'sender-rejected'],
    ['550 Bounce for message that did not originate here', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    ['550 User unknown; bounce for message that did not originate here', 'unknown-recipient'],
    ['550 Bounce for message that did not originate here? no', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('no permission to send as or on behalf of an identity is the sender not authorised for it (not-authorized, what PERMISSION_TO_SEND leaves to it)', () => {
  it.each([
    ['550 5.7.60 SMTP; Client does not have permissions to send as this sender', 'not-authorized'],
    ['550 You do not have permission to send as a.example', 'not-authorized'],
    ['550 You do not have permission to send as s@a.example', 'not-authorized'],
    ['550 You do not have permission to send on behalf of s@a.example', 'not-authorized'],
  ])('%s is %s', reads);

  it.each([
    // To a recipient (their filter), asked, or after another cause.
    ['550 You do not have permission to send to this recipient', 'recipient-filter'],
    ['550 You do not have permission to send as this sender?', 'refused-unspecified'],
    ['550 User unknown; you do not have permission to send as this sender', 'unknown-recipient'],
    ['550 Message expired; you do not have permission to send as this sender', 'delivery-expired'],
  ])('%s is %s', reads);
});

describe('the sender’s domain said to have to have an MX record, with or without an article, is the sender’s domain judged', () => {
  it.each([
    ['550 Sender domain must have MX record', 'sender-rejected'],
    ['550 Sender domain must have valid MX records', 'sender-rejected'],
  ])('%s is %s', reads);

  it.each([
    ['550 Recipient domain must have MX record', 'refused-unspecified'],
    ['550 User unknown; sender domain must have MX record', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('asked to authenticate and nothing else is SMTP AUTH (RFC 4954 §6: 530 5.7.0 "Authentication required"), not the X.7.0 code’s policy', () => {
  it.each([
    ['530 5.7.0 Please authenticate', 'smtp-auth-required'],
    ['530 Error: please authenticate', 'smtp-auth-required'],
    ['530 Please authenticate first', 'smtp-auth-required'],
  ])('%s is %s', reads);

  it.each([
    // Beside a reason, for something else, or after another cause.
    ['550 No access for your IP; please authenticate', 'refused-unspecified'],
    ['550 Please authenticate to the portal to release the message', 'refused-unspecified'],
    ['550 User unknown; please authenticate', 'unknown-recipient'],
  ])('%s is %s', reads);
});

describe('"authentication failure" is SMTP AUTH unless another cause is said before it (as "too many auth failures")', () => {
  it.each([
    ['550 authentication failure', 'smtp-auth-required'],
    ['454 Temporary authentication failure', 'smtp-auth-required'],
    ['535 5.7.8 Error: authentication failed: authentication failure', 'smtp-auth-required'],
  ])('%s is %s', reads);

  it.each([
    ['550 User unknown; authentication failure', 'unknown-recipient'],
    ['451 Greylisted; authentication failure', 'greylisted'],
    ['550 Relay access denied; authentication failure', 'relay-denied'],
    ['550 Rate limit exceeded; authentication failure', 'rate-limited'],
    // A recipient said invalid or disabled, the sender refused, a temporary error of something else.
    ['550 Invalid recipient; authentication failure', 'unknown-recipient'],
    ['550 Mailbox disabled for this recipient; authentication failure', 'mailbox-disabled'],
    ['550 5.7.1 Sender rejected: authentication failure', 'sender-rejected'],
    ['450 database temporary error; authentication failure', 'remote-system-error'],
    ['553 Unauthorized relay traffic prohibited; authentication failure', 'relay-denied'],
  ])('%s is %s', reads);

  it.each([
    // A failed log-in's own words before it are no other cause (review of expl18, must-fix 1): an invalid
    // user name or password, a temporary failure (RFC 4954 §6: 454 4.7.0), relaying that requires auth, the
    // sender's own account disabled, a password said expired.
    ['535 5.7.0 Invalid username or password, authentication failure'],
    ['535 5.7.0 Relaying requires auth: authentication failure'],
    ['454 4.7.0 Temporarily unable to authenticate: authentication failure'],
    ['451 4.3.0 Temporary failure, authentication failure'],
    ['454 4.7.0 Temporary failure: SMTP authentication failure'],
    ['535 Disabled account: authentication failure'],
    ['535 Password expired: authentication failure'],
    ['454 4.7.0 Temporary authentication failure'],
    ['535 5.7.8 Authentication credentials invalid'],
    ['SMTP AUTH failed: authentication failure'],
    ['Invalid credentials; authentication failure'],
    ['535 Invalid login: authentication failure'],
  ])('%s is smtp-auth-required', (reply) => {
    reads(reply, 'smtp-auth-required');
  });
});

describe('a clear recipient or sender cause said after a new reading decides (review of expl18, should-fix 2)', () => {
  it.each([
    ['550 Domain a.example has exceeded the max defers and failures per hour; user unknown', 'unknown-recipient'],
    ['550 Max delivery attempts per hour reached; recipient does not exist', 'unknown-recipient'],
    ['550 Max deliveries per hour exceeded for sender; sender address rejected', 'sender-rejected'],
    ['550 All connection slots full; user unknown', 'unknown-recipient'],
    ['550 x is not a valid HELO name: user unknown', 'unknown-recipient'],
    ['550 Host 192.0.2.1 is not permitted to use this HELO; user unknown', 'unknown-recipient'],
    ['550 UUCP addressing denied; user unknown', 'unknown-recipient'],
    ['550 UUCP routing denied for this sender; sender address rejected', 'sender-rejected'],
    ['550 Bounce for message that did not originate here; user unknown', 'unknown-recipient'],
    ['550 Sender and authenticated user must be the same: user unknown', 'unknown-recipient'],
    ['550 Your account is not allowed to send; user unknown', 'unknown-recipient'],
    ['550 Sender domain must have MX record; user unknown', 'unknown-recipient'],
    ['550 5.7.1 Dictionary attack blocked: user unknown', 'unknown-recipient'],
    ['550 5.7.1 Possible dictionary attack. Recipient does not exist', 'unknown-recipient'],
    ['550 You do not have permission to send as this sender; user unknown', 'unknown-recipient'],
  ])('%s is %s', reads);

  it.each([
    ['Deliveries to b.example are paused; user unknown', 'unknown-recipient'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)[1]).toBe(rule);
  });
});

describe('a new reading said not to be, or a dictionary attack named as what a protection is against, is no reading (should-fix 3, 4)', () => {
  it.each([
    ['550 No max defers and failures per hour applies; user unknown', 'unknown-recipient'],
    ['550 No max emails per hour applies; user unknown', 'unknown-recipient'],
    ['550 No connection slots full; user unknown', 'unknown-recipient'],
    ['550 No UUCP addressing denied here', 'refused-unspecified'],
    ['550 No bounce for message that did not originate here', 'refused-unspecified'],
    ['550 Address x@b.example rejected; dictionary attack protection', 'unknown-recipient'],
  ])('%s is %s', reads);

  it.each([
    ['No deliveries to b.example are paused', 'refused-unspecified'],
  ])('%s is %s', (reply, rule) => {
    expect(both(reply)[1]).toBe(rule);
  });
});

describe('"send as" an address is the Send As right (not-authorized, Exchange 5.7.60), in either wording, but not "… to this recipient" (should-fix 5)', () => {
  it.each([
    ['550 You are not permitted to send as postmaster@b.example', 'not-authorized'],
    ['550 You are not permitted to send as <postmaster@b.example>', 'not-authorized'],
    ['550 You do not have permission to send as postmaster@b.example', 'not-authorized'],
  ])('%s is %s', reads);

  it.each([
    ['550 You are not permitted to send as postmaster@b.example to this recipient', 'recipient-filter'],
    ['550 You do not have permission to send as postmaster@b.example to this recipient', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('an account said paused, or not allowed to send with its reason after it, is no delay and no sender refusal: the reason decides (should-fix 6, 7)', () => {
  it.each([
    ['Your account deliveries are paused'],
    ['Your deliveries are paused'],
  ])('%s is no delay', (reply) => {
    expect(both(reply)[1]).toBe('refused-unspecified');
  });

  it.each([
    ['550 5.7.1 Your account is not allowed to send. Please authenticate', 'smtp-auth-required'],
    ['550 Your account is not allowed to send, please log in', 'smtp-auth-required'],
    ["550 that SMTP username's account is not allowed to send. Please authenticate", 'smtp-auth-required'],
    ['550 Your account is not authorized to send because you did not authenticate', 'smtp-auth-required'],
    // A reputation or a daily limit: no reading of their own here, and not the sender refused.
    ['550 Your account is no longer allowed to send because of too many complaints', 'refused-unspecified'],
    ['550 Your account is not allowed to send emails today', 'refused-unspecified'],
    ['550 Your account is not allowed to send for 24 hours', 'refused-unspecified'],
  ])('%s is %s', reads);
});

describe('too many auth failures with the client’s IP or host said blocked after them: the block is what refused (reputation), the failures its reason', () => {
  it.each([
    ['421 Too many auth failures; IP blocked for abuse', 'blocklisted'],
    ['550 Too many login failures. Your IP 192.0.2.1 has been banned', 'blocklisted'],
  ])('%s is %s', reads);

  it.each([
    // A retry, an account or "you" said blocked (no reading of its own), a block denied, blocked IPs named.
    ['421 Too many auth failures, try again later', 'smtp-auth-required'],
    ['421 Too many auth failures; account locked out', 'smtp-auth-required'],
    ['421 Too many auth failures; you are now blocked', 'smtp-auth-required'],
    ['421 Too many auth failures, IP not blocked yet', 'smtp-auth-required'],
    ['550 Too many auth failures from blocked IPs', 'smtp-auth-required'],
  ])('%s is %s', reads);
});

describe('second review of expl18: the guards keep the readings’ own words (findings 1–6)', () => {
  // 1. A failed log-in's own words right before "authentication failure": its user invalid or unknown,
  //    "user or password", its account disabled or suspended (RFC 4954 §6: 535 5.7.8). A recipient or
  //    mailbox named before it still decides.
  it.each([
    ['535 Invalid user: authentication failure', 'smtp-auth-required'],
    ['535 Invalid user or password: authentication failure', 'smtp-auth-required'],
    ['535 Unknown user; authentication failure', 'smtp-auth-required'],
    ['535 Account disabled: authentication failure', 'smtp-auth-required'],
    ['535 Account suspended: authentication failure', 'smtp-auth-required'],
    ['550 User unknown; authentication failure', 'unknown-recipient'],
    ['550 Recipient account disabled: authentication failure', 'mailbox-disabled'],
    ['550 Mailbox disabled; authentication failure', 'mailbox-disabled'],
    // Only as the reply's first words: a recipient refused before them keeps its cause, and "sender" as
    // the subject of a refusal with another reason is still another cause.
    ['550 Recipient address rejected: Unknown user; authentication failure', 'unknown-recipient'],
    ['554 5.7.1 <a@b.example>: Recipient address rejected: This account has been suspended; authentication failure', 'mailbox-disabled'],
    ['550 This account is inactive; authentication failure', 'mailbox-disabled'],
    ['550 5.7.1 This sender is not authorized to send from a.example; authentication failure', 'not-authorized'],
  ])('%s is %s', reads);

  // 2. A dictionary attack's own evidence (recipients counted) and a block a limit caused are no clear
  //    cause after a reading; a recipient or a sender address said refused still is.
  it.each([
    ['550 5.7.1 Dictionary attack detected: too many unknown recipients', 'poor-reputation'],
    ['550 5.7.1 Possible dictionary attack (too many invalid recipients)', 'poor-reputation'],
    ['421 4.7.1 Dictionary attack: too many recipients do not exist, connection closed', 'poor-reputation'],
    ['550 5.7.1 Dictionary attack detected; sender blocked', 'poor-reputation'],
    ['550 Max deliveries per hour exceeded, sender blocked for 60 minutes', 'rate-limited'],
    ['550 Max deliveries per hour exceeded, sender rejected for 60 minutes', 'rate-limited'],
    ['421 Max delivery attempts per hour reached; sender is blocked temporarily', 'rate-limited'],
    ['550 All connection slots full; sender blocked', 'rate-limited'],
    ['550 5.7.1 Dictionary attack detected; recipient does not exist', 'unknown-recipient'],
    ['550 Max deliveries per hour exceeded; user unknown', 'unknown-recipient'],
    ['550 Max deliveries per hour exceeded; sender address rejected', 'sender-rejected'],
    ['550 All connection slots full; sender address blocked', 'sender-rejected'],
  ])('%s is %s', reads);

  // 3. The protection said to have fired is the dictionary reading; named as a label beside another cause it is not.
  it.each([
    ['550 5.7.1 Rejected by dictionary attack protection', 'poor-reputation'],
    ['550 5.7.1 Blocked by dictionary attack filter', 'poor-reputation'],
    ['550 Rejected by dictionary attack filter', 'poor-reputation'],
    ['550 5.7.1 Dictionary attack rules triggered', 'poor-reputation'],
    ['550 Dictionary attack protection triggered for your IP', 'poor-reputation'],
    ['550 Address x@b.example rejected; dictionary attack protection', 'unknown-recipient'],
  ])('%s is %s', reads);

  // 4. No reason, or the account's own standing, after "not allowed to send" keeps the account reading.
  it.each([
    ['550 Your account is not allowed to send anymore', 'sender-rejected'],
    ['550 Your account is not allowed to send at this time', 'sender-rejected'],
    ['550 Your account is not allowed to send because it has been suspended', 'sender-rejected'],
    ['550 Your account is not allowed to send because it was disabled', 'sender-rejected'],
    ['550 Your account is not allowed to send for security reasons', 'sender-rejected'],
    ['550 Your account is not allowed to send until it is verified', 'sender-rejected'],
  ])('%s is %s', reads);

  // 5. The request to log in the account reading steps aside for is the one the AUTH reading takes.
  // 6. "Sender" as the subject of "not allowed to send" is no other cause before "you did not authenticate".
  it.each([
    ['550 Your account is not allowed to send. Please authenticate and try again', 'smtp-auth-required'],
    ['550 Your account is not allowed to send, please log in to your account', 'smtp-auth-required'],
    ['550 Your account is not allowed to send. Please authenticate with a valid user', 'smtp-auth-required'],
    ['550 Sender is not permitted to send as you have not authenticated', 'smtp-auth-required'],
    ['550 The sender is not allowed to send because you did not authenticate', 'smtp-auth-required'],
  ])('%s is %s', reads);
});

describe('third review of expl18: a time is a duration, a count only after a dictionary attack, "rejected by" right before the protection (review-e18c 1–3)', () => {
  // 1. "for some reason", "for one of the following reasons", "for several recipients" are no time:
  // the sender said refused after a reading decides.
  it.each([
    ['550 localhost is not a valid HELO name; sender address rejected for one of the following reasons: domain has no MX', 'sender-rejected'],
    ['550 localhost is not a valid HELO name; sender address rejected for some reason', 'sender-rejected'],
    ['550 Dictionary attack detected; sender address rejected for several recipients', 'sender-rejected'],
    ['550 Max deliveries per hour exceeded, sender blocked for 60 minutes', 'rate-limited'],
    ['550 Max deliveries per hour exceeded for sender; sender address rejected for 24 hours', 'rate-limited'],
  ])('%s is %s', reads);

  // 2. A count of absent recipients is the dictionary reading's evidence only; after the other readings
  // it is a recipient cause, and the last figure of an IP address is no count.
  it.each([
    ['550 localhost is not a valid HELO name; 2 recipients unknown', 'unknown-recipient'],
    ['550 Your account is not allowed to send; 1 recipient does not exist', 'unknown-recipient'],
    ['550 Your account is not allowed to send; recipient 192.0.2.1 user unknown', 'unknown-recipient'],
    ['550 5.7.1 Dictionary attack detected: too many unknown recipients', 'poor-reputation'],
    ['421 4.7.1 Dictionary attack: too many recipients do not exist, connection closed', 'poor-reputation'],
  ])('%s is %s', reads);

  // 3. "Rejected by" counts only right before the protection's words; "activated" says it is on, not that it fired.
  it.each([
    ['550 Message rejected by server policy, dictionary attack protection enabled', 'policy-rejection'],
    ['550 Dictionary attack protection activated for this domain: too many recipients', 'rate-limited'],
  ])('%s is %s', reads);
});
