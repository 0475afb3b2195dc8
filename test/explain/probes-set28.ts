/**
 * Probe set 28 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe28, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). As for sets 25–27, the labeller had read
 * docs/explain.md (its reading rules and the categories' table) and the earlier probe files, but not
 * core/explain/. The labels follow each source's code or page and the categories' table, not a guess at
 * what explain() would say.
 *
 * Kinds asked for: where the held-out misses are (/work/shared/MEASUREMENTS.md, Bounces) — replies with
 * only a generic 5.0.0 or no status code, transient wording (expired, on hold, retry timeout, queue
 * lifetime), user-unknown in unfamiliar wording, blocked client hosts — from sources no set used. What
 * was found and kept, each repository pinned to the commit read (the search tool's snapshots, fetched or
 * read 2026-12-07):
 * - a Python mail framework's SMTP server and client: twisted/twisted
 *   64661601a1e492a9448ac1011deb9cd9467a9e30 (src/twisted/mail/_except.py: SMTPBadRcpt's and
 *   SMTPBadSender's default texts, written "%.3d <%s>... %s"; maildir.py and mail.py raise SMTPBadRcpt
 *   for a user with no mailbox or alias in the domain; smtp.py's "Unauthenticated senders not allowed",
 *   "Could not send e-mail (N failures out of M recipients)" and its client's "Timeout waiting for SMTP
 *   server response" and "Unable to connect to server."; protocols.py's two SMTPBadSender texts);
 * - a Java SMTP server library: voodoodyne/subethasmtp 13fee16e0ce4325b4a79dd69fd44050d712d038c
 *   (server/Session.java's 421 replies; helper/SimpleMessageListenerAdapter.java's "address unknown.";
 *   command/MailCommand.java's sender "Invalid email address.");
 * - a dial-up MTA: ossilator/masqmail 7eb190f0cb5b811391d5f55f8c2dc868e8cedd3c (src/smtp_in.c's
 *   replies; tpl/warnmsg.tpl, its delay notice, sent while a deferred message is younger than
 *   max_defer_time);
 * - a Go SMTP relay: decke/smtprelay 8c71f4fb2c20ee81371aab47aee7a1d834a5c887 (main.go: "421 Denied"
 *   for a client outside allowed_nets, "451 Bad sender address" for a sender its account or
 *   allowed_sender does not allow, "421 Forwarding failed", "554 External command failed");
 * - a Rust MTA: viridIT/vSMTP 7121d6a7d6a7f7084a67626afb6eb1b6a67c6f3a (examples/config/complete.toml's
 *   default codes: Denied, TooManyError);
 * - BT Internet's inbound mail (Critical Path / Openwave) as users quote it: blog.frankleonhardt.com
 *   (tag bt-internet: "Deferred: 421 Too many messages (1.5.6.1) from …", a daily cap per server, and
 *   "554 Message rejected, policy (3.2.1.1) – Your message looks like SPAM or has been reported as
 *   SPAM"), wordtothewise.com/2016/08/bt-internet ("554 Message rejected for policy reasons (3.2.2.1)"),
 *   hcidata.info/BT-not-accepting-emails.htm ("451 System policy engine error", lasting days);
 * - a hosting company's Sendmail access map: ao-apps/aoserv-schema 4311971b9f22e859a64e1a161b1c68255d14a0ea
 *   (aoindustries/email_smtp_relay_types-data1.sql, deny_spam; %h is the client's host name);
 * - Axway's Email Firewall (formerly Tumbleweed MailGate) knowledge base, KB 101124 (support.axway.com):
 *   the delay DSN's "Apparent cause of delivery failure", sent when the remote host cannot be reached;
 * - GNU Mailman 3's LMTP runner: wikimedia/operations-debs-mailman3 078c05b95aed143eec74768afe3f3ee68716a2cc
 *   (src/mailman/runners/lmtp.py, ERR_501 for a message with parse defects);
 * - the University of Maryland helpdesk's page on delayed bounces (helpdesk.umd.edu, topic 3024): a
 *   Sendmail warning's reason when the recipient's file server is down and the .forward cannot be read;
 * - a user's GitHub thread: toorop/tmail#14 (a receiving server answering "This IP […] is blocked." to
 *   every connection from the user's server).
 * None of Twisted, SubEthaSMTP, masqmail, smtprelay, vSMTP, BT Internet, Openwave, AO Industries, Axway,
 * Mailman, the UMD helpdesk, wordtothewise, hcidata, frankleonhardt or toorop/tmail is named in any
 * earlier set (grep -il over test/explain/*.ts: 0 files each).
 *
 * Aimed at 30–60 replies; 32 kept from 11 sources (no source over a third: Twisted 8, SubEthaSMTP 5,
 * masqmail 4, smtprelay 4, BT Internet 4). Mailbox replies in unfamiliar wording were the hardest to
 * find: two (Twisted's, SubEthaSMTP's). Passed over before any run: vSMTP's "550 5.7.23 SPF validation
 * failed" (probes.ts has "550 5.7.23 SPF validation failed, status: fail."), "554 Cannot process
 * connection, closing" (only its config key, ConnectionMaxReached, says why) and "451 5.7.24 SPF
 * validation error" (a temporary SPF error: no category the words and the code agree on); luchs.at's
 * "550 Rejected: listed at …" (widening-review.test.ts has the same shape); smtprelay's "451 Bad
 * recipient address" (a recipient its allowed_recipients pattern does not allow: a relay's restriction the
 * words read as an unknown address); SubEthaSMTP's "421 Too many connections, try again later" and
 * RejectException's "554 Transaction failed" (RFC 5321's and probes.ts's wording); Mailman's "550
 * Requested action not taken: mailbox unavailable" (probes.ts); masqmail's "Could not resolve host …"
 * (the resolver's own words decide); free.fr's "421 Refused. Your reverse DNS entry does not resolve to
 * an IP." (iRedMail#156; set 20's "Refused. Your reverse DNS entry does not resolve."); ActiveCampaign's
 * smtp-field-manual and ZoneMTA's bounces.txt threads (bounce classifiers' lists, as set 24 passed them
 * over).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (above), and a cause-carrying
 * fragment of each reply grepped with grep -rilF over test/explain/ and /work/shared/corpus/bounces:
 * "Cannot receive for specified", "Sender not acceptable", "must contain domain", "Say HELO first",
 * "Could not send e-mail", "Timeout waiting for SMTP server", "Unable to connect to server", "Problem
 * attempting to execute", "Mail system failure", "Timeout waiting for data", "> address unknown",
 * "Invalid email address", "relaying to <", "Could not write spool", "must be qualified", "could not
 * yet be delivered", "421 Denied", "Bad sender address", "Forwarding failed", "External command
 * failed", "permanent problems with the remote", "Too many errors from the client", "looks like SPAM
 * or has been reported", "policy engine error", "Your mailer (", "reported as sending unsolicited",
 * "Attempts to connect to the remote server have failed", "Message has defects", "open timeout": 0
 * files each ("Too many messages (" and "is blocked." hit only prose or other wording). Two hit replies
 * and are counted apart (STOCK_WORDING_28).
 *
 * Labels (set before any run, from each source and docs/explain.md's categories):
 * - a timeout or lost connection, a server that cannot run its commands or fails, a spool it cannot
 *   write, a forward that failed, a cap on messages a day from one server, a policy engine's error, a
 *   delay notice, a .forward on a file server that is down: transient;
 * - a user with no mailbox in the domain, an address unknown: mailbox;
 * - a relay refused: relay; a client host blocked or reported for spam, or outside the allowed
 *   networks: reputation (smtprelay's outside allowed_nets relabelled relay after review, below);
 * - a sender refused, without a domain, not qualified or invalid, a refusal "for policy reasons":
 *   policy;
 * - a message looking like spam, a message with parse defects: content;
 * - no login: authentication;
 * - a client that did not greet, errors of the client, a refusal with no reason, a delivery that failed
 *   without a reason, an external command that failed: other.
 * Labels a reviewer may question (kept as labelled): SubEthaSMTP's "553 <s@a.example> Invalid email
 * address." as policy (it answers MAIL FROM; the words alone could be the recipient's), masqmail's "501
 * return path must be qualified." as policy, BT's "451 System policy engine error" as transient (its
 * page found SPF on forwarded mail behind it), vSMTP's "554 permanent problems with the remote server"
 * as other (its default text for any rule's deny), and Twisted's "550 Could not send e-mail (…)" as other.
 *
 * Relabelled after review (probe28fix, 2026-12-07): smtprelay's "421 Denied", reputation → relay. Read again
 * at the pinned commit: main.go's connectionChecker answers it to a client whose IP is in none of
 * allowed_nets ("Connection refused from address outside of allowed_nets"), and smtprelay.ini says what
 * that list is: "Networks that are allowed to send mails to us. Defaults to localhost". smtprelay is a
 * relay that forwards every message it takes to a smarthost (README: for cron jobs, services and printers),
 * so allowed_nets is the list of clients it relays for, as Postfix's mynetworks is: an access list, no
 * block list and no judgement of the client's history, and the sender's fix is to send from an allowed
 * network or through another relay (relay-denied's), as set 15's ARENA "Client host rejected: Access
 * denied", answered to unauthenticated relaying, was labelled relay from its page. The words say nothing
 * either way, so it stays one of the two only the source gives. explain() read it transient at the first
 * try and reads it so now, a miss under either label: the first try recomputed under the new label is the
 * same 23 of 32 (grammar only 21), and today's 29 of 32 (grammar only 26).
 *
 * First try (run once, on 1e37af03 with the set registered and nothing else changed; core/explain as on
 * main 8fefe964): 23 of 32 both ways (pasted, and in a DSN with a generic status), grammar only 21 of
 * 32; of the 30 not counted apart, 21 both ways; the 2 counted apart both agreed. No DSN reading's
 * category differs from its pasted one. No label changed after the run (one after review, above; the
 * figures the same under it). Some agreements are by category
 * alone, the cause not read: Twisted's "Timeout waiting for SMTP server response" as an expired
 * delivery, SubEthaSMTP's "421 4.4.0 Problem attempting to execute commands" as a network error (its
 * X.4.0) and "421 Timeout waiting for data from client." as a delay, masqmail's "451 Could not write
 * spool file", smtprelay's "421 Forwarding failed" and BT's "451 System policy engine error" as a delay
 * by their 4xx codes, masqmail's delay notice ("could not yet be delivered … has been deferred") as an
 * expired delivery. The 9 misses and what explain() said: FIRST_TRY_MISSES below. Five are wordings no
 * reading covered and whose words say the cause (a sender "not acceptable", a sender address that "must
 * contain domain" and a return path that "must be qualified", a user's address the server "Cannot
 * receive for", a message that "has defects"), one a reading taken the wrong way (a mailer "reported as
 * sending unsolicited email and … blocked" read as the message's content, where the words make it the
 * client host), one a count word read as a rate ("Too many errors from the client" as a rate limit,
 * where the words say the client erred), and two only the source gives (smtprelay's bare "421 Denied",
 * SubEthaSMTP's "Invalid email address." answering MAIL FROM).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- Twisted (twisted.mail): its SMTP server's address errors and its client's failures ---
  ...probe('Twisted mail: SMTPBadRcpt (maildir domain, no such user)', 'mailbox', ['550 <a@b.example>... Cannot receive for specified address']),
  ...probe('Twisted mail: SMTPBadSender', 'policy', [
    '550 <s@a.example>... Sender not acceptable',
    '501 <s@a.example>... Sender address must contain domain.',
  ]),
  ...probe('Twisted mail: SMTPBadSender (unhandled credentials)', 'authentication', ['550 <s@a.example>... Unauthenticated senders not allowed']),
  ...probe('Twisted mail: SMTPBadSender (no HELO)', 'other', ['503 <s@a.example>... Who are you?  Say HELO first.']),
  ...probe('Twisted mail: SMTP server, delivery failed', 'other', ['550 Could not send e-mail (1 failures out of 2 recipients)']),
  ...probe('Twisted mail: SMTP client errors', 'transient', ['Timeout waiting for SMTP server response', 'Unable to connect to server.']),
  // --- SubEthaSMTP ---
  ...probe('SubEthaSMTP Session', 'transient', [
    '421 4.4.0 Problem attempting to execute commands. Please try again later.',
    '421 4.3.0 Mail system failure, closing transmission channel',
    '421 Timeout waiting for data from client.',
  ]),
  ...probe('SubEthaSMTP SimpleMessageListenerAdapter', 'mailbox', ['553 <a@b.example> address unknown.']),
  ...probe('SubEthaSMTP MailCommand', 'policy', ['553 <s@a.example> Invalid email address.']),
  // --- masqmail ---
  ...probe('masqmail smtp_in', 'relay', ['550 relaying to <a@b.example> denied.']),
  ...probe('masqmail smtp_in', 'transient', ['451 Could not write spool file']),
  ...probe('masqmail smtp_in', 'policy', ['501 return path must be qualified.']),
  ...probe('masqmail warnmsg.tpl (delay notice)', 'transient', [
    'Sorry, but your mail could not yet be delivered to all recipients. Delivery to the following recipients has been deferred:',
  ]),
  // --- decke/smtprelay ---
  ...probe('smtprelay (client outside allowed_nets)', 'relay', ['421 Denied']),
  ...probe('smtprelay (sender not allowed)', 'policy', ['451 Bad sender address']),
  ...probe('smtprelay (forwarding)', 'transient', ['421 Forwarding failed']),
  ...probe('smtprelay (external command)', 'other', ['554 External command failed']),
  // --- vSMTP ---
  ...probe('vSMTP default codes (Denied)', 'other', ['554 permanent problems with the remote server']),
  ...probe('vSMTP default codes (TooManyError)', 'other', ['451 Too many errors from the client']),
  // --- BT Internet as users quote it ---
  ...probe('BT Internet (blog.frankleonhardt.com)', 'transient', ['421 Too many messages (1.5.6.1) from 192.0.2.1']),
  ...probe('BT Internet (blog.frankleonhardt.com)', 'content', ['554 Message rejected, policy (3.2.1.1) - Your message looks like SPAM or has been reported as SPAM']),
  ...probe('BT Internet (wordtothewise.com)', 'policy', [
    '554 Message rejected for policy reasons (3.2.2.1) - Please report any problems to BT via the postmaster btinternet.com mailbox and include your sending ip address with an example header of your email',
  ]),
  ...probe('BT Internet (hcidata.info)', 'transient', ['451 System policy engine error']),
  // --- a hosting company's access map, a gateway's KB, a list server, a helpdesk, a user's thread ---
  ...probe('AO Industries aoserv-schema (deny_spam)', 'reputation', [
    '550 Your mailer (mail.a.example) has been reported as sending unsolicited email and has been blocked - please contact AO Industries via (205)454-2556 or postmaster@aoindustries.com',
  ]),
  ...probe('Axway Email Firewall KB 101124 (delay DSN)', 'transient', ['Apparent cause of delivery failure: Attempts to connect to the remote server have failed.']),
  ...probe('GNU Mailman 3 LMTP runner', 'content', ['501 Message has defects']),
  ...probe('University of Maryland helpdesk (Sendmail warning)', 'transient', ['451 <a@b.example>... open timeout on /mail/a/.forward']),
  ...probe('toorop/tmail#14 (a receiving server)', 'reputation', ['This IP [192.0.2.1] is blocked.']),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_28: ReadonlyMap<string, string> = new Map([
  [
    '550 <s@a.example>... Unauthenticated senders not allowed',
    "stock: SendGrid's '550 Unauthenticated senders not allowed' (set 23's header, passed over there) and the labelled bounce lhost-sendmail-53",
  ],
  [
    '554 Message rejected for policy reasons (3.2.2.1) - Please report any problems to BT via the postmaster btinternet.com mailbox and include your sending ip address with an example header of your email',
    "near-repeat: Proxmox Mail Gateway's '554 5.7.1 Rejected for policy reasons (…)' (probes.ts)",
  ],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 <a@b.example>... Cannot receive for specified address', 'other (refused-unspecified): "Cannot receive for specified address" has no reading; the words say the server takes no mail for that address (Twisted raises it for a user with no mailbox or alias)'],
  ['550 <s@a.example>... Sender not acceptable', 'other (refused-unspecified): a sender "not acceptable" has no reading ("not accepted" has)'],
  ['501 <s@a.example>... Sender address must contain domain.', 'other (refused-unspecified): a sender address that "must contain domain" has no reading'],
  ['553 <s@a.example> Invalid email address.', 'mailbox (unknown-recipient): an invalid address read as the recipient\'s; only the source says it answers MAIL FROM'],
  ['501 return path must be qualified.', 'other (refused-unspecified): a return path (the sender) that "must be qualified" has no reading'],
  ['421 Denied', 'transient (delivery-delayed; delivery-expired in a DSN): a bare "Denied" under 421; only the source says the client is outside allowed_nets, the networks it relays for'],
  ['451 Too many errors from the client', 'transient (rate-limited): "too many" read as a rate; the words say the client made too many errors'],
  [
    '550 Your mailer (mail.a.example) has been reported as sending unsolicited email and has been blocked - please contact AO Industries via (205)454-2556 or postmaster@aoindustries.com',
    'content (spam-content): "unsolicited email" read as the message\'s content; the words say the client\'s mailer was reported and blocked',
  ],
  ['501 Message has defects', 'other (refused-unspecified): a message that "has defects" has no reading'],
]);

export const PROBES_28: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
