/**
 * Probe set 30 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe30, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). As for sets 25–29, the labeller had read
 * docs/explain.md (its reading rules and the categories' table) and the earlier probe files, but not
 * core/explain/. The labels follow each source's code or thread and the categories' table, not a guess at
 * what explain() would say.
 *
 * Kinds asked for: where the held-out misses are (/work/shared/MEASUREMENTS.md, Bounces) — replies with
 * only a generic 5.0.0 or no status code, transient wording (expired, on hold, retry timeout, queue
 * lifetime), user-unknown in unfamiliar wording, blocked client hosts — from sources no set used. What
 * was found and kept, each repository pinned to the commit read (the search tool's snapshots, fetched
 * 2026-12-07):
 * - a BBS's mail server: SynchronetBBS/sbbs 9e7bbc3092f96252da7cb44ecc0f9b38443a9052
 *   (src/sbbs3/mailsrvr.cpp: the client host on its host.can list, a DNSBL refusal of the session and of
 *   a post to a message board, a closed mailbox, an unknown sub-board, a full mailbox, the command-rate
 *   cap, an authenticated sender's pending-mail cap, and bounce(): the notice it writes after its last
 *   delivery attempt, "… reporting delivery failure of message after N attempts", "Reason:", then the
 *   error of the attempt — here its connect error "Error %d connecting to port %u on %s [%s]");
 * - a Java MTA: hontvari/mireka e4d4aab3443b2922f0450c8aa0b86cc2ba4829c8 (filter/local/ProhibitRelaying,
 *   filter/dnsbl/RefuseBlacklistedRecipient's default reply, list/ListDestination's members-only
 *   message and list/Redistributor's loop and DMARC replies, transmission/immediate/host:
 *   OutgoingConnectionsRegistry's connection cap and MailToHostTransmitter's connection failure);
 * - a Python MTA library: slimta/python-slimta e983df05fafd457fbfd0bb8dce34c5357d6650e5
 *   (slimta/relay/smtp/mx.py: no usable DNS records, a DNS lookup failure, a recipient without a
 *   domain; slimta/queue/__init__.py: " (Too many retries)" appended to the last reply when the backoff
 *   gives up, and an unhandled delivery error; slimta/smtp/reply.py: the timeout reply; slimta/bounce:
 *   the bounce body, "Delivery failed for:" … "Destination host responded:");
 * - a database mail store's LMTP server: dbmail/dbmail 0e0db0dfb313226528e3a744e5427529dca46141
 *   (src/lmtp.c: the greeting when the database is down, a recipient that does not resolve, a failed
 *   lookup, a failed store, and the per-recipient reply after DATA built from dm_dsn.c's RFC 3463 texts,
 *   here a soft quota failure, 4.2.2);
 * - a mail admin suite's policy daemon: modoboa/modoboa 9ec749703cde97636ea5a9db95f4accea63b8a87
 *   (modoboa/policyd/core.py: FAILURE_ACTION "defer_if_permit Daily limit reached, retry later", the
 *   sender's daily sending limit, as Postfix's smtpd renders a DEFER_IF_PERMIT at RCPT TO);
 * - a pull request quoting its server's reply: dfinity/internet-identity#3912 (an SMTP handler answering
 *   an address that is not one of its mailboxes);
 * - a user's thread quoting a platform's notice: Kademi/kademi-dev#5121 (failed-email notices while the
 *   receiving side was unavailable, "No delivery available, will try again, at …").
 * None of Synchronet, mireka, slimta, DBMail, modoboa, internet-identity or Kademi is named in any earlier
 * set (grep -il over test/explain/probes*.ts: 0 files each).
 *
 * Aimed at 25–40 replies; 29 kept from 7 sources (no source over a third: Synchronet 9, mireka 7, slimta
 * 5, DBMail 5, modoboa 1, two threads 1 each). Passed over before any run: Synchronet's "550 CLIENT IP
 * ADDRESS BLOCKED" ("550 5.7.1 Client IP address blocked" is in an earlier set), "550 Unknown User:",
 * "550 Relay not allowed.", "554 Sender not allowed.", "530 Authentication required." and its 452
 * "Insufficient system storage"; mireka's "550 Blocked - invalid SPF record" (cPanel's "Invalid SPF
 * record" in an earlier set), "Attachments are not allowed on this mailing list" (three files hit),
 * "User unknown <…>" and RFC 3463's texts in its EnhancedStatus constants; slimta's "421 4.7.0 TLS
 * negotiation failed" (set 29's TLS handshake, read by design) and its RFC 5321 texts; DBMail's "503 No
 * valid recipients" and "500" syntax replies; MailHog (its replies are a library's stock RFC texts);
 * fschulze/jumpnbump#3 (Microsoft's German NDR, a provider's stock wording); ActiveCampaign's SMTP
 * field manual threads (a labelled collection of replies, kept apart as a bounce data set);
 * docker-mailserver's, Mail-in-a-Box's, mailcow's and nimforum's threads (Postfix's, Spamhaus's and
 * Yahoo's stock replies, or sources earlier sets named); OpenSMTPD#1133's "Envelope expired" (OpenSMTPD
 * named in earlier sets); alaveteli#2709 (Exim's delay warning, stock); SpamExperts', NoSpamProxy's and
 * Libraesva's pages (the search returned none of their reply texts).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (above), and a cause-carrying
 * fragment of each reply grepped with grep -rilF over test/explain/ and /work/shared/corpus/bounces:
 * "HOSTNAME BLOCKED", "refused due to listing", "DNS-blacklisted", "Closed mailbox", "Unknown
 * sub-board", "Mailbox full:", "too many requests", "Too many pending", "delivery failure of message",
 * "connecting to port", "user is not local", "restricted. Contact the postmaster", "Only members",
 * "DMARC record", "No usable DNS records", "has no domain", "Unhandled delivery error", "Destination host
 * responded", "Temporary failure in recipient lookup", "Message not received", "gone fishing",
 * "Persistent Transient Failure", "Recipient is not a known", "Daily limit reached", "No delivery
 * available", "will try again, at": 0 files each. "Relaying prohibited", "No answer from host", "loop
 * detected", "Too much", "Too many retries", "DNS lookup failed" and "Recipient <" hit: the first three
 * hit replies of the same wording and are counted apart with DBMail's RFC 3463 texts and Synchronet's
 * "Mailbox full" (STOCK_WORDING_30); the others hit replies of another meaning ("550 Too much spam from
 * your network"; "451 4.4.7 Message expired; too many retries", whose 4.4.7 says the expiry the words of
 * the new reply say alone; "554 DNS lookup failed for zen.spamhaus.org") or explain()'s own tests.
 *
 * Labels (set before any run, from each source and docs/explain.md's categories):
 * - a command-rate cap, a sender's pending-mail cap or daily limit, a connection cap toward a host, a
 *   connection that failed or timed out, a DNS lookup or recipient lookup that failed, a store or
 *   database failure, a list loop, a DMARC query that failed, a delivery given up after its retries,
 *   a platform's "will try again": transient;
 * - a closed mailbox (corrected to policy after review, below), an unknown message board, a full mailbox, a
 *   recipient the store cannot resolve, an address that is not a known mailbox, a domain with no usable DNS
 *   records, an address with no domain: mailbox;
 * - a client host on the receiver's block list, a client refused for a DNSBL listing (a session or a
 *   post), mireka's default DNSBL reply: reputation;
 * - relaying prohibited to a non-local user: relay;
 * - a list that takes posts from members only: policy.
 * Label corrected after review (rev43a, against the source, not for what explain() said): Synchronet's "550
 * Closed mailbox: a@b.example" was labelled mailbox, after its words. mailsrvr.cpp at the pinned commit
 * (l. 5197–5201) sends it when the recipient user is I-restricted and the client has not authenticated ("!I-
 * restricted user-recipient … cannot receive unauthenticated SMTP mail"): a policy refusal of unauthenticated
 * mail to that user, not a closed mailbox. It is now labelled policy and disagrees (read as mailbox-disabled;
 * it disagreed as labelled then too, so the first try moves from 21 to 20 of 29). No reading is added for it:
 * only the source gives that meaning. The record as first written stays in git history (c19aff39).
 * Labels a reviewer may question (kept as labelled): mireka's "530 5.7.1 Rejected: unauthenticated e-mail
 * from … is restricted" as reputation (RefuseBlacklistedRecipient's default reply to a client on a
 * DNSBL; the words alone say authentication), DBMail's "500 database has gone fishing BYE" as transient
 * (its greeting when the database does not answer; 500 is a syntax error's code), DBMail's "550
 * Recipient <…> FAIL" as mailbox (lmtp.c sends it when the address resolves to no deliverable user; the
 * words give no cause), modoboa's daily limit as transient (the sender's own sending limit, said in
 * Postfix's "Recipient address rejected:" frame), and slimta's "550 5.1.5 Recipient address has no
 * domain" as mailbox (RFC 3463's X.1.5 is "destination address valid"; the words say the address is
 * incomplete).
 *
 * First try (run once, on ef99236d with the set registered and nothing else changed; core/explain as on main
 * 4e360651): 21 of 29 both ways (pasted, and in a DSN with a generic status) as labelled then, grammar only
 * 20 of 29 (Synchronet's "Closed mailbox" is read by a fixed phrase); of the 24 not counted apart, 16 both
 * ways; the 5 counted apart all agreed. With "Closed mailbox" relabelled policy after review (above): 20 of
 * 29 (69.0 %), grammar only 20 of 29, 15 of the 24 (62.5 %) — the honest first-try figure, re-run on
 * c19aff39's tree with only the label changed. No DSN reading's category differs from its pasted one. Some
 * agreements are by category alone: Synchronet's "421 too many requests, try again later" and "452 Too many
 * pending emails sent" and DBMail's "430 Message not received" read as a delay by their 4xx codes
 * (delivery-delayed; an expiry in a DSN), not the rate, the sender's pending cap or the failed store;
 * slimta's two replies with " (Too many retries)" read as network errors by their 4.4.x codes, the retries
 * given up unread. The 8 misses as labelled then (9 with the corrected label) and what explain() said:
 * FIRST_TRY_MISSES below. Three are wordings no reading covered whose words say the cause (Synchronet's
 * notice "Error 110 connecting to port 25 on …" after its attempts, slimta's "Recipient address has no
 * domain", Kademi's "No delivery available, will try again, at …"), one a reading taken the wrong way
 * (mireka's "451 4.4.3 Unable to query for a DMARC record" read as DMARC failed, where the words and the
 * 4.4.3 say a lookup failed), and four only the source gives (Synchronet's "Unknown sub-board", mireka's
 * DNSBL reply in the words of authentication, DBMail's "database has gone fishing" and its bare "FAIL"), and
 * with the corrected label a fifth (Synchronet's "Closed mailbox", a policy refusal in a mailbox's words).
 * Since (probe30, widening-set36.test.ts): the four that are not only the source's read generally — an error
 * said of connecting to a remote host or port is the connection that failed (a narrow reading after review:
 * only under no code, X.0.0 or X.4.x, and not of the receiver's own services, loopback or private addresses);
 * a lookup of an SPF, DKIM or DMARC record said with the failed verb first ("unable to query for", "could not
 * look up") is the lookup that failed, the receiver's DNS trouble in a temporary reply; a recipient's address
 * said to have no domain is an address no mailbox can have (a narrow reading: no code, X.0.0, X.1.0, X.1.1,
 * X.1.3 or X.1.5, the last a success's detail that names no cause under a failure); the sending side that
 * will try again at a time or on a date (a clock time or an ISO-like date) is a delay. 24 of 29 both ways
 * (grammar only 23), 19 of the 24 of new wording, no longer held-out for those wordings. Left unread: the
 * five only the source gives.
 * Left alone (a lead, review rev43a): main's older "could not / unable to connect" reading (network-error)
 * has the same X.3.x gap the new one had before review ("451 4.3.0 unable to connect to the user database"
 * reads network-error); not changed here.
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- Synchronet's mail server (mailsrvr.cpp) ---
  ...probe('Synchronet mailsrvr (host.can)', 'reputation', ['550 CLIENT HOSTNAME BLOCKED: mail.a.example']),
  ...probe('Synchronet mailsrvr (DNSBL, session refused)', 'reputation', ['550 Mail from 192.0.2.1 refused due to listing at dnsbl.b.example']),
  ...probe('Synchronet mailsrvr (DNSBL, post to a sub-board)', 'reputation', ['550 Insufficient access: DNS-blacklisted']),
  // labelled mailbox before the run; corrected to policy after review (rev43a), against its own source (header)
  ...probe('Synchronet mailsrvr (RCPT TO)', 'policy', ['550 Closed mailbox: a@b.example']),
  ...probe('Synchronet mailsrvr (RCPT TO)', 'mailbox', ['550 Unknown sub-board: GENERAL', '450 Mailbox full: a@b.example']),
  ...probe('Synchronet mailsrvr (limits)', 'transient', ['421 too many requests, try again later', '452 Too many pending emails sent']),
  ...probe('Synchronet mailsrvr bounce()', 'transient', [
    'mail.a.example reporting delivery failure of message after 10 attempts\nfrom s@a.example to a@b.example\n\nReason:\nError 110 connecting to port 25 on mx.b.example [192.0.2.2]',
  ]),
  // --- mireka ---
  ...probe('mireka ProhibitRelaying', 'relay', ['550 Relaying prohibited, user is not local (a@b.example)']),
  ...probe('mireka RefuseBlacklistedRecipient (default reply)', 'reputation', [
    '530 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted. Contact the postmaster for details.',
  ]),
  ...probe('mireka ListDestination (members only)', 'policy', ['550 5.7.2 Only members of the list are allowed to send a message to this list address.']),
  ...probe('mireka Redistributor', 'transient', ['450 4.4.6 Mail list loop detected', '451 4.4.3 Unable to query for a DMARC record']),
  ...probe('mireka outgoing transmission', 'transient', ['451 4.4.5 Too much connections to the destination system', '450 4.4.0 No answer from host or bad connection']),
  // --- python-slimta ---
  ...probe('slimta MxSmtpRelay', 'mailbox', ['550 5.1.2 No usable DNS records found: b.example', '550 5.1.5 Recipient address has no domain: a']),
  ...probe('slimta bounce (queue gave up)', 'transient', [
    'Delivery failed for:\n- a@b.example\n\nDestination host responded:\n451 4.4.3 DNS lookup failed (Too many retries)',
  ]),
  ...probe('slimta queue', 'transient', ['421 4.4.2 Connection timed out (Too many retries)', '450 4.0.0 Unhandled delivery error: [Errno 104] Connection reset by peer']),
  // --- DBMail's LMTP server ---
  ...probe('DBMail lmtp (greeting)', 'transient', ['500 database has gone fishing BYE']),
  ...probe('DBMail lmtp (RCPT TO)', 'mailbox', ['550 Recipient <a@b.example> FAIL']),
  ...probe('DBMail lmtp', 'transient', ['430 Temporary failure in recipient lookup', '430 Message not received']),
  ...probe('DBMail lmtp (after DATA, soft quota)', 'mailbox', ['422 Recipient <a@b.example> Persistent Transient Failure Mailbox Status Mailbox full']),
  // --- modoboa's policy daemon, as Postfix renders it ---
  ...probe('modoboa policyd (daily limit)', 'transient', ['450 4.7.1 <a@b.example>: Recipient address rejected: Daily limit reached, retry later']),
  // --- a pull request and a user's thread ---
  ...probe('dfinity/internet-identity#3912 (an SMTP handler)', 'mailbox', ['550 Recipient is not a known mailbox on this canister']),
  ...probe('Kademi/kademi-dev#5121 (a platform\'s failed-email notice)', 'transient', ['No delivery available, will try again, at 2018-03-14 14:12:33.014']),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_30: ReadonlyMap<string, string> = new Map([
  ['450 Mailbox full: a@b.example', "stock: 'Mailbox full' is RFC 3463's X.2.2 text and a common reply (probes.ts)"],
  ['550 Relaying prohibited, user is not local (a@b.example)', "near-repeat: '550 relaying prohibited' (Runbox, an earlier set)"],
  ['450 4.4.0 No answer from host or bad connection', "near-repeat: RFC 3463's X.4.1 text 'No answer from host' (probes.ts, explain's own tests)"],
  ['450 4.4.6 Mail list loop detected', "near-repeat: '450 4.4.6 Routing loop detected (G16)' (an earlier set)"],
  ['422 Recipient <a@b.example> Persistent Transient Failure Mailbox Status Mailbox full', "stock: RFC 3463's class, subject and detail texts for 4.2.2"],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike unless said). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 Closed mailbox: a@b.example', 'mailbox (mailbox-disabled): "Closed mailbox" read as the mailbox closed; only the source says it answers a recipient restricted from unauthenticated SMTP mail (a disagreement once its label was corrected after review)'],
  ['550 Unknown sub-board: GENERAL', 'other (refused-unspecified): "Unknown sub-board" has no reading; only the source says a sub-board is an address mail is posted to'],
  [
    'mail.a.example reporting delivery failure of message after 10 attempts\nfrom s@a.example to a@b.example\n\nReason:\nError 110 connecting to port 25 on mx.b.example [192.0.2.2]',
    'other (unrecognised-input; refused-unspecified in a DSN): "Error 110 connecting to port 25 on …" after 10 attempts has no reading; the words say the connection failed',
  ],
  [
    '530 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted. Contact the postmaster for details.',
    'authentication (authentication-failed): "unauthenticated e-mail … is restricted" read as authentication; only the source says it answers a client on a DNSBL',
  ],
  ['451 4.4.3 Unable to query for a DMARC record', 'authentication (authentication-failed): "DMARC" read as DMARC failed; the words and the 4.4.3 say the record could not be looked up'],
  ['550 5.1.5 Recipient address has no domain: a', 'other (refused-unspecified): a recipient address that "has no domain" has no reading; the words say the address is incomplete'],
  ['500 database has gone fishing BYE', 'other (refused-unspecified): an idiom for the store being down; only the source says so'],
  ['550 Recipient <a@b.example> FAIL', 'other (refused-unspecified): a bare "FAIL"; only the source says the address resolved to no user'],
  [
    'No delivery available, will try again, at 2018-03-14 14:12:33.014',
    'other (unrecognised-input; refused-unspecified in a DSN): "will try again, at <time>" not read as a delay; the words say the sender\'s side will retry',
  ],
]);

export const PROBES_30: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
