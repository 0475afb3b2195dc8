/**
 * Probe set 20 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error and help pages of a spam-filter vendor's forum (LogSat SpamFilter), universities
 * and schools (Texas Tech, TU Graz, Bristol, Woodland schools), hosts and ISPs that run spamdyke
 * (2Large Networks, ICDSoft), German, Italian, Belgian, Finnish, Turkish, French, UK, US and Japanese
 * hosts', ISPs' and services' pages (parrot-media, Utixo, Qboxmail, TransIP, MyASP, Louhi,
 * backlink.name, Gadz.org, Telserco, XMission, Calzada Media, WaveHome, Ecenica), a French blog (Jean
 * Boulanger), personal mail servers' rejection pages (kloepfer.org, kropf.net), a Baruwa gateway's table
 * (Umanix), a mail-security reseller's SpamTitan note (Mithi), Sophos Central's error codes and
 * Hitachi's Groupmax Mail-SMTP manual, that no earlier set (1–19) used, each with its
 * placeholders filled as set 19 does (a@b.example for a recipient, s@a.example for a sender,
 * mail.a.example / 192.0.2.1 for the client, b.example for the receiving host, p@b.example for a
 * contact address). Nothing was taken from the labelled corpus, from any bounce parser's lists or
 * samples, or from a page quoting them (MxToolbox's provider bounceback list was passed over as a
 * bounce-meaning list; so were the bounce-decoder sites that explain codes, and Mailrelay's and SARE's
 * bounce classes). The set has 40 replies from 27 sources, fewer than 50: the pages found in the time
 * given yielded no more replies that were neither repeats nor without a stated meaning. It was
 * committed in two steps, 24 replies (2354ccb) and then 16 more, both before explain() was run on any
 * of them; no reply was left out or added for what explain() says.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05):
 * - LogSat SpamFilter ISP forum, "IP Blacklist Cache": https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127
 * - Texas Tech University TechMail KB0029071 (spam block list): https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071
 * - 2Large Networks (ZA), spamdyke messages: https://www.2large.co.za/spamdyke (also http://www.2large.co.za/spamdyke.html)
 * - ICDSoft KB, "Spamdyke, Graylisting": http://us2.icdsoft.com/en/kb/view/1420_spamdyke_graylisting_1
 * - parrot-media (DE), "Probleme beim Versenden oder Empfangen von E-Mails": https://www.parrot-media.de/mediathek/help-center/exchange-e-mail-postfaecher/probleme-beim-versenden-oder-empfangen-von-e-mails/
 * - TU Graz (AT), "Fehlermeldungen und Erklärungen": https://email.tugraz.at/faq/errors
 * - kloepfer.org, mail block page: https://kloepfer.org/mailblock.html
 * - kropf.net, blocked mail page: http://kropf.net/no/
 * - Utixo / serverweb.net (IT), "WHM: Sender has an outgoing mail hold": https://shop.serverweb.net/index.php/knowledgebase/390/WHM-Sender-has-an-outgoing-mail-hold.html
 * - Qboxmail Email Delivery (IT), "Sending errors": https://docs.qboxmail.com/en/email-delivery/gestione-del-servizio/errori-di-invio
 * - Umanix bastion (a Baruwa gateway), rejection table: https://bastion.umanix.net/info
 * - TransIP (BE/NL), "De 550-5.7.1 e-mail bouncemelding": https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding
 * - Mithi SecureMailFlow, "SpamTitan: mail blocked under attachment policy": https://helpcenter.mithi.com/support/solutions/articles/48001229377--securemailflow-spamtitan-mail-blocked-under-attachment-policy
 * - Sophos Central Email, "SMTP error codes": https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html
 * - Louhi (FI), "Viestit eivät mene perille Googlen Gmail-osoitteisiin": https://tuki.louhi.fi/support/solutions/articles/22000282946-viestit-eiv%C3%A4t-mene-perille-googlen-gmail-osoitteisiin-mit%C3%A4-teen-
 * - backlink.name (TR), "SMTP 550 hata kodu ayrıntıları": https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari
 * - Gadz.org (FR) documentation, provider filtering examples: https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015
 * - Telserco, "Throttling Sending": https://www.telserco.com/hosting-notices/throttling-sending/
 * - Jean Boulanger (FR blog), "Les mails 3 : pourquoi mon mail n'arrive pas": http://www.jeanboulanger.com/2019/11/27/les-mails-3-pourquoi-mon-mail-narrive-pas/
 * - XMission postmaster, "Mail Rejection Codes": http://postmaster.xmission.com/senders/rejectcodes.php
 * - EdTechWiki (Woodland schools), "SPAM Filter" (ASSP): http://www.edtechwiki.net/EdTechClassroom/SpamFilter
 * - Calzada Media KB, "Message Undeliverable": https://www.calzadamedia.com/knowledgebase/kb11/message-undeliverable/
 * - University of Bristol IT services news, "University staff emails rejected": http://www.bristol.ac.uk/it-services/news/2014/postini11feb.html
 * - WaveHome FAQ, "I am receiving an email stating that my message was not delivered": https://faq.wavehome.com/hc/en-us/articles/212374567-I-am-receiving-an-email-stating-that-my-message-was-not-delivered-
 * - Ecenica (UK), "Rejected TRUSTmanager in reply to MAIL FROM command": https://www.ecenica.com/support/answer/rejected-trustmanager-in-reply-to-mail-from-command/
 * - Hitachi Groupmax Mail - SMTP manual, "6.3 エラーメール": https://itpfdoc.hitachi.co.jp/manuals/3000/3000347460/c347460.epub
 * - MyASP (JP), "なぜエラーメールになってしまったのか": https://docs.myasp.jp/?p=7044
 *
 * First try (on 4376c96, whose two commits held the labels and nothing else; core/explain as on
 * e5bc808, unchanged here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 19/40 =
 * 47.5 % as a pasted line and 19/40 = 47.5 % in a DSN with a generic status; grammar only 19/40 =
 * 47.5 % both ways (the fixed phrases read Umanix's "Dictionary attack detected", which the grammar
 * alone leaves unread, and read MyASP's "受信拒否されました(またはアドレスが存在しません)" as the
 * recipient's filter, which the grammar alone reads as an unknown recipient, as its page says); on the
 * 30 replies not marked stock wording 14/30 = 46.7 % both ways (grammar only 15/30 = 50.0 %); on the 10
 * stock ones 5. No DSN reading differs from its pasted one in category. The floors in
 * probes-set20.test.ts are these figures. No label was changed after the run. Two weak sides: bare
 * vendor codes (Sophos Central's XGEMAIL_0002 and _0004, XMission's XM-RJCT03 and _06, Qboxmail's
 * err=ip_not_allowed and err=daily_limit_reached: all 6 disagree, as only the vendors' tables give a
 * meaning; without them 19/34 = 55.9 %) and a sending server's own holds and throttles (Utixo's
 * outgoing mail hold, Telserco's "restricted due to heavy usage", Qboxmail's daily limit: all 3
 * disagree, as other). The 21 disagreements are listed at the end with what explain() said and why:
 * 14 are meanings only the vendor's page gives (five of the six bare codes; spamdyke's "You are not
 * following the SMTP protocol" for its early-talker check; parrot-media's "can't create user output
 * file" for a full mailbox and "Anonymous client does not have permissions to send as this sender" for
 * a relay refusal; SpamTitan's "Blocked BANNED" for its attachment policy; Gadz.org's "550 Denied by
 * policy" for spam or a virus; Calzada Media's NDR heading for an expiry; Bristol's "rejected by the
 * relay" for a block-listed relay; Ecenica's "Rejected - TRUSTmanager" for the recipient's block of the
 * sender's domain; Hitachi's misspelt "Delivary Report(Failer)" for an unregistered recipient), 5 are
 * wordings no reading covers (Utixo's outgoing mail hold, Telserco's "restricted due to heavy usage",
 * Qboxmail's err=daily_limit_reached, the misspelt "Delivery differed/momentarily suspended", MyASP's Japanese
 * "配信先のメールボックス容量不足のため一時的に受信できません" for a full mailbox), and 2 are a reading
 * deciding over words that carry the page's cause (TransIP's Gmail text read as spam content, its
 * "authentication information or fails to pass authentication checks" unweighed; a fixed phrase
 * reading MyASP's "受信拒否" as the recipient's filter over "またはアドレスが存在しません", an address
 * that does not exist). Five of the misses are stock wording (parrot-media's two, Utixo's hold,
 * TransIP's authentication text, Calzada Media's NDR heading). The label a reviewer may question
 * hardest is parrot-media's "Anonymous client …": the page's reason, sending without logging in to a
 * server that requires it, is what the earlier sets label authentication (SMTP AUTH required, as
 * explain() reads it); the page gives it on one line with "relay not permitted!", which the label
 * follows. Next is Gadz.org's "550 Denied by policy", filed by that page under "spam or virus" without
 * more; and Calzada Media's NDR heading, labelled an expiry from the page's account of its own retries,
 * not from the words.
 *
 * Stock wording (chosen by where the words come from, before any run). These replies are written on
 * their pages but are the stock text of software the earlier sets already used as a source, so they
 * are not held-out wording: parrot-media's "Anonymous client does not have permissions to send as this
 * sender" (Exchange's) and "can't create user output file" (Sendmail's local delivery error); TU
 * Graz's "451 4.1.8 Domain of sender address … does not resolve" (Sendmail's check_mail); Utixo's
 * "Sender … has an outgoing mail hold." (cPanel/WHM's); Umanix's "Dictionary attack detected"
 * (Baruwa's table, set 8's source); TransIP's two (Gmail's 550-5.7.1 texts, each with a clause the
 * earlier sets' Gmail replies do not have); Louhi's Gmail "550 5.7.26 This mail is unauthenticated, …"
 * (Gmail's); the Woodland schools' "Mail appears to be unsolicited -- report errors to …" (ASSP's, set
 * 15's source); Calzada Media's "Your message did not reach some or all of the intended recipients."
 * (Exchange/Outlook's NDR heading). The spamdyke replies (2Large, ICDSoft) are not marked: no
 * earlier set drew on spamdyke as a source, though set 4's sitepackage.de CompuServe reply ("554
 * Refused. Your reverse DNS entry contains your IP address and a country code.") is spamdyke's text.
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions (set 19's list): an unknown recipient or a full mailbox is mailbox; an attachment
 * refusal is policy; a sender domain that does not resolve is policy (as set 4's onesystems.ch and set
 * 9's Jacobs "Sender address rejected: Domain not found"); a recipient address open only to invited
 * senders is policy; SMTP AUTH required is authentication (as Haraka's, aiosmtpd's and hMailServer's
 * in earlier sets); a client not allowed to use the service is relay; a sending provider's own limits
 * and holds are transient; a refused client host or IP (block list, reverse DNS, a protocol violation
 * such as talking early, a dictionary attack) is reputation; a spam verdict on the message is content.
 * Where a page says why, its reason wins over the words: LogSat's "Your IP is temporarily blocked" is
 * an IP that sent spam (reputation); 2Large's "You are not following the SMTP protocol" is spamdyke's
 * early-talker refusal (DENIED_EARLYTALKER, reputation as set 11's qpsmtpd earlytalker); parrot-media's
 * "can't create user output file" is its "mailbox is full (quota exceeded)" line (mailbox) and its
 * "Anonymous client does not have permissions to send as this sender" is on one line with "relay not
 * permitted!", for sending without a login through a server that requires one (relay, after the
 * line's second half; see "First try" for why this is the label to question); Utixo's
 * outgoing mail hold is its own block after many failed or deferred sends in an hour, lifted
 * automatically (transient); Qboxmail's "err=ip_not_allowed" is a connecting IP not enabled for the
 * service (relay) and "err=daily_limit_reached" its daily sending limit (transient); Mithi's "Blocked
 * BANNED" is SpamTitan's attachment policy (policy); TransIP's two are its outgoing spam check's
 * (content, and authentication for the one that says so); MyASP's two are its own labels for an
 * address that does not exist and for a mailbox over its quota (mailbox); backlink.name's two are
 * translated as "no account by that name" and "this user's mailbox is full" (mailbox); Gadz.org files
 * Alstom's "550 Denied by policy" under spam or virus (content); Telserco's "restricted due to heavy
 * usage" is its own throttling of sending (transient); Jean Boulanger's "Delivery differed/momentarily
 * suspended" (misspelt) is a delivery not made in reasonable time that the server will retry
 * (transient); XMission's XM-RJCT03 is a connecting IP known as an open relay (reputation) and XM-RJCT06
 * an unauthorised relay attempt (relay); the Woodland schools' ASSP refusal is mail judged more like
 * spam than the district's own mail (content); Calzada Media's NDR heading is what it returns when
 * all of at least four delivery attempts over hours have failed (transient, as an expiry); Bristol's
 * "rejected by the relay" is staff mail refused because the university's relay (Postini) was
 * block-listed (reputation); WaveHome's "Unknown mailbox" and "Account over quota" (mailbox);
 * Ecenica's "Rejected - TRUSTmanager" is the recipient's Clearswift gateway set to block mail from
 * the sender's domain (policy, as a sender on the recipient's own block list); Hitachi's
 * "Delivary Report(Failer)" (misspelt) is a recipient not registered in the Groupmax address server
 * and "Conversion failer : Recipients-Information is not available." an invalid envelope recipient
 * (mailbox); Sophos Central's XGEMAIL_0002
 * is "Message failed a SPF check" (authentication) and XGEMAIL_0004 "Sender IP address failed a RBL
 * test" (reputation). Sophos is named in set 2's grouped source ("Proofpoint / Cisco / Sophos / Trend
 * Micro"), whose replies are not these codes; they are not marked stock.
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
  ...probe('parrot-media (DE) returned mail', 'relay', ['Anonymous client does not have permissions to send as this sender']),
  ...probe('parrot-media (DE) returned mail', 'mailbox', ["can't create user output file"]),
  ...probe('TU Graz (AT) error messages', 'policy', ['451 4.1.8 Domain of sender address s@a.example does not resolve']),
  // --- personal mail servers' rejection pages ---
  ...probe('kloepfer.org mail block page', 'reputation', ['Server 192.0.2.1 blocked due to being listed in Spamhaus SBL']),
  ...probe('kloepfer.org mail block page', 'policy', ['Not permitted to send to this address; contact p@b.example']),
  ...probe('kropf.net blocked mail page', 'reputation', ['Your mail server is Blacklisted.']),
  // --- Italian hosts' and sending services' own holds and limits ---
  ...probe('Utixo / serverweb.net (IT) outgoing mail hold', 'transient', ['Sender s@a.example has an outgoing mail hold.']),
  ...probe('Qboxmail (IT) sending errors', 'relay', ['err=ip_not_allowed']),
  ...probe('Qboxmail (IT) sending errors', 'transient', ['err=daily_limit_reached']),
  // --- a Baruwa gateway's table, a SpamTitan status, a Belgian host's spam check ---
  ...probe('Umanix bastion (Baruwa) rejection table', 'reputation', ['Dictionary attack detected']),
  ...probe('Mithi SecureMailFlow (SpamTitan) attachment policy', 'policy', ['Blocked BANNED']),
  ...probe('TransIP (BE) 550-5.7.1 bounces', 'content', [
    'Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked.',
  ]),
  ...probe('TransIP (BE) 550-5.7.1 bounces', 'authentication', [
    'This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
  ]),
  // --- a cloud gateway's error codes ---
  ...probe('Sophos Central Email SMTP error codes', 'authentication', ['XGEMAIL_0002']),
  ...probe('Sophos Central Email SMTP error codes', 'reputation', ['XGEMAIL_0004']),
  // --- a Finnish host's Gmail example, a Turkish blog's 550 list, a French alumni site's examples ---
  ...probe('Louhi (FI) Gmail SPF bounce', 'authentication', [
    '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for a.example did not pass with ip: 192.0.2.1. The sender should visit https://support.google.com/mail/answer/81126#authentication for instructions on setting up authentication.',
  ]),
  ...probe('backlink.name (TR) SMTP 550 details', 'mailbox', ['550 Recipient Rejected: No account by that name here', "550 This user's mailbox is full (a@b.example) - Try again later"]),
  ...probe('Gadz.org (FR) provider filtering examples', 'content', ['550 Denied by policy']),
  // --- hosts' and ISPs' own throttling, expiry and relay codes ---
  ...probe('Telserco throttling notice', 'transient', ['Your IP address has been restricted due to heavy usage.']),
  ...probe('Jean Boulanger (FR) why mail does not arrive', 'transient', ['Delivery differed/momentarily suspended']),
  ...probe('XMission postmaster rejection codes', 'reputation', ['XM-RJCT03']),
  ...probe('XMission postmaster rejection codes', 'relay', ['XM-RJCT06']),
  ...probe('Calzada Media KB message undeliverable', 'transient', ['Your message did not reach some or all of the intended recipients.']),
  ...probe('WaveHome FAQ message not delivered', 'mailbox', ['Unknown mailbox', 'Account over quota']),
  // --- schools', a university's and a gateway's refusals ---
  ...probe('Woodland schools EdTechWiki (ASSP) spam filter', 'content', ['Mail appears to be unsolicited -- report errors to postmaster@b.example']),
  ...probe('University of Bristol IT news (Postini blacklisted)', 'reputation', ['rejected by the relay']),
  ...probe('Ecenica (UK) Clearswift TRUSTmanager rejection', 'policy', ['Rejected - TRUSTmanager']),
  // --- a groupware gateway's error mails ---
  ...probe('Hitachi Groupmax Mail-SMTP error mail', 'mailbox', ['Delivary Report(Failer)', 'Conversion failer : Recipients-Information is not available.']),
  // --- a Japanese mail service's own bounce labels ---
  ...probe('MyASP (JP) error mail reasons', 'mailbox', ['受信拒否されました(またはアドレスが存在しません)', '配信先のメールボックス容量不足のため一時的に受信できません']),
];

/**
 * The first try's disagreements (run on 4376c96, whose commits held the labels above and nothing
 * else; core/explain as on e5bc808), each with what explain() said and why. Labels are not changed by this list.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['Refused. You are not following the SMTP protocol.', 'other (unrecognised-input; refused-unspecified in a DSN): the words say only that the client broke the protocol; only 2Large\'s table says it is spamdyke\'s early-talker refusal (DENIED_EARLYTALKER, reputation)'],
  ['Anonymous client does not have permissions to send as this sender', 'authentication (smtp-auth-required): an anonymous client reads as SMTP AUTH required; parrot-media\'s page gives it on one line with "relay not permitted!" (relay), its reason being sending without a login'],
  ["can't create user output file", 'transient (remote-system-error): the words are a local delivery failure; only parrot-media\'s page files it with "mailbox is full (quota exceeded)" (mailbox)'],
  ['Sender s@a.example has an outgoing mail hold.', 'other (unrecognised-input; refused-unspecified in a DSN): "has an outgoing mail hold" (the sending server\'s own hold after failed or deferred sends, transient) has no reading'],
  ['err=ip_not_allowed', 'other (unrecognised-input; refused-unspecified in a DSN): a service\'s own error code; only Qboxmail\'s table says the connecting IP is not enabled for the service (relay)'],
  ['err=daily_limit_reached', 'other (unrecognised-input; refused-unspecified in a DSN): "daily_limit_reached" in an underscore code (the account\'s daily sending limit, transient) has no reading'],
  ['Blocked BANNED', 'other (unrecognised-input; refused-unspecified in a DSN): a bare status; only Mithi\'s note says SpamTitan\'s attachment policy banned it (policy)'],
  [
    'This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
    'content (spam-content): "spam" decides over "does not have authentication information or fails to pass authentication checks" (authentication, as TransIP\'s page also says)',
  ],
  ['XGEMAIL_0002', 'other (unrecognised-input; refused-unspecified in a DSN): a vendor code; only Sophos Central\'s table says the message failed an SPF check (authentication)'],
  ['XGEMAIL_0004', 'other (unrecognised-input; refused-unspecified in a DSN): a vendor code; only Sophos Central\'s table says the sender IP failed an RBL test (reputation)'],
  ['550 Denied by policy', 'policy (policy-rejection): a bare policy refusal; only Gadz.org\'s page files it under spam or virus (content)'],
  ['Your IP address has been restricted due to heavy usage.', 'other (unrecognised-input; refused-unspecified in a DSN): "restricted due to heavy usage" (the sending server\'s throttling, transient) has no reading'],
  ['Delivery differed/momentarily suspended', 'other (unrecognised-input; refused-unspecified in a DSN): "differed" (misspelt on the page for deferred) and "momentarily suspended" (a delay the server will retry, transient) have no reading'],
  ['XM-RJCT03', 'other (unrecognised-input; refused-unspecified in a DSN): a vendor code; only XMission\'s table says the connecting IP is a known open relay (reputation)'],
  ['XM-RJCT06', 'other (unrecognised-input; refused-unspecified in a DSN): a vendor code; only XMission\'s table says it is an unauthorised relay attempt (relay)'],
  ['Your message did not reach some or all of the intended recipients.', 'other (unrecognised-input; refused-unspecified in a DSN): an NDR heading naming no cause; only Calzada Media\'s page says it follows failed delivery attempts over hours (an expiry, transient)'],
  ['rejected by the relay', 'other (unrecognised-input; refused-unspecified in a DSN): names no cause; only Bristol\'s notice says the university\'s relay was block-listed (reputation)'],
  ['Rejected - TRUSTmanager', 'other (unrecognised-input; refused-unspecified in a DSN): a gateway\'s name; only Ecenica\'s page says the recipient\'s Clearswift gateway blocks the sender\'s domain (policy)'],
  ['Delivary Report(Failer)', 'other (unrecognised-input; refused-unspecified in a DSN): a misspelt report title naming no cause; only Hitachi\'s manual says the recipient is not registered (mailbox)'],
  ['受信拒否されました(またはアドレスが存在しません)', 'policy (recipient-filter): a fixed phrase reads "受信拒否" as the recipient\'s filter over "またはアドレスが存在しません" (an address that does not exist, mailbox, as MyASP\'s page says); the grammar alone reads mailbox'],
  ['配信先のメールボックス容量不足のため一時的に受信できません', 'other (unrecognised-input; refused-unspecified in a DSN): the Japanese "メールボックス容量不足" (the destination mailbox short of space, mailbox) has no reading'],
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
  ['Your message did not reach some or all of the intended recipients.', "Exchange/Outlook's NDR heading (earlier sets: Exchange)"],
  ['Anonymous client does not have permissions to send as this sender', "Exchange's anonymous-submission refusal (earlier sets: Exchange)"],
  ["can't create user output file", "Sendmail's local delivery error (earlier sets: Sendmail)"],
  ['451 4.1.8 Domain of sender address s@a.example does not resolve', "Sendmail's check_mail (earlier sets: Sendmail)"],
  ['Sender s@a.example has an outgoing mail hold.', "cPanel/WHM's outgoing mail hold (earlier sets: cPanel)"],
  ['Dictionary attack detected', "Baruwa's rejection table (set 8: Baruwa)"],
  [
    'Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked.',
    "Gmail's 550-5.7.1 spam text (earlier sets: Gmail)",
  ],
  [
    'This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
    "Gmail's 550-5.7.1 authentication text (earlier sets: Gmail)",
  ],
]);

export const PROBES_20: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
