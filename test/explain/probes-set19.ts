/**
 * Probe set 19 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error and help pages of universities (Yale, Middlebury, IUP, McGill, Iowa, Indiana,
 * Cedarville, Towson), ISPs and hosts (TOAST.net, OzHosting, SA Domain, grhosting, WEDOS, The Messaging
 * Company, eabm, RealSender, NCF), Japanese ISPs' and hosts' FAQs (hocoroco, b-space; chupicom's one
 * reply was removed as a repeat, below), a
 * greylisting notice, a billing service's bounce labels (Payt) and French, Italian and Polish guides
 * (arobase.org, 01net, tuttosullapostaelettronica, webspeed) that no earlier set (1–18) used, each with
 * its placeholders filled (a@b.example for a recipient, s@a.example for a sender, mail.a.example /
 * 192.0.2.1 for the client, b.example for the receiving host, a made-up limit). Nothing was taken
 * from the labelled corpus, from any bounce parser's lists or samples, or from a page quoting them
 * (a Spanish blog's keyword list for bounce processing and a Polish mailing service's bounce classes
 * were passed over for that reason). Some of the words are in the labelled corpus all the same (found
 * by review, grepping corpus/bounces): hocoroco's "could not send message for past 4 hours" is word
 * for word the subject of bounces/mail/lhost-sendmail-55.eml (Sendmail's delay warning); arobase's
 * "Returned mail : user unknown" is Sendmail's DSN subject "Returned mail: User unknown" of
 * lhost-v5sendmail-07.eml and lhost-x1-02.eml, with French spacing; Middlebury's "Message content
 * rejected" is in three (lhost-barracuda-01 and rfc3464-08 as "550 5.7.1 Message content rejected, UBE,
 * id=…", lhost-sendmail-38 bare); and chupicom's removed "Invalid recipient" is in lhost-trendmicro-03
 * as an unknown recipient. The three kept are stock wording (below). The pages are new; not all the wording
 * is: 12 replies are stock strings of software the earlier sets already drew from, listed below
 * ("Stock wording").
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05):
 * - Yale ITS, "SMTP server message: 550 - message rejected": http://pclt.cis.yale.edu/its/email/spam/rblprocess.html
 * - Middlebury LIS wiki, "Blocked Messages - Non-delivered Messages and Similar E-Mail Problems": https://mediawiki.middlebury.edu/LIS/index.php?title=Blocked_Messages_-_Non-delivered_Messages_and_Similar_E-Mail_Problems&oldid=34654
 * - Indiana University of Pennsylvania IT Support Center, "Bounced E-mail Message Information": http://www.iup.edu/itsupportcenter/howto.aspx?id=11239
 * - McGill IT, "Bounced / undelivered email messages": https://mcgill.service-now.com/itportal?id=kb_article_view&sysparm_article=KB0010642
 * - stwalkerster.co.uk, "Greylisted": https://stwalkerster.co.uk/support/greylisted/
 * - OzHosting, "What does Greylisted mean?": https://support.ozhosting.com/support/solutions/articles/48000959262-what-does-greylisted-mean-
 * - arobase.org (FR), "Les messages d'erreur": https://www.arobase.org:443/ecole/erreurs.htm
 * - 01net (FR), "Décryptez votre messagerie": https://01net.com/astuces/decryptez-votre-messagerie-272181.html
 * - RealSender secure email gateway, "limit messages weight": https://realsender.com/secure-email-gateway/security-settings/extra-security-settings/limit-messages-weight
 * - NCF (National Capital FreeNet) HelpWiki, "Emails not delivered": https://help.ncf.ca/Email_messages_rejected (and its revision https://help.ncf.ca/index.php?diff=8393&oldid=8392&title=Emails_not_delivered)
 * - chupicom (JP) FAQ, returned mail (its one reply removed after the run as a repeat, below): https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1
 * - hocoroco (JP), "エラーメール": https://www.hocoroco.net/internet_lifeguide/errormail.html
 * - b-space (JP), "送ったメールが返って来てしまう": https://www.b-space.net/okutta-mail-kaettekuru-error-message-check/
 * - TOAST.net KB, "PTR - Due to Mis-configured DNS Settings": http://support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx
 * - SA Domain (ZA), "Sending E-Mail - Relay Access Denied": https://sadomain.co.za/knowledgebase/239/Sending-E-Mail---Relay-Access-Denied.html
 * - tuttosullapostaelettronica.it (IT), "I principali errori email": https://tuttosullapostaelettronica.it/blog/i-principali-errori-email
 * - University of Iowa ITS, blocked attachments: https://its.uiowa.edu/support/article/1348
 * - Indiana University KB, "Types of attachments blocked from IU email accounts": https://kb.iu.edu/d/ajch
 * - Cedarville University, "Blocked Email Attachments": http://www.cedarville.edu/help/Blocked-Email-Attachments
 * - Towson University, "E-mail Attachment Types Blocked": https://techhelp.towson.edu/TDClient/1879/Portal/KB/PrintArticle?ID=140803
 * - The Messaging Company (AU), "Email sending limits": https://support.themessaging.co/hc/en-au/articles/8366116990735-Email-sending-limits
 * - grhosting (CZ), "Email se vrátil odesílateli jako nedoručitelný": https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx
 * - eabm (CZ), "Nejčastější chyby při doručování emailů": http://blog.eabm.cz/nejcastejsi-chyby-pri-dorucovani-emailu
 * - WEDOS (CZ), "E-maily – Řešení blokovaných zpráv": https://kb.wedos.com/cs/webhosting/e-maily/e-maily-reseni-blokovanych-e-mailu/
 * - webspeed.pl (PL), "Rozszyfrowywanie zwrotek mailowych": https://webspeed.pl/articles/49/rozszyfrowywanie-zwrotek-mailowych-jak-zrozumiec-komunikaty-o-bledach-dostarczenia
 * - Payt (NL/DE), "Was bedeutet die Fehlermeldung 'E-Mail nicht zustellbar'?": https://support.paytsoftware.com/de/was-bedeutet-die-fehlermeldung-e-mail-nicht-zustellbar
 *
 * First try (on 462c398, the set committed before any run; core/explain as on 50688a3, unchanged
 * here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 28/50 = 56.0 % as a pasted
 * line and 28/50 = 56.0 % in a DSN with a generic status; grammar only 28/50 = 56.0 % both ways; on the
 * 38 replies then not marked stock 21/38 = 55.3 % both ways (grammar only 22/38 = 57.9 %), on the 12
 * stock ones 7. Review then found three of the 50 that repeat an earlier set's words with only a code
 * or tag added, which this set's own rule ("Left out as repeats", below) leaves out: TOAST.net's "501
 * Domain must resolve.", chupicom's "Invalid recipient" and arobase's "a@b.example… user unknown". They
 * were removed after the run because they break that rule, not because of what explain() said of them
 * (the first two were misses, the third agreed). Review also marked arobase's "Returned mail : user
 * unknown" as stock (Sendmail's DSN subject; it agrees either way). On the 47 replies kept: 27/47 =
 * 57.4 % pasted and in a DSN; grammar only 27/47 = 57.4 % both ways (the fixed phrases read hocoroco's
 * Sendmail delay warning, which the grammar alone leaves unread, and take 01net's "invalid domain name
 * syntax" as a refused client, which the grammar alone reads as the recipient's domain); on the 35 that
 * are not stock wording 20/35 = 57.1 % both ways (grammar only 21/35 = 60.0 %); on the 12 stock ones
 * 7. The floors in probes-set19.test.ts are these 47-reply figures. No DSN reading differs from its
 * pasted one in category. Two weak sides: attachment-type refusals (all 5 of Iowa's, Indiana's,
 * Cedarville's and Towson's disagree: no reading takes "file extensions that cannot be accepted" or
 * "Invalid file extension on attachment") and TOAST.net's reverse-DNS page (3 of its 4 disagreed at
 * first try, 2 of the 3 kept: only the page says its replies mean a missing PTR record; "Connecting IP
 * must have valid PTR record" agrees). The 20 disagreements of the 47 are listed at the end with what
 * explain() said and why: 8 are meanings only the vendor's page gives (Yale's bare "550 - message
 * rejected" for a deny-listed server; Iowa's malware notice for a blocked attachment type; 01net's
 * "syntax error in parameters or arguments to MAIL command" for an address that does not exist;
 * b-space's "To protect our users from spam" for a blocked sending IP or domain; TOAST.net's two,
 * "Sending address not accepted due to spam filter" and Exchange's time-limit NDR, for a missing PTR
 * record; WEDOS's "mailbox over quota" for its daily sending quota; webspeed's bare "Message Blocked"
 * for unwanted content), 9 are wordings no reading covers (Indiana's "Invalid file extension on
 * attachment" and Exchange's "e-mail rule restriction created by the recipient's organization",
 * Towson's attachment refusal, arobase's French delay warning, 01net's "unable to verify adress"
 * (misspelt) and "invalid local name syntax", b-space's misspelt "User Unknow" and "Host Unknow",
 * McGill's "Domain look up failed"), and 3 are a reading deciding over words that carry the page's
 * cause (Cedarville's "a password protected zip file was blocked" read as a blocked client; a fixed
 * phrase reading 01net's "invalid domain name syntax" as a refused client; grhosting's X.1.1 code
 * reading "550 5.1.1 <…> sender is blacklisted" as an unknown recipient). Five of the misses are stock
 * wording (Iowa's EOP notice, Indiana's Exchange text, TOAST.net's two Exchange texts, grhosting's
 * bizsmtp blacklist). The largest sources are 01net (5 replies, 1 agrees) and hocoroco (5, all agree);
 * without 01net and TOAST.net the first try read 26/41 = 63.4 % both ways (as committed this said
 * 27/41, from counting TOAST.net as 0 of 4; it was 1 of 4), and the 47 kept read 25/39 = 64.1 %. No
 * label was changed after the run; against its own page, Exchange's time-limit text is the label a
 * reviewer may question hardest: TOAST.net's page lists it as what a sender sees when it has no PTR
 * record, not as what the words say.
 *
 * After expl20 (fixe20), 29/47 = 61.7 % both ways (grammar only 29/47 = 61.7 %): Indiana's "Invalid file
 * extension on attachment" and Towson's "file extensions that cannot be accepted" are read as an
 * attachment refused by its type (policy-rejection, as the earlier sets label attachment-type
 * refusals), and Exchange's "Could not deliver the message in the time limit specified" as an expiry
 * (delivery-expired, transient), each as wording any server may use, with the nearby wordings it must
 * not take (test/explain/widening-set20.test.ts). No label was changed; TOAST.net's time-limit reply,
 * labelled reputation from its page, still disagrees (transient now, not other). On the 35 of new
 * wording 22/35 = 62.9 %. Not held-out for these wordings: 57.4 % (57.1 % on the new wording) stays the
 * set's held-out figure. The floors pin 29 and 22. The list at the end stays the first try's:
 * eval-bounces prints a reason only for a reply that still disagrees (TOAST.net's time-limit reason
 * there is the first try's).
 *
 * Pages not wholly new, and replies that are not a server's reply to a sender (noted by review):
 * The Messaging Company's sending-limits page is the same Zendesk template as Junara's (a set-18
 * source), and its one reply here, "An error occurred while sending mail. The mail server responded:
 * too many recipients.", is word for word on Junara's page, of which set 18 took three other lines; it
 * is no set's reply, but the team had read these words (expl19's readings were written from set 18's
 * pages). grhosting's page is Forpsi's text, which konto.pl (a set-14 source) also publishes in Polish
 * (support.konto.pl/kb/a2871). Four replies are not SMTP replies: WEDOS's "mailbox over quota" is its
 * webmail's screen message; Payt's "Bounced address" and "DKIM required for recipient domain" are
 * labels in Payt's interface; Cedarville's "a password protected zip file was blocked" is what its page
 * says a recipient sees when the zip is removed, not a bounce to the sender. They are kept as words a
 * user may paste, labelled by their pages. Indiana's two replies are consecutive lines of one Exchange
 * NDR body (kb.iu.edu/d/ajch), so one bounce is counted twice (both disagree). stwalkerster's
 * "Greylisted, see … or wait 300 seconds" is kept although set 17 left out WWBCity's postgrey
 * "Greylisted, see …": WWBCity's was set 11's postgrey text with only another URL, a repeat by the rule
 * below, while this one adds a clause ("or wait 300 seconds") set 11 does not have, which the rule
 * (same words, other placeholders, or only a code or tag added) does not cover; it is marked stock, so
 * the new-wording figure leaves it out.
 *
 * Stock wording (chosen by where the words come from, before any run, except arobase's "Returned
 * mail : user unknown", marked by review after it). These 12 replies are written on their pages but
 * are the stock text of software the earlier sets already used as a source, so they are not held-out
 * wording: Middlebury's "Message content rejected" (its gateway is a Barracuda Spam Firewall, but the
 * words are more likely amavisd-new's, whose "550 5.7.1 Message content rejected, UBE, id=…" is in
 * the labelled corpus; earlier sets drew on both); stwalkerster's "Greylisted, see … or wait 300
 * seconds" (postgrey's greylist text, set 11, with a wait added; the page is postgrey's help page
 * adapted); arobase's "Returned mail : user unknown" (Sendmail's DSN subject, French spacing);
 * hocoroco's "could not send message for past 4 hours" (Sendmail's delay warning); NCF's "Message
 * rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?…" (the SPF policy
 * daemon's text, set 12's postfix-policyd-spf); TOAST.net's "Remote Server returned '554 5.0.0 <… #5.0.0
 * smtp; …>'" wrapper and "Could not deliver the message in the time limit specified…" (Exchange's NDR
 * texts); Iowa's "Your email message was not delivered as is … because malware was detected …"
 * (Exchange Online Protection's malware notice, earlier sets' Microsoft 365); Indiana's "Your message
 * wasn't delivered due to an e-mail rule restriction …" (Exchange's transport-rule NDR text);
 * grhosting's three (qmail's chkuser "sorry, final recipient mailbox is full (chkuser)", set 5, and
 * Forpsi's bizsmtp "… sender is blacklisted" and "… blocked by SPF", the software of set 15's Aruba).
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions: an unknown recipient, a mistyped or non-existent address or domain and a full mailbox
 * are mailbox; a size or attachment-type refusal is policy; a sender address on the recipient's own
 * block list is policy; a refused relay is relay; greylisting, a delay warning and a sending provider's
 * own limits are transient; a refused client host or IP (block list, reverse DNS) is reputation; SPF,
 * DKIM and DMARC failures are authentication; a spam or virus verdict on the message is content; a
 * sending service refusing to try an address it recorded as bouncing is other (address-suppressed).
 * Where a page says why, its reason wins over the words: Yale's "550 - message rejected" is a sending
 * server on a Spamhaus deny-list (reputation); b-space's "To protect our users from spam" is an IP or
 * domain temporarily blocked for sending mass spam (reputation); TOAST.net's three (four as
 * committed) are what a sender sees when its server has no matching PTR record (reputation), the delay
 * notice included; SA Domain's "Unable to relay" is a client not logged in or on another network
 * (relay); the Messaging Company's "too many recipients" is its own sending limit (transient); Iowa's
 * malware notice is its block of attachment types (a .docm, policy, as set 17's backschues.net
 * attachment refusal); Cedarville's "a password protected zip file was blocked" is its attachment rule
 * (policy); WEDOS's "mailbox over quota" is the webmail's message when the daily sending quota is used
 * up, not a full mailbox (transient); Payt's "Bounced address" is its mail partner's block on an
 * address that failed before (other; this widens set 18's "an address it recorded as unknown" to one
 * recorded as bouncing, as the page also names the recipient's technical problems) and its "DKIM
 * required for recipient domain" a sender without DKIM (authentication); webspeed's "Message Blocked" is content judged unwanted (content).
 *
 * Left out as repeats of earlier sets (the same words, other placeholders, or only a code or tag
 * added): McGill's "Invalid mailbox", "Mailbox not found", "User unknown", "Host unknown"; IUP's
 * "unknown user account" (set 5's "550 5.1.1 unknown user account <…>"); chupicom's "temporarily over
 * quota." (a piece of "The user(s) account is temporarily over quota."); website.com.bn's "550 Message
 * Rejected"; a blog's "550: High probability of spam" (Carerix, set 9); SA Domain's "Relaying
 * prohibited"; register365's "554 Relay access denied"; webpal's "has exceeded the max emails per hour"
 * (cPanel's, set 17); grhosting's "552 5.2.0 … spam detected" (set 15's Aruba, another id); Neo's
 * "450 4.7.25 Client host rejected: cannot find your hostname" (Postfix's, sets 4 and 9, another code);
 * the Korean hanafos list (its "451 4.4.0 DNS resolving error" is set 8's); kluenter.de's "Greylisted
 * for 300 seconds" (set 15). Also left out: GMX's newsroom page (GMX is a provider earlier sets used),
 * Virgilio/Libero, STRATO, Interia and Seznam pages (providers earlier sets used), UBC Mathematics'
 * and Gordano's pages (no reply text stored), econs.net's table (its stored copy lost which text goes
 * with which meaning), emailacademy.fr's "Message rejected due to policy restrictions" (the page gives
 * several causes, none its own). Removed after the first try as repeats by the same rule, found by
 * review (see "First try"): TOAST.net's "501 Domain must resolve." (set 16's ICG Link "451 From:domain
 * must resolve", labelled policy there), chupicom's "Invalid recipient" (set 1's OpenSMTPD "550 Invalid
 * recipient" and Mimecast's "550 Invalid Recipient - …", mailbox there, as is the corpus's
 * lhost-trendmicro-03; chupicom's page gives policy, the recipient's own domain filter) and arobase's
 * "a@b.example… user unknown" (set 1's Sendmail "550 <a@b.example>... User unknown", the ground McGill's
 * "User unknown" was left out on).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- universities' help pages ---
  ...probe('Yale ITS 550 message rejected', 'reputation', ['550 - message rejected']),
  ...probe('Middlebury LIS blocked messages', 'content', ['Message content rejected']),
  ...probe('IUP IT Support Center bounced e-mail', 'mailbox', ['account is full (quota exceeded)']),
  ...probe('McGill IT bounced email messages', 'mailbox', ['Domain look up failed']),
  ...probe('University of Iowa ITS blocked attachments', 'policy', [
    'This message was created automatically by mail delivery software. Your email message was not delivered as is to the intended recipients because malware was detected in one or more attachments included with it. All attachments were deleted.',
  ]),
  ...probe('Indiana University blocked attachment types', 'policy', [
    'Invalid file extension on attachment',
    "Your message wasn't delivered due to an e-mail rule restriction created by the recipient's organization e-mail administrator.",
  ]),
  ...probe('Cedarville University blocked attachments', 'policy', ['a password protected zip file was blocked']),
  ...probe('Towson University blocked attachment types', 'policy', [
    "The file attachment(s) you sent have file extensions that cannot be accepted by Towson University's mail servers (such as executable or compressed file types)",
  ]),
  // --- greylisting notices ---
  ...probe('stwalkerster.co.uk greylisting help', 'transient', ['Greylisted, see https://b.example/support/greylisted/ or wait 300 seconds']),
  ...probe('OzHosting greylisting help', 'transient', ['Temporary rejection due to greylisting']),
  // --- French and Italian guides ---
  ...probe('arobase.org (FR) error messages', 'mailbox', ['Returned mail : user unknown']),
  ...probe('arobase.org (FR) error messages', 'transient', ['Avertissement : ce message n’a pu être envoyé ces 4 dernières heures']),
  ...probe('01net (FR) mail errors', 'mailbox', [
    "ERROR Mailbox doesn't exist",
    'unable to verify adress',
    'syntax error in parameters or arguments to MAIL command',
    'invalid local name syntax',
    'invalid domain name syntax',
  ]),
  ...probe('tuttosullapostaelettronica (IT) main email errors', 'mailbox', ['Bad recipient address syntax']),
  // --- a gateway's size limit and a free-net's SPF example ---
  ...probe('RealSender gateway message weight limit', 'policy', [
    'The message you are trying to send exceeds the global size limit of (10485760 bytes) of the server, reduce the size of the message and attempt to send again.',
  ]),
  ...probe('NCF HelpWiki emails not delivered', 'authentication', [
    '550 5.7.23 <a@b.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=s@a.example;ip=192.0.2.1;r=<UNKNOWN>',
  ]),
  // --- Japanese ISPs' and hosts' FAQs ---
  ...probe('hocoroco (JP) error mail', 'mailbox', ['user name is unknown', 'host name is unknown', 'mail box is full']),
  ...probe('hocoroco (JP) error mail', 'transient', ['could not send message for past 4 hours']),
  ...probe('hocoroco (JP) error mail', 'policy', ['message is too large']),
  ...probe('b-space (JP) returned mail', 'mailbox', ['Host Unknow', 'User Unknow', 'Mail box full']),
  ...probe('b-space (JP) returned mail', 'policy', ['Message size exceed maximum size']),
  ...probe('b-space (JP) returned mail', 'reputation', ['To protect our users from spam']),
  // --- an ISP's reverse-DNS requirement ---
  ...probe('TOAST.net PTR requirement', 'reputation', [
    "Remote Server returned '554 5.0.0 <mail.b.example #5.0.0 smtp; 554 Sending address not accepted due to spam filter>'",
    'Could not deliver the message in the time limit specified. Please retry or contact your administrator.',
    'Connecting IP must have valid PTR record for 192.0.2.1',
  ]),
  // --- hosts' relay and sending limits ---
  ...probe('SA Domain (ZA) relay access denied', 'relay', ['Unable to relay']),
  ...probe('The Messaging Company (AU) sending limits', 'transient', ['An error occurred while sending mail. The mail server responded: too many recipients.']),
  ...probe('WEDOS (CZ) blocked sending', 'transient', ['mailbox over quota']),
  // --- Czech hosts' bounce pages ---
  ...probe('grhosting (CZ) undeliverable mail', 'mailbox', ['552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)']),
  ...probe('grhosting (CZ) undeliverable mail', 'policy', ['550 5.1.1 <s@a.example> sender is blacklisted']),
  ...probe('grhosting (CZ) undeliverable mail', 'authentication', ['550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF']),
  ...probe('eabm (CZ) delivery errors', 'mailbox', ['Quota exceeded for user']),
  ...probe('eabm (CZ) delivery errors', 'policy', ['Message size 31457280 exceeds size limit']),
  // --- a Polish host's guide to returned mail ---
  ...probe('webspeed.pl (PL) returned mail', 'mailbox', ['Mailbox Unavailable']),
  ...probe('webspeed.pl (PL) returned mail', 'transient', ['Server Timeout']),
  ...probe('webspeed.pl (PL) returned mail', 'content', ['Message Blocked']),
  // --- a billing service's bounce labels ---
  ...probe('Payt bounce labels', 'other', ['Bounced address']),
  ...probe('Payt bounce labels', 'authentication', ['DKIM required for recipient domain']),
];

/**
 * The first try's disagreements (run on 462c398, whose commit held the labels above and nothing
 * else; core/explain as on 50688a3), each with what explain() said and why. Labels are not changed by
 * this list: it only states the reason, so eval-bounces prints it.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['550 - message rejected', 'other (refused-unspecified): a bare refusal names no cause; only Yale\'s page says the sending server is on a Spamhaus deny-list (reputation)'],
  ['Domain look up failed', 'other (unrecognised-input; refused-unspecified in a DSN): "domain look up failed" (the recipient\'s domain does not exist, mailbox) has no reading'],
  [
    'This message was created automatically by mail delivery software. Your email message was not delivered as is to the intended recipients because malware was detected in one or more attachments included with it. All attachments were deleted.',
    'content (virus-detected): the words say malware was detected; only Iowa\'s page says the notice comes from its block of attachment types (a .docm, policy)',
  ],
  ['Invalid file extension on attachment', 'other (unrecognised-input; refused-unspecified in a DSN): an attachment\'s file extension refused (policy) has no reading'],
  [
    "Your message wasn't delivered due to an e-mail rule restriction created by the recipient's organization e-mail administrator.",
    'other (unrecognised-input; refused-unspecified in a DSN): Exchange\'s "e-mail rule restriction created by the recipient\'s organization" (a local rule, here Indiana\'s attachment rule, policy) has no reading',
  ],
  ['a password protected zip file was blocked', 'reputation (client-blocked): "… was blocked" reads as a blocked client and decides over "a password protected zip file" (an attachment rule, policy)'],
  [
    "The file attachment(s) you sent have file extensions that cannot be accepted by Towson University's mail servers (such as executable or compressed file types)",
    'other (unrecognised-input; refused-unspecified in a DSN): "file extensions that cannot be accepted" (an attachment-type refusal, policy) has no reading',
  ],
  ['Avertissement : ce message n’a pu être envoyé ces 4 dernières heures', 'other (unrecognised-input; refused-unspecified in a DSN): the French delay warning ("n\'a pu être envoyé ces 4 dernières heures", transient) has no reading'],
  ['unable to verify adress', 'other (unrecognised-input; refused-unspecified in a DSN): "unable to verify adress" (misspelt on the page; an address that does not exist, mailbox) has no reading'],
  ['syntax error in parameters or arguments to MAIL command', 'other (smtp-protocol-error): the words are RFC 5321\'s syntax error; only 01net\'s page says it means the address does not exist (mailbox)'],
  ['invalid local name syntax', 'other (unrecognised-input; refused-unspecified in a DSN): "invalid local name syntax" (the address\'s local part, mailbox) has no reading'],
  ['invalid domain name syntax', 'reputation (client-blocked): a fixed phrase reads "invalid domain name" as a refused client; the grammar alone reads the recipient\'s domain (mailbox), as 01net\'s page says'],
  ['Host Unknow', 'other (unrecognised-input; refused-unspecified in a DSN): "Unknow" (misspelt on the page) is not "unknown"; the recipient\'s host does not exist (mailbox)'],
  ['User Unknow', 'other (unrecognised-input; refused-unspecified in a DSN): "Unknow" (misspelt on the page) is not "unknown"; the recipient does not exist (mailbox)'],
  ['To protect our users from spam', 'content (spam-content): "spam" reads as a verdict on the message; only b-space\'s page says an IP or domain sending mass spam is blocked for a while (reputation)'],
  [
    "Remote Server returned '554 5.0.0 <mail.b.example #5.0.0 smtp; 554 Sending address not accepted due to spam filter>'",
    'content (spam-content): "spam filter" reads as a verdict on the message; only TOAST.net\'s page says the sending server has no matching PTR record (reputation)',
  ],
  ['Could not deliver the message in the time limit specified. Please retry or contact your administrator.', 'other (unrecognised-input; refused-unspecified in a DSN): Exchange\'s time-limit text has no reading; only TOAST.net\'s page says it follows its PTR refusals (reputation)'],
  ['mailbox over quota', 'mailbox (mailbox-full): "mailbox over quota" reads as the recipient\'s full mailbox; only WEDOS\'s page says its webmail shows it when the daily sending quota is used up (transient)'],
  ['550 5.1.1 <s@a.example> sender is blacklisted', 'mailbox (unknown-recipient): the X.1.1 code decides over "sender is blacklisted" (the recipient\'s own block list of sender addresses, policy)'],
  ['Message Blocked', 'other (unrecognised-input; refused-unspecified in a DSN): a bare "Message Blocked" names no cause; only webspeed\'s page says the content was judged unwanted (content)'],
]);

/**
 * The replies that are stock strings of software the earlier sets drew from, with whose they are (the
 * header's "Stock wording"); the floor test pins agreement on the rest too.
 */
export const STOCK_WORDING_19: ReadonlyMap<string, string> = new Map([
  ['Message content rejected', "a stock content refusal, more likely amavisd-new's (its 'Message content rejected, UBE, id=…' is in the labelled corpus) than the Barracuda gateway's (earlier sets: amavisd-new, Barracuda)"],
  ['Greylisted, see https://b.example/support/greylisted/ or wait 300 seconds', "postgrey's greylist text with a wait added (set 11: postgrey)"],
  ['Returned mail : user unknown', "Sendmail's DSN subject with French spacing (earlier sets: Sendmail); marked after review, not before the run"],
  ['could not send message for past 4 hours', "Sendmail's delay warning (earlier sets: Sendmail)"],
  [
    '550 5.7.23 <a@b.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=s@a.example;ip=192.0.2.1;r=<UNKNOWN>',
    "the SPF policy daemon's text (set 12: postfix-policyd-spf)",
  ],
  ["Remote Server returned '554 5.0.0 <mail.b.example #5.0.0 smtp; 554 Sending address not accepted due to spam filter>'", "Exchange's NDR wrapper (earlier sets: Exchange)"],
  ['Could not deliver the message in the time limit specified. Please retry or contact your administrator.', "Exchange's NDR text (earlier sets: Exchange)"],
  [
    'This message was created automatically by mail delivery software. Your email message was not delivered as is to the intended recipients because malware was detected in one or more attachments included with it. All attachments were deleted.',
    "Exchange Online Protection's malware notice (earlier sets: Microsoft 365)",
  ],
  ["Your message wasn't delivered due to an e-mail rule restriction created by the recipient's organization e-mail administrator.", "Exchange's transport-rule NDR text (earlier sets: Exchange)"],
  ['552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)', "qmail's chkuser (set 5: qmail / vpopmail / chkuser)"],
  ['550 5.1.1 <s@a.example> sender is blacklisted', "Forpsi's bizsmtp (set 15: Aruba)"],
  ['550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF', "Forpsi's bizsmtp (set 15: Aruba)"],
]);

export const PROBES_19: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
