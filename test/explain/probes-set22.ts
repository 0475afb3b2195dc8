/**
 * Probe set 22 (issue 11): a held-out proxy for unseen mail servers. Labelled and committed (1686d80)
 * in one session by someone who did not read core/explain/, reviewed against its pages and trimmed
 * (c04499c) in the next, both before anyone ran explain(), eval-bounces, bench-explain or any test on
 * these replies; then run once (the first try, below).
 *
 * Replies written from the published error, help and block pages of a university's mail relay and
 * submission services (Oxford), a university's mail gateway page (Kentucky), a Latvian mail service
 * (Inbox.lv), a Chinese provider's two mail products (Alibaba Mail and Alibaba Cloud DirectMail, both
 * read from stored mirrors of Alibaba Cloud's help pages), a mail server vendor's knowledge base
 * (Gordano GMS), UK and US hosts' KB articles (a1webhosts, HostBuddy, SSM), a Hong Kong mail service's
 * anti-spam page (Mailme), that no earlier set (1–21) used, each with its placeholders filled as sets
 * 19–21 do (a@b.example for a recipient, s@a.example for a sender, 192.0.2.1 for the client,
 * b.example for the receiving host). Nothing was meant to be taken from the labelled corpus, from any
 * bounce parser's lists or samples, or from a page quoting them (one kept reply's words turned up in
 * a PHP bounce classifier's rule list when checked for stock wording; see "Stock wording").
 *
 * As committed the set has 22 replies from 9 operators (11 source pages: Oxford's relay and submission
 * pages and Alibaba's two products are named apart), well short of the 30–50 of 20+ sources aimed at:
 * most pages the search tool returned were earlier sets' sources, or generic copies of the RFC code
 * list, or broke one of the checks (a)–(e) below, and were passed over ("Passed over before the run",
 * below). 8 of the 22 are marked stock wording (below), so the set's new wording is 14 replies of 8
 * operators. Category spread as labelled: reputation 7, authentication 4, mailbox 3, policy 3,
 * transient 3, content 2, relay 0.
 *
 * Review before the run (review-p22, 2026-12-05; read-only, it ran nothing and did not read
 * core/explain): three replies removed and one more marked stock BEFORE any run, for the set's own
 * rules, not for what explain() would say (nobody had run it):
 * - removed SSM's "554 5.7.1 <a@b.example>: End-of-data rejected: user not permitted to relay" (policy):
 *   its page says the error has "a broad range of reasons" (the set passed over eurohosting.cz's one
 *   text with eight causes for that), another host's page explains the same text as an authentication
 *   or relay problem, and its cause-carrying words nearly repeat set 1's OpenSMTPD reply
 *   "Authenticated user alice is not permitted to relay to …" (labelled relay), which the header's
 *   check (c) missed by grepping the whole phrase;
 * - removed Alibaba Cloud DirectMail's "559 Invalid rcptto" and "551 Main account unavailable": the
 *   reviewer could not retrieve the third-party mirror they were read from, Alibaba's own DirectMail
 *   pages found list only API error names, and a bulk-sending service's "bounce code" table may hold
 *   its own delivery statuses rather than SMTP replies (rule (d));
 * - marked stock a1webhosts' "550 Authentication is required for relay": SmarterMail's text (a
 *   SmarterMail support article is titled after it, a SmarterMail host says the server "will throw"
 *   it, and a1webhosts' helpdesk is SmarterTools' like HostBuddy's); its label stays authentication.
 * The review kept the six labels questioned below (Oxford's RLY-OPN and HLO-MIS, Kentucky's "not
 * accepted from host", Alibaba Mail's 502) and added one: Oxford's "HST-FLD … is sending too quickly"
 * (transient) opens "You have not authenticated and you are sending at a rate higher tha…" and the
 * stored copy stops before its fix; if that fix is "authenticate", set 20's convention would make it
 * authentication — kept transient (its words, its temporary class, the rate-limit convention). It also
 * noted: Kentucky's SpamCop reply is no repeat by the set's rule, but earlier sets hold several
 * SpamCop block replies, so it adds little held-out information; Gordano's linked answer was not read
 * (the label follows the alert page); a second Chinese page glosses Alibaba Mail's 502 and 504
 * differently from Alibaba's own help page, whose reading the labels follow.
 * After it the set has 19 replies, 9 marked stock; the 10 of new wording come from 5 operators, 5 of
 * them Alibaba Mail's, so its new-wording figure is thin and leans on one operator.
 *
 * First try (run once, on ad3ce55: the labels as reviewed and nothing else changed; core/explain as on
 * c868716, which no one who wrote or reviewed the set had read): 12 of 19 both ways (pasted, and in a
 * DSN with a generic status), grammar only 10 of 19; of the 10 replies not marked stock, 5 both ways;
 * of the 9 stock, 7. The 7 misses and what explain() said:
 * FIRST_TRY_MISSES below. Four of them are Alibaba Mail's replies, whose codes (502, 503, 504, 510)
 * do not carry RFC 5321's meanings and whose words ("is achieved the maximum threshold") no reading
 * covers. No label changed after the run.
 * Read since by their words (fix22; each in test/explain/widening-set26.test.ts with what it must not
 * swallow; no label changed): "the number of RCPT attempts is achieved the maximum threshold" as too many
 * recipients (transient, as "Recipients limit exceeded" reads); "the length of Attach is achieved the
 * maximum threshold" as the attachment's size limit (policy, as "Attachment size exceeds the limit");
 * "Rcptto account isn't a local account" as an unknown recipient (as "Recipient is not a local user";
 * not a sender's); "No HELO before mail transaction" as the client that skipped the greeting (reputation,
 * as set 11's earlytalker; under a 503 or an X.5.x status the dialogue's order, as set 7's Maropost "503
 * 5.5.1 RCPT TO without MAIL FROM"). Since then 16/19 = 84.2 % both ways (grammar only 13/19), 8 of the
 * 10 not stock, 8 of the 9 stock; no longer held-out for those wordings. The floors in
 * probes-set22.test.ts are 16 and 8, the figures as the set now stands. Left as they are: Alibaba Mail's
 * "502 Mailfrom account is a local account" (the words say only that the sender's address is hosted
 * there; that it must be sent through Alibaba's own server after logging in is the page's, and a relay
 * reading would fit the words as well), Kentucky's "Mail from domain not accepted from host" and
 * Oxford's "RLY-OPN: Open relay not permitted": only the pages say what they mean.
 *
 * Pre-run checks (the rules set 20's and set 21's reviews enforced after their runs; applied here
 * before any run). For every reply kept:
 * (a) its source is no earlier set's: every domain in every earlier header (test/explain/probes*.ts,
 *     192 domains) and every source name and operator (grep -i of the site's, operator's and parent's
 *     names over test/explain/probes*.ts: oxford/oucs/ox.ac, inbox.lv/inbox.eu, alibaba/aliyun,
 *     gordano, a1webhosts, hostbuddy/discountasp/everleap, kentucky/uky, ssmhelp, mailme) was
 *     checked: 0 hits for each kept source, except "kentucky" (Western Kentucky University, set 17's
 *     WKU: another university, not the University of Kentucky), "gordano" (named in set 19's "passed
 *     over" list, no reply text stored then; no earlier set used it) and "oxford" (set 21
 *     passed over an Oxford Exchange reply for its corpus overlap; no earlier set used Oxford). One
 *     near-source is recorded instead of hidden: Oxford's relay replies share their "PREFIX: text"
 *     scheme (SND-VFY, RPT-VFY, MSG-…, HST-…) with set 7's "mail relay response table (mailRelay /
 *     mailFeed)"; see "Stock wording";
 * (b) its words are not in the labelled bounces: a distinctive part of each reply (listed at the end of
 *     this header) was grepped with grep -rilF in /work/shared/corpus/bounces: 0 files for each;
 * (c) it is no near-repeat of an earlier probe reply: the same fragments were grepped (grep -ic) in
 *     test/explain/probes*.ts: 0 hits for each; replies with a hit were passed over (Oxford's sender
 *     "Verification failed for <…>", its "SND-VFY: Sender domain verification failed", policyd-rate-
 *     limit's "Rate limit reach, retry later"; below);
 * (d) it is a server's reply text as its page prints it (not an admin-console status, a mailing
 *     service's bounce label, a vendor code alone, a subject line or a fragment the page paraphrases);
 * (e) its page says what it means; the label follows the page with the conventions below.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05):
 * - University of Oxford, mail relay (oxmail) "Explanations of our error messages": http://www.oucs.ox.ac.uk/network/smtp/relay/index.xml?ID=errors
 * - University of Oxford, message submission (smtp.ox.ac.uk) "Explanations of our error messages": http://www.oucs.ox.ac.uk/network/smtp/submission/index.xml?style=text and https://help.it.ox.ac.uk/message-submission
 * - Inbox.lv (LV) help, "Inactive user": https://help.inbox.eu/category/10204/question/10147?language=es (the same text at help.inbox.qa)
 * - a1webhosts (UK) helpdesk, "550 Authentication is required for relay": http://helpdesk.a1webhosts.co.uk/KB/a3/how-to-550-authentication-is-required-for-relay.aspx
 * - HostBuddy KB 1533, "Sender is throttled" error message: https://hostbuddy.com/support/kb/a1533/sender-is-throttled-error-message.aspx
 * - University of Kentucky IT, "Common Mail Errors and Solutions" (mail gateways): http://www.uky.edu/IT/CustomerService/kb/mailgateways/commonerrors.php
 * - Alibaba Mail (阿里邮箱) help, "常见退信报错" (Alibaba Cloud help document 36612), stored mirror: http://bestwisewords.com/document_detail/36612.html
 * - Alibaba Cloud DirectMail (邮件推送) bounce codes, stored mirror: http://cryptsofthecoliseum.com/article-show-50-294.html
 * - Gordano GMS knowledge base, "What is alert 8002?": https://www.gordano.com/knowledge-base/what-is-alert-8002/
 * - SSM help, "Can receive but not send email": http://www.ssmhelp.com/email/can-receive-but-not-send-email
 * - Mailme (HK), "Anti-SPAM information for Mail administrators": http://www.mailme.hk.com/eng/support/antispam.html
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions (sets 19–21): an unknown or disabled recipient address is mailbox (as the earlier sets'
 * disabled or suspended accounts); a sender's own account refused or restricted by its provider is
 * policy (as goneo's "not owned by user", set 4); an attachment limit is policy (as the earlier sets'
 * blocked attachments); SMTP AUTH required is authentication, and a refusal whose working fix is
 * logging in or sending through the provider's own authenticated server is filed under authentication
 * (set 20's parrot-media correction); a sender domain not authorised for the sending host is
 * authentication (as the earlier sets' SPF refusals); a refused client host or IP (block list, a
 * receiver's own banned-host list, HELO restrictions) is reputation (as set 17's smtpf HELO
 * refusals); a spam or malware verdict on the message is content; rate limits and sending caps that
 * lift with time are transient. Where a page says why, its reason wins over the words: Oxford's
 * "RLY-OPN: Open relay not permitted" on its submission service is a client off Oxford's network that
 * did not authenticate, and the page's fix is "configure your email client to use authentication"
 * (authentication); SSM's "End-of-data rejected: user not permitted to relay" is, "most commonly",
 * the provider blocking a sending account after spam reports (policy); Alibaba Mail's "502 Mailfrom
 * account is a local account" is a client sending as an Alibaba-hosted address without using Alibaba's
 * own sending server (authentication); its "503 Rcptto account isn't a local account" is a recipient
 * address misspelt, or one that has left Alibaba Mail (mailbox); its "504 the number of RCPT attempts
 * is achieved the maximum threshold" is the sender's daily cap, to be retried the next day
 * (transient); Kentucky's "Mail from domain not accepted from host" is a From domain that does not
 * match the server the mail was sent through (authentication).
 *
 * Labels a reviewer may question (kept as labelled): Oxford's "RLY-OPN: Open relay not permitted"
 * (authentication) says relay in its words; the relay page's text for the same code says "Use the MTA
 * appropriate for your IP address or …" (cut off in the stored copy), which reads as relay, while the
 * submission page's says authenticate; the label follows the submission page. Oxford's "HLO-MIS: No
 * HELO before mail transaction" (reputation, with the HELO restrictions) is a protocol-order error more
 * than a judgement of the client; other would be defensible. Kentucky's "Mail from domain not
 * accepted from host" (authentication) could be policy: the page talks of the From address not
 * matching the server and of forwarding, not of SPF. SSM's "user not permitted to relay" (policy)
 * could be reputation (the page's cause is spam reports) or relay (its words); the page's other causes
 * (a virus, a stolen password) are all the sending account being stopped. Alibaba DirectMail's "551
 * Main account unavailable" (policy: 当前账户处于限制外发或其他非正常发送状态, the account is restricted from
 * sending or otherwise not in a normal state) names no one cause. Alibaba Mail's "502 Mailfrom account
 * is a local account" (authentication) could be relay.
 *
 * How the replies were written from their pages: Oxford's pages give each text with its code prefix
 * ("HLO-UND: HELO contains …") and say the 5xx/4xx class; the relay replies are written with 550, as
 * the Oxford page on unknown users quotes a live one ("550-RPT-UNK: Recipient unknown. …"), and the
 * one temporary text (HST-FLD) is written without a number, as the page gives only "[temporary
 * error]". Oxford's "$malware_name" is filled with Eicar-Test-Signature (its relay page says all mail
 * is scanned by ClamAV); its "$sender_host_address" with 192.0.2.1. Alibaba Mail's page prints "isn’t"
 * with a typographic apostrophe, written here as "isn't"; its "spamed by local spam engine" is printed
 * without a code (the live reply seen elsewhere is "554 5.7.1 (13)ESO_LOCAL_SPAM: spamed by local
 * spam engine"; the page's form is kept). The DirectMail codes come from a table whose stored copy is
 * a third-party mirror of Alibaba Cloud's page (the text matches Alibaba's code/meaning table). SSM's
 * page prints "554 5.7.1 : End-of-data rejected: …" with the address stripped; a@b.example is put back.
 * Mailme's page prints "deliver to, your IP address …" with its own domain stripped; b.example is put
 * back. Gordano's reply is the title of a linked question on the alert 8002 page ("What does the error
 * message "550 Your server has been banned from this server" mean?"); the alert page says this is the
 * response GMS gives to a connecting IP the administrator has banned (its IPAllowed list), which is
 * what the label follows. Kentucky's page prints its texts after "Error:" in quotes; the quotes are
 * dropped. HostBuddy's page gives "Sender is throttled" without a code, kept so.
 *
 * Stock wording (chosen by where the words come from, before any run). These replies are written on
 * their pages but may be the stock text of software or providers the earlier sets already drew on,
 * so they are not held-out wording:
 * - Oxford's seven: marked conservatively. Their "PREFIX: text" scheme is the one of set 7's "mail
 *   relay response table (mailRelay / mailFeed)" (probes.ts: "550 SND-VFY: Sender domain does not
 *   exist", "550 RPT-VFY: …", "550 MSG-…: …", "Hourly send rate exceeded, retry later." under HST-RTE),
 *   which suggests one configuration lineage (an Exim ACL set); none of the seven texts is in set 7,
 *   so a reviewer may unmark them if the two services are shown to be unrelated.
 * - HostBuddy's "Sender is throttled": HostBuddy's mail server is SmarterMail (its page's steps are
 *   SmarterMail's admin screens), and earlier sets drew on SmarterMail; the text was not found in
 *   SmarterMail's own documentation in the time given (find_string: no vendor hit), so this is a
 *   probable, not a confirmed, stock string.
 * Checked and not marked: Gordano's text is GMS's configurable IPAllowedMes response (no earlier set
 * drew on Gordano); SSM's "End-of-data rejected:" prefix is Postfix's (earlier sets: Postfix) but the
 * words that carry the cause, "user not permitted to relay", are the site's own access-map text. With
 * find_string, no mail software's source holds "HELO contains invalid underscore", "Open relay not
 * permitted", "your IP address is a source of spam" or "user not permitted to relay"; "Inactive user",
 * "not accepted from host" and "has been banned from this server" occur only in unrelated code (web
 * apps, chat bots, game servers). Also in a bounce parser's list (found when
 * checking stock wording; taken from its page, so no rule is broken): a1webhosts' "Authentication is
 * required for relay" is in a PHP bounce classifier's keyword list ('Relaying not allowed' => …) and in
 * a Swift enum comment as an alternative 550 text, so it is likely some server product's stock text,
 * not identified; not marked. Alibaba's "spamed by local spam engine" appears in other projects' code
 * that parse Alibaba's bounces (ESO_LOCAL_SPAM); Alibaba is no earlier set's source, so not marked.
 *
 * Passed over before the run (for the rules above, not for what explain() would say; explain() has
 * not been run on any of them):
 * - earlier sets' sources: Ubiquity Hosting, Bluehost, Black Pearl Mail, goneo, onesystems.ch,
 *   IONOS/1&1 (es/it/de guides too), STRATO (de/nl), comservice-ffo, bytecamp, Coremail (icoremail.vip,
 *   the Sina blog list, set 7), Interia, Seznam, c4.cz (SPF text as set 14's Interia), WEB.DE, Tufts, Towson,
 *   CTU mathematics, NCF, Umanix/Baruwa (and anhonesthost's copy), set 7's mailRelay/mailFeed table
 *   (portal.iridis.uk), 263 enterprise mail and emailhost.com.cn (set 8's Chinese keyword tables),
 *   SPPD, the Korean tistory lists (set 8; also Daum's "DAS51" via auctionpro.co.kr and Naver's
 *   "CHIC"), QQ Mail, hostmedia, paymonthlyhosting, dshost, Forpsi (konto.pl, arubacloud.pl),
 *   grhosting (and aspone.cz's copy of the same text), Telserco, AwardSpace, Junara, The Messaging
 *   Company, MacHighway, VIPRE, VirusFree.cz, Spambrella, MXroute, open-mail.org, mittwald, weboke,
 *   exedo, oni.nl, Carerix, TOAST.net, SA Domain, InfoSphere (sphere.ne.jp), g-wip, ARENA, MyASP,
 *   BohanIT and hyperreal.org (set 21), kropf.net, Gmail's and Microsoft's own texts;
 * - words in the labelled bounces: NederHost's "550 5.7.1 Message content rejected - UBE" and "…-
 *   VIRUS" ("Message content rejected" in rfc3464-08, lhost-sendmail-38, lhost-barracuda-01), ipHouse's
 *   "permission denied. Command output: maildrop: maildir over quota." (lhost-sendmail-13), UniBw
 *   München's "550 5.0.0 …Insufficient permission";
 * - near-repeats of earlier probe replies: Oxford's "550 Verification failed for <…>" (Exim's sender
 *   verify, the first line of set 2's "550-Verification failed for <a@b.example> …"), Oxford's "550
 *   SND-VFY: Sender domain verification failed" (set 7's "550 SND-VFY: Sender domain does not exist"),
 *   policyd-rate-limit's default "Rate limit reach, retry later" (set 15's comservice-ffo "421 Rate limit
 *   reached. Please try again later"), Postfix's "Client host rejected: cannot find your hostname"
 *   (Oakland University, BlueTie, educanet2, webnexus) and "Client host […] blocked using …"
 *   (kreativmedia, Fujifilm's etius FAQ, cms-tool, webnexus), skytomato's "550 SPF … is not allowed to
 *   send mail from …" (set 14's Interia), ip.gr's "550 5.7.1 No such user!", id.unixlinux.online's
 *   "550 No such user here" (Exim's stock text, an exact earlier probe reply; the page, a translated
 *   copy of an unnamed host's KB, files it under authentication), UniBw's "452 4.2.2 Disk quota
 *   exceeded", UniBw/TU Graz-style greylisting texts, spitfirepm's "exceeded storage allocation"
 *   (RFC 5321's 552 text);
 * - not a server's reply or without a stated meaning: KPN's "Your IP … is blacklisted" (a POP3 login
 *   block, not SMTP), RWTH's "You don't have permission to send messages from this mailbox." (a client's
 *   error), Louisiana's and Westnet's paraphrases, Edinburgh's rejection page, Toronto Free-Net's SMTP
 *   peers page, ProLinux's (UY) bounce guide and TELUS's troubleshooting page (the stored copies hold
 *   only their indexes), eurohosting.cz's "Rejected for Security Reasons" (one text, eight causes),
 *   cheetah.net, mailtraq, cyberlogic, rbl.m80.net, slice.eddylangley.net (no reply text stored),
 *   mail-scanning.com's "552 not a valid user" (no meaning stated), 6gaviation's "bogus helo" (a
 *   fragment), Gordano's other alerts (their reply text is "Undefined" in the stored copies), LWS's
 *   L-RATE/L-SPAM codes (codes, not replies), the themssforum question on BigPond's "Defined SPAM
 *   source" (no answer stored), pastebin bounces (no meaning stated), the NethServer issue's "Matched
 *   map: FORBIDDEN_FILE_EXTENSION" (set 18 passed it over), quotapolicy (no reply text in its
 *   README);
 * - pages copying bounce lists or generic code lists: albaselweb, serversmtp/turboSMTP, emailacademy,
 *   mailpro, assistance.email, captainverify, suped, betterbounces/senderscore lookups, universityofemail,
 *   sendlayer, bobcares, errors24, the Turkish and Romanian hosts' RFC tables, linuxkitchen.com's copied
 *   list, godaddy's translated bounce tables. Search results that pointed into a bounce parser's issues
 *   (sisimai) were not opened.
 *
 * The fragments grepped for (b) and (c), one per kept reply: "HELO contains invalid underscore",
 * "Forged HELO", "No HELO before mail transaction", "Message contains malware", "Sending host
 * blacklisted", "is sending too quickly", "Open relay not permitted", "rejected: Inactive user",
 * "Authentication is required for relay", "Sender is throttled", "not accepted from host", "listed by
 * SpamCop", "spamed by local spam engine", "Mailfrom account is a local account", "account isn",
 * "number of RCPT attempts", "length of Attach", "Invalid rcptto", "Main account unavailable", "has
 * been banned from this server", "user not permitted to relay", "is a source of spam".
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- a university's mail relay (oxmail): HELO checks and malware ---
  ...probe('University of Oxford mail relay errors (oxmail)', 'reputation', [
    '550 HLO-UND: HELO contains invalid underscore character',
    '550 HLO-FOR: Forged HELO',
    '550 HLO-MIS: No HELO before mail transaction',
  ]),
  ...probe('University of Oxford mail relay errors (oxmail)', 'content', ['550 DAT-CLM: Message contains malware (Eicar-Test-Signature)']),
  // --- the same university's message submission service ---
  ...probe('University of Oxford message submission errors (smtp.ox.ac.uk)', 'reputation', ['550 HST-BAN: Sending host blacklisted']),
  ...probe('University of Oxford message submission errors (smtp.ox.ac.uk)', 'transient', ['HST-FLD: 192.0.2.1 is sending too quickly. Please try again later.']),
  ...probe('University of Oxford message submission errors (smtp.ox.ac.uk)', 'authentication', ['550 RLY-OPN: Open relay not permitted']),
  // --- a Latvian mail service's dormant mailboxes ---
  ...probe('Inbox.lv (LV) help, inactive user', 'mailbox', ['554 5.7.1 rejected: Inactive user']),
  // --- hosts' KB articles on sending ---
  ...probe('a1webhosts (UK) helpdesk, authentication required for relay', 'authentication', ['550 Authentication is required for relay']),
  ...probe('HostBuddy KB 1533 (sender throttled)', 'transient', ['Sender is throttled']),
  // --- a university's mail gateways ---
  ...probe('University of Kentucky ITS common mail errors', 'authentication', ['Mail from domain not accepted from host']),
  ...probe('University of Kentucky ITS common mail errors', 'reputation', ['Access is denied. Your server is listed by SpamCop bl.spamcop.net']),
  // --- a Chinese provider's hosted mail and its sending service ---
  ...probe('Alibaba Mail (阿里邮箱) common bounce errors', 'content', ['spamed by local spam engine']),
  ...probe('Alibaba Mail (阿里邮箱) common bounce errors', 'authentication', ['502 Mailfrom account is a local account']),
  ...probe('Alibaba Mail (阿里邮箱) common bounce errors', 'mailbox', ["503 Rcptto account isn't a local account"]),
  ...probe('Alibaba Mail (阿里邮箱) common bounce errors', 'transient', ['504 the number of RCPT attempts is achieved the maximum threshold']),
  ...probe('Alibaba Mail (阿里邮箱) common bounce errors', 'policy', ['510 The length of Attach is achieved the maximum threshold']),
  // --- a mail server vendor's KB and a mail service's anti-spam page ---
  ...probe('Gordano GMS KB (alert 8002, banned hosts)', 'reputation', ['550 Your server has been banned from this server']),
  ...probe('Mailme (HK) anti-spam information', 'reputation', ['554 Please use your ISPs SMTP server to deliver to b.example, your IP address is a source of spam']),
];

/**
 * The replies that are (or, for Oxford's, may be) stock strings of software or providers the earlier
 * sets drew from, with whose they are (the header's "Stock wording"); the first try's floors should
 * count agreement on the rest apart.
 */
export const STOCK_WORDING_22: ReadonlyMap<string, string> = new Map([
  ['550 HLO-UND: HELO contains invalid underscore character', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['550 HLO-FOR: Forged HELO', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['550 HLO-MIS: No HELO before mail transaction', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['550 DAT-CLM: Message contains malware (Eicar-Test-Signature)', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['550 HST-BAN: Sending host blacklisted', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['HST-FLD: 192.0.2.1 is sending too quickly. Please try again later.', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['550 RLY-OPN: Open relay not permitted', "the PREFIX: text scheme of set 7's mailRelay/mailFeed table (marked conservatively)"],
  ['Sender is throttled', "SmarterMail's throttling reply, probably (HostBuddy runs SmarterMail; earlier sets: SmarterMail)"],
  ['550 Authentication is required for relay', "SmarterMail's relay refusal (marked by the review before the run: SmarterMail hosts and a SmarterMail article quote it; earlier sets: SmarterMail)"],
]);

/**
 * The first try's disagreements (run on ad3ce55: the labels as reviewed, core/explain as on c868716),
 * each with what explain() said and why. Labels are not changed by this list. A record of the first
 * try: all but Alibaba Mail's 502, Kentucky's "not accepted from host" and Oxford's RLY-OPN agree since
 * fix22 (header).
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 HLO-MIS: No HELO before mail transaction', 'other (refused-unspecified): no reading takes a missing HELO ("No HELO before mail transaction"), a protocol-order error of the client; the set labels it reputation with the HELO restrictions (a stock-marked reply)'],
  ['550 RLY-OPN: Open relay not permitted', 'relay (relay-denied): the words say relay; Oxford\'s submission page says the fix is to authenticate (authentication); the relay page\'s text for the same code reads as relay, so only the service the reply came from decides (a stock-marked reply)'],
  ['Mail from domain not accepted from host', 'other (unrecognised-input): "not accepted from host" has no reading; Kentucky\'s page says the From domain does not match the server the mail was sent through (authentication)'],
  ['502 Mailfrom account is a local account', 'other (refused-unspecified): no reading; 502 is "command not implemented" in RFC 5321, and only Alibaba\'s page says a hosted address must be sent through Alibaba\'s own server (authentication)'],
  ["503 Rcptto account isn't a local account", 'other (refused-unspecified): "isn\'t a local account" has no reading and 503 is a bad sequence of commands in RFC 5321; Alibaba\'s page says the recipient address is misspelt or has left (mailbox)'],
  ['504 the number of RCPT attempts is achieved the maximum threshold', 'other (refused-unspecified): "the number of RCPT attempts … maximum threshold" has no reading (a limit on recipients reached, in non-native English); Alibaba\'s page says the sender\'s daily cap, retried the next day (transient)'],
  ['510 The length of Attach is achieved the maximum threshold', 'other (refused-unspecified): "the length of Attach … maximum threshold" has no reading; Alibaba\'s page says the attachment is over its size limit (policy, as the earlier sets\' attachment limits)'],
]);

export const PROBES_22: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
