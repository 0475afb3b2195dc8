/**
 * Probe set 15 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error tables, knowledge-base pages and changelogs of mail filters, hosting providers and
 * ISPs that no earlier set (1–14) used, each with its placeholders filled (a@b.example, 192.0.2.1, a
 * made-up session id). Nothing comes from the labelled corpus, from any bounce parser's lists or
 * samples, or from a page quoting them.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05; no GitHub source was used):
 * - Titan Email, "Understanding Incoming Email Reject Codes": https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes
 * - Hornetsecurity (antispameurope) classification codes, as EveryCloud's KB lists them: https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
 * - Kerio Connect, "Outbound Email Delivery Troubleshooting" (set 1 used one Kerio reply from elsewhere; this page, its two replies, no set used): https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article
 * - ASSP (Anti-Spam SMTP Proxy) on cPanel hosting, maxclicksonline KB 10095: https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095
 * - Aruba Business (IT) common errors: https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta
 * - Aruba PEC (IT) common errors: https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx
 * - MXroute changelog, "Adjustments to outbound rejections": https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432
 * - KAGOYA (JP) error-mail FAQ: http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja
 * - Hosting Ace (tiki.ne.jp, JP) mail FAQ: http://www.tiki.ne.jp/ace/faq/mail.html
 * - eomatica (GL/ES) frequent sending errors: https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html
 * - ARENA mail hosting (JP) help: https://help.arena.ne.jp/hc/ja/articles/360038694154
 * - szhot help (CN), keyword "disabled": http://help.szhot.com/text_show.php?id=170
 * - PSCS VPOP3 wiki, "550 5.7.1 Recipient Prohibited (x)": https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x
 * - g-wip help (JP), 550-series error mail: http://help.g-wip.com/cat-285/550550.html
 * - Gandi postmaster troubleshooting: https://postmaster.gandi.net/
 * - comservice-ffo (DE) SMTP error table: https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/
 * - cyon (CH), "SMTP error 550": https://www.cyon.ch/support/a/smtp-error-550
 * - VirusFree.cz FAQ: https://www.virusfree.cz/en/faq
 * - InfoSphere (JP) sending notes: http://www.sphere.ne.jp/support/news/2006/07/000027.html
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions: an unknown domain is mailbox, a full or disabled mailbox is mailbox (4xx too), a refused
 * sender address is policy (also one that differs from the logged-in account, as set 10's James
 * reply), a size or attachment refusal is policy, a refused relay is relay, a loop, greylisting, a
 * sending-rate limit and too many recipients are transient, a refused client IP or an IP the page
 * says has a poor reputation is reputation, a protocol error is other. Where a page says why, its
 * reason wins over the words: Aruba Business's "spam detected" is, by the page, mail that many
 * recipients reported as spam (the sender's reputation, not this message's content), and its "policy
 * violation" a temporary refusal for sending too many messages (a rate limit); Gandi's "Reject for
 * policy reason. RULEn_n" is, by its table, a virus (1_1), phishing (2_1), a scam (2_2) or a high spam
 * score (3_2); comservice-ffo's "421 Reject due to policy violations" an IP blocked for a poor delivery
 * rate (reputation); cyon's "550 5.1.0 Adress Rejected" the recipient's block of the sender (policy).
 * Left out as repeats of earlier sets (the same words, other placeholders): Titan's quota, user-unknown
 * and Barracuda-list replies, Aruba hosting's "user is over quota", MXroute's "Your access to submit
 * messages…", g-wip's "550 Relaying Denied", eomatica's "452 Too many recipients", "452 … insufficient
 * system storage" and "550 #5.1.0 Address rejected", szhot's "User … is disabled", cyon's "550
 * Administrative Prohibition". Also left out: Titan's
 * "554 5.7.1 <…>: Relay access denied" (the page glosses it as an unknown recipient, the words say a
 * relay refusal: the two disagree), Aruba PEC's temporary IP block (the page's reason is cut off in
 * the stored copy), and the Chinese "sina" reply list (it repeats Coremail's, set 7).
 *
 * First try (on bb98b66, the set committed before any run; core/explain as on main 37e2657, unchanged
 * here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 31/50 = 62.0 % as a pasted
 * line and 31/50 = 62.0 % in a DSN with a generic status; grammar only 29/50 = 58.0 % both ways (the
 * grammar alone also misses "You are not allowed to connect" and "<…>: temporary failure", which fixed
 * phrases read). The 19 disagreements are listed at the end with what explain() said and why: 7 are
 * pages' own readings the words do not carry (Gandi's four "Reject for policy reason. RULEn_n", Aruba's
 * "spam detected" and "policy violation", comservice-ffo's "Reject due to policy violations"), 4 more
 * where the page and the words part (ASSP's X.7.2, ARENA's client-host refusal, cyon's "Adress
 * Rejected", Aruba PEC's two-cause Italian reply), and 8 wordings no reading covers (a multi-recipient
 * bounce, "Content Filter Size", a loop under an X.5.x code, "overdrawn … quota" before retry words,
 * "is now disabled" with no subject, "Recipient Prohibited", "refused by the scanner", "can't accept
 * user" under X.7.1).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';


const LABELLED: readonly Probe[] = [
  // --- Titan Email's incoming reject codes ---
  ...probe('Titan Email incoming reject codes', 'other', ['550 5.5.1 Protocol error']),
  ...probe('Titan Email incoming reject codes', 'policy', ['550 5.7.27 <s@a.example>: Sender address rejected: Domain a.example does not accept mail (nullMX)']),
  // --- Hornetsecurity (antispameurope) classification codes ---
  ...probe('Hornetsecurity classification codes (EveryCloud KB)', 'mailbox', [
    '550 5.1.1 Recipient address rejected: undeliverable address',
    '554 5.7.1 unknown domain or unknown recipient (LDAP check)',
  ]),
  ...probe('Hornetsecurity classification codes (EveryCloud KB)', 'policy', [
    '550 5.5.3 Recipient address rejected: Multi-recipient bounce',
    '554 5.5.3 e-mail Rejected Content Filter Size',
    '554 5.5.7 e-mail Rejected Content Attachment',
  ]),
  ...probe('Hornetsecurity classification codes (EveryCloud KB)', 'reputation', ['554 5.5.4 Spam IP rejected']),
  ...probe('Hornetsecurity classification codes (EveryCloud KB)', 'content', [
    '554 5.5.5 e-mail Rejected Spam',
    '554 5.6.1 Spam Header rejected',
    '554 5.6.3 Spam Body rejected',
    '554 5.6.4 Virus E-Mail Blocked',
  ]),
  ...probe('Hornetsecurity classification codes (EveryCloud KB)', 'transient', ['554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer']),
  // --- Kerio Connect's outbound troubleshooting article ---
  ...probe('Kerio Connect outbound troubleshooting', 'transient', ['Result: delayed, Status: 4.4.1 Cannot connect to host']),
  ...probe('Kerio Connect outbound troubleshooting', 'relay', ['550 5.7.1 Relaying is denied']),
  // --- ASSP on cPanel hosting ---
  ...probe('ASSP bounces (maxclicksonline KB)', 'reputation', ['554 5.7.2 Service denied, closing transmission channel (a1b2c3d4)']),
  ...probe('ASSP bounces (maxclicksonline KB)', 'content', [
    '554 5.7.1 Mail (a1b2c3d4) appears to be unsolicited - resend with the code 12345 appended to subject and ask to have your email whitelisted.',
    '554 5.7.1 Mail appears infected with Eicar-Test-Signature -- disinfect and resend.',
  ]),
  ...probe('ASSP bounces (maxclicksonline KB)', 'transient', ['451 4.7.1 Please try again later']),
  ...probe('ASSP bounces (maxclicksonline KB)', 'policy', ['500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.']),
  // --- Aruba (IT): hosting, Business and PEC guides ---
  ...probe('Aruba Business common errors (IT)', 'reputation', ['552 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected']),
  ...probe('Aruba Business common errors (IT)', 'transient', ['iemL1p01Z0hMcT901emQ77 policy violation']),
  ...probe('Aruba PEC common errors (IT)', 'policy', [
    'Sender address rejected: not logged in',
    '554 a@b.example: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
  ]),
  // --- MXroute: replies it found to be IP reputation ---
  ...probe('MXroute changelog (outbound rejections)', 'reputation', ['You are not allowed to connect']),
  // --- Japanese hosts ---
  ...probe('KAGOYA error-mail FAQ (JP)', 'mailbox', [
    '<a@b.example>: maildir delivery failed: error writing message: Disk quota exceeded',
    "<a@b.example>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
  ]),
  ...probe('KAGOYA error-mail FAQ (JP)', 'policy', ['<a@b.example>: message size 5545579 exceeds size limit 4310016 of server mail.b.example[192.0.2.1]']),
  ...probe('Hosting Ace mail FAQ (JP)', 'mailbox', ['452 sorry, mailbox is full (#4.5.2)']),
  ...probe('Hosting Ace mail FAQ (JP)', 'policy', ['552 sorry, that message size exceeds my databytes limit (#5.3.4)']),
  ...probe('ARENA mail hosting help (JP)', 'relay', ['554 5.7.1 <a@b.example>: Client host rejected: Access denied']),
  ...probe('ARENA mail hosting help (JP)', 'transient', ['<a@b.example>: temporary failure']),
  ...probe('g-wip 550-series error mail (JP)', 'mailbox', ['550 Host unknown']),
  // --- eomatica (Galician / Spanish) ---
  ...probe('eomatica frequent sending errors (GL/ES)', 'transient', ['421 Your address has been graylisted. Try again later.']),
  // --- szhot (CN): a disabled account ---
  ...probe('szhot help, keyword "disabled" (CN)', 'mailbox', ['550 is now disabled with SMTP service.']),
  // --- PSCS VPOP3: an SMTP rule refuses the recipient ---
  ...probe('PSCS VPOP3 wiki', 'policy', ['550 5.7.1 Recipient Prohibited (3)']),
  // --- Gandi's postmaster page: each RULE names what the filter found ---
  ...probe('Gandi postmaster troubleshooting', 'content', ['Reject for policy reason. RULE1_1', 'Reject for policy reason. RULE2_1', 'Reject for policy reason. RULE2_2', 'Reject for policy reason. RULE3_2']),
  ...probe('Gandi postmaster troubleshooting', 'transient', ['Greylisted for 300 seconds']),
  ...probe('Gandi postmaster troubleshooting', 'reputation', ['blocked using sbl-xbl.spamhaus.org']),
  // --- comservice-ffo (DE) SMTP error table ---
  ...probe('comservice-ffo SMTP error table (DE)', 'reputation', ['421 Reject due to policy violations']),
  ...probe('comservice-ffo SMTP error table (DE)', 'transient', ['421 Rate limit reached. Please try again later']),
  // --- cyon (CH) "SMTP error 550" ---
  ...probe('cyon SMTP error 550 (CH)', 'policy', ['550 5.1.0 Adress Rejected', '550 5.7.0 Message Size Violation']),
  ...probe('cyon SMTP error 550 (CH)', 'content', ['550 Quarantined/Spam']),
  // --- VirusFree.cz FAQ ---
  ...probe('VirusFree.cz FAQ', 'content', ['554 Message refused by the scanner']),
  ...probe('VirusFree.cz FAQ', 'transient', ['421 Service temporarily not available']),
  // --- InfoSphere (JP): a mistyped or cancelled InfoSphere address ---
  ...probe('InfoSphere sending notes (JP)', 'mailbox', ["550 can't accept user... (#5.7.1)"]),
];

/**
 * The first try's disagreements (run on bb98b66, whose commit held the labels above and nothing
 * else; core/explain as on main 37e2657), each with what explain() said and why. Labels are not
 * changed by this list: it only states the reason, so eval-bounces prints it.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ["550 5.5.3 Recipient address rejected: Multi-recipient bounce", "transient (rate-limited): \"multi-recipient\" reads as too many recipients; no reading for a bounce (null sender) sent to more than one recipient, which Postfix's reject_multi_recipient_bounce refuses as a format of the sender"],
  ["554 5.5.3 e-mail Rejected Content Filter Size", "content (spam-content; the grammar alone: rate-limited): \"content filter\" reads as a spam verdict and the trailing \"Size\" is not read as a size limit"],
  ["554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer", "other (smtp-protocol-error): the X.5.6 code decides before the words; \"loop detection\" is not read when a vendor files a loop under an X.5.x code"],
  ["554 5.7.2 Service denied, closing transmission channel (a1b2c3d4)", "policy (group-posting-refused): RFC 3463's X.7.2 is mailing-list expansion; ASSP uses it for a refused client IP, which only its page says (the words name no IP or list)"],
  ["552 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected", "content (spam-content): the words say spam; only Aruba's page says it is the sender's complaint rate (reputation)"],
  ["iemL1p01Z0hMcT901emQ77 policy violation", "policy (policy-rejection): the words say a policy violation; only Aruba's page says it is a temporary sending-rate limit"],
  ["554 a@b.example: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata", "mailbox (unknown-recipient): \"destinatario sconosciuto\" is read; the alternative the page names as the usual cause, a PEC box not enabled to receive uncertified mail, is not"],
  ["<a@b.example>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.", "transient (delivery-delayed; delivery-expired in a DSN): the retry words win; \"overdrawn … quota\" is not read as a quota exceeded"],
  ["554 5.7.1 <a@b.example>: Client host rejected: Access denied", "reputation (client-blocked): Postfix's client-host wording reads as a blocked IP; ARENA's page says its server answers so to unauthenticated relaying, which the words do not say"],
  ["550 is now disabled with SMTP service.", "other (refused-unspecified): \"is now disabled\" has no subject here (the page's reply drops the address), and a disabled account is read only with one"],
  ["550 5.7.1 Recipient Prohibited (3)", "authentication (not-authorized): X.7.1 with \"prohibited\" reads as not authorised; \"recipient prohibited\", a recipient refused by a local rule, is not read as policy"],
  ["Reject for policy reason. RULE1_1", "policy (policy-rejection): the words say policy; only Gandi's table says RULE1_1 is a virus"],
  ["Reject for policy reason. RULE2_1", "policy (policy-rejection): the words say policy; only Gandi's table says RULE2_1 is phishing"],
  ["Reject for policy reason. RULE2_2", "policy (policy-rejection): the words say policy; only Gandi's table says RULE2_2 is a scam"],
  ["Reject for policy reason. RULE3_2", "policy (policy-rejection): the words say policy; only Gandi's table says RULE3_2 is a high spam score"],
  ["421 Reject due to policy violations", "policy (policy-rejection): the words say policy; only the page says it is an IP blocked for a poor delivery rate"],
  ["550 5.1.0 Adress Rejected", "mailbox (unknown-recipient): X.1.0 with \"address rejected\" reads as a bad address (as set 1's IronPort reply, labelled mailbox); cyon's page says the recipient blocks the sender"],
  ["554 Message refused by the scanner", "other (refused-unspecified): \"refused by the scanner\" is not read as a content scanner's refusal"],
  ["550 can't accept user... (#5.7.1)", "authentication (not-authorized): the X.7.1 code decides; \"can't accept user\" (InfoSphere: a mistyped or cancelled address) is not read as a refused recipient"],
]);

export const PROBES_15: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
