/**
 * Probe set 24 (issue 11): a held-out proxy for unseen mail servers. Labelled and committed (b5e30d7)
 * in one session by someone who did not read core/explain/ or docs/explain.md's reading rules and ran
 * nothing on these replies (not explain(), eval-bounces, bench-explain or any explain test), reviewed
 * against its threads and trimmed in the next (review-p24), both before anyone ran explain(),
 * eval-bounces, bench-explain or any test on these replies; to be run once (the first try) by others.
 * Not yet in probe-sets.ts and without a probes-set24.test.ts: the lead adds both at run time.
 *
 * Sources asked for: kinds no earlier set used (non-English forums and Q&A, mailing-list archives,
 * GitHub threads found with queries set 23 did not use). What the search tool's stored corpora gave
 * (as stored on 2026-12-06):
 * - the "pages" corpus, queried in German, French, Spanish, Portuguese, Italian, Polish, Dutch, Russian,
 *   Japanese and Chinese ("Mail unzustellbar 550 5.7.1 Ursache", "message rejeté 550 5.7.1 pourquoi",
 *   "correo rebotado 550 causa", "邮件 退信 550 原因", "письмо не доставлено 550 причина", "messaggio
 *   non recapitato 550", "wiadomość odrzucona 550", "mail wordt geweigerd 550", "メールが届かない
 *   エラーメッセージ 554", "fórum email devolvido erro 550", …), returned providers' and hosts' help
 *   and KB pages (IONOS, STRATO, goneo, bytecamp, onesystems, comservice-ffo, Interia, Onet, Forpsi,
 *   Aruba, Libero, Virgilio, QQ, Coremail, GoDaddy, Arena, MyASP, Mail.ru's blog, …), most of them
 *   earlier sets' sources, and no forum or Q&A thread in which a user pastes a reply and the thread
 *   says why. The brief's kind of source was not found there; no reply here comes from it;
 * - mailing-list archives: the pages corpus holds a few postfix-users and dovecot messages; the one
 *   with a remote reply (postfix-users msg34780, "554 Format restriction violation. Email Session ID:
 *   {…}" from imsweb.com's relay) has only Wietse's reading of the code, no cause; passed over;
 * - GitHub threads (the "issues" corpus), queried in the languages above and by operators no earlier
 *   set names (Tencent Exmail, Plunk, Namecheap, Mailjet, Brevo, Hostinger, MailerSend, Mandrill,
 *   Elastic Email, Purelymail, Riseup, Rambler, Sohu, 139.com, Sina, ukr.net, Seznam, …). Non-English
 *   threads were found in Chinese (QQ, Tencent Exmail, NetEase 126/163, 139.com, Sina), German
 *   (hitobito), Czech (myinvoice, RoboZonky) and Ukrainian (ehealth, iGov), but most give no reply
 *   text or no cause. All five replies committed came from GitHub threads (four are kept after the
 *   review, below); one of their threads is in Chinese (DesertsP/Valine-Admin#57, a Tencent user's),
 *   the others are in English.
 * Each reply has its placeholders filled as sets 19–23 do (a@b.example for a recipient, s@a.example
 * for a sender, 192.0.2.1 for the client, b.example for the receiving host; a.example for the sender's
 * domain). Nothing was taken from the labelled corpus, from any bounce parser's lists, samples or issue
 * threads (sisimai's issues on La Poste and "Send More Slowly", customeros/mailsherpa, ActiveCampaign/
 * smtp-field-manual, fm/smtp-codes, ZoneMTA/zone-eu threads, getconversio/email-deep-validator,
 * karolyi/py3-validate-email and zytzagoo/smtp-validate-email were returned by the search tool and not
 * used), or from a thread copying a bounce classifier's list.
 *
 * As committed (b5e30d7) the set had 5 replies from 5 operators (Tencent, NetEase, Namecheap, Plunk,
 * Google), each under its own source name, from 9 threads. After the review before the run it has 4
 * replies from 4 operators (Tencent, NetEase, Namecheap, Plunk) from 8 threads: far short of the 25–45
 * of 15+ operators aimed at. The brief's rule was kept: fewer honest ones over padding. Most replies
 * found in threads were earlier sets' wording (near-repeats, below), stock Postfix/Exim refusals of the
 * users' own servers, from servers the thread does not name, or without a cause; they were passed over
 * ("Passed over before the run", below). None is marked stock wording, but 2 of the 4 (Tencent's and
 * NetEase's) are counted apart as not held-out (the review, below; in STOCK_WORDING_24), so the set's
 * new wording is 2 replies of 2 operators (Namecheap, Plunk): too few to give a held-out figure, which
 * the lead should weigh before running it as a set of its own (the review's note). Category spread as
 * labelled: policy 4; authentication, content, reputation, transient, mailbox, relay and other 0. The
 * set measures one reading only: a
 * submission server refusing a sender address or domain that the authenticated account may not use.
 * That is what application projects' threads are about (an app configured with an SMTP account and a
 * From it is not allowed to use); no thread found in the time gave an unknown, full or disabled
 * recipient, a relay refusal, a block list or a content verdict in wording no earlier set has.
 *
 * Review before the run (review-p24; read-only: it re-read the threads named below with the search
 * tool, ran nothing on these replies (no explain(), eval-bounces, bench-explain or explain test) and
 * did not read core/explain or docs/explain.md's reading rules): one reply removed and two counted
 * apart BEFORE any run, for the set's own rules, not for what explain() would say (nobody had run it);
 * no label changed:
 * - counted apart (not held-out; in STOCK_WORDING_24, the one list the new-wording floor reads, as set
 *   23 put its two not-held-out replies in STOCK_WORDING_23; labels unchanged) Tencent's "501 mail from
 *   address must be same as authorization user" and NetEase 126's "553 Mail from must equal authorized
 *   user" (policy): check (c) grepped whole phrases and the stems "authorization"/"authorized" and
 *   missed near-repeats written with the stems "authenticate(d)" and "same as / must be the same / must
 *   match / must belong": probes.ts's iRedAPD "554 5.7.1 Sender is not same as SMTP authenticate
 *   username" (policy; widening-set10.test.ts holds it as sender-rejected) and mox's "550 5.7.1 message
 *   from address must belong to authenticated user" (policy; in widening-set10.test.ts too), set 17's
 *   "sender and authenticated user must be the same", and widening-set18.test.ts's "the sender and the
 *   authenticated user said to have to be the same is the sender refused" ("550 Sender and
 *   authenticated user must be the same", "553 5.7.1 Authenticated user and envelope sender must
 *   match", "550 sender and authenticated user do not match"). Tencent's words have iRedAPD's and mox's
 *   shape; NetEase's match mox's and widening-set18's "must be the same / must match". That is the case
 *   set 23's review settled for SendGrid (counted apart for widening-set16's "Sender identity not
 *   verified"): not the same words, but explain() was tuned on the same cause written almost the same
 *   way. A stricter reading would remove Tencent's (its nearest twin is a probe reply, and set 23 passed
 *   over near-repeats of probe replies); the review did not, because set 23's passed-over repeats were
 *   nearly word for word (goneo's "not owned by user") and this one has other word stems; the lead may
 *   choose differently. The labels stay policy, as iRedAPD's, mox's and set 4's goneo;
 * - removed "Google"'s "550 You are not allowed to use the domain a.example as a sender domain."
 *   (policy): the operator is not established and the evidence points away from Google (the XCMailr#21
 *   transcript answers RSET with "250 Reset OK", Exim's text in smtp_in.c's smtp_rset_handler, where
 *   smtp.gmail.com answers "250 2.1.5 Flushed … - gsmtp", and every Gmail reply carries an enhanced code
 *   and a "- gsmtp" trailer, which this 550 has not); the only link to Google is the issue's title, and
 *   the stored thread is the description alone, so rule (e) rests on a title; PHPMailer#304 (a ZPanel
 *   user's account, no answer) does not help. It would not be held-out either: widening-set16.test.ts's
 *   "550 5.7.1 You are not allowed to send as the domain gmail.com" and widening-set17.test.ts's "550 You
 *   are not allowed to send as the domain gmail.com" (both read as not-authorized) are the same cause in
 *   almost the same words, which check (c)'s lure list ("sender domain") missed.
 *
 * First try (run once, by the lead, on 6eb72b5 with the set added to probe-sets.ts: the labels as
 * reviewed and nothing else changed; core/explain as on main ed6d1a4/f85d3b1, which neither the labeller
 * nor the reviewer read): **0 of 4** both ways (pasted, and in a DSN with a generic status), grammar
 * only 0 of 4; of the 2 replies of new wording, 0. Every reply read as other (refused-unspecified): a
 * submission server refusing a From address the logged-in account may not use has readings for
 * "authenticate(d) user" and "not allowed to send as" wordings (the near-repeats above), but none for
 * "authorization user", "authorized user", a domain "not allowed in header From" or "not associated with
 * your account". Thin (4 replies, 2 of new wording, one kind of cause), but it is the same gap twice
 * over: the reading keyed on one verb form, not on the cause. No label changed after the run. The
 * floors in probes-set24.test.ts were these first-try figures (0, and 0 of the 2 of new wording); since
 * fix24 read the cause generally (widening-set30.test.ts), 4 of 4 (2 of the 2 of new wording), no longer
 * held-out for these wordings: 0 of 4 stays the set's held-out figure.
 *
 * Pre-run checks (the rules set 20's and set 21's reviews enforced, applied before any run as sets 22
 * and 23 did, with set 23's review widening (c) to cause-carrying words over all of test/explain).
 * For every reply kept:
 * (a) its operator or server is named in its thread and is no earlier set's source, or its wording is
 *     new: grep -ic of the names over test/explain/probes*.ts (sets 1–23) gave 0 hits for tencent,
 *     exmail, namecheap, plunk, "Your IP:", facebookmail, zpanel; hits, recorded rather than hidden:
 *     qq (18: set 2's Korean/Chinese provider list, set 22's passed-over QQ, set 23's QQ content
 *     filter), netease (20) and 126 (5) (sets 2 and 7, set 23's 163 DT:SPM), google (13) and gmail
 *     (34) (Gmail's own texts in many sets). These are big providers; as the brief allows, only
 *     wording none of the earlier sets has was kept of them (check (c));
 * (b) its words are not in the labelled bounces: a cause-carrying fragment of each (listed at the end
 *     of this header) was grepped with grep -rilF in /work/shared/corpus/bounces: 0 files for each;
 * (c) it is no near-repeat of an earlier probe reply and not in an explain test: the same fragments,
 *     and their cause-carrying words, were grepped (grep -icF) over all of test/explain/*.ts (probe
 *     sets 1–23 and the explain tests): 0 hits for "authorization user", "same as authorization",
 *     "must be same", "must equal", "authorized user", "not associated with", "not allowed to use",
 *     "not allowed in header", "is not allowed in header From", "Your IP:". Lures recorded: "sender
 *     domain" (42 hits in the probe sets, 22 in widening-set16.test.ts; the Google reply's cause is in
 *     "not allowed to use the domain … as a sender domain"), "header From" (1 hit, widening-review-
 *     set10.test.ts's "domain a.example in the message header From is blacklisted at dbl.spamhaus.org",
 *     a block list, not the Namecheap reply's cause) and "authorized" (38 hits, all "not authorized" /
 *     "unauthorized" phrases; none "authorized user"). Replies whose cause-carrying words hit were
 *     passed over (below: "spam detected", "per session", "Mailbox size limit exceeded", "mailbox
 *     full", "From/Sender name is not valid", "nullMX", "Maximum number of messages per session", …).
 *     Widened by the review before the run (cause-carrying words with other stems, over all of
 *     test/explain/*.ts without this file; the whole-phrase greps above still give 0 lines): hits for
 *     "authenticate(d)" with "same as / must be the same / must match / must belong" in probes.ts's
 *     iRedAPD (line 789) and mox (line 734) replies, probes-set17.ts's "sender and authenticated user
 *     must be the same" (line 262), widening-set10.test.ts (lines 105, 226) and widening-set18.test.ts
 *     (lines 84–94): Tencent and NetEase counted apart; "You are not allowed to send as the domain
 *     gmail.com" in widening-set16.test.ts (line 233) and widening-set17.test.ts (line 79): Google's
 *     reply (removed for its operator and rule (e)) a near-repeat too. Lures the review recorded, not
 *     repeats: widening-set28.test.ts's "Domain a.example is not allowed to send" (the clause ends
 *     there), review-set15.test.ts's "Reply-To header not allowed to be set to an external domain",
 *     Dovecot's "no mailbox associated with this name" ("associated with"), and 99 lines with "your
 *     account", none saying a domain is not tied to the account;
 * (d) it is a server's reply as its thread quotes it from a log, a bounce or a client's error (the
 *     reply part only, not the client library's wrapper such as nodemailer's "Mail command failed:",
 *     Swift Mailer's "Expected response code … but got code", smtplib's tuple or MailKit's exception);
 * (e) its thread says what it meant; the label follows the thread with the conventions below.
 *
 * Sources (GitHub threads, as the search tool's stored copies read on 2026-12-06):
 * - Tencent (QQ Mail and Tencent Exmail, smtp.qq.com / smtp.exmail.qq.com): fisharebest/webtrees#2370
 *   (the reporter quotes Tencent's "501 mail from address must be same as authorization user" beside
 *   Yandex's "not owned by auth user" and says the cause: the From address must be the SMTP login
 *   address), exceptionless/Exceptionless#894 (smtp.exmail.qq.com; the maintainer: set SmtpFrom to the
 *   login user), gophish/gophish#3243 (the reporter's fix: a bare address, the login's, as SMTP From),
 *   nodeSolidServer/node-solid-server#1281 and DesertsP/Valine-Admin#57 (the same reply, Chinese-
 *   language report, "OK,解决了")
 * - NetEase 126: miguelgrinberg/flasky#540 (smtplib's "553, b'Mail from must equal authorized user'"
 *   sending from a 126.com account with another From; the maintainer: the mail server enforces it, not
 *   letting any user be put in From; the reporter: QQ and 126 both refuse)
 * - Namecheap (its shared hosting's SMTP server, named by the reporter with the server's own log line):
 *   mbreit/dokku-monit#11 (monit's From was its EC2 host name; the host told the reporter the From
 *   header was wrong; the reporter: "I may have been trying to send from an unauthorized domain").
 *   The same text with other hosts unnamed: PHPMailer/PHPMailer#1545 and WWBN/AVideo#1065 (a site on a
 *   VPS sending through the shared host that holds its mail; "some DNS changes" fixed it), bitwarden/
 *   server#3026, the-djmaze/snappymail#478 (its two lines, 550-…/550 header From)
 * - Plunk (smtp.useplunk.com): useplunk/plunk#164 (the reply at MAIL FROM; the reporter had not
 *   verified a domain; closed as a question). The maintainer's answer is not in the stored excerpt;
 *   in useplunk/plunk#91 and #86 the maintainer says the From must be under the domain verified in the
 *   project. The label rests on the reply's own words, which nothing in the threads contradicts
 * - removed before the run, operator not established (committed as "Google"): Xceptance/XCMailr#21,
 *   a forwarding service re-sending mail with the original facebookmail.com envelope sender; only the
 *   issue's title ("Facebook domain cannot be used as sender when forwarding, Google rejects it") names
 *   Google, the stored thread is its description alone, and its transcript's "250 Reset OK" to RSET is
 *   Exim's, not smtp.gmail.com's ("250 2.1.5 Flushed … - gsmtp"); the server is unnamed (an Exim-based
 *   one with its own ACL, per the review). The same text comes from a ZPanel user's "smartmail" SMTP
 *   account in PHPMailer/PHPMailer#304 (a hotmail.com From; no answer)
 *
 * Labels are what each thread establishes, set before any run, with the earlier sets' conventions
 * (sets 19–23): a sender's own account or sending identity refused or restricted by its provider is
 * policy (set 4's goneo "not owned by user", set 16's Emailit "From/Sender domain is not verified for
 * this workspace", set 23's SendGrid "does not match a verified Sender Identity" and Mailgun's sandbox
 * and activation refusals); a sender domain not authorised for the sending host (SPF-like) is
 * authentication (set 22's Kentucky "Mail from domain not accepted from host"). All four kept (and
 * the removed fifth) are the submission server refusing a From / MAIL FROM that the authenticated
 * account may not use: policy.
 *
 * Labels a reviewer may question (kept as labelled):
 * - Namecheap's '550-"Your IP: 192.0.2.1 : Your domain a.example is not allowed in header From"'
 *   (policy) could be authentication: PHPMailer's maintainer (in #1545, host unnamed) reads the same
 *   text as a server that does not host the domain or is not in its SPF record, and the reply names the
 *   client IP; the dokku-monit thread has an authenticated account (A=dovecot_plain) using a From
 *   domain it does not hold, which is set 4's goneo case;
 * - "Google"'s "550 You are not allowed to use the domain a.example as a sender domain." (policy):
 *   removed by the review before the run (above: operator not established, cause only in a title, a
 *   near-repeat of widening-set16/17);
 * - Plunk's "550 This domain is not associated with your account" (policy) could be authentication
 *   (an unverified sending domain); rule (e) is met by the words and the maintainer's answers in
 *   sibling threads, not by an answer in #164 itself;
 * - Tencent's "501" and NetEase's "553" carry codes that RFC 5321 gives other meanings (syntax error
 *   in parameters; mailbox name not allowed); the labels follow the threads, not the codes.
 *
 * How the replies were written from their threads: Tencent's is webtrees#2370's quote ("501 mail from
 * address must be same as authorization user ", the trailing space dropped; gogs#6561 and
 * Multi-Report#27 print "Mail from address … user." with a capital and a full stop). NetEase's is
 * smtplib's code and text joined ("553 Mail from must equal authorized user"). Namecheap's is monit's
 * one-line form with its quotes, the client IP written 192.0.2.1 and the From domain a.example
 * (snappymail#478 shows the server sends it on two lines, "…is not allowed in" / "550 header From";
 * the one-line form the reporter quoted is kept; the review noted that set 23 joined Exim's
 * continuation lines with spaces and left the form to the lead: either is "as quoted", and the label
 * does not depend on it). The removed "Google" reply had facebookmail.com written a.example.
 * Plunk's is quoted as the reporter's nodemailer "response" field.
 *
 * Stock wording (chosen by where the words come from, before any run): none marked. Checked: Tencent's
 * and NetEase's texts are the providers' own as far as the threads show (each thread ties its text to
 * one provider's server; the review found NetEase's text from 163.com, yeah.net and an enterprise
 * domain too, all NetEase's family, and did not check whether it is also Coremail's stock text);
 * Namecheap's is its cPanel/Exim servers' ACL message, not cPanel's or Exim's default text as far as
 * the threads and the review show (earlier sets drew on cPanel and Exim; a reviewer who finds it in
 * cPanel's stock ACLs should mark it); Plunk's is Plunk's own; the removed "Google" reply's software
 * was not identified. Counted apart with them (not held-out, marked by the review before the run; not
 * stock, but their cause-carrying words are in probe replies and explain tests that explain() was
 * tuned against): Tencent's "501 mail from address must be same as authorization user" and NetEase's
 * "553 Mail from must equal authorized user" (both in STOCK_WORDING_24).
 *
 * Passed over before the run (for the rules above, not for what explain() would say; explain() has
 * not been run on any of them):
 * - removed by the review before the run: "Google"'s "550 You are not allowed to use the domain
 *   a.example as a sender domain." (XCMailr#21; operator not established, the transcript's RSET reply
 *   being Exim's "250 Reset OK", not Gmail's; its cause only in the issue's title, rule (e); a
 *   near-repeat of widening-set16/17's "You are not allowed to send as the domain gmail.com");
 * - near-repeats of earlier probe replies or words in explain tests: free.fr's "550 spam detected"
 *   (JamBrain#279; "spam detected" is in sets 15 and 19 and eight explain tests), IONOS's "451-Requested
 *   action aborted 451 Mails per session limit" (codefog/contao-events_subscriptions#57, terminal42/
 *   contao-notification_center#226, engelsystem#1107; set 16's "550 s@a.example max messages per
 *   session" and widening-set16's per-session limits), Stalwart's "452 4.4.5 Maximum number of
 *   messages per session exceeded." (stalwartlabs/stalwart#1384; probes.ts word for word), Yandex's
 *   "552 5.2.2 Mailbox size limit exceeded <id>" (Entware#711; probes.ts), "554 5.2.2 mailbox full"
 *   (borgbackupserver#355; many), Postal's "530 From/Sender name is not valid" (postalserver/postal
 *   #570, #863, #1398, #2088; probes.ts), a Postfix relay's "550 5.7.27 <…>: Sender address rejected:
 *   Domain … does not accept mail (nullMX)" (radekhulan/myinvoice#139; set 15's Titan word for word,
 *   server unnamed too), Yandex's "553 5.7.1 Sender address rejected: not owned by auth user."
 *   (webtrees#2370, dokuwiki-plugin-smtp#38; set 4's goneo, as set 23 passed it over), SMTP2GO's
 *   "550-From header sender domain not verified. …" (PHPMailer#2683; set 16's Emailit, and SMTP2GO is
 *   an earlier set's operator), Gmail's "The IP you're using to send mail is not authorized to send
 *   email directly to our servers" (iRedMail#264; probes.ts), Postfix's "Relay access denied"
 *   (lavabit/magma#143, Mods-for-HESK#116), GMX's and IONOS's "554-Transaction failed 554-Reject due to
 *   policy restrictions" (hitobito#2671, nextcloud/mail#6497, authelia#2571; set 23 passed it over);
 * - server or operator not named: "5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24
 *   hours for client … reached" (deltachat/deltachat-core#647: the provider's support confirmed that
 *   the 400-a-day limit counts recipients, but the provider is "***.me"), "554 5.7.1 Recipient address
 *   rejected: Username … and sender doesn't match" (mybb#2578), "User … has exceeded its 24-hour
 *   sending limit. Messages to 25 recipients out of 25" (nodemailer#1137), "550 5.7.1 Sending from
 *   domain  is not allowed" (overleaf#1290), "550 Command Rejected" (node-smtp-protocol#50), "550
 *   message rejected" (Excision-Mail#54), "550 that IP address is not allowed to send" (gophish#1701,
 *   SMTP2GO named but no cause), "554 Local Policy Violation" (nodemailer#1257), "5.7.1 refused by
 *   local policy (MBL-R)" (Magento-SMTP-Pro#92), "5.1.0 Sender is not allowed to send from gmail.com
 *   (R2)" (MailKit#1101);
 * - without a stated cause, or the thread's cause is wrong: NetEase 163's "553 Local user only,163
 *   smtp5,…" (ruanyf/weather-action#5: "pls check 163 documents"), 139.com's "Mailrejected, please try
 *   again" (SmsForwarder#663), "550 domain of forward path is not allowed" (open-falcon/mail-provider
 *   #27, no answer), "554 5.7.1 This message does not meet our delivery requirements" (forwardemail
 *   #423), a Puzzle ITC relay's "554 5.7.1 access denied" (hitobito_pbs#402: the sender's own relay
 *   blocking addresses that bounced; near "access denied" phrases too), "554 Failed: Malformed MIME
 *   field: ARC-Message-Signature: …" (mailcow-dockerized#471: the user's "SPF record mistake" does not
 *   fit the words), Microsoft's "554 5.2.252 STOREDRV.Submission.Exception:SendAsDeniedException…"
 *   (direct_mail#267: read there as a block list, not the Send As permission), Purelymail's "450 4.3.2
 *   … Please wait to send more emails, or contact support for a rate limit increase." (Purelymail-
 *   issues#262: the whole reply is not in the stored copy), La Poste's "550 5.5.0 Emetteur invalide.
 *   Invalid Sender. LPN104_415" (thunderbird-android#938: no cause; La Poste's LPN codes also appear in
 *   sisimai's issues, not opened), postfix-users msg34780's "554 Format restriction violation";
 * - not SMTP replies: Mailgun's HTTP 420 "Domain … is not allowed to send: recipient limit exceeded"
 *   (mailgun-java#50), MailerSend's "Your account reached its rate limit of 120 requests/min"
 *   (craft-campaign#451), Mandrill's "reject_reason: unsigned" (mandrill_mailer#103), Amazon SES's
 *   "MessageRejected: Email address is not verified" through the API (plunk#86, #111), Exchange
 *   Online's NDR prose "The recipient's mailbox is full and can't accept messages now" (open-design
 *   #5862, FPA#136).
 *
 * The fragments grepped for (b) and (c), one per committed reply (0 files in the bounces, 0 hits in
 * test/explain/*.ts for each as whole phrases; the review's widened word greps found the hits in (c)):
 * "same as authorization user", "must equal authorized user", "is not allowed in header From", "not
 * associated with your account", "not allowed to use the domain" ("Google"'s, removed before the run).
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- Chinese providers' submission servers: the From must be the logged-in account ---
  ...probe('Tencent QQ Mail / Exmail sender must be the login user (webtrees #2370, Exceptionless #894, gophish #3243)', 'policy', [
    '501 mail from address must be same as authorization user',
  ]),
  ...probe('NetEase 126 sender must be the login user (flasky #540)', 'policy', ['553 Mail from must equal authorized user']),
  // --- a shared host's submission server: the From domain must be one the account holds ---
  ...probe('Namecheap shared hosting, From domain not allowed (dokku-monit #11)', 'policy', ['550-"Your IP: 192.0.2.1 : Your domain a.example is not allowed in header From"']),
  // --- a sending service: the sending domain must be verified in the account ---
  ...probe('Plunk sending domain not associated with the account (plunk #164)', 'policy', ['550 This domain is not associated with your account']),
];

/**
 * The replies that are stock strings of software the earlier sets drew from (the header's "Stock
 * wording"): none marked; and the two the review before the run found not held-out (their
 * cause-carrying words are in probe replies and explain tests); a floor on the replies of new wording
 * counts them apart.
 */
export const STOCK_WORDING_24: ReadonlyMap<string, string> = new Map([
  // not held-out: marked by the review before the run (header)
  [
    '501 mail from address must be same as authorization user',
    "not held-out: probes.ts's iRedAPD 'Sender is not same as SMTP authenticate username' and mox's 'from address must belong to authenticated user' (policy; widening-set10.test.ts too)",
  ],
  [
    '553 Mail from must equal authorized user',
    "not held-out: widening-set18.test.ts's 'Sender and authenticated user must be the same' / 'must match' and mox's 'must belong to authenticated user' (probes.ts)",
  ],
]);

/** The first try's disagreements, each with what explain() said. */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  [
    '501 mail from address must be same as authorization user',
    'other (refused-unspecified): "must be same as authorization user" has no reading (the near-repeats say "authenticate(d)"); the threads say the From was not the logged-in account (policy) (counted apart)',
  ],
  [
    '553 Mail from must equal authorized user',
    'other (refused-unspecified): "must equal authorized user" has no reading; the threads say the From was not the logged-in account (policy) (counted apart)',
  ],
  [
    '550-"Your IP: 192.0.2.1 : Your domain a.example is not allowed in header From"',
    'other (refused-unspecified): a domain "not allowed in header From" has no reading; the thread says the account sent with a From domain it does not hold (policy)',
  ],
  [
    '550 This domain is not associated with your account',
    'other (refused-unspecified): a domain "not associated with your account" has no reading; the threads say the From must be on the account\'s verified domain (policy)',
  ],
]);

export const PROBES_24: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
