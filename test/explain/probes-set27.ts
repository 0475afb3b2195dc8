/**
 * Probe set 27 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe27, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). As for sets 25 and 26, the labeller had read
 * docs/explain.md (its reading rules and the categories' table) and the earlier probe files, but not
 * core/explain/. The labels follow each source's code or page and the categories' table, not a guess at
 * what explain() would say.
 *
 * Kinds asked for: where the held-out misses are (/work/shared/MEASUREMENTS.md, Bounces) — replies with
 * only a generic 5.0.0 or no status code, transient wording (expired, on hold, retry timeout, queue
 * lifetime), user-unknown in unfamiliar wording, blocked client hosts — from MTA and mail-server
 * sources no set used. What was found and kept, each repository pinned to the commit read (the search
 * tool's snapshots, fetched 2026-12-07):
 * - a sending MTA's own dispositions: KumoCorp/kumomta 3ebc1e8585e0e989cfcf50a93c94a803610249e8
 *   (crates/kumod/src/queue/queue.rs and spool.rs: a message expiring, "Next delivery time … > …", under
 *   551 5.4.7; smtp_dispatcher.rs: an MX whose hosts do not resolve; queue.rs: a queue suspended by the
 *   operator; smtp_server.rs: its SMTP server's replies to a client, written as a sender's log shows
 *   them, "code enhanced text"). Its bounce classifier's rule files were not read;
 * - a BBS's mail server: InterLinked1/lbbs 429868d410d331b73c733edbde8a4fb7fcb59503 (nets/net_smtp.c and
 *   modules/mod_smtp_*.c: smtp_reply / smtp_abort texts; mod_smtp_greylisting.c);
 * - a Postfix milter: Freeaqingme/ClueGetter c378fbc31548df45e290537fc67e9561cbeebabe (core/milter.go
 *   sends a reject as "550 5.7.1 text (queue id)" and a tempfail as "421 4.7.0 …"; the texts are
 *   clamav.go's, contacts.go's, rspamd.go's and milter.go's own);
 * - Microsoft's knowledge base for Exchange Server 4.0–5.5 (the jeffpar/kbarchive copy,
 *   e92bde762b1e21a563dceee279473b0a44eb8075): the NDR lines the articles quote, each with the cause
 *   the article gives — Q158399 (a message over the MTA's maximum delivery time), Q152666 (a RAS
 *   connector's modem busy: congestion), Q182557 (a mailbox with receive limits: full), Q172364 (a
 *   communications failure while a user is moved), Q159301 (a recipient looping between MTAs), Q146588
 *   (a content type an X.400 link does not carry), Q141347 (the sender's client has no transport for
 *   the address type). Set 14 read one other KB article (Q107089, Microsoft Mail's SMTP gateway);
 *   earlier sets read later Exchange versions' NDRs, none these 4.0–5.5 MTA texts;
 * - PolicyD v2 ("cluebringer", cbpolicyd): hummermania/policyd 820ca4684653f545274f4fc9bcc59fde63b3f360
 *   (cbp/modules/CheckHelo.pm, Greylisting.pm): a Postfix policy service, its REJECT written as Postfix
 *   renders it under smtpd_recipient_restrictions, as set 25 wrote its six ("554 5.7.1 <a@b.example>:
 *   Recipient address rejected: text"); the greylisting DEFER carries its own "451 4.7.1";
 * - users' GitHub threads quoting a real reply with its cause: Purelymail/purelymail-issues#388 (a
 *   Purelymail NDR giving the receiver's "421 4.3.2 too many connections" and "(5.0.0)"; the maintainer:
 *   those deliveries are retried) and PDP-10/its#1513 (ITS COMSAT's returned-mail line for an address
 *   with no entry in its NAMES file).
 * None of KumoMTA, LBBS, ClueGetter, cbpolicyd/cluebringer, Purelymail's NDR or ITS is named in any earlier
 * set (grep -il over test/explain/probes*.ts: 0 files each; set 24 names Purelymail among operators it
 * queried and passed over one Purelymail rate-limit reply, a different text).
 *
 * Aimed at 30–60 replies; 33 kept from 7 sources (no source over a third: KumoMTA 8, LBBS 7, the KB 7).
 * Passed over before any run: LBBS's "554 5.6.0 Message exceeded 100 hops, this may indicate a mail
 * loop" (Google's text, set 1's), its "Maximum line length exceeded" (set 26's widened wording), "This
 * domain is blacklisted" (set 26's "blacklisted sender" question again), "Mail not accepted externally
 * here" (no cause a reader can give); ClueGetter's "Greylisting in effect, please come back later" (the
 * same text as cbpolicyd's, kept there); KumoMTA's "relaying not permitted" (stock) and "Administrator
 * bounced with reason: …" (the operator's own words decide); the KB's "The recipient name is not
 * recognized" (the articles, Q133403 and Q193321 among them, say it is mostly the MTA's routing table,
 * not an unknown user: no category the words and the page agree on) and "Unable to deliver the message
 * due to a recipient problem" (Q155104: the sender's mailbox lacks an X.400 address); nullmailer's
 * expiry notice (its words are the notice's, not a reply); cbpolicyd's quota texts (the operator's).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (above), and a
 * cause-carrying fragment of each reply grepped with grep -rilF over test/explain/ and
 * /work/shared/corpus/bounces: "exceeds the expiry time", "Next delivery time", "didn't resolve to any
 * hosts", "disk is too full", "load shedding", "data_processing_timeout", "too many recipients on this
 * connection", "queue is suspended", "unauthorized to receive external", "you've tried to reach is
 * full", "Forwarding to remote hosts disabled", "without a Message-ID", "bare LF detected", "not
 * authorized to post to this list", "malicious or otherwise harmful", "local blacklist by one of the
 * recipients", "internal error ocurred", "maximum time for delivering", "congestion in the message
 * transfer", "unavailable to take delivery", "communications failure", "detected looping", "content
 * type that is not supported", "No transport provider", "No A or MX records found for", "Must be a FQDN
 * or an address literal", "HRP limit", "sending server blacklisted": 0 files each. "not seen before"
 * (a snapshot's word, no reply) and "is an unknown recipient" (widening tests' titles, no reply) hit
 * only prose. Three hit replies and are counted apart (STOCK_WORDING_27).
 *
 * Labels (set before any run, from each source and docs/explain.md's categories):
 * - a message expired in the queue, a queue suspended, greylisting, a receiver's disk, load, timeout or
 *   internal error, too many recipients or connections, an MX that does not resolve, congestion, a
 *   communications failure, a loop: transient;
 * - a full mailbox or one over its receive limits, an address with no entry: mailbox;
 * - a relay refusal: relay; a bad HELO name, a client blacklisted after failing greylisting: reputation;
 * - a recipient not allowed external mail, a header the receiver requires, posting to a list, a sender
 *   on a recipient's own block list: policy;
 * - malware, spam, a bare LF, a content type not carried: content;
 * - the sender's own client with no transport for the address: other.
 * Labels a reviewer may question (kept as labelled): LBBS's "550 5.1.1 User unauthorized to receive
 * external mail" as policy (its X.1.1 says no such mailbox; the words say the user exists but may not
 * receive from outside), the KB's "The recipient was unavailable to take delivery of the message" as
 * mailbox (only the article says receive limits), "No transport provider was available" as other, and
 * "The recipient was detected looping …" as transient by its words, though Q159301's loop comes of a
 * mailbox removed from the system.
 *
 * First try (run once, on a1fff5d9 with the set registered and nothing else changed; core/explain as on
 * main c92c18f4): 27 of 33 both ways (pasted, and in a DSN with a generic status), grammar only 26 of
 * 33; of the 30 not counted apart, 24 both ways; the 3 counted apart all agreed. No DSN reading's
 * category differs from its pasted one. No label changed after the run. Some agreements are by category
 * alone: "No transport provider was available …" agrees as other because nothing in it was read
 * (unrecognised-input pasted, refused-unspecified in a DSN); "The recipient was unavailable to take
 * delivery of the message" as mailbox through an unknown recipient, not the article's receive limit;
 * LBBS's "From/Recipient set not seen before" as a delay (delivery-delayed; delivery-expired in a DSN),
 * not greylisting; KumoMTA's "disk is too full" as a rate limit, not the receiver's storage. The
 * 6 misses and what explain() said: FIRST_TRY_MISSES below. Four are wordings no reading covered (a
 * bare LF named beside the RFC it violates read as the RFC, a sender on "a local blacklist by one of the
 * recipients" read as a block list, Exchange's "congestion in the message transfer service" and
 * "communications failure", and "a content type that is not supported"), one a reply code deciding over
 * the words (LBBS's X.1.1 over "User unauthorized to receive external mail"), so five of the six; the
 * KB's three have no status code at all.
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- KumoMTA (kumod): expiry, queue states, its SMTP server's temporary replies ---
  ...probe('KumoMTA kumod: message expiry (queue.rs, spool.rs)', 'transient', [
    '551 5.4.7 Next delivery time would be at 2026-12-09 10:00:00 UTC which exceeds the expiry time 2026-12-09 09:00:00 UTC configured via set_scheduling',
    '551 5.4.7 Next delivery time 3days 2h > 3days',
  ]),
  ...probe('KumoMTA kumod: MX resolution and queue suspension (smtp_dispatcher.rs, queue.rs)', 'transient', [
    "451 4.4.4 MX didn't resolve to any hosts",
    '451 4.4.4 KumoMTA internal: scheduled queue is suspended: maintenance',
  ]),
  ...probe('KumoMTA kumod: SMTP server replies (smtp_server.rs)', 'transient', [
    '421 4.3.2 mx.b.example disk is too full. Try later',
    '421 4.3.2 mx.b.example load shedding. Try later',
    '451 4.4.5 data_processing_timeout exceeded (spool)',
    '452 4.5.3 too many recipients on this connection',
  ]),
  // --- LBBS's SMTP server ---
  ...probe('LBBS mod_smtp_greylisting', 'transient', ['421 From/Recipient set not seen before, resubmit if intentional']),
  ...probe('LBBS net_smtp: recipient checks', 'policy', ['550 5.1.1 User unauthorized to receive external mail']),
  ...probe('LBBS net_smtp: recipient checks', 'mailbox', ["452 4.2.2 The mailbox you've tried to reach is full (over quota)"]),
  ...probe('LBBS net_smtp: relay', 'relay', ['550 5.7.0 Mail relay denied. Forwarding to remote hosts disabled']),
  ...probe('LBBS net_smtp: message checks', 'policy', ['550 5.7.1 Messages without a Message-ID header are not accepted']),
  ...probe('LBBS net_smtp: message checks', 'content', ['554 5.0.0 Message rejected, bare LF detected (violates RFC 5322 2.3)']),
  ...probe('LBBS mod_smtp_mailing_lists', 'policy', ['550 5.7.2 You are not authorized to post to this list']),
  // --- ClueGetter (a Postfix milter) ---
  ...probe('ClueGetter clamav module', 'content', [
    '550 5.7.1 Our system has detected that this message appears to contain malicious or otherwise harmful content. Therefore, this message has been blocked. (3F2A81C0D4)',
  ]),
  ...probe('ClueGetter contacts module (a recipient\'s own block list)', 'policy', [
    '550 5.7.1 This message was sent from an address that was put on a local blacklist by one of the recipients. Therefore, the message has been blocked. (3F2A81C0D4)',
  ]),
  ...probe('ClueGetter rspamd module', 'content', [
    '550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked. (3F2A81C0D4)',
  ]),
  ...probe('ClueGetter milter (internal error)', 'transient', ['421 4.7.0 An internal error ocurred']),
  // --- Microsoft KB: Exchange Server 4.0–5.5 NDRs ---
  ...probe('Microsoft KB Q158399 (Exchange MTA)', 'transient', ['The maximum time for delivering the message expired MSEXCH:MSExchangeMTA:SITE:SERVER']),
  ...probe('Microsoft KB Q152666 (Exchange MTA, RAS connector)', 'transient', [
    'The recipient could not be processed due to congestion in the message transfer service [MSEXCH:MSExchangeMTA:SITE:SERVER]',
  ]),
  ...probe('Microsoft KB Q182557 (Exchange IS, receive limits)', 'mailbox', ['The recipient was unavailable to take delivery of the message MSEXCH:MSExchangeIS:SITE:SERVER']),
  ...probe('Microsoft KB Q172364 (Exchange MTA, move user)', 'transient', ['Unable to deliver the message due to a communications failure MSEXCH:MSExchangeMTA:SITE:SERVER']),
  ...probe('Microsoft KB Q159301 (Exchange MTA, X.400 connector)', 'transient', ['The recipient was detected looping within the message transfer service.']),
  ...probe('Microsoft KB Q146588 (Exchange MTA, X.400 content)', 'content', ['The message contains a content type that is not supported.']),
  ...probe('Microsoft KB Q141347 (Exchange client)', 'other', ['No transport provider was available for delivery to this recipient.']),
  // --- PolicyD v2 (cbpolicyd) ---
  ...probe('cbpolicyd CheckHelo', 'reputation', [
    "554 5.7.1 <a@b.example>: Recipient address rejected: Invalid HELO/EHLO; No A or MX records found for 'mail.a.example'",
    "554 5.7.1 <a@b.example>: Recipient address rejected: Invalid HELO/EHLO; Must be a FQDN or an address literal, not 'localhost'",
    '554 5.7.1 <a@b.example>: Recipient address rejected: Invalid HELO/EHLO; HRP limit exceeded',
  ]),
  ...probe('cbpolicyd Greylisting (auto-blacklist)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: Greylisting in effect, sending server blacklisted']),
  ...probe('cbpolicyd Greylisting (defer)', 'transient', ['451 4.7.1 <a@b.example>: Recipient address rejected: Greylisting in effect, please come back later']),
  // --- users' threads ---
  ...probe('Purelymail NDR (Purelymail/purelymail-issues#388)', 'transient', [
    'a@b.example at remote mailserver mx.b.example. (192.0.2.1): MessagingException: 421 4.3.2 too many connections, please try again later (5.0.0)',
  ]),
  ...probe('ITS COMSAT returned mail (PDP-10/its#1513)', 'mailbox', ['"ALICE" at B.EXAMPLE is an unknown recipient.']),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_27: ReadonlyMap<string, string> = new Map([
  [
    '550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked. (3F2A81C0D4)',
    "stock: Gmail's 'Our system has detected that this message is likely unsolicited mail' (probes.ts, wording.test.ts)",
  ],
  [
    '451 4.7.1 <a@b.example>: Recipient address rejected: Greylisting in effect, please come back later',
    "stock: milter-greylist's '451 4.7.1 Greylisting in action, please come back later' (probes.ts, wording.test.ts)",
  ],
  [
    'a@b.example at remote mailserver mx.b.example. (192.0.2.1): MessagingException: 421 4.3.2 too many connections, please try again later (5.0.0)',
    "stock inside: the receiver's 'too many connections' is in probes.ts and wording.test.ts; Purelymail's wrapper and its (5.0.0) are new",
  ],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike, but where noted). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 5.1.1 User unauthorized to receive external mail', 'mailbox (unknown-recipient): the specific X.1.1 decides, by design; the words say the user exists but may not receive mail from outside'],
  ['554 5.0.0 Message rejected, bare LF detected (violates RFC 5322 2.3)', 'policy (not-rfc-compliant): "violates RFC 5322" read as an RFC 5322 violation; the words name a bare LF, the message\'s line form (content, as set 23\'s bare-LF refusal)'],
  [
    '550 5.7.1 This message was sent from an address that was put on a local blacklist by one of the recipients. Therefore, the message has been blocked. (3F2A81C0D4)',
    'reputation (blocklisted): "blacklist" read as a block list; the words say one of the recipients put the sender there (the recipient\'s own list)',
  ],
  [
    'The recipient could not be processed due to congestion in the message transfer service [MSEXCH:MSExchangeMTA:SITE:SERVER]',
    'other (unrecognised-input pasted, refused-unspecified in a DSN): "congestion" has no reading',
  ],
  ['Unable to deliver the message due to a communications failure MSEXCH:MSExchangeMTA:SITE:SERVER', 'other (unrecognised-input pasted, refused-unspecified in a DSN): a "communications failure" has no reading'],
  ['The message contains a content type that is not supported.', 'other (unrecognised-input pasted, refused-unspecified in a DSN): "a content type that is not supported" (RFC 3463\'s X.6.1 "media not supported" in words) has no reading'],
]);

export const PROBES_27: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
