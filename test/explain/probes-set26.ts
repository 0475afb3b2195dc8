/**
 * Probe set 26 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe26, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). As for set 25, the labeller had read docs/explain.md
 * (its reading rules and the categories' table) and the earlier probe files, but not core/explain/.
 * The labels follow each source's code or page and the categories' table, not a guess at what explain()
 * would say.
 *
 * Kinds asked for: those earlier sets have few of — mail security gateways, groupware and mail stores,
 * content scanners, ESP APIs, other countries' providers, users' threads — and no more Postfix policy
 * services. What was found and kept, each repository pinned to the commit read (the search tool's
 * snapshots, fetched 2026-12-07):
 * - a mail security gateway appliance: MailCleaner/MailCleaner da47da22f4f8dfe85e3ab1b13ea163cf9c291daf
 *   (etc/exim/exim_stage1.conf_template, the ACLs of its Exim front stage: "deny message = …" is sent
 *   by Exim as "550 text", "defer message = …" as "451 text"; $dnslist_text, the list's own TXT
 *   record, is written here as the list's lookup address, a placeholder as sets 19–25 use);
 * - a mail store of a groupware suite: Zimbra/zm-mailbox 2b7f9787c69ed6b95ce37a415ba27c50f1091c72
 *   (store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java: its LMTP server's replies, which the
 *   Zimbra MTA relays to the sender's server);
 * - a mail server: XMail, GerHobbelt/xmail 33bf2eb3bdca4e79d8b6339d5ff9f8583c046cf7 (SMTPSvr.cpp: its
 *   SMTP server's default replies, used when no SmtpMsg… variable overrides them);
 * - a qmail content scanner: qmail/simscan 131f5758e6197b4d51931fa8f745abd31f15ae1d (simscan.c's
 *   ENABLE_CUSTOM_SMTP_REJECT texts, handed to qmail-smtpd, which sends them as "554 text");
 * - a groupware server's manual: Axigen's "Blacklisting / Whitelisting / Greylisting" page
 *   (axigen.com/documentation/blacklisting-whitelisting-greylisting-p1410030: "451 Temporary rejected
 *   by greylisting");
 * - an ESP's API error: Postmark's 422 / ErrorCode 406 text, as users quote it in ActiveCampaign/
 *   postmark-php#35 and fjordllc/bootcamp#5314 (the maintainer and the thread: an address suppressed
 *   after a hard bounce, a complaint or a manual suppression; the message was not sent).
 * Set 1 names Zimbra, Axigen and Postmark beside generic wording it wrote itself, without reading any
 * document of theirs ("Zimbra (Postfix + LDAP)", "Axigen", "sending services (SendGrid, Mailgun,
 * Postmark, SparkPost)"); no set read Zimbra's code, Axigen's manual or Postmark's API errors.
 * MailCleaner, XMail and simscan are named in no earlier set (grep -il over test/explain/probes*.ts: 0
 * files each; "xmail" hits are other words' substrings, e.g. Qboxmail). Cyrus IMAP's lmtpd was read
 * (imap/lmtp_err.et and imap/imap_err.et at 1f3a12931114d95a12c938d043d53a2cbcaf3eca) and four of its
 * replies written, then dropped before any run: set 1 drew on Cyrus lmtpd ("Dovecot LMTP / Cyrus
 * lmtpd", its long "Mailbox unknown" text), so it is an earlier set's source.
 *
 * Aimed at 30–60 replies of many kinds; 30 kept from 6 projects. The kinds asked for in other
 * countries and languages gave nothing usable in the time: the pages corpus, queried in Dutch,
 * Portuguese, German, Hungarian, Turkish, Japanese and Chinese, returned earlier sets' operators
 * (STRATO, goneo, bytecamp, onesystems, comservice-ffo, TransIP, VDX, Hoasted, Vade's OXSUS, Interia,
 * grhosting and its twin ASPone, url.com.tw, NetEase's HL codes) or generic translations of RFC texts;
 * the issues corpus gave near-repeats and pastebin'd bounces (left out, as sets 17 and 18 left them:
 * real mail, but no page says what they mean). So the set is English-only and 17 of its 30 replies are
 * MailCleaner's: read its figure as thin on languages and heavy on one gateway. Passed over before any
 * run: XMail's "504 You are registered as spammer" (set 1's Naver "550 You are registered as spammer
 * (by user's reject list)"), Zimbra's "Over quota" (stock), "Mailbox is not on this server" (whether a
 * delay or a moved mailbox only the code says), "No such user here" and "Mailbox disabled, not
 * accepting messages" (stock: cPanel's, Exchange's), MailCleaner's "Reverse DNS lookup failed for" (in
 * wording.test.ts), "no HELO given before MAIL command" (set 22's widened "No HELO before mail
 * transaction"), "relay not permitted" and "restricted characters in local address" (set 8's Umanix),
 * "This message contains malware (…)" (set 22's Oxford "Message contains malware"), simscan's "matches
 * a filter" (which filter, only the configuration says), XMail's "551 Server use forbidden", "557 Access
 * denied <…> for user <…>" and "550 Relay denied" (no cause in the words, or stock), Hermes SEG's
 * body_checks texts (Postfix's own header_checks(5) examples, commented out), Hyvor Relay (a sending
 * service whose SMTP texts are its bounce parser's test data), cPanel's "Your country is not allowed
 * to connect to this server" (an earlier set's vendor; its only stored copy is a file browser of
 * someone's server), ZeptoMail's SMTP error page (Zoho's, an earlier set's operator), Trend Micro's
 * Deep Discovery Email Inspector codes (an earlier set's vendor).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (above); a cause-carrying
 * fragment of each reply grepped with grep -rilF over test/explain/ and /work/shared/corpus/bounces:
 * "not yet authorized", "unsigned bounces", "capital letters", "massive abuse", "from itself",
 * "forbidden filetype", "Maximum line length", "DMARC policy, rejecting", "backscatterer", "Relaying to
 * this domain", "blacklisted host", "blacklisted sender", "HELO/EHLO blocked", "unauthenticated
 * session", "Blacklisted in", "only on TLS", "Temporary message delivery failure", "Permanent message
 * delivery failure", "considered spam", "bad attachment", "Temporary rejected by greylisting",
 * "inclusion of your IP", "Server access forbidden", "SMTP-after-POP3", "no DNS/MX entries", "marked as
 * inactive": 0 files each. Two hit and are counted apart (STOCK_WORDING_26): MailCleaner's "Encryption
 * is required from you" (set 23's mailcow "Session encryption is required") and XMail's "Account
 * disabled <…>" (stock: probes.ts, generalise.test.ts and four widening tests and unknown-beside-disabled.test.ts hold "account disabled",
 * as does the labelled bounce lhost-dragonfly-21).
 *
 * Labels (set before any run, from each source and docs/explain.md's categories):
 * - a client IP on a DNS list, the receiver's own IP ban, a refused HELO name: reputation;
 * - a sender address or domain the receiver refuses (capital letters, its own list, a domain without
 *   DNS, a spoofed own domain — Haraka's "Spoofed MAIL FROM" is policy in probes.ts), an account shut
 *   off for abuse, an unsigned bounce, a forbidden attachment type, TLS demanded: policy;
 * - SPF or DMARC failed, a submission port or POP-before-SMTP login missing: authentication;
 * - greylisting, a receiver's own temporary failure: transient;
 * - a virus, a spam verdict, a malformed message (an overlong line): content;
 * - a disabled account: mailbox; a relay refusal: relay; an address an ESP suppressed: other
 *   (address-suppressed); Zimbra's "Permanent message delivery failure": other (refused-unspecified,
 *   no cause in the words).
 * Labels a reviewer may question (kept as labelled): MailCleaner's "blacklisted sender: …" as policy (the
 * receiver's own list of sender addresses) rather than reputation, and its "does not accept mail from
 * itself (spoofing)" as policy rather than authentication; Zimbra's "451 4.2.2 Server accepts messages
 * only on TLS connection" as policy although its X.2.2 is RFC 3463's full mailbox.
 *
 * First try (run once, on d5ce7604 with the set registered and nothing else changed; core/explain as on
 * main a5408b69): 17 of 30 both ways (pasted, and in a DSN with a generic status), grammar only 16 of
 * 30; of the 28 not counted apart, 15 both ways; the 2 counted apart both agreed. No DSN reading differs
 * from its pasted one. The 13 misses and what explain() said: FIRST_TRY_MISSES below. No label changed
 * after the run. Seven are wordings no reading covered (a HELO "blocked", a sender address refused for
 * capital letters, "(spoofing)", an overlong line given as "Maximum line length is N, got M", "did not
 * authenticate … SMTP-after-POP3", a bad attachment, an ESP's own suppression list in words other than
 * "suppressed"), two a reply code deciding over the words (Zimbra's X.2.2, XMail's 551), one a reading
 * taking the words the wrong way (XMail's 505 "Your domain has no DNS/MX entries": "no DNS/MX entries"
 * read as the recipient's domain; the 505 decides nothing), and three what only the source, or the
 * repository's own design, gives (an unsigned bounce: a bounce's form
 * is read in no reply; "blacklisted sender", read as a block list by design; "refused user due to
 * massive abuse", whose user only the ACL says is the sender's login).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- MailCleaner's Exim front stage (a mail security gateway appliance) ---
  ...probe('MailCleaner exim_stage1 ACL: DNS lists and its own lists', 'reputation', [
    '550 Blacklisted in zen.spamhaus.org: https://www.spamhaus.org/query/ip/192.0.2.1',
    '550 blacklisted host: 192.0.2.1',
    '550 HELO/EHLO blocked',
    '550 backscatterer blacklisted: http://www.backscatterer.org/?target=192.0.2.1',
  ]),
  ...probe('MailCleaner exim_stage1 ACL: sender checks', 'policy', [
    '550 This domain does not accept sender addresses using capital letters',
    '550 This domain does not accept unsigned bounces.',
    '550 blacklisted sender: s@a.example',
    '550 refused user due to massive abuse',
    '550 This domain does not accept mail from itself (spoofing)',
  ]),
  ...probe('MailCleaner exim_stage1 ACL: SPF, DMARC and submission', 'authentication', [
    '550 192.0.2.1 is not allowed to send mail from a.example (SPF failure)',
    "550 Message from a.example failed sender's DMARC policy, rejecting.",
    '550 unauthenticated session on submission port',
  ]),
  ...probe('MailCleaner exim_stage1 ACL: SPF-less greylisting (greylistd)', 'transient', [
    '451 192.0.2.1 is not yet authorized to deliver mail from <s@a.example> to <a@b.example>. Please try later.',
  ]),
  ...probe('MailCleaner exim_stage1 ACL: TLS required', 'policy', ['550 Encryption is required from you']),
  ...probe('MailCleaner exim_stage1 ACL: relay', 'relay', ['550 Relaying to this domain is forbidden']),
  ...probe('MailCleaner exim_stage1 ACL: MIME checks', 'policy', ['550 Detected forbidden filetype (Security reasons).']),
  ...probe('MailCleaner exim_stage1 ACL: line length', 'content', ['550 Maximum line length is 998, got 2048.']),
  // --- Zimbra's LMTP server (LmtpReply.java) ---
  ...probe('Zimbra LMTP server (LmtpReply)', 'policy', ['451 4.2.2 Server accepts messages only on TLS connection']),
  ...probe('Zimbra LMTP server (LmtpReply)', 'transient', ['451 4.0.0 Temporary message delivery failure try again']),
  ...probe('Zimbra LMTP server (LmtpReply)', 'other', ['554 5.0.0 Permanent message delivery failure']),
  // --- XMail's SMTP server (SMTPSvr.cpp) ---
  ...probe('XMail SMTP server: IP maps and spammer lists', 'reputation', [
    '550 Denied due inclusion of your IP inside (zen.spamhaus.org)',
    '551 Server access forbidden by your IP',
  ]),
  ...probe('XMail SMTP server: SMTP-after-POP3', 'authentication', ['504 You did not authenticate properly using SMTP-after-POP3']),
  ...probe('XMail SMTP server: sender domain check', 'policy', ['505 Your domain has no DNS/MX entries']),
  ...probe('XMail SMTP server: recipient checks', 'mailbox', ['550 Account disabled <a@b.example>']),
  // --- simscan (qmail content scanner) ---
  ...probe('simscan (qmail-queue custom reject)', 'content', [
    '554 Your email is considered spam (7.50 spam-hits)',
    '554 Your email was rejected because it contains the Eicar-Test-Signature virus',
  ]),
  ...probe('simscan (qmail-queue custom reject)', 'policy', ['554 Your email was rejected because it contains a bad attachment: invoice.exe']),
  // --- Axigen's manual ---
  ...probe('Axigen greylisting (manual)', 'transient', ['451 Temporary rejected by greylisting']),
  // --- Postmark's API ---
  ...probe('Postmark API (ErrorCode 406, quoted in postmark-php#35 and bootcamp#5314)', 'other', [
    'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: a@b.example. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.',
  ]),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_26: ReadonlyMap<string, string> = new Map([
  ['550 Encryption is required from you', "not held-out: set 23's mailcow '550 5.7.1 Session encryption is required' carries the same words"],
  ['550 Account disabled <a@b.example>', "stock: 'account disabled' is in probes.ts, generalise.test.ts, four widening tests, unknown-beside-disabled.test.ts and the labelled bounce lhost-dragonfly-21"],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 HELO/EHLO blocked', 'other (refused-unspecified): a HELO or EHLO said "blocked" has no reading; "HELO command rejected" and a HELO name refused do'],
  ['550 This domain does not accept sender addresses using capital letters', 'other (refused-unspecified): a domain that "does not accept sender addresses" has no reading of the sender refused'],
  ['550 This domain does not accept unsigned bounces.', 'other (refused-unspecified): a bounce refused for its form (BATV) is read in no reply, by design (sets 8, 11)'],
  ['550 blacklisted sender: s@a.example', 'reputation (blocklisted): "blacklisted" over a sender address reads as a block list, by design; only the ACL says it is the receiver\'s own list (a label a reviewer may question)'],
  ['550 refused user due to massive abuse', 'other (refused-unspecified): "refused user" does not say whose user; only the ACL says it is the sender\'s login (a meaning only the source gives)'],
  ['550 This domain does not accept mail from itself (spoofing)', 'other (refused-unspecified): "(spoofing)" has no reading; Haraka\'s "Spoofed MAIL FROM" does'],
  ['550 Maximum line length is 998, got 2048.', 'other (refused-unspecified): "Maximum line length is N, got M" is not read as an overlong line'],
  ['451 4.2.2 Server accepts messages only on TLS connection', 'mailbox (mailbox-full): the specific X.2.2 decides, by design; the words say TLS is required'],
  ['551 Server access forbidden by your IP', 'mailbox (mailbox-moved): the 551 (RFC 5321\'s "user not local") decides; the words say the client IP is barred'],
  ['504 You did not authenticate properly using SMTP-after-POP3', 'other (refused-unspecified): "did not authenticate" and SMTP-after-POP3 have no reading of the log-in asked for'],
  ['505 Your domain has no DNS/MX entries', 'mailbox (domain-takes-no-mail): "no DNS/MX entries" read as the recipient\'s domain; "Your domain" is the sender\'s'],
  ['554 Your email was rejected because it contains a bad attachment: invoice.exe', 'other (refused-unspecified): a "bad attachment" has no reading of an attachment refused'],
  ['You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: a@b.example. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.', 'mailbox (mailbox-disabled): "inactive" read as the recipient\'s account; the words say the sending service suppressed the address after a hard bounce, a complaint or by hand'],
]);

export const PROBES_26: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
