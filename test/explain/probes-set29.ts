/**
 * Probe set 29 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe29, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). As for sets 25–28, the labeller had read
 * docs/explain.md (its reading rules and the categories' table) and the earlier probe files, but not
 * core/explain/. The labels follow each source's code or thread and the categories' table, not a guess at
 * what explain() would say.
 *
 * Kinds asked for: where the held-out misses are (/work/shared/MEASUREMENTS.md, Bounces) — replies with
 * only a generic 5.0.0 or no status code, transient wording (expired, on hold, retry timeout, queue
 * lifetime), user-unknown in unfamiliar wording, blocked client hosts — from sources no set used. What
 * was found and kept, each repository pinned to the commit read (the search tool's snapshots, fetched
 * 2026-12-07):
 * - an MTA from the University of Toronto's lineage: rzachariassen/zmailer
 *   70d34a57efd487ec09dfdc3f821f007b59484920 (smtpserver/smtpserver.c: the reject-IP-address list's
 *   and TCP wrappers' refusals, the same-IP connection cap; smtpserver/smtpcmds.c: the policy
 *   analysis's replies to MAIL FROM and RCPT TO, m571 = "5.7.1", m443 = "4.4.3"; scheduler/update.c:
 *   the expiry diagnostic "500 (Expired after …)", saytime's long form; proto/forms/unresolvable and
 *   proto/forms/database: the router's returned-mail forms, quoted as their first sentences);
 * - a Go SMTP server library: mhale/smtpd 7a09bb83a277d511e42c071c1940d20235d5bbf1 (smtpd.go: the
 *   idle-timeout close, a handler's failure after DATA, a failed STARTTLS handshake);
 * - a disposable-mail test server: inbucket/inbucket e56c6d5f837b350089305690c80377ceba024989
 *   (pkg/server/smtp/handler.go: a store failure after DATA, MAIL FROM from a domain its policy does not
 *   accept, SIZE over its limit, STARTTLS without TLS configured);
 * - an Erlang SMTP server library: gen-smtp/gen_smtp 185c54dbd61a3c284bd44b1442c764e9642a386c
 *   (src/gen_smtp_server_session.erl: the idle timeout, a bare LF in the message, SIZE over the limit;
 *   src/smtp_server_example.erl, the callback module its README tells users to start from: more than
 *   20 sessions, a HELO/EHLO name it refuses, a MAIL FROM on its blacklist);
 * - a Rust MTA: Ekleog/kannader 177b7b52aa6426caa550e223d63922968b79cae9
 *   (smtp-server-types/src/reply.rs: internal_server_error, handle_mail_did_not_call_complete;
 *   TRANSIENT_UNDEFINED = 4.0.0, TRANSIENT_SYSTEM_INCORRECTLY_CONFIGURED = 4.3.5);
 * - users' GitHub threads quoting the reply: thunderbird/mailstrom#197 (a receiving server naming the
 *   sender's IP in Trend Micro's ERS-DUL), mozilla/addons-server#6992 (a reply-to address on a wrong
 *   host name: "550 5.1.2 Recipient address … not accepted."), juanluisbaptiste/docker-postfix#33 (a
 *   Postfix container told "521 connection rejected." at connect, by every ISP the user tried).
 * None of ZMailer, mhale/smtpd, Inbucket, gen_smtp, kannader, mailstrom, addons-server or docker-postfix
 * is named in any earlier set (grep -il over test/explain/*.ts: 0 files each).
 *
 * Aimed at 25–40 replies; 27 kept from 8 sources (no source over a third: ZMailer 9, gen_smtp 6,
 * Inbucket 4, mhale/smtpd 3, kannader 2, three threads 1 each). Mailbox replies in unfamiliar wording
 * were again the hardest to find: ZMailer's two returned-mail forms and one thread. Passed over before
 * any run: ZMailer's "452 4.3.1 Try again later, insufficient storage available at the moment" (Postfix's
 * "Insufficient system storage" in set 1) and "550 5.1.1 no such user:" (proto/cf/server.cf; stock);
 * mhale/smtpd's "550 5.1.0 Requested action not taken: mailbox unavailable" (RFC 5321's text, set 1)
 * and "530 5.7.0 Authentication required"; Inbucket's "550 Relay not permitted" (seven files hit);
 * gen_smtp's "550 No such recipient" (probes.test.ts has it) and "552 Message too large"; axllent/mailpit
 * (its SMTP server is a fork of mhale/smtpd, the same strings); Courier-MTA's source (courier/submit.C:
 * "556 Address unavailable.", "412 You are not whitelisted by this recipient …"), Postfix's smtpd.c and
 * IBM z/OS SMTP (sources earlier sets named); Mail-in-a-Box's and docker-mailserver's threads (set 23
 * named Mail-in-a-Box; Symantec's "501 Connection rejected by policy [7.7]" is in set 1); Coremail's,
 * Mailprotector's, Rackspace's, bytecamp's, onesystems', comservice's and the other hosts' pages the
 * search returned (each named in an earlier set); GitHub threads quoting Postfix's, Gmail's or
 * Microsoft's stock replies; rnwood/smtp4dev and zedshaw/lamson (no reply text a server would send a
 * stranger); SurgeMail's allow page (no reply text).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (above), and a cause-carrying
 * fragment of each reply grepped with grep -rilF over test/explain/ and /work/shared/corpus/bounces:
 * "reject-IP-address", "WILL NOT TALK TO YOU", "simultaneous connections from this IP", "is not allowed
 * to relay to email address", "access is denied by the policy analysis", "temporary DNS error with the
 * target domain", "could not be recognized as addresses", "not known at this gateway", "closing
 * transmission channel after timeout", "Unable to process mail", "Failed to store message", "Max message
 * size exceeded", "TLS unavailable on the server", "too busy to accept mail", "Bare newline detected",
 * "Estimated message length", "Error: timeout exceeded", "found in ERS-DUL": 0 files each. "Expired
 * after", "Internal server error", "TLS handshake failed", "System incorrectly configured", "invalid
 * hostname", "Unauthorized domain", "go away", "not accepted." and "connection rejected" hit: the first
 * two hit replies of the same wording and are counted apart (STOCK_WORDING_29); the others hit only
 * explain()'s own English, prose, or replies of another meaning ("550 Invalid hostname. User unknown";
 * mlcastle's "go away, you evil spammer!"; "Connection rejected by policy").
 *
 * Labels (set before any run, from each source and docs/explain.md's categories):
 * - a refusal at connect for too many connections or sessions, an idle client's timeout, a handler or
 *   store that failed, a temporary DNS error, a failed or unavailable TLS start, an internal or
 *   configuration error under 4xx, a delivery expired after days of retries: transient;
 * - an address the router cannot recognise or reach, a host or domain not known at the gateway and
 *   likely not existing, a recipient address on a wrong host refused with 5.1.2: mailbox;
 * - a client on the receiver's reject-IP-address list, a client TCP wrappers refuse, a sender IP found
 *   in a reputation list, a HELO name refused, a connection rejected at greeting: reputation;
 * - relaying to an address refused for the client's IP: relay;
 * - a MAIL FROM address denied by policy, a MAIL FROM domain not accepted, a message over the size
 *   limit, a sender on the server's blacklist: policy;
 * - a bare newline in the message: content.
 * Labels a reviewer may question (kept as labelled): gen_smtp's "554 invalid hostname" as reputation
 * (its example answers HELO/EHLO with it; the words alone could be any host name), its "552 go away" as
 * policy (the example answers a blacklisted MAIL FROM; the words say nothing), docker-postfix#33's "521
 * connection rejected." as reputation (Gmail's greeting refusal; the thread never said why, and RFC 7504
 * reads 521 as a host that accepts no mail), mhale/smtpd's "403 4.7.0 TLS handshake failed" and
 * Inbucket's "454 TLS unavailable on the server" as transient (a TLS failure at the receiver, not a
 * requirement), and gen_smtp's "451 Bare newline detected" as content (a bare LF in the DATA it read).
 *
 * First try (run once, on 09288fdb with the set registered and nothing else changed; core/explain as on
 * main befa22e0): 21 of 27 both ways (pasted, and in a DSN with a generic status), grammar only 20 of
 * 27; of the 25 not counted apart, 19 both ways; the 2 counted apart both agreed. No DSN reading's
 * category differs from its pasted one. No label changed after the run. Some agreements are by category
 * alone, the cause not read: Inbucket's "451 Failed to store message" and "454 TLS unavailable on the
 * server" and gen_smtp's "421 … is too busy to accept mail right now" as a delay (delivery-delayed, an
 * expiry in a DSN) by their 4xx codes, and ZMailer's MAIL FROM "access is denied by the policy analysis
 * functions" as a policy's refusal (policy-rejection), not the sender refused. The 6 misses and what
 * explain() said: FIRST_TRY_MISSES below. Two are wordings no reading covered and whose words say the
 * cause (ZMailer's "WILL NOT TALK TO YOU" to a client, its router's addresses that "could not be
 * recognized as addresses that are understood by, or reachable from, this system"), one a reading taken
 * the wrong way (a "TLS handshake failed" under 4.7.0 read as TLS required), one a reply code deciding
 * as the reading rules say (521 read as a host that takes no mail, RFC 7504's meaning, where the thread's
 * greeting refusal is the client refused), and two only the source gives (Inbucket's "501 Unauthorized
 * domain" answering MAIL FROM, gen_smtp's "552 go away" to a blacklisted sender, read as a client
 * refused).
 *
 * Since (probe29, widening-set35.test.ts): the two wordings whose words say the cause read generally — a
 * server that says it will not (won't, refuses to) talk to the client is the client refused, as "refused to
 * talk to me" reads from the sender's side; addresses or recipients said to be impossible to recognise or
 * identify are not there, as "recipient name is not recognized" reads. 23 of 27 both ways (grammar only
 * 21), 21 of the 25 of new wording, no longer held-out for those wordings. Left unread: "403 4.7.0 TLS
 * handshake failed" (tls-required names a failed handshake in its own why: a reading by design, and the
 * label transient one a reviewer may question), "521 connection rejected." (RFC 7504's 521 decides), and
 * the two only the source gives.
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- ZMailer: its SMTP server, scheduler and router forms ---
  ...probe('ZMailer smtpserver (reject-IP-address list)', 'reputation', ['550 5.7.1 Hello 192.0.2.1; you are on our reject-IP-address -list, GO AWAY!']),
  ...probe('ZMailer smtpserver (TCP wrappers)', 'reputation', ['421 mx.b.example ZMailer Server 2.99.57 WILL NOT TALK TO YOU at Mon, 7 Dec 2026 10:00:00 +0000']),
  ...probe('ZMailer smtpserver (same-IP connection cap)', 'transient', [
    '450 mx.b.example - Come again later, too many simultaneous connections from this IP address /ms(11 of 10)',
  ]),
  ...probe('ZMailer smtpserver (policy analysis, RCPT TO)', 'relay', [
    '550 5.7.1 Your IP address 192.0.2.1 is not allowed to relay to email address <a@b.example> via our server; MX rule',
  ]),
  ...probe('ZMailer smtpserver (policy analysis, MAIL FROM)', 'policy', [
    '553 5.7.1 Hello 192.0.2.1, for MAIL FROM address <s@a.example> access is denied by the policy analysis functions.',
  ]),
  ...probe('ZMailer smtpserver (policy analysis, RCPT TO)', 'transient', [
    '451 4.4.3 Hello 192.0.2.1, policy analysis reports temporary DNS error with the target domain: <a@b.example>',
  ]),
  ...probe('ZMailer scheduler (expiry)', 'transient', ['500 (Expired after 5 days)']),
  ...probe('ZMailer router form (unresolvable)', 'mailbox', [
    'A copy of your message is being returned to you because one or more of the addresses you specified could not be recognized as addresses that are understood by, or reachable from, this system.',
  ]),
  ...probe('ZMailer router form (database)', 'mailbox', [
    'The message refers to a host or domain name which is not known at this gateway, yet which should be known here if it exists.  It is therefore likely that said host or domain name does NOT exist.',
  ]),
  // --- mhale/smtpd ---
  ...probe('mhale/smtpd', 'transient', [
    '421 4.4.2 mx.b.example MyServerApp ESMTP Service closing transmission channel after timeout exceeded',
    '451 4.3.5 Unable to process mail',
    '403 4.7.0 TLS handshake failed',
  ]),
  // --- Inbucket ---
  ...probe('Inbucket SMTP handler', 'transient', ['451 Failed to store message', '454 TLS unavailable on the server']),
  ...probe('Inbucket SMTP handler (MAIL FROM domain policy)', 'policy', ['501 Unauthorized domain']),
  ...probe('Inbucket SMTP handler (SIZE)', 'policy', ['552 Max message size exceeded']),
  // --- gen_smtp ---
  ...probe('gen_smtp server session', 'transient', ['421 Error: timeout exceeded']),
  ...probe('gen_smtp server session (bare LF in DATA)', 'content', ['451 Bare newline detected']),
  ...probe('gen_smtp server session (SIZE)', 'policy', ['552 Estimated message length 10485760 exceeds limit of 5242880']),
  ...probe('gen_smtp smtp_server_example (session limit)', 'transient', ['421 mx.b.example is too busy to accept mail right now']),
  ...probe('gen_smtp smtp_server_example (HELO)', 'reputation', ['554 invalid hostname']),
  ...probe('gen_smtp smtp_server_example (MAIL FROM blacklist)', 'policy', ['552 go away']),
  // --- kannader ---
  ...probe('kannader smtp-server-types', 'transient', ['451 4.0.0 Internal server error', '451 4.3.5 System incorrectly configured']),
  // --- users' threads ---
  ...probe('thunderbird/mailstrom#197 (a receiving server)', 'reputation', [
    'Recipient address rejected: Mail from <192.0.2.1> was refused due to the sender IP found in ERS-DUL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.',
  ]),
  ...probe('mozilla/addons-server#6992 (a reply to a wrong host name)', 'mailbox', ['550 5.1.2 Recipient address reviewreply+a1b2@olympia.b.example not accepted.']),
  ...probe('juanluisbaptiste/docker-postfix#33 (a greeting refusal)', 'reputation', ['521 connection rejected.']),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_29: ReadonlyMap<string, string> = new Map([
  ['500 (Expired after 5 days)', "near-repeat: 'Message expired after 72 hours of retries' and '451 4.4.7 Delivery time expired after 5 days' (probes.ts, widening-set22.test.ts)"],
  ['451 4.0.0 Internal server error', "near-repeat: '451 4.3.0 Internal server error' (probes.test.ts)"],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  [
    '421 mx.b.example ZMailer Server 2.99.57 WILL NOT TALK TO YOU at Mon, 7 Dec 2026 10:00:00 +0000',
    'transient (delivery-delayed; delivery-expired in a DSN): read by its 421 alone; the words say the server will not talk to this client (TCP wrappers refused it)',
  ],
  [
    'A copy of your message is being returned to you because one or more of the addresses you specified could not be recognized as addresses that are understood by, or reachable from, this system.',
    'other (unrecognised-input; refused-unspecified in a DSN): addresses that "could not be recognized as addresses that are understood by, or reachable from, this system" have no reading',
  ],
  ['403 4.7.0 TLS handshake failed', 'policy (tls-required): a failed TLS handshake under 4.7.0 read as TLS required; the words say the handshake failed'],
  ['501 Unauthorized domain', 'other (refused-unspecified): a bare "Unauthorized domain"; only the source says it answers MAIL FROM (the sender\'s domain)'],
  ['552 go away', 'reputation (client-blocked): "go away" read as a client refused; only the source says it answers a MAIL FROM on its blacklist'],
  [
    '521 connection rejected.',
    'mailbox (domain-takes-no-mail): 521 read as RFC 7504 has it, a host that accepts no mail; the thread\'s greeting refusal is the client refused, and the code decides over the words',
  ],
]);

export const PROBES_29: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
