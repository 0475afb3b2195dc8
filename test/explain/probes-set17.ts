/**
 * Probe set 17 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published reply lists and help pages of an SMTP filtering proxy, a sending MTA, anti-spam add-ons,
 * sending relays, hosting providers, a university and small mail services that no earlier set (1–16)
 * used, each with its placeholders filled (a@b.example for a recipient, s@a.example for a sender,
 * mail.a.example / 192.0.2.1 for the client, a made-up limit). Nothing was taken from the labelled
 * corpus, from any bounce parser's lists or samples, or from a page quoting them. The pages are new;
 * not all the wording is: 12 replies are stock strings of software the earlier sets already drew from
 * (one of them also in the labelled corpus, two also in bounce parsers' phrase lists), listed below
 * ("Stock wording") with the figure on the other 38.
 *
 * Sources (web pages and product docs, as the search tool's stored copies read on 2026-12-05):
 * - smtpf / Barricade MX (SnertSoft), "SMTP Replies": http://www.snertsoft.com/smtp/smtpf/reply.html (2.3.12) and http://www.milter.info/smtp/smtpf/reply.html (2.1.56); the stored copies hold the list's first entries only, so the rest of the same list was read from the page's generator in the product's repository (SirWumpus/smtpf: doc/reply.awk over src/*.c, which writes reply.html), same replies and explanations
 * - open-mail.org "3 Strikes" SMTP replies: http://open-mail.org/3strikes/SMTPmessages.txt
 * - SMTP2GO help centre, "Common Sending Errors" and "550 that SMTP username's account is not allowed to send": https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors, https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send
 * - DreamHost, "SMTP quota overview": https://help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview
 * - ThisWebHost, "I am receiving an error sending e-mail": https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html
 * - InMotion Hosting, "Domain exceeded max emails per hour": http://www.inmotionhosting.com/support/email/bounceback-errors/domain-exceeded-max-emails-per-hour
 * - Cleanmail (CH), "Stricter rules for accepting mail with sender bluewin.ch" and its support index (Outlook Express end-of-life): https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en, https://support.cleanmail.ch/author/supportcleanmail-ch
 * - Western Kentucky University IT, "Meaning of Bounce Back Email": https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911
 * - AGNX helpdesk, "SMTP Error Codes": https://agnx.com/helpdesk/doku.php?id=faq:email:smtp_error_codes
 * - GEN (UK), "Email Rejection Messages": https://support.gen.uk/kb/faq.php?id=237
 * - VDX (NL), "550 Subject contains invalid characters": https://www.vdx.nl/faq/email/email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters
 * - Hoasted (NL), "E-mail fouten debuggen": https://support.hoasted.com/article/282-e-mail-fouten-debuggen
 * - MagicSpam (its vendor's forum answer), "What kind of messages will blocked senders receive?": http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print
 * - GreenArrow Engine, "Remote Delivery Attempt Error Messages": https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages
 * - mx0.backschues.net, a mail service's page of its rejection notices (EN/DE): https://mx0.backschues.net
 * - Brown Rice Internet, "… 554 mail server permanently rejected message …": https://support.brownrice.com/content/3/189/en/someone-sent-me-an-email-and-it-was-returned-to-them-with-a-554-mail-server-permanently-rejected-message-message-what_s-up-with-that.html
 * - WWBCity, mail errors: http://wwbcity.com/contact/mail-errors.html
 * - Mittwald (DE), "Was bedeutet meine E-Mail-Fehlermeldung?": http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung
 *
 * First try (on 7c4c0ae, the set committed before any run; core/explain as on 93dec76, unchanged
 * here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 24/50 = 48.0 % as a pasted
 * line and 24/50 = 48.0 % in a DSN with a generic status; grammar only 20/50 = 40.0 % both ways (fixed
 * phrases add open-mail's "is not a valid address", SMTP2GO's "sender domain not verified", cPanel's
 * "max emails per hour" and WKU's "rejecting banned content", which the grammar alone leaves unread).
 * 13 replies (26 %) come from smtpf's list, the one long list among the sources; 5 of them disagree.
 * The 26 disagreements are listed at the end with what explain() said and why: 7 are meanings only the
 * vendor's page gives (smtpf's "is schizophrenic" and its "sender <…> black listed" from its own access
 * map; SMTP2GO's "that IP address is not allowed to send"; DreamHost's "Policy Rejection- Quota
 * Exceeded" for the outgoing quota; Cleanmail's "Forged sender domain from this server" for SPF and its
 * "CMR-HDR-OE-EOL"; Brown Rice's bare "554 mail server permanently rejected message"), 11 are wordings
 * no reading covers (a DSN or MDN for mail that did not originate here, "UUCP addressing denied",
 * "rejected URI NS", a "dictionary attack", "<name> is not a valid HELO name", "not authorized to
 * transmit with a HELO name ending in <domain>", an account "not allowed to send", cPanel's "max defers
 * and failures per hour", GreenArrow's full backlog slots and paused deliveries, "sender and
 * authenticated user must be the same"), and 8 are a fixed phrase, a code or a gateway's name deciding
 * over words that carry the page's cause ("blacklisted" over "<recipient> has blacklisted <sender>",
 * "unsolicited email" over "an unusual amount … originating from your address", "X-Spam-&-Virus-
 * Firewall" over "Name or service not known", the malformed-content reading over a header refusal,
 * "without authentication" over "relay through this server", "prohibited by local policy" over "does not
 * have any MX records", qmail's #5.4.6 over its MX-points-here sentence, "malware" over "the attachment
 * file type … has been rejected"). Four of the misses are smtpf's X.7.1 code deciding where the words
 * have no reading; no DSN reading differs from its pasted one.
 *
 * Corrected after the first run (the review of 110e40b checked the replies against their sources;
 * the paragraph above is the first try as it was):
 * - smtpf's #894 was filled in wrongly. Its source (src/uribl.c: "550 5.7.1 rejected URI NS, %s #894")
 *   fills the %s with the reject message setRejectMessage() wrote, "black listed %s by %s #762" (the
 *   link's host and the list that named its name server), so the reply smtpf sends is "550 5.7.1
 *   rejected URI NS, black listed c.example by d.example #762 #894"; the first try ran on "… rejected
 *   URI NS, ns1.c.example #894", a string smtpf never sends. Its label (content) stands. explain()
 *   reads the corrected reply as reputation (blocklisted) both ways: "black listed … by <list>" decides,
 *   where the first text read authentication (not-authorized) by its X.7.1 code. It disagrees either
 *   way, so the figure does not move; it moves from the wordings no reading covers to the phrases
 *   deciding over the cause words, and three misses, not four, are smtpf's X.7.1 code deciding.
 * - Three labels were wrong against their own pages and the category table (docs/explain.md, "Causes"),
 *   and are corrected; a label is not changed for any other reason:
 *   - Hoasted's "550-550 relay through this server without authentication.": relay → authentication.
 *     Hoasted's page says the cause is that SMTP authentication (the same user name and password as for
 *     incoming mail) has not been turned on in the client; the category table gives this very text as
 *     its example of smtp-auth-required. The words are also not held out: they are the tail of the
 *     cPanel Exim refusal in the labelled corpus (bounces/mail/rhost-messagelabs-01.eml, labelled
 *     authentication). explain() reads it as authentication both ways, so it now agrees.
 *   - GreenArrow's qmail "Sorry. Although I'm listed as a best-preference MX or A for that host …
 *     (#5.4.6)": other → transient. GreenArrow's page says there are no IP addresses for mail
 *     exchangers that are not on the local machine: the recipient domain's MX points back at the
 *     sending host, a routing loop (RFC 3463 X.4.6), which the category table files under transient
 *     (network-error, "mail loop") and the earlier sets label transient (set 12's Postfix "mail for
 *     <domain> loops back to myself"); other has no cause for a misconfiguration, so no reading could
 *     have agreed with it. explain() reads it as transient (network-error) both ways: it now agrees.
 *   - open-mail's "… 192.0.2.1 is not authorized to transmit with a HELO name ending in a.example …":
 *     authentication → reputation. open-mail.org/rejects says the transmitter must pass one of its
 *     checks: a PTR record matching the HELO name, an A or MX record of the HELO name for the IP, or an
 *     SPF, SenderID or CSV record of the HELO name authorising it — a HELO / DNS identity refusal, which
 *     this set's own convention labels reputation (authentication is SPF, DKIM, DMARC of the message
 *     and SMTP AUTH). explain() says other both ways: a miss with either label.
 *   With these labels the set reads 26/50 = 52.0 % as a pasted line and 26/50 = 52.0 % in a DSN with a
 *   generic status, grammar only 22/50 = 44.0 % both ways (first try: 24, 24 and 20 with the labels as
 *   first set); no reading was changed. The floor pins 26, and the list at the end keeps the 24
 *   replies that still disagree: 7 meanings only the vendor's page gives, 10 wordings no reading
 *   covers, 7 a phrase, code or gateway name deciding over the cause words (first try: 7, 11, 8).
 *
 * After expl18, 36/50 = 72.0 % both ways (grammar only 27/50 = 54.0 %): the ten wordings no reading
 * covered are read as wording any MTA may use, each with the nearby wordings it must not take
 * (test/explain/widening-set18.test.ts): the dictionary attack, the two HELO refusals, an account not
 * allowed to send, "max defers and failures per hour", GreenArrow's full connection slots and paused
 * deliveries, "sender and authenticated user must be the same", "UUCP addressing denied" and the DSN
 * or MDN for a message that did not originate here. No label was changed. The 14 misses left are the 7
 * meanings only the vendor's page gives and the 7 phrases, codes or gateway names deciding over the
 * cause words. On the 38 replies of new wording 26/38 = 68.4 % (grammar only 20/38 = 52.6 %), on the
 * 12 of stock wording 10/12 (cPanel's "max defers and failures per hour" is one of them); without
 * smtpf 26/37 = 70.3 % (grammar only 19/37), smtpf's own 10/13; on the new wording without smtpf
 * 16/25 = 64.0 % (grammar only 12/25 = 48.0 %). These are no longer held-out figures (the readings
 * were written from these misses): 44.7 % on the new wording stays the set's held-out figure. The
 * floors pin 36 and 26. The list at the end stays the first try's: eval-bounces prints a reason only
 * for a reply that still disagrees.
 *
 * Stock wording (listed after the review of 110e40b, which found most of them; chosen by where the
 * words come from, before counting how explain() reads them, and none removed, since removing replies
 * after a run would select on its results). These 12 replies are written on their vendors' pages but
 * are the stock text of software the earlier sets already used as a source, so they are not held-out
 * wording: GreenArrow's "Sorry, I couldn't find any host by that name. (#4.1.2)" and "Sorry. Although
 * I'm listed as a best-preference MX … (#5.4.6)" (qmail-remote.c's temp_dns and perm_ambigmx; set 5
 * drew on netqmail's qmail-remote); Brown Rice's "554 mail server permanently rejected message"
 * (qmail's text for qmail-queue's exit 31, "mail server permanently rejected message (#5.3.0)");
 * InMotion's "… has exceeded the max emails per hour …", ThisWebHost's "… max defers and failures per
 * hour …" and Hoasted's "550-550 relay through this server without authentication." (cPanel's Exim
 * configuration, which earlier sets drew on as "cPanel Exim ACL"; Hoasted's is also the tail of a
 * bounce in the labelled corpus); ThisWebHost's "550 5.7.1 [CSR] Our system has detected an unusual
 * amount of unsolicited email originating from your address" (MailChannels' outbound [CSR] block,
 * whose pages set 16 used; the host relays through it); Mittwald's "4.5.3 Error: too many recipients"
 * (Postfix smtpd), GEN's "Sender address rejected: unverified address" (Postfix's sender address
 * verification), WWBCity's "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked." (Postfix's
 * client-access refusal, set 2's template without its list) and SMTP2GO's "535 Incorrect
 * authentication data" (Exim's AUTH failure); WKU's "554 rejecting banned content" (in bounce parsers'
 * spam phrase lists, which the vocabulary also reads by its fixed phrase; InMotion's "max emails per
 * hour" is in their rate-limit lists too). explain() agrees with 9 of these 12. On the other 38 replies
 * (the wording no earlier source holds) it agrees with 17/38 = 44.7 % both ways (grammar only 15/38 =
 * 39.5 %), against 26/50 = 52.0 % on the whole set; the floor test pins both. The same rule explains
 * the repeats left out below: GreenArrow's "couldn't find any host named …" (#5.1.2) and "couldn't find
 * a mail exchanger or IP address" are replies set 5 already holds (the first word for word, the second
 * with #5.4.4 for set 5's #4.4.3), and a reply an earlier set holds, but for its placeholders or a
 * code, is left out; the two GreenArrow replies kept are other strings of the same qmail-remote.c that
 * no earlier set holds, so they are kept and listed here as stock wording.
 *
 * One source's weight: smtpf gives 13 of the 50 replies (open-mail's one template 7 more). Without
 * smtpf the set reads 18/37 = 48.6 % both ways (grammar only 14/37 = 37.8 %; at first try, with the
 * labels as first set, 16/37 = 43.2 %); smtpf's own replies agree 8/13. Three of smtpf's five misses
 * are one behaviour counted three times: its X.7.1 code deciding where the words have no reading (by
 * design; a bare X.7.1 reads as not authorised). On the new wording without smtpf, 9/25 = 36.0 %
 * (grammar only 7/25 = 28.0 %).
 *
 * Labels are what each page says the reply means, set before any run (three corrected after it, as
 * above), with the earlier sets' conventions: a malformed or unknown recipient address and a
 * recipient domain that cannot receive mail are mailbox; a refused sender address or sender domain is policy (also one on the receiver's own
 * access list, one not verified for the sending account, and a sending account or authenticated IP the
 * provider or the account itself has disabled); a header or attachment-type refusal is policy; a refused
 * relay is relay; greylisting, a sending-rate, hourly or monthly limit and a temporary DNS failure are
 * transient; a refused client host or IP, a missing PTR, a HELO refusal and an IP or account blocked for
 * the spam it sent are reputation; SPF / SMTP AUTH failures are authentication; a spam verdict on the
 * message is content; a routing loop is transient. Where a page says why, its reason wins over
 * the words: smtpf's "recipient <…> unknown" is a call-ahead that the downstream host refused (mailbox,
 * whatever its X.7.1 code); its "DSN or MDN for message that did not originate here" refuses a bounce
 * for mail it never sent (policy, as set 11's qpsmtpd bogus_bounce); its "client … is schizophrenic"
 * is a client that sent HELO twice with different names (reputation, as HELO refusals); Cleanmail's
 * "CMR-HDR-OE-EOL" refuses messages whose headers claim Outlook Express (policy); open-mail's "not
 * authorized to transmit with a HELO name ending in <domain>" is its HELO check (reputation; first
 * labelled authentication, see above);
 * SMTP2GO's "that IP address is not allowed to send" is an IP-authentication entry the account has
 * blocked (policy, not a blocklisted IP); ThisWebHost's and cPanel's hourly "max defers and failures"
 * and "max emails per hour" blocks lift within the hour (transient); GreenArrow's "Although I'm listed as
 * a best-preference MX …" is the recipient domain's MX pointing at the sending host itself (transient,
 * a loop; first labelled other, see above);
 * Brown Rice's bare "554 mail server permanently rejected message" is its spam servers' verdict on the
 * message (content); smtpf's "rejected URI NS, black listed <host> by <list>" is a link in
 * the message whose name server is block-listed (content); WKU's "rejecting banned content" is its
 * spam-control server finding spam in the message (content).
 *
 * Left out as repeats of earlier sets (the same words, other placeholders, or only a code or tag
 * added): SMTP2GO's "550 Relay access denied - please authenticate" (sets 2 and 5), its blog's "550
 * administrative prohibition" (set 5); GreenArrow's "Sorry, I couldn't find any host named …" (#5.1.2)
 * and "… a mail exchanger or IP address. (#5.4.4)" (set 5's qmail replies); Mittwald's "4.7.25 Client
 * host rejected: cannot find your hostname" and "4.1.8 … Sender address rejected: Domain not found"
 * (sets 4 and 9); WWBCity's postgrey "Greylisted, see …" (set 11); TBX Host's and Atlantica Digital's
 * "550 This message was classified as SPAM and may not be delivered" (set 5's Exim example); GEN's
 * "Relay access denied". Also left out: every reply seen only in a pastebin'd bounce (real mail, not a
 * page saying what it means); Mercury/32's sample transaction filter (its only stored copies are on
 * file-browser pages of other people's servers); the Coremail-style list on a Sina blog (set 7's
 * source); Sophos Central's XGEMAIL codes and the IceWarp table on a Korean blog (vendors sets 4 and 14
 * used); Qboxmail's "err=…" tokens and AuthSMTP's error pages (codes without the reply text);
 * DreamHost's "550-Reject due to policy restrictions", AGNX's "Sending address not accepted due to spam
 * filter" and Cleanmail's "Bulk Policy Violation" (the pages give no single cause); gcmail.de's "4.7.1
 * Sender address rejected" (a blocklisted sender address, but the page does not say whose list).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';


const LABELLED: readonly Probe[] = [
  // --- smtpf / Barricade MX: its reply list with each reply's explanation ---
  ...probe('smtpf (Barricade MX) SMTP replies', 'reputation', [
    '550 5.7.1 host mail.a.example [192.0.2.1] black listed #120',
    '550 5.7.1 client mail.a.example [192.0.2.1] is schizophrenic #252',
    '554 5.7.1 reject [192.0.2.1] missing PTR record #416',
  ]),
  ...probe('smtpf (Barricade MX) SMTP replies', 'policy', [
    '550 5.7.1 sender <s@a.example> black listed #127',
    '553 5.1.8 sender <s@a.example> from a.example has no MX record #434',
    '550 5.7.1 DSN or MDN for message that did not originate here #358',
  ]),
  ...probe('smtpf (Barricade MX) SMTP replies', 'relay', ['550 5.7.1 routed address relaying denied #131', '550 5.7.1 UUCP addressing denied #132']),
  ...probe('smtpf (Barricade MX) SMTP replies', 'mailbox', ['550 5.7.1 recipient <a@b.example> unknown #292']),
  ...probe('smtpf (Barricade MX) SMTP replies', 'transient', [
    '451 4.7.1 s@a.example has exceeded 100 messages per 1 hour #475',
    '421 4.3.2 client mail.a.example [192.0.2.1] too many concurrent connections, max=10 #329',
  ]),
  ...probe('smtpf (Barricade MX) SMTP replies', 'content', ['550 5.7.1 message was already marked as spam by sender #678', '550 5.7.1 rejected URI NS, black listed c.example by d.example #762 #894']),
  // --- open-mail.org's "3 Strikes" replies ---
  ...probe('open-mail.org 3 Strikes SMTP replies', 'reputation', [
    'Sorry! We REJECT your request for a mail session, because 192.0.2.1 is currrently sending large quantities of spam. See http://cbl.abuseat.org',
    'Sorry! We REJECT your request for a mail session, because 192.0.2.1 seems to be involved in a "dictionary attack" or probing for email addresses. See http://open-mail.org/rejects for help.',
    'Sorry! We REJECT your request for a mail session, because mail is not a valid HELO name. We do not accept mail from unidentified transmitters. See http://open-mail.org/rejects for help.',
    "Sorry! We REJECT this message, bacause b.example won't accept mail from a.example, based on its current reputation. See http://open-mail.org/rejects for help.",
  ]),
  ...probe('open-mail.org 3 Strikes SMTP replies', 'reputation', [
    'Sorry! We REJECT your request for a mail session, because 192.0.2.1 is not authorized to transmit with a HELO name ending in a.example. See http://open-mail.org/rejects for help.',
  ]),
  ...probe('open-mail.org 3 Strikes SMTP replies', 'mailbox', ['Sorry! We REJECT this message, bacause a@b.example is not a valid address. See http://open-mail.org/rejects for help.']),
  ...probe('open-mail.org 3 Strikes SMTP replies', 'policy', ['Sorry! We REJECT this message, bacause a@b.example has blacklisted s@a.example. See http://open-mail.org/rejects for help.']),
  // --- SMTP2GO's sending errors ---
  ...probe('SMTP2GO sending errors', 'authentication', ['535 Incorrect authentication data']),
  ...probe('SMTP2GO sending errors', 'policy', [
    '550 From header sender domain not verified',
    "550 that SMTP username's account is not allowed to send",
    '550 that IP address is not allowed to send',
  ]),
  // --- hosting providers' pages on their own outbound limits and blocks ---
  ...probe('DreamHost SMTP quota', 'transient', ['Policy Rejection- Quota Exceeded']),
  ...probe('ThisWebHost sending errors', 'reputation', ['550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address']),
  ...probe('ThisWebHost sending errors', 'transient', ['Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed']),
  ...probe('InMotion Hosting max emails per hour', 'transient', ['Domain a.example has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.']),
  // --- Cleanmail (CH) ---
  ...probe('Cleanmail (CH) rejections', 'authentication', ['Forged sender domain from this server']),
  ...probe('Cleanmail (CH) rejections', 'policy', ['CMR-HDR-OE-EOL']),
  // --- a university's bounce page ---
  ...probe('WKU bounce back meanings', 'mailbox', ['#< #5.0.0 X-Spam-&-Virus-Firewall; [b.example]: Name or service not known> #SMTP#']),
  ...probe('WKU bounce back meanings', 'content', ['554 rejecting banned content']),
  // --- small hosts' help pages ---
  ...probe('AGNX helpdesk SMTP errors', 'reputation', ['554 Your IP address is listed in spam filter']),
  ...probe('GEN (UK) rejection messages', 'policy', ['Sender address rejected: unverified address']),
  ...probe('VDX (NL) subject error', 'policy', ['550 Subject contains invalid characters']),
  ...probe('Hoasted (NL) e-mail errors', 'authentication', ['550-550 relay through this server without authentication.']),
  ...probe('Brown Rice 554 rejections', 'content', ['554 mail server permanently rejected message']),
  ...probe('WWBCity mail errors', 'reputation', ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked.']),
  ...probe('Mittwald (DE) mail errors', 'transient', ['4.5.3 Error: too many recipients', '4.7.1 Docking request denied, first time visit, you have been greylisted, try again later']),
  // --- MagicSpam's verbose rejection ---
  ...probe('MagicSpam blocked-sender messages', 'reputation', [
    'Your message was rejected by this system and was not delivered. Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator',
  ]),
  // --- GreenArrow Engine's own delivery-attempt messages ---
  ...probe('GreenArrow remote delivery errors', 'transient', [
    'All connection backlog slots full due to max delivery attempts per hour.',
    'Deliveries to this recipient domain from this RFC5321.MailFrom domain are paused.',
    "Sorry, I couldn't find any host by that name. (#4.1.2)",
  ]),
  ...probe('GreenArrow remote delivery errors', 'mailbox', ['Sorry, the host named b.example does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)']),
  ...probe('GreenArrow remote delivery errors', 'transient', [
    "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)",
  ]),
  // --- a small mail service's rejection notices ---
  ...probe('backschues.net rejection notices', 'policy', [
    'While relaying an email to our email server sender and authenticated user must be the same.',
    'For security reasons (e.g. malware) the attachment file type (such as files ending in ".exe") or email format has been rejected. Please use a document format with limited active content (e.g. plain Portable Document Format (PDF) ending with ".pdf"). Renaming or archiving of the attachement (such as files ending in ".zip") is not a given solution.',
  ]),
  ...probe('backschues.net rejection notices', 'content', ['Your email was identified as spam. The most common issue is that a message has been send to a large number of recipients. Please decrease the recipients.']),
  ...probe('backschues.net rejection notices', 'reputation', [
    'Your client host is not allowed to send any email directly to our mail services (e.g. dynamic IP address or listed in a DNS RBL) or has a missing DNS configuration (e.g. invalid or missing DNS PTR). Please verify your DNS configuration and try again later.',
  ]),
];

/**
 * The first try's disagreements (run on 7c4c0ae, whose commit held the labels above and nothing
 * else; core/explain as on 93dec76), each with what explain() said and why: 24 of its 26, the two that
 * agree with the labels corrected after it (Hoasted's relay text, GreenArrow's #5.4.6) taken out, and
 * smtpf's #894 given as its corrected text reads. Labels are not changed by this list: it only states
 * the reason, so eval-bounces prints it.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ["550 5.7.1 client mail.a.example [192.0.2.1] is schizophrenic #252", "authentication (not-authorized): the X.7.1 code decides; \"client … is schizophrenic\" is smtpf's name for a client that sent HELO/EHLO twice with different arguments, which only its page says (a HELO refusal, reputation)"],
  ["550 5.7.1 sender <s@a.example> black listed #127", "reputation (blocklisted): \"black listed\" reads as a block list, by design (set 12's review); only smtpf's page says the list is the receiver's own access map holding the sender or its domain (policy), as set 12's filter-from and set 16's Polaris"],
  ["550 5.7.1 DSN or MDN for message that did not originate here #358", "authentication (not-authorized): the X.7.1 code decides; a delivery or read report for a message this host never sent (a backscatter guard, policy as set 11's bogus_bounce) has no reading"],
  ["550 5.7.1 UUCP addressing denied #132", "authentication (not-authorized): the X.7.1 code decides; \"UUCP addressing denied\" (a bang-path route through this host, a relay attempt) has no reading, while \"routed address relaying denied\" beside it is read as relay by its \"relaying denied\""],
  ["550 5.7.1 rejected URI NS, black listed c.example by d.example #762 #894", "reputation (blocklisted): \"black listed … by <list>\" reads as the sender on a block list; what is listed is the name server of a link's host in the message (c.example, a URI block list, content). The first try ran on the reply as first written here, \"rejected URI NS, ns1.c.example #894\" (without the \"black listed <host> by <list> #762\" that smtpf puts in its %s), and read authentication (not-authorized): the X.7.1 code decided where the words had no reading"],
  ["Sorry! We REJECT your request for a mail session, because 192.0.2.1 seems to be involved in a \"dictionary attack\" or probing for email addresses. See http://open-mail.org/rejects for help.", "other (unrecognised-input; refused-unspecified in a DSN): a client \"involved in a dictionary attack or probing for email addresses\" (address harvesting, the client's behaviour) has no reading"],
  ["Sorry! We REJECT your request for a mail session, because mail is not a valid HELO name. We do not accept mail from unidentified transmitters. See http://open-mail.org/rejects for help.", "other (unrecognised-input; refused-unspecified in a DSN): \"<name> is not a valid HELO name\" and \"unidentified transmitters\" are not read as the HELO refusal that set 5's \"Invalid HELO name\" is"],
  ["Sorry! We REJECT your request for a mail session, because 192.0.2.1 is not authorized to transmit with a HELO name ending in a.example. See http://open-mail.org/rejects for help.", "other (unrecognised-input; refused-unspecified in a DSN): an IP \"not authorized to transmit with a HELO name ending in <domain>\" (the HELO domain does not authorise that host: a forged-HELO check) has no reading (labelled reputation, a HELO refusal, since the review of 110e40b; the first try held it as authentication, a miss either way)"],
  ["Sorry! We REJECT this message, bacause a@b.example has blacklisted s@a.example. See http://open-mail.org/rejects for help.", "reputation (blocklisted): \"blacklisted\" wins over its subject and object: the words say the recipient has blacklisted the sender (the recipient's own block list, policy, as set 16's Bluehost \"recipient rejected GL/BL\")"],
  ["550 that SMTP username's account is not allowed to send", "other (refused-unspecified): an account \"not allowed to send\" (the sending account closed or its SMTP user blocked by the relay) has no reading"],
  ["550 that IP address is not allowed to send", "reputation (client-blocked): \"IP address is not allowed\" reads as a refused client IP; only SMTP2GO's page says it is the account's own IP-authentication entry set to blocked, or a closed account (policy)"],
  ["Policy Rejection- Quota Exceeded", "mailbox (mailbox-full): \"quota exceeded\" reads as the recipient's full mailbox; only DreamHost's page says it is the sending account's outgoing quota (a sending limit, transient)"],
  ["550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address", "content (spam-content): \"unsolicited email\" reads as a verdict on this message; the sentence counts the sender's mail (\"an unusual amount … originating from your address\") and blames the address, as Gmail's \"unusual rate of unsolicited mail originating from your IP address\" (set 1) and set 16's [BR] reply"],
  ["Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed", "other (unrecognised-input; refused-unspecified in a DSN): cPanel's hourly cap on a domain's deferred and failed messages is not read as a sending limit, while its \"max emails per hour\" twin is"],
  ["Forged sender domain from this server", "policy (sender-rejected): \"forged sender domain\" reads as a refused sender; \"from this server\" says the domain's servers were not used, and only Cleanmail's page says the test is the domain's SPF record (authentication)"],
  ["CMR-HDR-OE-EOL", "other (unrecognised-input; refused-unspecified in a DSN): a vendor code; only Cleanmail's page says it refuses messages whose headers claim Outlook Express"],
  ["#< #5.0.0 X-Spam-&-Virus-Firewall; [b.example]: Name or service not known> #SMTP#", "content (virus-detected): the gateway's name \"X-Spam-&-Virus-Firewall\" in Exchange's wrapper is read as a virus verdict; \"Name or service not known\" (the resolver's error: the recipient domain does not resolve) has no reading of its own either"],
  ["550 Subject contains invalid characters", "content (malformed-content): the malformed-content reading takes a header the sender did not encode, which the earlier sets label policy (set 12's amavisd-new \"BAD HEADER: nonencoded 8-bit character\" is the same disagreement)"],
  ["554 mail server permanently rejected message", "reputation (client-blocked): \"mail server … rejected\" reads as the sending server refused; the words name no cause, and only Brown Rice's page says its spam servers judged the message spam"],
  ["All connection backlog slots full due to max delivery attempts per hour.", "other (unrecognised-input; refused-unspecified in a DSN): the sending MTA's own throttle (\"connection backlog slots full … max delivery attempts per hour\") has no reading"],
  ["Deliveries to this recipient domain from this RFC5321.MailFrom domain are paused.", "other (unrecognised-input; refused-unspecified in a DSN): deliveries \"paused\" (the sending MTA's domain pause, a deferral) has no reading"],
  ["Sorry, the host named b.example does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)", "policy (policy-rejection): \"prohibited by local policy\" decides over \"does not have any MX records\" (the recipient domain cannot receive mail, mailbox as set 5's qmail \"couldn't find any host named\")"],
  ["While relaying an email to our email server sender and authenticated user must be the same.", "other (unrecognised-input; refused-unspecified in a DSN): \"sender and authenticated user must be the same\" is not read as the refused sender that set 10's \"Sender is not same as SMTP authenticate username\" is"],
  ["For security reasons (e.g. malware) the attachment file type (such as files ending in \".exe\") or email format has been rejected. Please use a document format with limited active content (e.g. plain Portable Document Format (PDF) ending with \".pdf\"). Renaming or archiving of the attachement (such as files ending in \".zip\") is not a given solution.", "content (virus-detected): \"malware\" in the aside decides over \"the attachment file type … has been rejected\" (an attachment-type refusal, policy)"],
]);

/**
 * The replies that are stock strings of software the earlier sets drew from, with whose they are (the
 * header's "Stock wording"); the floor test pins agreement on the rest too.
 */
export const STOCK_WORDING_17: ReadonlyMap<string, string> = new Map([
  ["Sorry, I couldn't find any host by that name. (#4.1.2)", 'qmail-remote.c temp_dns (set 5: netqmail qmail-remote)'],
  ["Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)", 'qmail-remote.c perm_ambigmx (set 5: netqmail qmail-remote)'],
  ['554 mail server permanently rejected message', "qmail's text for qmail-queue's exit 31 (set 5: netqmail)"],
  ['Domain a.example has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.', "cPanel's Exim configuration (earlier sets' cPanel Exim ACL); also in bounce parsers' rate-limit phrase lists"],
  ['Domain a.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed', "cPanel's Exim configuration (earlier sets' cPanel Exim ACL)"],
  ['550-550 relay through this server without authentication.', "cPanel's Exim ACL (earlier sets' cPanel Exim ACL); also the tail of bounces/mail/rhost-messagelabs-01.eml in the labelled corpus"],
  ['550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address', "MailChannels' outbound [CSR] block (set 16: MailChannels)"],
  ['4.5.3 Error: too many recipients', 'Postfix smtpd (earlier sets: Postfix smtpd)'],
  ['Sender address rejected: unverified address', "Postfix's sender address verification (earlier sets: Postfix smtpd_check)"],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked.', "Postfix's client-access refusal (set 2's template)"],
  ['535 Incorrect authentication data', "Exim's AUTH failure (earlier sets: Exim)"],
  ['554 rejecting banned content', "bounce parsers' spam phrase lists"],
]);

export const PROBES_17: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
