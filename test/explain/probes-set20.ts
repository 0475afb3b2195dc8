/**
 * Probe set 20 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error and help pages of a spam-filter vendor's forum (LogSat SpamFilter), universities
 * and schools (Texas Tech, TU Graz, Woodland schools), hosts and ISPs that run spamdyke (2Large
 * Networks, ICDSoft), German, Italian, Finnish, French, US and UK hosts', ISPs' and services' pages
 * (parrot-media, Utixo, Louhi, Gadz.org, Telserco, WaveHome, Ecenica), a French blog (Jean Boulanger),
 * personal mail servers' rejection pages (kloepfer.org, kropf.net) and Hitachi's Groupmax Mail-SMTP
 * manual, that no earlier set (1–19) used, each with its placeholders filled as set 19 does (a@b.example
 * for a recipient, s@a.example for a sender, mail.a.example / 192.0.2.1 for the client, b.example for
 * the receiving host, p@b.example for a contact address). Nothing was meant to be taken from the
 * labelled corpus, from any bounce parser's lists or samples, or from a page quoting them (MxToolbox's
 * provider bounceback list was passed over as a bounce-meaning list; so were the bounce-decoder sites
 * that explain codes, and Mailrelay's and SARE's bounce classes); review found one reply in the
 * labelled corpus and one page that reads as a copy of a bounce-classification list, both removed
 * after the run ("Left out after the run", below). As committed the set had 40 replies from 27
 * sources, fewer than 50: the pages found in the time given yielded no more replies that were neither
 * repeats nor without a stated meaning. It was committed in two steps, 24 replies (2354ccb) and then
 * 16 more (4376c96), both before explain() was run on any of them. After the run review found that
 * 17 of the 40 break the set's own rules (one source an earlier set's, one reply in the labelled
 * corpus, replies that are not a server's reply or are codes without their text, near-repeats, a page
 * copying bounce lists); they were removed for that reason, not for what explain() said of them
 * ("Left out after the run"). 23 replies of 17 sources are kept.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05; those whose replies were
 * all removed after the run are marked):
 * - LogSat SpamFilter ISP forum, "IP Blacklist Cache": https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127
 * - Texas Tech University TechMail KB0029071 (spam block list): https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071
 * - 2Large Networks (ZA), spamdyke messages: https://www.2large.co.za/spamdyke (also http://www.2large.co.za/spamdyke.html)
 * - ICDSoft KB, "Spamdyke, Graylisting": http://us2.icdsoft.com/en/kb/view/1420_spamdyke_graylisting_1
 * - parrot-media (DE), "Probleme beim Versenden oder Empfangen von E-Mails": https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/probleme-beim-versenden-oder-empfangen-von-e-mails/
 * - TU Graz (AT), "Fehlermeldungen und Erklärungen": https://email.tugraz.at/faq/errors
 * - kloepfer.org, mail block page: https://kloepfer.org/mailblock.html
 * - kropf.net, blocked mail page: http://kropf.net/no/
 * - Utixo / serverweb.net (IT), "WHM: Sender has an outgoing mail hold": https://shop.serverweb.net/index.php/knowledgebase/390/WHM-Sender-has-an-outgoing-mail-hold.html
 * - Louhi (FI), "Viestit eivät mene perille Googlen Gmail-osoitteisiin": https://tuki.louhi.fi/support/solutions/articles/22000282946-viestit-eiv%C3%A4t-mene-perille-googlen-gmail-osoitteisiin-mit%C3%A4-teen-
 * - Gadz.org (FR) documentation, provider filtering examples: https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015
 * - Telserco, "Throttling Sending": https://www.telserco.com/hosting-notices/throttling-sending/
 * - Jean Boulanger (FR blog), "Les mails 3 : pourquoi mon mail n'arrive pas": http://www.jeanboulanger.com/2019/11/27/les-mails-3-pourquoi-mon-mail-narrive-pas/
 * - EdTechWiki (Woodland schools), "SPAM Filter" (ASSP): http://www.edtechwiki.net/EdTechClassroom/SpamFilter
 * - WaveHome FAQ, "I am receiving an email stating that my message was not delivered": https://faq.wavehome.com/hc/en-us/articles/212374567-I-am-receiving-an-email-stating-that-my-message-was-not-delivered-
 * - Ecenica (UK), "Rejected TRUSTmanager in reply to MAIL FROM command": https://www.ecenica.com/support/answer/rejected-trustmanager-in-reply-to-mail-from-command/
 * - Hitachi Groupmax Mail - SMTP manual, "6.3 エラーメール": https://itpfdoc.hitachi.co.jp/manuals/3000/3000347460/c347460.epub
 * - removed after the run: Qboxmail Email Delivery (IT), "Sending errors": https://docs.qboxmail.com/en/email-delivery/gestione-del-servizio/errori-di-invio
 * - removed after the run: TransIP (BE/NL), "De 550-5.7.1 e-mail bouncemelding": https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding
 * - removed after the run: Mithi SecureMailFlow, "SpamTitan: mail blocked under attachment policy": https://helpcenter.mithi.com/support/solutions/articles/48001229377--securemailflow-spamtitan-mail-blocked-under-attachment-policy
 * - removed after the run: Sophos Central Email, "SMTP error codes": https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html
 * - removed after the run: backlink.name (TR), "SMTP 550 hata kodu ayrıntıları": https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari
 * - removed after the run: XMission postmaster, "Mail Rejection Codes": http://postmaster.xmission.com/senders/rejectcodes.php
 * - removed after the run: Calzada Media KB, "Message Undeliverable": https://www.calzadamedia.com/knowledgebase/kb11/message-undeliverable/
 * - removed after the run: University of Bristol IT services news, "University staff emails rejected": http://www.bristol.ac.uk/it-services/news/2014/postini11feb.html
 * - removed after the run: MyASP (JP), "なぜエラーメールになってしまったのか": https://docs.myasp.jp/?p=7044
 * (Umanix's bastion.umanix.net/info, from which one reply was first taken, is set 8's source, not a
 * new one; see "Left out after the run".)
 *
 * First try (on 4376c96, whose two commits held the labels and nothing else; core/explain as on
 * e5bc808, unchanged here), as `npm run eval:bounces -- --probes` reported it on all 40: whole
 * vocabulary 19/40 = 47.5 % as a pasted line and 19/40 = 47.5 % in a DSN with a generic status; grammar
 * only 19/40 = 47.5 % both ways (the fixed phrases read Umanix's "Dictionary attack detected", which
 * the grammar alone left unread, and read MyASP's "受信拒否されました(またはアドレスが存在しません)" as
 * the recipient's filter, which the grammar alone read as an unknown recipient, as its page says); on
 * the 30 replies then not marked stock 14/30 = 46.7 % both ways (grammar only 15/30 = 50.0 %); on the
 * 10 stock ones 5. On the 23 replies kept, as labelled before the run: 15/23 = 65.2 % pasted and in a
 * DSN, grammar only 15/23 = 65.2 % both ways (the two replies on which the grammar alone differed were
 * both removed); on the 17 kept that are not stock wording 12/17 = 70.6 % both ways (grammar only
 * 12/17); on the 6 stock ones 3. These are the set's held-out figures. No DSN reading differs from its
 * pasted one in category. One label was corrected after the run against its own page (below): with it,
 * 16/23 = 69.6 % both ways (grammar only 16/23); the reply is stock wording, so the new-wording figure
 * stays 12/17. Since cPanel/Exim's outgoing mail hold reads as the sending host's limit (sending-limit,
 * transient: expl22), 17/23 = 73.9 % both ways (grammar only 16/23), no longer held-out for that
 * wording; the reply is stock wording, so the new-wording figure stays 12/17. Since a sender
 * restricted for heavy usage reads as a rate limit and "delivery differed" as a delay (expl23: Telserco's
 * and Jean Boulanger's replies, both new wording), 19/23 = 82.6 % both ways (grammar only 16/23), 14/17
 * on new wording, no longer held-out for those two wordings. The floors in probes-set20.test.ts are 19
 * and 14, the figures as the set now stands.
 * Of the 17 removed, 13 disagreed at first try and 4 agreed (backlink.name's two, TransIP's spam text
 * and Umanix's dictionary attack); what the first try's figures counted as the weak side, bare vendor
 * codes (all 6 disagreed; "without them 19/34 = 55.9 %"), is gone with them. The weak side at the first
 * run: a sending server's own holds and throttles (Utixo's outgoing mail hold, Telserco's "restricted
 * due to heavy usage": both disagreed, as other). Utixo's hold reads since expl22 (sending-limit), no
 * longer held-out; Telserco's throttle reads since expl23 (rate-limited, transient), no longer
 * held-out either. The 6 disagreements of the 23 are listed at
 * the end with what explain() said and why: 4 are meanings only the vendor's page gives (spamdyke's
 * "You are not following the SMTP protocol" for its early-talker check; parrot-media's "can't create
 * user output file" for a full mailbox; Gadz.org's "550 Denied by policy" for spam or a virus;
 * Ecenica's "Rejected - TRUSTmanager" for the recipient's block of the sender's domain) and 2 are
 * wordings no reading covered (Telserco's "restricted due to heavy usage", the misspelt "Delivery
 * differed/momentarily suspended"; both read since expl23, so 4 remain). One of them is stock wording
 * (parrot-media's "can't create user output file"); Utixo's hold, the other stock reply, was a seventh
 * until expl22.
 *
 * Label corrected after the run, against its own page (not for what explain() said): parrot-media's
 * "Anonymous client does not have permissions to send as this sender" was labelled relay, after the
 * "relay not permitted!" the page prints on the same line. The page's reason for it is "Es wurde
 * versucht, ohne Login-Informationen über einen Server zu senden, der eine Anmeldung erfordert" (an
 * attempt to send without login details through a server that requires a login), which by this set's
 * own conventions ("SMTP AUTH required is authentication"; "where a page says why, its reason wins")
 * is authentication; "relay not permitted!" is another server's wording printed beside it, and the
 * Exchange words carry no relay refusal. It is now labelled authentication, and agrees (it disagreed
 * at first try, read as smtp-auth-required).
 *
 * Labels a reviewer may question (kept as labelled): Telserco's "Your IP address has been restricted
 * due to heavy usage." is labelled transient (the host's own throttling), but is arguable: the page's
 * only fix is "To resolve this, enable SMTP authentication in your email client to send mail.", and
 * under the convention this set's parrot-media correction applies (above: a refusal whose working fix
 * is logging in is filed under SMTP AUTH; this note first cited probes.ts:397, which is labelled relay,
 * its note describing explain()'s reading, not the label) authentication fits too; explain() said
 * other at the first run, and reads it rate-limited (transient, the label) since expl23. Gadz.org's "550 Denied by policy" (content) is disputed: the label follows the
 * page's table, which files Alstom's reply under "SPAM ou VIRUS", but that column is a third party's
 * grouping on a page marked "Procédure en cours de rédaction" (still being written), not Alstom's own
 * statement, and policy is as defensible.
 * Ecenica's "Rejected - TRUSTmanager" (policy) could be read as reputation too: the page says the
 * recipient's Clearswift gateway "is misconfigured to block email from your domain" and then talks of
 * sender reputation.
 *
 * Near other sets' words (kept): LogSat's "421 Your IP is temporarily blocked, please try again later"
 * is close to probes.ts:252's "421 4.7.0 Your IP address is temporarily blocked" (different enough for
 * the repeat rule, but not new in meaning). spamdyke: no earlier set drew on spamdyke as a source, but
 * two earlier replies are spamdyke's text: set 4's sitepackage.de CompuServe reply ("554 Refused. Your
 * reverse DNS entry contains your IP address and a country code.") and probes.ts:245's "554 Refused.
 * Your IP address is listed in the RBL at zen.spamhaus.org" (spamdyke's DENIED_RBL_MATCH). No set-20
 * reply repeats either, but the spamdyke replies (2Large, ICDSoft) are less new than their pages are.
 *
 * Stock wording (chosen by where the words come from, before any run). These kept replies are written
 * on their pages but are the stock text of software the earlier sets already used as a source, so they
 * are not held-out wording: parrot-media's "Anonymous client does not have permissions to send as this
 * sender" (Exchange's) and "can't create user output file" (Sendmail's local delivery error, also in
 * bounce parsers' lists, found by review: sisimai's SystemError index and a PHP bounce rule list; it
 * is sendmail's sysexits text); TU Graz's "451 4.1.8 Domain of sender address … does not resolve"
 * (Sendmail's check_mail); Utixo's "Sender … has an outgoing mail hold." (cPanel/WHM's); Louhi's Gmail
 * "550 5.7.26 This mail is unauthenticated, …" (Gmail's); the Woodland schools' "Mail appears to be
 * unsolicited -- report errors to …" (ASSP's, set 15's source; "Mail appears to be unsolicited" is
 * also in a PHP bounce rule list). Four more were marked stock before the run and are among the removed
 * (Umanix's "Dictionary attack detected", TransIP's two Gmail texts, Calzada Media's NDR heading). The
 * spamdyke replies are not marked (see "Near other sets' words").
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions (set 19's list): an unknown recipient or a full mailbox is mailbox; a sender domain that
 * does not resolve is policy (as set 4's onesystems.ch and set 9's Jacobs "Sender address rejected:
 * Domain not found"); a recipient address open only to invited senders is policy; SMTP AUTH required
 * is authentication (as Haraka's, aiosmtpd's and hMailServer's in earlier sets); a sending provider's
 * own limits and holds are transient; a refused client host or IP (block list, reverse DNS, a protocol
 * violation such as talking early) is reputation; a spam verdict on the message is content. Where a
 * page says why, its reason wins over the words: LogSat's "Your IP is temporarily blocked" is an IP
 * that sent spam (reputation); 2Large's "You are not following the SMTP protocol" is spamdyke's
 * early-talker refusal (DENIED_EARLYTALKER, reputation as set 11's qpsmtpd earlytalker); parrot-media's
 * "can't create user output file" is its "mailbox is full (quota exceeded)" line (mailbox) and its
 * "Anonymous client does not have permissions to send as this sender" is sending without a login
 * through a server that requires one (authentication, as corrected after the run, above); Utixo's
 * outgoing mail hold is its own block after many failed or deferred sends in an hour, lifted
 * automatically (transient); Gadz.org files Alstom's "550 Denied by policy" under spam or virus
 * (content, disputed, above); Telserco's "restricted due to heavy usage" is its own throttling of
 * sending (transient, arguable, above); Jean Boulanger's "Delivery differed/momentarily suspended"
 * (misspelt) is a delivery not made in reasonable time that the server will retry (transient); the
 * Woodland schools' ASSP refusal is mail judged more like spam than the district's own mail (content);
 * WaveHome's "Unknown mailbox" and "Account over quota" (mailbox); Ecenica's "Rejected - TRUSTmanager"
 * is the recipient's Clearswift gateway set to block mail from the sender's domain (policy, as a sender
 * on the recipient's own block list); Hitachi's "Conversion failer : Recipients-Information is not
 * available." is an invalid envelope recipient (mailbox).
 *
 * Left out after the run (found by review; each for the set's own rule, not for what explain() said
 * of it; "miss" or "agreed" is the first try's reading against the label as committed):
 * - Umanix's "Dictionary attack detected" (reputation; agreed): bastion.umanix.net/info is set 8's
 *   source (probes.ts, "Baruwa gateway's published rejection table"), so it is not a source no earlier
 *   set used; its other rows were already left out as set 8's repeats.
 * - Calzada Media's "Your message did not reach some or all of the intended recipients." (transient;
 *   miss): word for word in the labelled corpus (bounces/mail/lhost-exchange2003-04.eml, labelled
 *   policy / filtered there), which the set takes nothing from; it is also Exchange's generic NDR
 *   heading, whose words carry no cause.
 * - Mithi's "Blocked BANNED" (policy; miss): a delivery status in SpamTitan's admin console ("The
 *   delivery status of inbound mail shows as 'Blocked BANNED'"; the mail is quarantined), not a reply
 *   any sender gets.
 * - MyASP's "受信拒否されました(またはアドレスが存在しません)" and
 *   "配信先のメールボックス容量不足のため一時的に受信できません" (mailbox; both misses): MyASP's own
 *   reasons in its error-mail list (理由1 / 理由2), a mailing service's bounce classification, which
 *   this set's rule leaves out as it left out SARE's and Mailrelay's bounce classes (the page shows the
 *   receiving server's own text separately).
 * - Sophos Central's XGEMAIL_0002 and XGEMAIL_0004, XMission's XM-RJCT03 and XM-RJCT06, Qboxmail's
 *   err=ip_not_allowed and err=daily_limit_reached (all misses): vendor codes without the reply text,
 *   which set 17's header (probes-set17.ts) already left out, naming Sophos Central's XGEMAIL codes and
 *   Qboxmail's "err=…" tokens; this set took them in without saying so.
 * - TransIP's two Gmail texts, "Our system has detected that this message is likely unsolicited mail
 *   (SPAM). To reduce the amount of spam, this message has been blocked." (content; agreed) and "This
 *   message does not have authentication information or fails to pass authentication checks. To best
 *   protect our users from spam, the message has been blocked." (authentication; miss): near-repeats of
 *   probes.ts's Gmail replies "550 5.7.1 Our system has detected that this message is likely unsolicited
 *   mail." and "550 5.7.26 This message does not have authentication information or fails to pass
 *   authentication checks (SPF or DKIM).", with only Gmail's next sentence added, close to the rule
 *   below (the same words with only a code or tag added).
 * - Hitachi's "Delivary Report(Failer)" (mailbox; miss): the subject line of Groupmax's error mail, not a
 *   reply, and Hitachi's later manual (3020/30203D13C0 §6.4.11) gives four causes for "Delivery Report
 *   (failure)", two of them transient, so its page gives no one meaning.
 * - Bristol's "rejected by the relay" (reputation; miss): a fragment the page says a message "may
 *   include", not a reply.
 * - backlink.name's "550 Recipient Rejected: No account by that name here" and "550 This user's mailbox
 *   is full (a@b.example) - Try again later" (mailbox; both agreed): the page is an unsourced list of 550
 *   texts in near-alphabetical order ("No such person at this address", "No such recipient here", "No
 *   Such User Here", "permanent failure for one or more recipients", …, "sorry, no mailbox here by that
 *   name (#5.1.1)", …, "Unknown user", "unrouteable address") with a Turkish gloss each, and it reads as
 *   a copy of bounce-classification lists: "550 Recipient Rejected: No account by that name here" is a
 *   verbatim entry of a PHP bounce classifier's rule list, beside "550 No such person at this address",
 *   "550 Unknown user" and "550 sorry, no mailbox here by that name", all on this page, and "no account
 *   by that name here" is in sisimai's user-unknown indexes. The set takes nothing from a page quoting
 *   bounce parsers' lists.
 *
 * Left out as repeats of earlier sets (the same words, other placeholders, or only a code or tag
 * added): Texas Tech's "550 5.7.1 Message rejected as spam by Content Filtering." (set 6's Exchange
 * content filter); TU Graz's "451 4.7.1 Greylisting in action - please come back in 00:03:00" (set
 * 12's milter-greylist); parrot-media's "Mailbox is disabled" (a piece of set 5's Yahoo "This mailbox is
 * disabled"); LWS's "Mailbox disabled, not accepting messages." (set 2's); asahi-net's "Invalid User"
 * (set 8's "invalid user"); Umanix's "The sender 192.0.2.1 is banned" and "Restricted characters in
 * address" (set 8's Baruwa); TransIP's "Unfortunately, messages from [192.0.2.1] weren't sent. …
 * on our block list (S3140)." (set 5's Outlook.com OU-002, only a tag added); pasokon360's "550 5.4.1 –
 * Recipient address rejected: Access denied" (set 2's Microsoft 365 reply less its tag); Jean
 * Boulanger's "Message file too big" (set 16); ixirhost's "Mailbox quota exceeded" (set 14's
 * AccuWebHosting reply); moneytimes.jp's "550 Unknown user" (set 1's hMailServer reply, though its page
 * gives the recipient's filter settings as the cause); SPPD's "550 Relaying denied.(F-Secure/…)" (set
 * 11's qpsmtpd "550 Relaying denied (#5.7.1)", another tag); XMission's "550-XM-RJCT01: Account <…>
 * does not exist." (set 1's IceWarp "Account does not exist", a tag added); ProLinux's "The message
 * was rejected because it contains prohibited virus or spam content" (set 2's). Also left out: GMX,
 * Virgilio, Libero, STRATO, Interia, Mail.ru, GoDaddy, Rackspace, Bluehost and other providers earlier
 * sets used; Edinburgh's, UT Austin's and ProLinux's pages (the stored copies give no reply text with
 * its meaning); SARE's bounce classes (a mailing service's bounce processing list).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- a spam filter's temporary IP ban, a university's block-list refusal ---
  ...probe('LogSat SpamFilter forum (IP blacklist cache)', 'reputation', ['421 Your IP is temporarily blocked, please try again later']),
  ...probe('Texas Tech TechMail spam block list', 'reputation', ['550 550 5.7.1 Email rejected because the IP address 192.0.2.1 has been listed by an Internet spam block list [1].']),
  // --- spamdyke, as two hosts publish it ---
  ...probe('2Large Networks (ZA) spamdyke messages', 'reputation', [
    'Refused. Your IP address is blacklisted.',
    'Refused. Your reverse DNS entry does not resolve.',
    'Refused. You are not following the SMTP protocol.',
  ]),
  ...probe('2Large Networks (ZA) spamdyke messages', 'authentication', ['Refused. Authentication is required to send mail.']),
  ...probe('ICDSoft KB spamdyke', 'reputation', ['554 Refused. You have no reverse DNS entry.']),
  // --- German and Austrian pages ---
  // labelled relay before the run; corrected to authentication after it, against its own page (see the header)
  ...probe('parrot-media (DE) returned mail', 'authentication', ['Anonymous client does not have permissions to send as this sender']),
  ...probe('parrot-media (DE) returned mail', 'mailbox', ["can't create user output file"]),
  ...probe('TU Graz (AT) error messages', 'policy', ['451 4.1.8 Domain of sender address s@a.example does not resolve']),
  // --- personal mail servers' rejection pages ---
  ...probe('kloepfer.org mail block page', 'reputation', ['Server 192.0.2.1 blocked due to being listed in Spamhaus SBL']),
  ...probe('kloepfer.org mail block page', 'policy', ['Not permitted to send to this address; contact p@b.example']),
  ...probe('kropf.net blocked mail page', 'reputation', ['Your mail server is Blacklisted.']),
  // --- an Italian host's own hold ---
  ...probe('Utixo / serverweb.net (IT) outgoing mail hold', 'transient', ['Sender s@a.example has an outgoing mail hold.']),
  // --- a Finnish host's Gmail example, a French alumni site's examples ---
  ...probe('Louhi (FI) Gmail SPF bounce', 'authentication', [
    '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for a.example did not pass with ip: 192.0.2.1. The sender should visit https://support.google.com/mail/answer/81126#authentication for instructions on setting up authentication.',
  ]),
  ...probe('Gadz.org (FR) provider filtering examples', 'content', ['550 Denied by policy']),
  // --- a host's throttling, a French blog's delay, an ISP's FAQ ---
  ...probe('Telserco throttling notice', 'transient', ['Your IP address has been restricted due to heavy usage.']),
  ...probe('Jean Boulanger (FR) why mail does not arrive', 'transient', ['Delivery differed/momentarily suspended']),
  ...probe('WaveHome FAQ message not delivered', 'mailbox', ['Unknown mailbox', 'Account over quota']),
  // --- schools' and a gateway's refusals ---
  ...probe('Woodland schools EdTechWiki (ASSP) spam filter', 'content', ['Mail appears to be unsolicited -- report errors to postmaster@b.example']),
  ...probe('Ecenica (UK) Clearswift TRUSTmanager rejection', 'policy', ['Rejected - TRUSTmanager']),
  // --- a groupware gateway's error mail ---
  ...probe('Hitachi Groupmax Mail-SMTP error mail', 'mailbox', ['Conversion failer : Recipients-Information is not available.']),
];

/**
 * The first try's disagreements among the replies kept (run on 4376c96, whose commits held the labels
 * and nothing else; core/explain as on e5bc808), each with what explain() said and why. Labels are not
 * changed by this list. parrot-media's "Anonymous client …", a first-try miss against its label as
 * committed (relay; explain() said authentication, smtp-auth-required), agrees since its label was
 * corrected (header); the removed replies' notes went with them (header, "Left out after the run").
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['Refused. You are not following the SMTP protocol.', 'other (unrecognised-input; refused-unspecified in a DSN): the words say only that the client broke the protocol; only 2Large\'s table says it is spamdyke\'s early-talker refusal (DENIED_EARLYTALKER, reputation)'],
  ["can't create user output file", 'transient (remote-system-error): the words are a local delivery failure; only parrot-media\'s page files it with "mailbox is full (quota exceeded)" (mailbox)'],
  ['Sender s@a.example has an outgoing mail hold.', 'other (unrecognised-input; refused-unspecified in a DSN): "has an outgoing mail hold" (the sending server\'s own hold after failed or deferred sends, transient) has no reading'],
  ['550 Denied by policy', 'policy (policy-rejection): a bare policy refusal; only Gadz.org\'s page files it under spam or virus (content)'],
  ['Your IP address has been restricted due to heavy usage.', 'other (unrecognised-input; refused-unspecified in a DSN): "restricted due to heavy usage" (the sending server\'s throttling, transient) has no reading'],
  ['Delivery differed/momentarily suspended', 'other (unrecognised-input; refused-unspecified in a DSN): "differed" (misspelt on the page for deferred) and "momentarily suspended" (a delay the server will retry, transient) have no reading'],
  ['Rejected - TRUSTmanager', 'other (unrecognised-input; refused-unspecified in a DSN): a gateway\'s name; only Ecenica\'s page says the recipient\'s Clearswift gateway blocks the sender\'s domain (policy)'],
]);

/**
 * The replies that are stock strings of software the earlier sets drew from, with whose they are (the
 * header's "Stock wording"); the floor test pins agreement on the rest too.
 */
export const STOCK_WORDING_20: ReadonlyMap<string, string> = new Map([
  [
    '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for a.example did not pass with ip: 192.0.2.1. The sender should visit https://support.google.com/mail/answer/81126#authentication for instructions on setting up authentication.',
    "Gmail's 5.7.26 authentication text (earlier sets: Gmail)",
  ],
  ['Mail appears to be unsolicited -- report errors to postmaster@b.example', "ASSP's spam refusal (set 15: ASSP)"],
  ['Anonymous client does not have permissions to send as this sender', "Exchange's anonymous-submission refusal (earlier sets: Exchange)"],
  ["can't create user output file", "Sendmail's local delivery error (earlier sets: Sendmail)"],
  ['451 4.1.8 Domain of sender address s@a.example does not resolve', "Sendmail's check_mail (earlier sets: Sendmail)"],
  ['Sender s@a.example has an outgoing mail hold.', "cPanel/WHM's outgoing mail hold (earlier sets: cPanel)"],
]);

export const PROBES_20: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
