/**
 * Probe set 25 (issue 11): a held-out proxy for unseen mail servers. Written, labelled and committed in
 * one session (probe25, 2026-12-07) before explain(), eval-bounces or any explain test was run on these
 * replies; then run once (the first try, below). Unlike sets 22–24 the labeller was not kept apart from
 * the reading rules: before labelling they had read docs/explain.md (its reading rules and the
 * categories' table) and the earlier probe files, but not core/explain/. The labels follow each source's
 * code and the categories' table, not a guess at what explain() would say.
 *
 * Sources: the source strings of Postfix policy services no earlier set used (sets 12 and 13 drew on
 * policyd-weight, postfwd, iRedAPD, SQLgrey and postgrey; set 22 passed over nitmir's Python
 * policyd-rate-limit, a different project from nbari's below). A policy service answers Postfix with
 * an action ("REJECT text", "DEFER text", "550 text"); Postfix sends the client its own prefix and the
 * text, so each reply is written as Postfix renders it for a policy service under
 * smtpd_recipient_restrictions (nbari's README puts it under smtpd_sender_restrictions): REJECT as
 * "554 5.7.1 <a@b.example>: Recipient address rejected: text" (access_map_reject_code), DEFER and
 * DEFER_IF_PERMIT as "450 4.7.1 …", a numeric action with its own code. Placeholders as sets 19–24:
 * a@b.example the recipient, s@a.example the sender, a.example its domain, 192.0.2.1 the client. Each
 * repository is pinned to the commit read (the search tool's snapshots, fetched 2026-12-07):
 * - benningm/mtpolicyd 23a4c606ce978eb0dce60f46e9c9ccf81005a582 (lib/Mail/MtPolicyd/Plugin/*.pm: the
 *   plugins' default reject_message / defer_message / action strings)
 * - croessner/geoip-policyd 3c7d339309ea7d30b91c5c42ce393c0add3b369f (policy.go rejectText: an
 *   authenticated account seen from more countries or IP addresses than allowed, a compromised login)
 * - nbari/policyd-rate-limit 1737ce015cdb1fd47b780ab54e8c31d9413a5f46 (src/cli/actions/run.rs: a SASL
 *   user over its sending quota windows)
 * - tlamy/rblpolicyd c2ac1265072ccd55b199ed3969a45baf83db89ce (server.c: the client IP found in the
 *   configured DNS block lists, their zones listed)
 * - thc2cat/go-policyd 431641e20376e507dafb4f01e6f3be06c44484a7 (main.go: recipients per day summed for
 *   a SASL user; REJECT past twice the quota)
 * - caquino/tpolicyd ba019f3183fe5debbbef13db09c88a4b73e9a4a9 (rules.py, Portuguese: a sample rule file;
 *   PLC-BLK a client IP on the local block list, PLC-HLO-1 an IP literal HELO that is not the client's)
 *
 * Aimed at 30–60 replies; 15 kept from 6 sources (13 source names). In the time given the issue and page corpora gave
 * mostly earlier sets' operators (Hostinger's "not owned by user" is set 4's goneo; MXroute's
 * "Unauthenticated mail not allowed from this range" is an earlier set's source; MailChannels' "[BFD]
 * Sender prohibited by SPF" likewise) or threads that say no cause (a Bell/Sympatico "you are not
 * allowed to send mail to", a "550 not local sender over smtp" guessed at, PrestaShop's "Bad HELO -
 * Host impersonating domain name" with no diagnosis), and FortiMail, the one appliance found, was read by
 * set 16 already. Passed over for the rules (before any run): Brevo's "501 5.5.4 Invalid domain name"
 * at EHLO (productdevbook/unemail#8; its words are widening-set20's "550 Invalid domain name" and in a
 * labelled bounce, lhost-qmail-04), onlime/policyd-rate-guard's "Rate limit reached, retry later" (set
 * 15's comservice-ffo "421 Rate limit reached. Please try again later"), geoip-policyd's deferText
 * "Service temporarily not available" (set 15's), mtpolicyd's SPF reject (its text is Mail::SPF's
 * default explanation, set 12's source), tpolicyd's greylist text (the helper that would send it is not
 * in the repository), go-policyd's "saslUsername too long" (no category a careful reader can give).
 *
 * Checks before the run: each source's name grepped over test/explain/*.ts (0 hits; nitmir's
 * policyd-rate-limit named in set 22's header, passed over there), and a cause-carrying fragment of each
 * reply grepped over test/explain/*.ts and, with grep -rilF, /work/shared/corpus/bounces: 0 files in
 * the bounces for each; "greylisting is active", "deferred,repeatedly", "is rejected. Check at",
 * "trapped by", "traffic quota", "delivery from", "Blocked through", "Rejeitado", "max quota exceeded",
 * "sender rejected (", "contact your support": 0 hits in test/explain. Two hit and are counted apart
 * (STOCK_WORDING_25): "Policy violation" (set 15's Aruba "policy violation", comservice-ffo's "Reject due
 * to policy violations") and "sending limit exceeded" (wording.test.ts's "550 5.4.5 Daily user sending
 * limit exceeded."). Every reply's Postfix prefix ("Recipient address rejected:") is stock Postfix
 * wording the earlier sets hold many times; the text after it is the policy service's own.
 *
 * Labels (set before any run, from each source's code and docs/explain.md's categories):
 * - a client IP refused for its reputation, a block list, its country or a trap hit, a sender or client
 *   name on a domain block list, a HELO that is not the client's: reputation (blocklisted,
 *   poor-reputation, client-blocked);
 * - greylisting, a sending or traffic quota of the sending account: transient (greylisted,
 *   sending-limit; set 18's convention for a submission server's sending limits);
 * - an authenticated account refused for use from too many countries (a compromised login): policy
 *   (sender-rejected: the sender's own account not allowed to send).
 * Labels a reviewer may question (kept as labelled): mtpolicyd's GeoIPAction "delivery from CN
 * (192.0.2.1) rejected" could be read as policy (the receiver's policy on a country) rather than
 * reputation (a refused client); the CtIpRep defer (450) is reputation by its source (an IP reputation
 * service's tempfail) though its words say only deferred; go-policyd's "max quota exceeded" is the
 * sending account's recipients a day, not a mailbox's quota, which only the source says.
 *
 * First try (run once, on e2fef1c7 with the set registered and nothing else changed; core/explain as on
 * main 60440ed1): 9 of 15 both ways (pasted, and in a DSN with a generic status), grammar only 9 of 15;
 * of the 13 not counted apart, 7 both ways; the 2 counted apart both agreed. No DSN reading differs
 * from its pasted one. The 6 misses and what explain() said: FIRST_TRY_MISSES below. No label changed
 * after the run.
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- mtpolicyd plugins' default texts ---
  ...probe('mtpolicyd Greylist plugin (defer_message)', 'transient', ['450 4.7.1 <a@b.example>: Recipient address rejected: greylisting is active']),
  ...probe('mtpolicyd CtIpRep plugin (Commtouch IP reputation, reject_message / defer_message)', 'reputation', [
    '550 5.7.1 <a@b.example>: Recipient address rejected: delivery from 192.0.2.1 is rejected. Check at http://www.commtouch.com/Site/Resources/Check_IP_Reputation.asp. Reference code: 1234567890',
    '450 4.7.1 <a@b.example>: Recipient address rejected: delivery from 192.0.2.1 is deferred,repeatedly. Send again or check at http://www.commtouch.com/Site/Resources/Check_IP_Reputation.asp. Reference code: 1234567890',
  ]),
  ...probe('mtpolicyd RBLAction plugin (reject_message with the list\'s TXT record)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: delivery from 192.0.2.1 rejected (https://www.spamhaus.org/query/ip/192.0.2.1)']),
  ...probe('mtpolicyd GeoIPAction plugin (reject_message)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: delivery from CN (192.0.2.1) rejected']),
  ...probe('mtpolicyd DBL plugin (sender and reverse client name on a domain block list)', 'reputation', [
    '554 5.7.1 <a@b.example>: Recipient address rejected: sender rejected (a.example, https://www.spamhaus.org/query/dbl?domain=a.example)',
    '554 5.7.1 <a@b.example>: Recipient address rejected: reverse_client_name rejected (mail.a.example, https://www.spamhaus.org/query/dbl?domain=a.example)',
  ]),
  ...probe('mtpolicyd Honeypot plugin (an IP that sent to trap addresses)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: trapped by honeypod']),
  ...probe('mtpolicyd Quota plugin (an account\'s SMTP traffic quota)', 'transient', ['450 4.7.1 <a@b.example>: Recipient address rejected: smtp traffic quota has been exceeded']),
  // --- geoip-policyd: a login used from too many countries or addresses ---
  ...probe('geoip-policyd (compromised-account check, rejectText)', 'policy', ['554 5.7.1 <a@b.example>: Recipient address rejected: Policy violation. Please contact your support']),
  // --- nbari's policyd-rate-limit: a SASL user's sending windows ---
  ...probe('policyd-rate-limit (nbari, Rust) sending quota', 'transient', ['554 5.7.1 <s@a.example>: Sender address rejected: sending limit exceeded']),
  // --- rblpolicyd: the client IP on the configured DNS lists ---
  ...probe('rblpolicyd (server.c)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: Blocked through zen.spamhaus.org, bl.spamcop.net']),
  // --- go-policyd: recipients a day of a SASL user ---
  ...probe('go-policyd (thc2cat) daily recipient quota', 'transient', ['554 5.7.1 <a@b.example>: Recipient address rejected: max quota exceeded']),
  // --- tpolicyd (Portuguese sample rules) ---
  ...probe('tpolicyd rules.py, local IP block list (PLC-BLK)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: Rejeitado pelo sistema antispam (PLC-BLK)']),
  ...probe('tpolicyd rules.py, IP-literal HELO not the client\'s (PLC-HLO-1)', 'reputation', ['554 5.7.1 <a@b.example>: Recipient address rejected: Rejeitado pelo sistema antispam (PLC-HLO-1)']),
];

/** Replies counted apart from the new wording (reply → why), set before the run (header). */
export const STOCK_WORDING_25: ReadonlyMap<string, string> = new Map([
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: Policy violation. Please contact your support',
    "not held-out: set 15's Aruba 'policy violation' and comservice-ffo's 'Reject due to policy violations' carry the same words",
  ],
  [
    '554 5.7.1 <s@a.example>: Sender address rejected: sending limit exceeded',
    "not held-out: wording.test.ts's '550 5.4.5 Daily user sending limit exceeded.' (transient)",
  ],
]);

/** The first try's disagreements, each with what explain() said (pasted and in a DSN alike). */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: delivery from CN (192.0.2.1) rejected',
    'authentication (not-authorized): a bare X.7.1 refusal; "delivery from <country> (<IP>) rejected" is not read as the client refused',
  ],
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: trapped by honeypod',
    'authentication (not-authorized): "trapped by honeypod" has no reading; only mtpolicyd\'s code says the client IP hit a trap address (a meaning only the source gives)',
  ],
  [
    '450 4.7.1 <a@b.example>: Recipient address rejected: smtp traffic quota has been exceeded',
    'mailbox (mailbox-full): "quota … exceeded" read as the recipient\'s mailbox quota; "smtp traffic quota" is the sending account\'s',
  ],
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: max quota exceeded',
    'mailbox (mailbox-full): "max quota exceeded" read as a mailbox quota; only go-policyd\'s code says it is the sender\'s daily recipients (a meaning only the source gives)',
  ],
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: Rejeitado pelo sistema antispam (PLC-BLK)',
    'authentication (not-authorized): Portuguese "rejected by the anti-spam system" has no reading; the block list is only in the PLC-BLK code (a meaning only the source gives)',
  ],
  [
    '554 5.7.1 <a@b.example>: Recipient address rejected: Rejeitado pelo sistema antispam (PLC-HLO-1)',
    'authentication (not-authorized): as PLC-BLK; the HELO check is only in the PLC-HLO-1 code (a meaning only the source gives)',
  ],
]);

export const PROBES_25: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
