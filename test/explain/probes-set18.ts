/**
 * Probe set 18 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error pages of hosting providers, a secure-mailbox service, privacy mail services, a
 * university and a school, personal mail servers' anti-spam pages, a mail-system install guide and
 * a mail host's customer page (comramo's, whose filter names FortiGuard: its wording is probably
 * FortiMail's, a product set 16 read but took no reply from) that no earlier set (1–17) used, each with its
 * placeholders filled (a@b.example for a recipient, s@a.example for a sender, mail.a.example /
 * 192.0.2.1 for the client, a made-up limit). Nothing was taken from the labelled corpus, from any
 * bounce parser's lists or samples, or from a page quoting them; one stock reply written from its own
 * page, KEI's "maildrop: maildir over quota.", is also word for word in the labelled corpus
 * (bounces/mail/lhost-sendmail-13.eml) and in bounce parsers' mailbox-full phrase lists. The pages are new; not all the
 * wording is: 9 replies are stock strings of software the earlier sets already drew from, listed
 * below ("Stock wording") with the figure on the other 41.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05):
 * - cubewerk securePostfach (DE), "securePostfach Postmaster": https://www.cubewerk.de/securepostfach-info/
 * - ALL-INKL (DE), "Email error messages": https://all-inkl.com/en/mail-error/
 * - AwardSpace, "Message count quota exceeded": https://www.awardspace.com/kb/message-count-quota-exceeded/
 * - TPP Wholesale (AU), "Are there any email sending restrictions?": https://support.tppwholesale.com.au/hc/en-gb/articles/360007386298-Are-there-any-email-sending-restrictions-
 * - livedesign (AT) webmail wiki, "Allgemeines": https://wiki.livedesign.at/home/webmail/allgemeines
 * - wpspace (DE), "Postausgangskontrolle: Mail-Versand-Limit überschritten": https://help.wpspace.de/de/articles/10230817-postausgangskontrolle-mail-versand-limit-uberschritten
 * - Newcastle University IT Service, "Email Rejection": https://services.ncl.ac.uk/itservice/help-services/security/emailreject
 * - oopen.de mail-system install notes, postfwd "default rate limits": https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits
 * - Junara (AU), "Email sending limits": https://support.junara.com/hc/en-au/articles/13986538738063-Email-sending-limits
 * - StartMail, "Gesendet-/Empfangen-Limit": https://support.startmail.com/hc/de/articles/360006737337-Gesendet-empfangen-Limit
 * - atmail, "Rate Limits (SRL-UPD)": https://help.atmail.com/hc/en-us/articles/228724627-Rate-Limits-SRL-UPD-
 * - KEI (PL), "Wiadomość zwrotna – Mailer Daemon": https://www.kei.pl/pomoc/wiadmosc-zwrotna/
 * - mlcastle.net, "Anti-Spam Policy": http://mlcastle.net/spam.html
 * - SpamBouncer's bounce text as published on scnresearch.com: https://www.scnresearch.com/pub/network/anti-spam/junk.html
 * - St Dominic's Priory College (AU), e-mail policy and error codes: https://www.stdominics.sa.edu.au/email.html
 * - University of Leicester IT, "I've received an 'Undeliverable' email notification": https://www2.le.ac.uk/offices/itservices/ithelp/faq/undeliverable-email-notification-what-does-this-mean
 * - Royal Holloway IT, "Rejected email - What can I do?": https://intranet.royalholloway.ac.uk/it/faq/itfaqs/email/rejectedemail.aspx
 * - Oni (NL), "Uitgaande e-mail komt terug (mail bounce)": https://oni.nl/help/artikel/uitgaande-e-mail-komt-terug-mail-bounce
 * - DominioAbsoluto (ES) postmaster, incoming-mail checks: http://postmaster.dominioabsoluto.com/checks.html
 * - comramo (DE), "Fehlermeldungen E-Mail-Versand": https://www.comramo.de/mailfaq/
 * - OxiMail (CH), "Postmaster: why your message was refused or bounced": https://oximail.ch/postmaster/
 *
 * First try (on 7b54dad, the set committed before any run; core/explain as on 83b29b7, unchanged
 * here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 32/50 = 64.0 % as a pasted
 * line and 32/50 = 64.0 % in a DSN with a generic status; grammar only 30/50 = 60.0 % both ways (fixed
 * phrases add mlcastle's "address expired" and St Dominic's "Rejected due to malicious content", which
 * the grammar alone leaves unread). No DSN reading differs from its pasted one in category. On the 41
 * replies that are not stock wording it agrees with 25/41 = 61.0 % both ways (grammar only 23/41 =
 * 56.1 %); on the 9 stock ones with 7. The weak side is the sending provider's own limits: 13 replies
 * are hourly, daily or per-message limits (labelled transient; the 14th transient reply, cubewerk's
 * "Try again later", is a temporary local problem, not a limit) and 8 of them disagree, most because
 * their wording ("… per hour exceeded", "recipients per 5 minutes allowed", "mail limit has been
 * reached", "Limit von 30 Mails pro Stunde überschritten") has no reading. The 18 disagreements are
 * listed at the end with what explain() said and why: 6 are meanings only the vendor's page gives
 * (AwardSpace's "Message count quota exceeded" for the account's sending limit, as set 17's DreamHost
 * quota; Junara's relaying of Exchange's generic "A problem occurred during the delivery" for its rate
 * limit; mlcastle's "go away, you evil spammer!" and "… spam domain!" for the owner's own lists of
 * sender addresses and domains; St Dominic's "MTA misconfiguration" for the sending MTA; Oni's "content
 * restrictions" for its spam filter), 9 are wordings no reading covers (livedesign's German hourly
 * limit, Plesk's "limit on the number of allowed outgoing messages was exceeded", StartMail's "mail
 * limit has been reached" under an X.7.1 code, oopen.de's three postfwd limits, mlcastle's "no emails
 * directly to this address", St Dominic's "malicious network", DominioAbsoluto's misspelt
 * "administratvely denied" under #5.7.1), and 3 are a reading deciding over words that carry the page's
 * cause (ALL-INKL's "previously reported as unknown" read as an unknown recipient, SpamBouncer's "spam
 * site" / "spammer" read as a spam verdict on the message, comramo's "This email from IP … has been
 * rejected" over "detected as spam"). Two of the misses are stock wording (Plesk's limit, Exchange's NDR
 * text); two are an X.7.1 code deciding where the words have no reading (StartMail, DominioAbsoluto).
 * The largest sources are St Dominic's (8 replies, 6 agree) and mlcastle.net (7, 4 agree); without
 * them the set reads 22/35 = 62.9 % both ways. No label was changed after the run.
 *
 * After expl19, 38/50 = 76.0 % both ways (grammar only 30/50 = 60.0 %, unchanged: the new readings are
 * phrases): six of the sending limits are read as wording any server may use, each with the nearby
 * wordings it must not take (test/explain/widening-set19.test.ts): a count of messages or recipients
 * per hour or day said exceeded, reached, "überschritten" or allowed after "only" or a maximum
 * (postfwd's two "… per hour exceeded", livedesign's "Limit von 30 Mails pro Stunde überschritten") and
 * the sender's mail or outgoing-message limit said reached or exceeded (StartMail's "Your mail limit
 * has been reached", Plesk's "The limit on the number of allowed outgoing messages was exceeded") are
 * sending-limit; per second or minute (postfwd's "only 5 recipients per 5 minutes allowed") rate-limited.
 * No label was changed. Of the 13 sending limits 2 still disagree, both meanings only the vendor's page
 * gives (AwardSpace's "Message count quota exceeded", Junara's relayed Exchange NDR). On the 41 replies
 * of new wording 30/41 = 73.2 % (grammar only 23/41, unchanged), on the 9 of stock wording 8/9 (Plesk's
 * limit is one of them). These are no longer held-out figures for these wordings (the readings were
 * written from these misses): 61.0 % on the new wording stays the set's held-out figure. The floors
 * pin 38 and 30. The list at the end stays the first try's: eval-bounces prints a reason only for a
 * reply that still disagrees.
 *
 * After expl20, 40/50 = 80.0 % both ways (grammar only 30/50 = 60.0 %, unchanged: the new readings are
 * last resorts, Cause.lastResort): St Dominic's "Rejected due to malicious network" is a sending network
 * judged malicious (poor-reputation) and DominioAbsoluto's "553 sorry, your mail was administratvely
 * denied. (#5.7.1)" mail administratively denied, tolerating the page's dropped "i" (policy-rejection),
 * each as wording any server may use, with the nearby wordings it must not take
 * (test/explain/widening-set20.test.ts). No label was changed. On the 41 replies of new wording 32/41 =
 * 78.0 %, on the 9 of stock wording 8/9. Not held-out for these wordings either: 61.0 % on the new
 * wording stays the set's held-out figure. The floors pin 40 and 32.
 *
 * After expl25, 41/50 = 82.0 % both ways (grammar only 30/50, unchanged: a phrase): a message count
 * limit or quota said exceeded reads as its twin "Message limit exceeded", a count of messages
 * (sending-limit), not a full mailbox (test/explain/widening-set27.test.ts), so AwardSpace's "Message
 * count quota exceeded" agrees; a full mailbox or a size said beside it still decides. Of the 13 sending
 * limits 1 still disagrees (Junara's relayed Exchange NDR). No label was changed. Written from this
 * miss, so not held-out for it: 61.0 % on the new wording stays the set's held-out figure. The floors
 * pin 41 and 33.
 *
 * Stock wording (chosen by where the words come from, before any run). These 9 replies are written
 * on their pages but are the stock text of software the earlier sets already used as a source, so
 * they are not held-out wording: Newcastle University's four (its gateways run smtpf, whose reply
 * list set 17 drew on: "Recipient address not recognised #299", "black listed by <list> #525",
 * "HELO argument … must be a FQDN or IP-domain literal #428", "SPF result Fail; #702"); KEI's
 * "maildrop: maildir over quota." (Courier's maildrop, earlier sets' Courier) and its qmail
 * "does_not_like_recipient./Remote_host_said: … /Giving_up_on …" with a Polish line spliced in
 * (qmail-send's text, set 5's netqmail); Royal Holloway's "The recipient name is not recognised"
 * (Exchange's old NDR text, British spelling); wpspace's "Your message could not be sent. The limit
 * on the number of allowed outgoing messages was exceeded" (Plesk's outgoing-mail control, whose
 * pages sets 14 and 16 used); Junara's "Delivery has failed to these recipients or groups: … A
 * problem occurred during the delivery of this message. Please try to resend the message later."
 * (Exchange's NDR wording around whatever the relay said).
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions: an unknown, cancelled, expired or gone recipient address is mailbox; a sender
 * address or sender domain on the receiver's own list is policy; an attachment-type refusal is
 * policy; a recipient address that takes no direct mail is policy (the recipient's own setting);
 * a sending-rate, hourly, daily or per-message recipient limit of the sending provider or the
 * receiver is transient; a refused client host or IP (block list, reverse DNS, HELO, a "malicious
 * network") is reputation; SPF, DKIM and DMARC failures are authentication; a spam or virus verdict
 * on the message and a link on a URI list are content; a sending service refusing to try an address
 * it recorded as unknown is other (address-suppressed). Where a page says why, its reason wins over
 * the words: cubewerk's "Try again later (cwERR401)" is its own temporary local problem (transient);
 * ALL-INKL's "Message cannot be sent. One or more recipients were previously reported as unknown."
 * is its protective block on addresses that bounced before, not a fresh refusal of the recipient
 * (other); AwardSpace's "Message count quota exceeded" is the hosting account's sending limit, not a
 * full mailbox (transient); Junara's "451 policy- SC01" is its rate limit (transient); mlcastle's
 * "address cancelled" and "address expired" are addresses the owner retired (mailbox), its "go
 * away, you evil spammer!" / "… spam domain!" the owner's own lists of sender addresses and domains
 * (policy), its "dns blocklist" the zen list (reputation), its "Message contains blacklisted domain"
 * a SURBL-listed link in the message (content) and its "no emails directly to this address" an
 * address that only takes forwarded mail (policy); SpamBouncer's notice refuses mail from sites and
 * addresses on the recipient's own filter lists (policy); St Dominic's "Rejected due to unsafe
 * attachments" is its attachment check (policy, as set 17's backschues.net attachment refusal) and
 * its "Rejected due to MTA misconfiguration" a sending MTA that does not comply with the RFCs
 * (reputation, a refused client host); DominioAbsoluto's "553 sorry, your mail was administratvely
 * denied. (#5.7.1)" is its internal block list of sender domains (policy); comramo's "This email
 * from IP … has been rejected. The email message was detected as spam" is its spam filter's verdict
 * (content).
 *
 * Left out as repeats of earlier sets (the same words, other placeholders, or only a code or tag
 * added): ALL-INKL's and St Dominic's "Spam message rejected" (set 12's rspamd); Oni's "Quota
 * exceeded (mailbox for user is full)" (Dovecot's, sets 2 and 3); DominioAbsoluto's "lost
 * connection with … while receiving the initial server greeting" (set 2's Postfix); Dation's (NL)
 * "Too old" (set 1) and "No MX for …" (set 10's Haraka); webstyle.ch's Bluewin "552 RCPT TO Mailbox
 * disk quota exceeded." (set 14's "452 Mailbox disk quota exceeded"); oopen.de's "Too many
 * connections from <ip>" (sets 3, 5, 9, 11, 14); TPP Wholesale's "Administrative prohibition"
 * (set 5). Also left out: a GitHub issue's "554 5.7.1 Matched map:
 * FORBIDDEN_FILE_EXTENSION" (seen only in a bounce pasted into the thread); every reply seen only in
 * a pastebin'd bounce; ProLinux's (UY) list, whose stored copy holds the titles but not the
 * explanations; Edinburgh's and Clustermail's rejection pages (the stored copies give no reply
 * text); the Spam Experts, SpamTitan and MailMarshal pages (no negative reply text stored, or only
 * bounce-parser pages about them); AT&T Worldnet's and Andrews & Arnold's tables (providers earlier
 * sets used).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';


const LABELLED: readonly Probe[] = [
  // --- a secure-mailbox service's own error codes (DE, bilingual) ---
  ...probe('cubewerk securePostfach (DE) postmaster codes', 'transient', ['Try again later (cwERR401)']),
  ...probe('cubewerk securePostfach (DE) postmaster codes', 'mailbox', ['Empfaenger unbekannt. User unknown. (cwERR504)']),
  ...probe('cubewerk securePostfach (DE) postmaster codes', 'policy', ['Anhang blockiert. Nur PDF-Dateien akzeptiert. Attachment blocked. Only PDF is allowed. (cwERR502)']),
  ...probe('cubewerk securePostfach (DE) postmaster codes', 'content', ['Virus erkannt. Virus detected. (cwERR501)']),
  // --- hosting providers' and mail services' sending limits ---
  ...probe('ALL-INKL (DE) email error messages', 'other', ['Message cannot be sent. One or more recipients were previously reported as unknown.']),
  ...probe('AwardSpace message count quota', 'transient', ['Message count quota exceeded']),
  ...probe('TPP Wholesale (AU) sending restrictions', 'transient', ['550 Daily limit has been exceeded for s@a.example']),
  ...probe('livedesign (AT) webmail limits', 'transient', [
    'Mail an 3 Empfänger nicht möglich, da damit das Limit von 30 Mails pro Stunde überschritten wird. Sie haben bereits 28 Mails in der letzten Stunde verschickt. Sie können noch 2 Mails verschicken bis der Zähler um 12:30 zurückgesetzt wird.',
  ]),
  ...probe('wpspace (DE) outgoing mail limit', 'transient', ['Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded']),
  ...probe('Junara (AU) sending limits', 'transient', [
    "You've reached your sending limit. Don't worry you can send again soon.",
    '451 policy- SC01',
    'Delivery has failed to these recipients or groups: a@b.example A problem occurred during the delivery of this message. Please try to resend the message later.',
  ]),
  ...probe('StartMail sending limit', 'transient', ['550 5.7.1 Your mail limit has been reached.']),
  ...probe('atmail rate limits', 'transient', ['Your account has been rate limited. Please try again. (SRL-UPD)']),
  // --- a mail-system install guide's postfwd rate limits (DE) ---
  ...probe('oopen.de mail system postfwd rate limits', 'transient', [
    'only 5 recipients per 5 minutes allowed',
    'Too many recipients, please reduce to less than 50 or consider using a mailing list',
    'Number messages per hour exceeded',
    'Number recipients per hour exceeded',
  ]),
  // --- a university's gateways (smtpf) ---
  ...probe('Newcastle University email rejection', 'mailbox', ['553 5.1.1 <a@b.example>... Recipient address not recognised #299']),
  ...probe('Newcastle University email rejection', 'reputation', [
    '550 5.7.0 [192.0.2.1] black listed by zen.dnsbl.ja.net #525',
    '550 5.7.0 HELO argument mail must be a FQDN or IP-domain literal #428',
  ]),
  ...probe('Newcastle University email rejection', 'authentication', ['550 5.7.1 sender <s@a.example> via 192.0.2.1 SPF result Fail; #702']),
  // --- universities' bounce pages ---
  ...probe('University of Leicester undeliverable notices', 'mailbox', ['Sorry, this address no longer exists']),
  ...probe('Royal Holloway rejected email', 'mailbox', ['The recipient name is not recognised']),
  // --- a Polish host's returned-mail examples ---
  ...probe('KEI (PL) returned mail', 'mailbox', [
    'maildrop: maildir over quota.',
    'failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_/_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.0.2.1.',
  ]),
  // --- personal mail servers' anti-spam pages ---
  ...probe('mlcastle.net anti-spam policy', 'mailbox', ['address cancelled', 'address expired']),
  ...probe('mlcastle.net anti-spam policy', 'policy', ['go away, you evil spammer!', 'go away, you evil spam domain!', 'no emails directly to this address']),
  ...probe('mlcastle.net anti-spam policy', 'reputation', ['dns blocklist']),
  ...probe('mlcastle.net anti-spam policy', 'content', ['Message contains blacklisted domain']),
  // an excerpt: the notice goes on, but no cause words follow the two given here
  ...probe('SpamBouncer bounce notice', 'policy', [
    'This is my mail filter. Your mail apparently either: * came from a site known to me as a spam site, that is, as a site which exists only to spam and has no legitimate users * came from an email address of a spammer known to me',
  ]),
  // --- a school's published rejection reasons ---
  ...probe("St Dominic's Priory College (AU) email error codes", 'authentication', ['Rejected due to SPF failure', 'Rejected due to DKIM mismatch', 'Rejected due to DMARC failure']),
  ...probe("St Dominic's Priory College (AU) email error codes", 'reputation', [
    'Rejected due to reverse DNS mismatch',
    'Rejected due to malicious network',
    'Rejected due to MTA misconfiguration',
  ]),
  ...probe("St Dominic's Priory College (AU) email error codes", 'policy', ['Rejected due to unsafe attachments']),
  ...probe("St Dominic's Priory College (AU) email error codes", 'content', ['Rejected due to malicious content']),
  // --- a Dutch ISP's bounce page ---
  ...probe('Oni (NL) mail bounces', 'content', ['Message rejected due to content restrictions', 'Message blocked due to virus content of the message']),
  // --- a Spanish host's incoming checks ---
  ...probe('DominioAbsoluto (ES) postmaster checks', 'reputation', ['553 Blocked by antispam reputation list: Listed 192.0.2.1']),
  ...probe('DominioAbsoluto (ES) postmaster checks', 'policy', ['553 sorry, your mail was administratvely denied. (#5.7.1)']),
  // --- a German IT provider's filter (outbound appliance wording) ---
  ...probe('comramo (DE) mail FAQ', 'content', ['554 5.7.1 This email from IP 192.0.2.1 has been rejected. The email message was detected as spam']),
  // --- a Swiss mail service's postmaster page ---
  ...probe('OxiMail (CH) postmaster', 'authentication', ["550 5.7.26 Rejected by the sender domain's DMARC policy"]),
  ...probe('OxiMail (CH) postmaster', 'content', ['550 5.7.1 Refused as spam']),
  ...probe('OxiMail (CH) postmaster', 'mailbox', ['550 5.1.1 No such user — the mailbox does not exist here']),
];

/**
 * The first try's disagreements (run on 7b54dad, whose commit held the labels above and nothing
 * else; core/explain as on 83b29b7), each with what explain() said and why. Labels are not changed by
 * this list: it only states the reason, so eval-bounces prints it.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['Message cannot be sent. One or more recipients were previously reported as unknown.', 'mailbox (unknown-recipient): "recipients … unknown" reads as an unknown recipient now; "previously reported as unknown" says the sending service remembers earlier bounces and did not try (ALL-INKL\'s protective block, address-suppressed), which no reading takes'],
  ['Message count quota exceeded', 'mailbox (mailbox-full): "quota exceeded" reads as the recipient\'s full mailbox; only AwardSpace\'s page says it is the hosting account\'s count of sent messages (a sending limit, transient), as set 17\'s DreamHost "Policy Rejection- Quota Exceeded"'],
  ['Mail an 3 Empfänger nicht möglich, da damit das Limit von 30 Mails pro Stunde überschritten wird. Sie haben bereits 28 Mails in der letzten Stunde verschickt. Sie können noch 2 Mails verschicken bis der Zähler um 12:30 zurückgesetzt wird.', 'other (unrecognised-input; refused-unspecified in a DSN): the German "Limit von 30 Mails pro Stunde überschritten" (an hourly sending limit) has no reading'],
  ['Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded', 'other (unrecognised-input; refused-unspecified in a DSN): "the limit on the number of allowed outgoing messages was exceeded" (Plesk\'s outgoing-mail control, a sending limit) has no reading'],
  ['Delivery has failed to these recipients or groups: a@b.example A problem occurred during the delivery of this message. Please try to resend the message later.', 'other (unrecognised-input; refused-unspecified in a DSN): Exchange\'s generic NDR words name no cause; only Junara\'s page says its rate limit produces them (transient)'],
  ['550 5.7.1 Your mail limit has been reached.', 'authentication (not-authorized): the X.7.1 code decides; "your mail limit has been reached" (StartMail\'s hourly sending limit) has no reading'],
  ['only 5 recipients per 5 minutes allowed', 'other (unrecognised-input; refused-unspecified in a DSN): "only <n> recipients per <n> minutes allowed" (a rate limit on unknown servers) has no reading'],
  ['Number messages per hour exceeded', 'other (unrecognised-input; refused-unspecified in a DSN): "messages per hour exceeded" (a sender\'s hourly limit) has no reading'],
  ['Number recipients per hour exceeded', 'other (unrecognised-input; refused-unspecified in a DSN): "recipients per hour exceeded" (a sender\'s hourly recipient limit) has no reading'],
  ['go away, you evil spammer!', 'reputation (client-blocked): "spammer" reads as a refused sending host; only mlcastle\'s page says the list is the owner\'s own file of sender addresses (policy)'],
  ['go away, you evil spam domain!', 'reputation (client-blocked): "spam domain" reads as a refused sending host; only mlcastle\'s page says it is the owner\'s own list of sender domains (policy)'],
  ['no emails directly to this address', 'other (unrecognised-input; refused-unspecified in a DSN): an address that takes only forwarded mail (the recipient\'s own setting, policy) has no reading'],
  ['This is my mail filter. Your mail apparently either: * came from a site known to me as a spam site, that is, as a site which exists only to spam and has no legitimate users * came from an email address of a spammer known to me', 'content (spam-content): "spam site" and "spammer" read as a spam verdict on the message; the words say the mail came from a site or an address the recipient\'s own filter lists (policy)'],
  ['Rejected due to malicious network', 'other (unrecognised-input; refused-unspecified in a DSN): a sending network judged malicious (a refused client network, reputation) has no reading'],
  ['Rejected due to MTA misconfiguration', 'transient (remote-system-error): "misconfiguration" reads as the receiver\'s own fault; only St Dominic\'s page says it is the sending MTA not complying with the RFCs (a refused client host, reputation)'],
  ['Message rejected due to content restrictions', 'policy (policy-rejection): "content restrictions" reads as a local policy, as the earlier reviews settled (set 9\'s "content-type restrictions"); only Oni\'s page says a spam filter refused the content (content)'],
  ['553 sorry, your mail was administratvely denied. (#5.7.1)', 'authentication (not-authorized): the #5.7.1 code decides; "your mail was administratvely denied" (misspelt on the page; DominioAbsoluto\'s internal block list of sender domains, policy) has no reading'],
  ['554 5.7.1 This email from IP 192.0.2.1 has been rejected. The email message was detected as spam', 'reputation (client-blocked): "email from IP <ip> has been rejected" reads as a refused client IP and decides over "the email message was detected as spam" (a spam verdict on the message, content)'],
]);

/**
 * The replies that are stock strings of software the earlier sets drew from, with whose they are (the
 * header's "Stock wording"); the floor test pins agreement on the rest too.
 */
export const STOCK_WORDING_18: ReadonlyMap<string, string> = new Map([
  ['553 5.1.1 <a@b.example>... Recipient address not recognised #299', "smtpf's reply list (set 17: smtpf / Barricade MX)"],
  ['550 5.7.0 [192.0.2.1] black listed by zen.dnsbl.ja.net #525', "smtpf's reply list (set 17: smtpf / Barricade MX)"],
  ['550 5.7.0 HELO argument mail must be a FQDN or IP-domain literal #428', "smtpf's reply list (set 17: smtpf / Barricade MX)"],
  ['550 5.7.1 sender <s@a.example> via 192.0.2.1 SPF result Fail; #702', "smtpf's reply list (set 17: smtpf / Barricade MX)"],
  ['maildrop: maildir over quota.', "Courier's maildrop (earlier sets: Courier)"],
  [
    'failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_/_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.0.2.1.',
    "qmail-send's failure text with a Polish line spliced in (set 5: netqmail)",
  ],
  ['The recipient name is not recognised', "Exchange's NDR text (earlier sets: Exchange)"],
  ['Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded', "Plesk's outgoing-mail control (sets 14 and 16: Plesk pages)"],
  [
    'Delivery has failed to these recipients or groups: a@b.example A problem occurred during the delivery of this message. Please try to resend the message later.',
    "Exchange's NDR wording (earlier sets: Exchange)",
  ],
]);

export const PROBES_18: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
