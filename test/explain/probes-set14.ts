/**
 * Probe set 14: replies written from the published error tables and help pages of mail servers,
 * appliances, hosting panels and ISPs that no earlier set (1–13) used, aimed at the replies held-out
 * mail still misses: no or a generic enhanced code, so the words decide — an unknown user in
 * unfamiliar wording, a full, over-quota or disabled mailbox, expiry and retry notices, refused
 * relays and senders, size and attachment refusals. Each reply is the documented text with its
 * placeholders filled (a@b.example, 192.0.2.1); nothing comes from the labelled corpus, from any
 * bounce parser's lists or samples, or from set 13 (branch bounces13).
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-04; no GitHub source was used):
 * - FTGate service error messages: http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/
 * - IceWarp, "Interpretation of 5xx Errors in Icewarp SMTP": https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm
 * - SmarterMail delivery failures (Indsoft KB a70): http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx
 * - Oracle/Sun Messaging Server error_text MTA options: https://msg.wikidoc.info/index.php?title=Error_text_MTA_options
 * - Microsoft Mail Gateway to SMTP, KB Q107089: https://techshelps.github.io/MSDN/KB/Source/pcmail/q107089.htm
 * - Plesk forum, qmail mailbox-full reply (MU#27): https://talk.plesk.com/threads/qmail-gives-451-temp-error-when-mailbox-full.260521/page-2
 * - Plesk mail-bounce preference (default notice): http://hosting.mixcat.com/plesk/SettingSite-widePreferences.php
 * - DirectAdmin 550 variants: https://cloudhousetechnologies.com/blog/directadmin-smtp-550-error-fix-email-delivery
 * - PayMonthlyHosting KB 120: https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html
 * - NewPages (MY) email error messages: https://edu.newpages.com.my/article/349/email-error-message
 * - Carerix help (EN mailbox quota; NL e-mail bounce): https://help.carerix.com/en/articles/1857659-mailbox-quota-exceeded, http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce
 * - Netonboard error 422: https://support.netonboard.com/en/support/solutions/articles/72000546549-error-422-exceeded-storage-limit-cause-and-fixes
 * - AccuWebHosting KB 4726: https://manage.accuwebhosting.com/knowledgebase/4726/How-to-resolve-550-Mailbox-quota-exceeded.html
 * - Interia Poczta (PL): https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600
 * - konto.pl (PL) KB a2286: https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx
 * - Weboke (NL) KB 6: https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html
 * - Exedo (NL) mail messages: https://www.exedo.nl/mailmeldingen
 * - mail.fr help (DE): https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails
 * - Università Roma Tre error guide (IT): https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/
 * - Xarxa Òmnia (CA) error messages: https://riudoms.xarxa-omnia.org/email/annex/msg_err.html
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions: an unknown domain or no MX is mailbox, a full or disabled mailbox is mailbox (4xx too),
 * expiry and too many connections are transient, a size or attachment refusal is policy, a refused
 * sender address is policy, a refused relay is relay.
 *
 * First try (on 42542bb, the set committed before any run; core/explain as on main 9800f80, unchanged
 * here), as `npm run eval:bounces -- --probes` reports it: whole vocabulary 40/50 = 80.0 % as a pasted
 * line and 40/50 = 80.0 % in a DSN with a generic status; grammar only 36/50 = 72.0 % both ways. The
 * grammar alone also misses four the fixed phrases read: "Out of disk space", "The user is over the
 * quota. You can try again later." (read as a delay: the retry words win over "over the quota"),
 * "All relevant MX records point to non-existent hosts" and "The recipient has exceeded their mailbox
 * limit". The 10 whole-vocabulary misses are at the end, each with what explain() said and why:
 * quota in unfamiliar words (3: allocated storage, a domain's size limit, "mailbox limit"), expiry
 * said as failed connection attempts (2), a temporary X.2.1 "mailbox disabled" read as a delay by
 * design (1), a connection limit without "too many" (1), a recipient's own block of the sender (1),
 * an attachment type "disallowed" (1), a local-delivery error that does not say why (1).
 *
 * Now (general readings in core/explain/causes.ts, each with pass and near-miss tests in
 * widening-set14.test.ts; dev bounces unchanged at 95.5 / 90.7 / 90.0 %, no probe of sets 1–12 lost):
 * whole vocabulary 48/50 = 96.0 % both ways, grammar only 40/50 = 80.0 % both ways. Read now: the
 * three quotas (a mailbox's storage or limit exceeded, a domain's size limit exceeded), the two
 * expiries (failed all or N > 1 attempts to connect or deliver), "max concurrent sessions", "recipient
 * doesn't want your mail" and "Disallowed Attach Type". Still missed, with their reasons kept: the
 * temporary X.2.1 disabled mailbox (by design) and Sendmail's "Can't create output" (no cause said).
 */
import { probe, type Probe } from './probes.ts';


export const PROBES_14: readonly Probe[] = [
  // --- FTGate: every reply carries a reference code (#n.nn) ---
  ...probe('FTGate service error messages', 'mailbox', [
    'Mailbox Disabled (#1.00)',
    '451 4.2.2 <a@b.example> mailbox full (#3.14)',
  ]),
  ...probe('FTGate service error messages', 'transient', [
    'Out of disk space (#1.03)',
    'Too many connections from your address (#1.04)',
  ]),
  // --- IceWarp's 5xx table ---
  ...probe('IceWarp 5xx interpretation table', 'policy', ['501 5.7.1 Message is too long']),
  // --- SmarterMail's delivery-failure notice ("Could not deliver message to the following recipient(s)") ---
  ...probe('SmarterMail delivery failures (Indsoft KB)', 'mailbox', [
    'Reason: The mailbox is full',
    "Reason: Failed to connect to the recipients mail server. No MX records were found for the 'b.example' domain.",
  ]),
  ...probe('SmarterMail delivery failures (Indsoft KB)', 'transient', [
  ]),
  // --- Oracle / Sun Messaging Server error_text options (550 or 450, with their RFC 3463 codes) ---
  ...probe('Oracle/Sun Messaging Server error_text options', 'mailbox', [
    '550 5.1.1 unknown or illegal user: a@b.example',
    '550 5.1.2 unknown host or domain: b.example',
  ]),
  ...probe('Oracle/Sun Messaging Server error_text options', 'policy', ['552 5.2.3 channel limit of 1024 kilobytes on message size exceeded']),
  // --- Microsoft Mail Gateway to SMTP ---
  ...probe('Microsoft Mail Gateway to SMTP (KB Q107089)', 'mailbox', ['550 Addressee unknown']),
  // --- Plesk ---
  ...probe('Plesk qmail (forum, MU#27)', 'mailbox', ['571 5.7.1 Mailbox full']),
  ...probe('Plesk mail-bounce preference', 'mailbox', ['This address no longer accepts mail.']),
  // --- hosting providers' knowledge bases ---
  ...probe('DirectAdmin 550 variants (cloudhousetechnologies)', 'relay', ['550 Relay not permitted']),
  ...probe('DirectAdmin 550 variants (cloudhousetechnologies)', 'mailbox', ['550 User over quota']),
  ...probe('PayMonthlyHosting KB 120', 'policy', ['550 - Invalid sender']),
  ...probe('PayMonthlyHosting KB 120', 'relay', ['550 - Relay not permitted!']),
  ...probe('NewPages email error messages', 'mailbox', [
    '<a@b.example>: The user is over the quota. You can try again later.',
    '550 5.1.1 <a@b.example> is not a valid mailbox',
  ]),
  ...probe('NewPages email error messages', 'policy', ['552 message size exceeds the maximum message size', '552 Message size exceeds fixed maximum message size: 5242880 bytes']),
  ...probe('Carerix help (mailbox quota)', 'mailbox', ["Recipient's mailbox is full, message returned to sender."]),
  ...probe('Carerix help (NL e-mail bounce)', 'content', ['550 High probability of spam']),
  ...probe('Netonboard error 422', 'mailbox', ['422 Recipient mailbox has exceeded its storage limit.']),
  ...probe('AccuWebHosting KB 4726', 'mailbox', ['550 Mailbox quota exceeded']),
  // --- Polish providers ---
  ...probe('Interia Poczta (PL)', 'mailbox', ['550 5.1.1 Account not found', '550 5.2.1 Mailbox not available']),
  ...probe('Interia Poczta (PL)', 'authentication', ['550 5.7.0 [SPF] host 192.0.2.1 is not allowed to send mail from domain b.example']),
  ...probe('konto.pl (PL)', 'mailbox', ['sys_lock quota exceeded', 'User not found (in reply to RCPT TO command)']),
  // --- Dutch hosting ---
  ...probe('Weboke (NL)', 'mailbox', ['550 5.1.0 Recipient rejected.', 'All relevant MX records point to non-existent hosts']),
  ...probe('Weboke (NL)', 'relay', ['554 No relaying allowed - psmtp']),
  ...probe('Exedo (NL)', 'mailbox', ['The recipient has exceeded their mailbox limit']),
  ...probe('Exedo (NL)', 'content', ['Rejected due to spam content']),
  // --- mail.fr (German help) ---
  ...probe('mail.fr help (DE)', 'mailbox', ["552 5.2.2 The recipient's inbox is out of storage space"]),
  // --- Italian and Catalan universities' and schools' guides ---
  ...probe('Università Roma Tre error guide (IT)', 'transient', ['447 Delivery time expired']),
  ...probe('Xarxa Òmnia error messages (CA)', 'mailbox', ['452 Mailbox disk quota exceeded']),
  ...probe('Xarxa Òmnia error messages (CA)', 'transient', ['451 Message still undelivered']),
  ...probe('Xarxa Òmnia error messages (CA)', 'policy', ['552 Message body is too big']),
  // --- first-try misses (labelled with the rest before any run): eight are read now, by the general
  // readings widening-set14.test.ts guards; the two with a `miss` still disagree, each with why ---
  ...probe('FTGate service error messages', 'mailbox', ['Allocated mailbox storage exceeded (#1.02)']),
  ...probe('FTGate service error messages', 'mailbox', ['451 4.2.1 <a@b.example> mailbox disabled (#3.13)'], "transient (delivery-delayed; delivery-expired in a DSN), by design: a temporary X.2.1 is no verdict on the mailbox (Gmail's 4.2.1 is a rate limit); FTGate, like MDaemon by default, answers a disabled account with a 4xx"),
  ...probe('FTGate service error messages', 'transient', ['451 4.5.1 [192.0.2.1] Max concurrent sessions (#1.04)']),
  ...probe('SmarterMail delivery failures (Indsoft KB)', 'mailbox', ['Reason: The domain size limit has been exceeded']),
  ...probe('SmarterMail delivery failures (Indsoft KB)', 'transient', ['Failed four Attempts to connect to recipients mail server']),
  ...probe('SmarterMail delivery failures (Indsoft KB)', 'transient', ['Failed all attempts to connect to the recipients mail server.']),
  ...probe('NewPages email error messages', 'mailbox', ['Mailbox limit exceeded while appending message']),
  ...probe('NewPages email error messages', 'mailbox', ["550 <a@b.example>... Can't create output"], "other (refused-unspecified): Sendmail's local-delivery EX_CANTCREAT text does not say why (a full mailbox on this page, a permission or disk error elsewhere); the page's reading is in the page, not the words"),
  ...probe('Interia Poczta (PL)', 'policy', ["550 5.7.1 Recipient doesn't want your mail"]),
  ...probe('Università Roma Tre error guide (IT)', 'policy', ['Disallowed Attach Type']),
];
