/**
 * Probe set 23 (issue 11): a held-out proxy for unseen mail servers. Labelled and committed (1a61409)
 * in one session by someone who did not read core/explain/ and ran nothing on these replies (not
 * explain(), eval-bounces, bench-explain or any explain test), reviewed against its threads and trimmed
 * in the next (review-p23, 7e9ac50), both before anyone ran explain(), eval-bounces, bench-explain or
 * any test on these replies; then run once (the first try, below).
 *
 * A new kind of source: GitHub issue and pull-request threads (the search tool's "issues" corpus, as
 * stored on 2026-12-05) in which a user pastes the SMTP reply their mail got and the thread says what
 * caused it (a maintainer's or responder's diagnosis the user confirms, or the fix that worked). The
 * help and KB pages earlier sets used are running out (set 22 found only 9 unused operators). The
 * "pages" corpus was searched for forum threads (Server Fault, provider forums) as well, but returned
 * KB pages earlier sets had used, not threads; no reply here comes from it. Each reply has its
 * placeholders filled as sets 19–22 do (a@b.example for a recipient, s@a.example for a sender,
 * 192.0.2.1 for the client, b.example for the receiving host). Nothing was meant to be taken from the
 * labelled corpus, from any bounce parser's lists, samples or issue threads (sisimai's issues,
 * ActiveCampaign's smtp-field-manual, ZoneMTA's bounces.txt pull requests, customeros/mailsherpa,
 * fm/smtp-codes and email validators' threads were not used, and search results pointing into them
 * were not opened), or from a thread copying a bounce classifier's list.
 *
 * As committed the set has 20 replies from 15 operators (counting the two users' hMailServer servers
 * as one) and 30 threads, each reply under its own source name (20 names, each naming its threads), well short of
 * the 30–45 of 20+ threads aimed at. Most threads the search tool returned are Gmail's, Outlook.com's
 * and Yahoo's replies (covered by earlier sets), Postfix's and Exim's stock refusals on the users' own
 * servers (near-repeats), or threads that never say what the reply meant; they were passed over
 * ("Passed over before the run", below). 6 of the 20 are marked stock wording (below), so the set's
 * new wording is 14 replies of 12 operators. Category spread as labelled: policy 7, authentication 5,
 * content 4, reputation 2, transient 2, mailbox 0, relay 0. The set leans on sending services and on
 * the sender's own submission server refusing it (Microsoft 365, Mailgun, SendGrid, Zoho, Migadu,
 * NetEase, QQ, Yandex: 12 of the 20), because that is what application projects' threads are about;
 * no thread found establishes an unknown, full or disabled recipient or a relay refusal in wording no
 * earlier set has.
 *
 * Review before the run (review-p23, 2026-12-05; read-only: it re-read every thread named below with
 * the search tool, ran nothing on these replies and did not read core/explain): two replies removed,
 * two more counted apart and one label changed BEFORE any run, for the set's own rules, not for what
 * explain() would say (nobody had run it):
 * - removed WEB.DE's "501 Syntax error - line too long" (policy): its cause is the maintainer's guess
 *   ("the maximum length for a line should be 998"), never confirmed in the thread; the text is United
 *   Internet's shared one, which 1&1/IONOS's submission server gives too (jens-maus/yam#673, smtp.1und1.de),
 *   and IONOS/1&1 is an earlier set's source; and its cause-carrying words nearly repeat set 1's
 *   Stalwart "554 5.3.4 Line is too long." (labelled content) and probes.test.ts's "500 5.5.2 Line too
 *   long", which the header's check (c) missed by grepping the whole phrase;
 * - removed Migadu's "554 5.7.1 Reached address outgoing limits for <s@a.example>" (transient): the
 *   thread prints no address (<s@a.example> was put back by the author), its only answer is the
 *   maintainer's bare link to a wiki page, and the user's own facts cut against a plain sending cap
 *   ("test emails are being sent … I get my regular messages out on the webmail"), so rule (e) is not
 *   met (the set passed over Posteo's "Command rejected" and Microsoft's 5.7.520 for the same reason);
 *   its words are close to widening-set19.test.ts's "outgoing messages … exceeded" and "Your mail limit
 *   has been reached." as well;
 * - counted apart (not held-out; in STOCK_WORDING_23 with the stock replies, the one list the new-
 *   wording floor reads; labels unchanged) NetEase's "554 DT:SPM 163 smtp10,…" (content): its only
 *   cause-carrying token, in the same 554 form, is in generalise.test.ts ('554 DT:SPM mx.b.example' and
 *   '451 DT:SPM , please try again', both content), a test explain() was tuned against; and SendGrid's
 *   "550 The from address does not match a verified Sender Identity. …" (policy): widening-set16.test.ts
 *   holds "550 Sender identity not verified" and "550 5.7.1 From address not yet verified for this
 *   account" under "a From or sender address … not verified for the account … is the sender refused
 *   (policy)", and set 16's first-try note names ESPs' "sender identity not verified" as the wording
 *   that reading was built for;
 * - relabelled hMailServer's "554 Rejected - Message containing bare LF's." policy -> content (it
 *   stays stock): the earlier sets label a message's line-level format faults content (set 1's Apache
 *   James "500 5.0.0 line delimiter must be CRLF", set 1's Stalwart "554 5.3.4 Line is too long."), and
 *   the explain tests file both under malformed-content; the header's convention that cited set 11's
 *   OpenSMTPD "not RFC 2822 compliant" for long lines and bare LFs is changed to match (below).
 * The review kept the other fifteen replies and their labels, including the nine the header flagged
 * (Imperial authentication, NameSilo reputation, hMailServer's save failure transient, Zoho policy,
 * Mailgun's account not activated policy, SendGrid policy, Microsoft's 5.7.57 authentication; WEB.DE's
 * and Migadu's moot), and corrected the header's account of two threads: QQ's (MTeam-CLI#12 is a pull
 * request generated by an LLM, "🤖 Generated with Claude Code", whose fix changed the body and the
 * headers and was tested only by unit tests; nothing in it says a mail then passed) and Zoho's (why its
 * two threads may be joined; Sources, below). It also confirmed two stock markings (Microsoft's 5.7.57
 * and 504 5.7.4 are on-premises Exchange's texts: flasky#472 and BookStack#4423 show the first, nodemailer#189
 * the second from an Exchange host; the 5.7.57 form's sibling "530 5.7.57 Client not authenticated to
 * send mail" is in wording.test.ts, and hMailServer's bare-LF text's sibling "451 Bare LF received,
 * parser stopped" is in widening-set11.test.ts: both doubly not held-out).
 * After it the set has 18 replies of 13 operators (18 source names), 8 counted apart (6 stock, 2 not
 * held-out); the 10 of new wording come from 8 operators (T-Online, Yandex, Zoho, Imperial, Mailgun 2,
 * Microsoft's 5.7.139 2, Wirtualna Polska, QQ): authentication 3, content 3, policy 3, reputation 1.
 * The new-wording figure is thin (10), and 2 of the 10 are Microsoft's and 2 Mailgun's. Category
 * spread of all 18: authentication 5, content 5, policy 5, reputation 2, transient 1, mailbox 0, relay 0.
 *
 * First try (run once, on 7e9ac50 with the set added to probe-sets.ts: the labels as reviewed and
 * nothing else changed; core/explain as on c08e5fc, main 5462575, which no one who wrote or reviewed
 * the set had read): 11 of 18 both ways (pasted, and in a DSN with a generic status), grammar only 9
 * of 18; of the 10 replies not counted apart, 5 both ways; of the 8 counted apart (6 stock, 2 not
 * held-out), 6. No DSN reading differs in category from its pasted one. The 7 misses and what
 * explain() said: FIRST_TRY_MISSES below. Five are of new wording: Zoho's 550 5.4.6 (its status code
 * read as a routing loop over its words), Imperial's "Unauthorised Envelope Sender", Mailgun's two 421
 * "Domain … is not allowed to send: …" (read as a delay by their 421), QQ's "may contain inappropriate
 * words or content"; two are counted apart: hMailServer's "could not be saved. Please retry later."
 * (stock) and SendGrid's "does not match a verified Sender Identity" (not held-out, and still not read).
 * No label changed after the run. The floors in probes-set23.test.ts are these first-try figures (11,
 * and 5 of the 10 of new wording).
 *
 * Pre-run checks (the rules set 20's and set 21's reviews enforced, applied before any run, as set 22
 * did). For every reply kept:
 * (a) its receiving operator or server is named in its thread and is no earlier set's source: the
 *     operator's, site's and brand names were grepped (grep -i) over test/explain/probes*.ts (sets
 *     1–22): 0 hits for imperial, namesilo, migadu, wp.pl/wirtualna/o2.pl, mailgun sandbox texts,
 *     chatmail; hits, recorded rather than hidden: T-Online (4: sets 1 and 2's national-provider
 *     mailbox texts and set 4's sitepackage.de list of German providers), WEB.DE (sets 1, 2 and 4),
 *     Yandex (1: set 2's "Mail.ru / Yandex" mailbox text), Zoho (10: set 2's and set 7's Zoho error
 *     codes), SendGrid and Mailgun (sets 1 and 2's "sending services" expiry texts), Microsoft 365 /
 *     Outlook (16), NetEase (set 2's "Naver / Daum / QQ / NetEase" and set 7's "Coremail / NetEase
 *     reply list"), QQ (set 2, and set 22 passed QQ Mail over). These are big providers; as the brief
 *     allows, only wording none of the earlier sets has was kept of them (check (c)). hMailServer, mailcow (and Postfix beneath both)
 *     are software earlier sets drew on: their two and one replies here come from the users' own
 *     servers and are marked stock (below);
 * (b) its words are not in the labelled bounces: a distinctive, cause-carrying part of each reply
 *     (listed at the end of this header) was grepped with grep -rilF in /work/shared/corpus/bounces:
 *     0 files for each;
 * (c) it is no near-repeat of an earlier probe reply: the same fragments were grepped (grep -ic) in
 *     test/explain/probes*.ts: 0 hits for each; replies whose cause-carrying words hit were passed
 *     over (below: "Forged sender", "invalid DKIM signature", "not owned by user", "User disabled",
 *     "TLS required", "Blocked - see", "poor reputation", "Relaying disallowed", "greylisted", …).
 *     Two fragments occur in other explain tests (not probe sets): "DT:SPM" in generalise.test.ts
 *     ('554 DT:SPM mx.b.example' and a 451 form, both labelled content there) and "line too long" in
 *     probes.test.ts ('500 5.5.2 Line too long'); so NetEase's and WEB.DE's replies below are not
 *     held-out for those words, which the reviewer may weigh (they were kept: neither is a probe reply).
 *     Widened by the review before the run: the cause-carrying WORDS (not only whole fragments) were
 *     grepped over all of test/explain/*.ts (probe sets 1–22 and the explain tests). Hits: "line too
 *     long" in set 1's Stalwart "554 5.3.4 Line is too long." (a probe reply; WEB.DE removed); "DT:SPM"
 *     in generalise.test.ts (NetEase counted apart); "sender identity … not verified" in
 *     widening-set16.test.ts (SendGrid counted apart); "outgoing messages … exceeded" / "mail limit has
 *     been reached" in widening-set19.test.ts (Migadu, removed for rule (e)); "Bare LF received" in
 *     widening-set11.test.ts (hMailServer's bare LF, already stock); "530 5.7.57 Client not
 *     authenticated to send mail" in wording.test.ts (Microsoft's 5.7.57, already stock). Clean in all
 *     of test/explain: Dialup/transient, Unauthorised Envelope, suspicion of, Unusual sending,
 *     UnblockMe, jest to spam / because it is spam, Sandbox / authorized recipients, activate your / not
 *     activated, SmtpClientAuthentication, basic authentication, 5.7.139, anonymous mail, Unrecognized
 *     authentication, inappropriate / may contain, Authentication unsuccessful. Mailgun's prefix
 *     "Domain … is not allowed to send:" shares "not allowed to send" with many widening lines; its
 *     cause-carrying part is after the colon (no repeat, but a lure);
 * (d) it is a server's reply text as the thread quotes it from a log, a DSN or a client's error (the
 *     reply part only, not the client library's own wrapper such as nodemailer's "Invalid login:" or
 *     Swift Mailer's "Expected response code 250 but got code …");
 * (e) its thread says what it meant; the label follows the thread with the conventions below.
 *
 * Sources (GitHub threads, as the search tool's stored copies read on 2026-12-05):
 * - T-Online: chatmail/provider-db#280 ("telekom.de / t-com: All small servers are blocked") — the
 *   reporter's servers (hosted at large providers) refused as dynamic IPs, the reply's DIAL class
 * - Imperial College London: kjolley/BIGSdb#465 — notifications sent with a curator's Imperial address
 *   as envelope sender from BIGSdb's own server were refused; the fix that closed it: all messages now
 *   come from no_reply@ the site's own domain
 * - NameSilo: anonaddy/anonaddy#696 — the maintainer: NameSilo's filter uses SURBL's DM list and blocks
 *   any sender domain on it (addy.io's alias domains were listed)
 * - hMailServer (a user's own server): hmailserver/hmailserver#92 — messages with attachments failed on
 *   a 5.6.2 build ("Aborting save since the message is zero bytes"); the maintainer fixed it in the
 *   final 5.6.2
 * - mailcow (a user's own server): mailcow/mailcow-dockerized#42 — the maintainer: the user had turned
 *   on "enforce incoming encryption" for the mailbox; the user confirms
 * - WEB.DE (removed before the run): Kitura/Swift-SMTP#106 (and its duplicate LiveUI/MailCore#12) —
 *   the DSN names Remote-MTA mx-ha02.web.de; the maintainer guessed the 998-character line limit
 *   (RFC 5322) as the cause, not confirmed; the text is United Internet's, which 1&1/IONOS's
 *   submission server gives too (jens-maus/yam#673), and IONOS/1&1 is an earlier set's source
 * - hMailServer (the receiving server of a mailsend user): muquit/mailsend#52 — the client wrote
 *   CR CR LF line ends ("\r\r\n"); the reporter's fix in the client's line handling
 * - Migadu (removed before the run): freescout-help-desk/freescout#4005 ("Can't send regular emails …
 *   (migadu)") — read as Migadu's per-address outgoing limit reached, but the maintainer's only answer
 *   is a link to FreeScout's sending-issues wiki and the user's webmail still sent
 * - Yandex: chatmail/provider-db#205 (Yandex support told the reporter "our service is not intended to
 *   send suspiciously looking messages"; the account is blocked for spam for 24 hours) and
 *   pocketbase/pocketbase#1068 (the same reply through smtp.yandex.ru, the reply as quoted below)
 * - Zoho: cachethq/cachet#3052 (the reply from smtp.zoho.com; that thread gives no cause) and
 *   stopstalk/stopstalk-deployment#132 (no reply text; Zoho blocks the sending account after about 50
 *   mails and unblocks it only through the captcha at mail.zoho.com/UnblockMe, "the account does not
 *   get unblocked on its own"). Two threads are joined into one reply's label here, where GMX's were
 *   not (passed over, below), because the reply itself carries the link to mail.zoho.com/UnblockMe and
 *   "To unblock Click here": its own words tie it to the block stopstalk's thread explains, while
 *   GMX's "mailbox unavailable … Try again later" names nothing that ties it to nodemailer#1555's rate
 *   limit. (A third thread, cachet#2446, shows the sibling "550 5.4.6 Mail rate exceeded limit. …
 *   UnblockMe … to unblock", which supports the volume reading.)
 * - SendGrid: chatwoot/chatwoot#2541 (the maintainer: verify MAILER_SENDER_EMAIL as a SendGrid sender
 *   identity; the user corrected the sender address and it works) and EBWiki/EBWiki#3861
 * - Wirtualna Polska (wp.pl, o2.pl): geokrety/geokrety-website#1047 — registration mails refused as spam
 *   by o2.pl and wp.pl while other mails pass; adding the sender to the recipient's address book lets
 *   them through
 * - Mailgun: swapmyvote/swapmyvote#891 (the reply), leemunroe/grunt-email-workflow#81 (the maintainer:
 *   add your own domain or the address as an authorized recipient; the user thanks) and
 *   mailgun/wordpress-plugin#68 (authorized recipients of a free account); Monstarrrr/rebutify#162 (the
 *   account not activated: Mailgun's new SMS verification, the reporter's finding that closed it)
 * - Microsoft 365: simonrob/email-oauth2-proxy#193 and nodemailer/nodemailer#1484 (SMTP AUTH disabled for
 *   the tenant); lukevella/rallly#3154 (the maintainer: basic authentication is disabled on the
 *   tenant, enable SMTP AUTH for the mailbox or use another provider) and rpremraj/mailR#107;
 *   renevanosnabrugge/SendEmail-BuildTask#49 (a client that did not authenticate; the user resolved it
 *   by a guide to authenticated submission); QuantumNous/new-api#1989 (the responder: Microsoft's SMTP
 *   now takes OAuth2 only, the old authentication methods no longer work)
 * - NetEase (163.com): selfteaching/selfteaching-python-camp#5556 (NetEase's code table: the content
 *   was judged spam; changing the subject made it pass) and Zero-S1/JD_tools#29
 * - QQ Mail: 0xBitWild/MTeam-CLI#12 and sansan0/TrendRadar#373 (the reply alone, no cause). MTeam-CLI#12
 *   is a pull request generated by an LLM ("🤖 Generated with Claude Code") that reads QQ's 550 as its
 *   content filter; its fix changed the body (which held a profile dump with IP and e-mail addresses)
 *   AND the headers (the modern EmailMessage API, no extra tags in Subject/From, a bare From address),
 *   and its verification is unit tests and compileall only: nothing in it says a mail then passed. The
 *   label rests on the reply's own words ("may contain inappropriate words or content"), which nothing
 *   in the threads contradicts (the set passed NetEase 126's "HL:ITC" over as an LLM's guess; this one
 *   is kept because its words, not the PR, carry the cause). A third-party page found with find_string
 *   says QQ's SMTP gives the same text for a From that does not match the account
 *
 * Labels are what each thread establishes, set before any run, with the earlier sets' conventions
 * (sets 19–22): a refused client host or IP (dynamic-IP lists, block lists) is reputation; a sender
 * domain not authorised for the sending host is authentication (as set 22's Kentucky "Mail from domain
 * not accepted from host"); SMTP AUTH required, or an authentication method the server no longer
 * accepts, is authentication; a sender's own account or sending identity refused or restricted by its
 * provider is policy (as set 4's goneo "not owned by user", set 16's Emailit "From/Sender domain is not
 * verified for this workspace"); TLS required is policy (as set 2's "Must issue a STARTTLS command
 * first"); a message's line-level format refused (long lines, bare LFs) is content (as set 1's Apache
 * James "line delimiter must be CRLF" and Stalwart "Line is too long."; changed by the review before the
 * run from "policy, as set 11's OpenSMTPD …"); a spam verdict on the message is content; a sending cap that lifts with
 * time and a receiving server's own failure to be retried are transient. Where a thread says why, its
 * reason wins over the words: NameSilo's "Sender address [s@a.example] blocked using multi.surbl.org"
 * is the sender's domain on a domain block list (reputation, as a listing); Imperial's "Unauthorised
 * Envelope Sender" is an Imperial address used from a server that is not Imperial's (authentication);
 * Yandex's, WP's, NetEase's and QQ's refusals at submission are spam verdicts on the content
 * (content), though Yandex also blocks the account for a day; Zoho's "Unusual sending activity
 * detected" is the account blocked for sending volume until a captcha unblocks it (policy, not a limit
 * that lifts by itself); Mailgun's "421 Domain … is not allowed to send: …" are a sandbox account's
 * restrictions and an account not activated (policy, though the code is 421).
 *
 * Labels a reviewer may question (kept as labelled):
 * - Imperial's "Unauthorised Envelope Sender … may only send via approved College e-mail services"
 *   (authentication) could be policy or relay: the thread's fix is a sender address of one's own
 *   domain, not SPF, and the reply's words say what servers the address may use;
 * - NameSilo's SURBL refusal (reputation) names the sender address, so policy (a refused sender) is
 *   defensible; the listing is the domain's, not the client's;
 * - hMailServer's "could not be saved. Please retry later." (transient) was a server bug fixed in a
 *   release: a receiving system's failure, which "other" could also hold;
 * - WEB.DE's "501 Syntax error - line too long" (policy) and Migadu's "Reached address outgoing limits"
 *   (transient): removed before the run (review, above);
 * - Zoho's "Unusual sending activity detected" (policy) could be transient (the block follows sending
 *   volume) or reputation; the reply text and the explanation are in two threads about the same block;
 * - Mailgun's "Please activate your Mailgun account" (policy) could be authentication;
 * - SendGrid's "does not match a verified Sender Identity" (policy) could be authentication (set 16's
 *   Emailit label was policy, followed here);
 * - Microsoft's "5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM"
 *   (authentication): the thread's resolution is a link to a guide, not a stated cause.
 *
 * How the replies were written from their threads: T-Online's IP was turned into a link by GitHub
 * ("IP=http://95.216.…/"); written IP=192.0.2.1. Imperial's reply is three lines (550-…/550 …) joined
 * with spaces, as set 2 writes Exim's continuation lines. NameSilo's is the two-line 554-/554 reply
 * joined; the blocked alias address is s@a.example and its domain a.example. mailcow's is the reply
 * part of a Postfix "NOQUEUE: reject" log line. (Migadu's reply, removed before the run, was quoted
 * by FreeScout as "Reached address outgoing limits for \r\n" with no address; the author had put
 * <s@a.example> back.) Yandex's is pocketbase's quote (Delta Chat's log drops the 554 and adds "[2]").
 * Zoho's keeps
 * the HTML anchors the server sends. Mailgun's sandbox domain is written sandbox0123456789abcdef.mailgun.org
 * (the threads' are a random 32-hex name). The Microsoft replies keep their bracketed server and time
 * stamps as quoted; the 5.7.57 reply is quoted without a basic code by .NET's SmtpException and kept
 * so. NetEase's client IP in the help link is 192.0.2.1; its session tokens are kept as quoted.
 *
 * Stock wording (chosen by where the words come from, before any run). These replies are in their
 * threads but are the stock text of software the earlier sets drew on, so they are not held-out
 * wording:
 * - NameSilo's "Service unavailable; Sender address [s@a.example] blocked using multi.surbl.org; …":
 *   Postfix's reject_rhsbl_sender text (earlier sets: Postfix's reject_rbl_client form, "Client host
 *   [...] blocked using"); the cause-carrying "Sender address [" form has no earlier probe;
 * - hMailServer's "554 Your message was received but it could not be saved. Please retry later." and
 *   "554 Rejected - Message containing bare LF's." (relabelled content before the run): hMailServer's
 *   own replies (earlier sets: hMailServer);
 * - mailcow's "550 5.7.1 Session encryption is required": Postfix's reject_plaintext_session text, used
 *   by mailcow's "enforce incoming encryption" (earlier sets: Postfix, mailcow);
 * - Microsoft's "5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM" and
 *   "504 5.7.4 Unrecognized authentication type": on-premises Exchange gives the same texts (earlier
 *   sets: Exchange), marked conservatively (the review before the run confirmed both as on-premises
 *   Exchange's); the 5.7.139 replies are Exchange Online's own and not marked.
 * Counted apart with them (not held-out, marked by the review before the run; not stock, but their
 * cause-carrying words are in explain tests that explain() was tuned against): NetEase's "554 DT:SPM
 * 163 …" ("DT:SPM" in generalise.test.ts) and SendGrid's "… does not match a verified Sender
 * Identity …" (widening-set16.test.ts's "Sender identity not verified").
 * Checked and not marked: T-Online's, Yandex's, Zoho's, Mailgun's, WP's and QQ's texts are the
 * providers' own (so were WEB.DE's, which the review found to be 1&1/IONOS's too, and Migadu's, both
 * removed); Imperial's is a site's own Exim ACL message.
 *
 * Passed over before the run (for the rules above, not for what explain() would say; explain() has not
 * been run on any of them):
 * - removed by the review before the run: WEB.DE's "501 Syntax error - line too long" (1&1/IONOS's
 *   shared text, an earlier set's source; a cause only the maintainer guessed; a near-repeat of set 1's
 *   Stalwart "Line is too long.") and Migadu's "554 5.7.1 Reached address outgoing limits for …" (no
 *   cause established: a bare wiki link, and the user's webmail still sent; rule (e));
 * - earlier sets' sources (operators): T-Online's "554 IP=… - A problem occurred. (Ask your postmaster
 *   …) (BL)" (also a near-repeat), Mimecast's "550 Envelope blocked - User Entry" and "Administrative
 *   prohibition - envelope blocked" (PlanningAlerts, WriteToThem), MailProtect's "Domain of sender
 *   address … does not exist" (Postal), MXroute's "Unauthenticated mail not allowed from this range"
 *   (mox), SMTP2GO's blank-sender and suspended-account replies, IONOS's "554-Transaction failed 554-
 *   Reject due to policy restrictions" (homematic; the thread's cause, a ß in the sender's full name, is
 *   interesting), GoDaddy's "451-The server has reached its limit for processing requests from your
 *   host", Gandi's XBL refusal (kiwix), Sophos's "XGEMAIL_0006 … mismatch in TLS versions" (Mailu; no
 *   cause established either), MailChannels' "[BFD] Sender prohibited by SPF" and "[CS] Message
 *   blocked", Runbox's "451 Temporary local problem - please try later" (Exim's text; no cause);
 * - words in the labelled bounces: Amazon SES's "Email address is not verified. The following
 *   identities failed the check" (many threads), SendGrid's "550 Unauthenticated senders not allowed",
 *   WEB.DE's "Bad DNS PTR resource record" (emailwiz; PTR fixed), Posteo's "5.7.1 message content
 *   rejected", QQ's "550 Connection frequency limited" ("frequency limited" in one bounce), Laposte's
 *   LPN codes, addy.io's "Recipient address rejected: Address does not exist" (also a near-repeat),
 *   Microsoft's "5.7.255 … does not pass DMARC verification";
 * - near-repeats of earlier probe replies: Vivaldi's "5.7.1 forged sender address" (set 17's Cleanmail
 *   "Forged sender domain from this server"), chatmail relays' "554 5.7.1 No valid DKIM signature
 *   found" and "Rejected due to invalid DKIM signature" (set 11's qpsmtpd "invalid DKIM signature"),
 *   Yandex's "Sender address rejected: not owned by auth user" and Proton Bridge's "invalid return path:
 *   not owned by user" (set 4's goneo "not owned by user"), smtp.protonmail.ch's "Sender address
 *   rejected: not logged in" (set 15), addy.io's "552 5.2.1 … Recipient address rejected: User
 *   disabled" (set 8's "user disabled"), Firefox Relay's "550 5.7.1 TLS required by recipient" (set 5's
 *   "TLS required for RCPT domain"), iCloud's "[CS01] Message rejected due to local policy" (set 5,
 *   word for word) and its Proofpoint "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-
 *   lookup.cgi?ip=…" (set 2's Proofpoint "Blocked - see"), DHL's IronPort "sending MTA's poor
 *   reputation" (sets 1 and 13, word for word), SimpleLogin's policyd-spf "Message rejected due to: SPF fail -
 *   not authorized" (set 19), Zoho's "553 Relaying disallowed as …" (set 2), Gmail's "550 5.4.5 Daily user
 *   sending quota exceeded" (set 5's "Daily sending quota exceeded"), ForwardEmail's "450 4.2.1 Message
 *   was greylisted, try again in 51 seconds" (greylisting texts, as set 22 passed over), Mailu's "451
 *   4.7.1 Try again later" (greylisting; set 12's rspamd reply, word for word), Proton's "550 5.5.1
 *   Protocol error" (set 15's Titan, word for word), OVH's "sorry, too many emails (#5.7.1)" (set 12's
 *   Mailu "You are sending too many emails too fast"), Microsoft's "550 5.7.60 … Client does not have
 *   permissions to send as this sender" (set 20's parrot-media), Postfix's "Relay access denied",
 *   "Client host rejected: …" and "User unknown in virtual mailbox table" (many self-hosting threads),
 *   Dovecot's "Quota exceeded (mailbox for user is full)", Exim/cPanel's "The mail server could not deliver mail to … sender verify failed";
 * - not a server's reply, operator not named, or without a stated meaning: GMX's "550-Requested action
 *   not taken: mailbox unavailable 550 Failure sending mail. Try again later" (MailKit#968 names gmx.de
 *   but gives no cause; nodemailer#1555 gives the cause, a rate limit that lifts after 30 minutes, but
 *   not the operator: two threads cannot be joined into one reply's label), forwardemail's "554 5.4.0
 *   <ms1.forwardemail.net #4.4.1>", mail-in-a-box's "554 5.7.1 You are not allowed to connect",
 *   Posteo's "550 5.7.1 Command rejected" (guessed as spam, not established), Somerset council's "550
 *   Header value not allowed", Hotmail's "554 Transaction failed", Virgin Media's "Spam content found"
 *   (no reply text), Microsoft's "550 5.7.520 Message blocked because it contains content identified
 *   as spam. AS(4810)" (zulip, docker-mailserver: no cause established), SparkPost's "550 5.7.1
 *   Unconfigured Sending Domain <…>" (the threads never settle it), SendGrid's "451 Authentication
 *   failed: Maximum credits exceeded" (no reply in the thread), Sendinblue's "Your SMTP account is not
 *   yet activated" (the user says it was), QQ's "550 Mail content denied [… IP: …]" (the maintainer
 *   only links QQ's page), NetEase 126's "554 HL:ITC 0,126 gzsmtp5,…" (an LLM's guess), vmail's
 *   "Data command rejected: only 10 messages per day" (no reply), hMailServer's "421 Recipient not in
 *   route list" (a bug report on the code, not a delivery), go-smtp's "554 5.0.0 Error: transaction
 *   failed, blame it on the weather: …" (Proton Bridge, hydroxide: no cause), chatmail's "555 RCPT TO
 *   parameters not recognized or not implemented" (RFC 5321's text for 555), the "550 Command
 *   Rejected", "550 message rejected" and "550 Unauthenticated senders not allowed" of unnamed
 *   servers, Ealing council's autoresponder (not an SMTP reply), Microsoft's "535 5.7.3 Authentication
 *   unsuccessful" (its thread's cause is the 5.7.139 replies' cause: left out only to keep Microsoft to
 *   four of the twenty, a balance choice, not a rule);
 * - threads of bounce parsers and classifiers (not opened or not used): sisimai's issues on Orange,
 *   La Poste, NTT Docomo, Microsoft 5.7.515 and others, ActiveCampaign/smtp-field-manual's pull requests
 *   (Orange's OFR006_102 among them), ZoneMTA's bounces.txt pull requests, customeros/mailsherpa,
 *   fm/smtp-codes, getconversio/email-deep-validator.
 *
 * The fragments grepped for (b) and (c), one per kept reply (0 files in the bounces, 0 hits in
 * test/explain/probes*.ts for each): "Dialup/transient IP not allowed", "Unauthorised Envelope
 * Sender", "Sender address [" and "on lists [dm]", "could not be saved", "Session encryption is
 * required", "Syntax error - line too long", "containing bare LF", "Reached address outgoing limits",
 * "suspicion of SPAM", "Unusual sending activity", "verified Sender Identity", "jest to spam" and
 * "because it is spam", "Sandbox subdomains are for test purposes", "Please activate your Mailgun
 * account", "SmtpClientAuthentication is disabled", "basic authentication is disabled", "not
 * authenticated to send anonymous mail", "Unrecognized authentication type", "DT:SPM", "inappropriate
 * words or content". ("Syntax error - line too long" and "Reached address outgoing limits" were
 * WEB.DE's and Migadu's, removed before the run.)
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- big providers' refusals of self-hosted servers and of submissions, in wording no earlier set has ---
  ...probe('T-Online dialup/transient IP refusal (chatmail provider-db #280)', 'reputation', [
    '554 IP=192.0.2.1 - Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)',
  ]),
  ...probe('Yandex outgoing spam refusal (chatmail provider-db #205, pocketbase #1068)', 'content', [
    '554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1668911002-iGAH3fbul4-NLVGGnGB',
  ]),
  ...probe('Zoho unusual sending activity block (cachet #3052, stopstalk #132)', 'policy', [
    '550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>',
  ]),
  // --- a university's refusal of its own addresses sent from elsewhere ---
  ...probe('Imperial College London envelope sender refusal (BIGSdb #465)', 'authentication', [
    '550-Unauthorised Envelope Sender. 550-Imperial College addresses may only send via approved College e-mail 550 services. Please visit ICT web-site or contact ICT for more details.',
  ]),
  // --- a registrar's mail filter ---
  ...probe('NameSilo mail filter, SURBL-listed sender domain (anonaddy #696)', 'reputation', [
    '554-5.7.1 Service unavailable; Sender address [s@a.example] blocked using multi.surbl.org; Blocked, a.example on lists [dm], See: http://www.surbl.org/lists.html 554 5.7.1 See mail filtering policies here: http://www.namesilo.com/Support/Email-Filtering',
  ]),
  // --- users' own servers (hMailServer, mailcow) ---
  ...probe('hMailServer 5.6.2 build, attachments not saved (hMailServer #92)', 'transient', ['554 Your message was received but it could not be saved. Please retry later.']),
  ...probe('hMailServer bare LF refusal (mailsend #52)', 'content', ["554 Rejected - Message containing bare LF's."]),
  ...probe('mailcow enforced incoming encryption (mailcow-dockerized #42)', 'policy', ['550 5.7.1 Session encryption is required']),
  // --- mail services' and sending services' refusals of their own users ---
  ...probe('SendGrid sender identity (chatwoot #2541, EBWiki #3861)', 'policy', [
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
  ]),
  ...probe('Mailgun sandbox domain (swapmyvote #891, grunt-email-workflow #81)', 'policy', [
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
  ]),
  ...probe('Mailgun account not activated (rebutify #162)', 'policy', [
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.',
  ]),
  // --- Microsoft 365 submission: SMTP AUTH and its methods ---
  ...probe('Microsoft 365 SMTP AUTH disabled for the tenant (email-oauth2-proxy #193, nodemailer #1484)', 'authentication', [
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]',
  ]),
  ...probe('Microsoft 365 basic authentication disabled (rallly #3154, mailR #107)', 'authentication', [
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]',
  ]),
  ...probe('Microsoft 365 anonymous submission refused (SendEmail-BuildTask #49)', 'authentication', [
    '5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
  ]),
  ...probe('Microsoft 365 authentication method refused (new-api #1989)', 'authentication', [
    '504 5.7.4 Unrecognized authentication type [ME2PR01CA0084.ausprd01.prod.outlook.com 2025-10-09T08:34:00.456Z 08DE05E7CF894786]',
  ]),
  // --- Polish and Chinese providers' content filters ---
  ...probe('Wirtualna Polska (wp.pl, o2.pl) spam refusal (geokrety-website #1047)', 'content', [
    "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]",
  ]),
  ...probe('NetEase 163.com outgoing spam refusal (selfteaching-python-camp #5556, JD_tools #29)', 'content', [
    '554 DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp10&time=1566221632',
  ]),
  ...probe('QQ Mail content filter (MTeam-CLI #12, TrendRadar #373)', 'content', ['550 The mail may contain inappropriate words or content.']),
];

/**
 * The replies that are stock strings of software the earlier sets drew from, with whose they are
 * (the header's "Stock wording"), and the two the review before the run found not held-out (their
 * cause-carrying words are in explain tests); a floor on the replies of new wording counts them apart.
 */
export const STOCK_WORDING_23: ReadonlyMap<string, string> = new Map([
  [
    '554-5.7.1 Service unavailable; Sender address [s@a.example] blocked using multi.surbl.org; Blocked, a.example on lists [dm], See: http://www.surbl.org/lists.html 554 5.7.1 See mail filtering policies here: http://www.namesilo.com/Support/Email-Filtering',
    "Postfix's reject_rhsbl_sender text (earlier sets: Postfix)",
  ],
  ['554 Your message was received but it could not be saved. Please retry later.', "hMailServer's reply (earlier sets: hMailServer)"],
  ["554 Rejected - Message containing bare LF's.", "hMailServer's reply (earlier sets: hMailServer)"],
  ['550 5.7.1 Session encryption is required', "Postfix's reject_plaintext_session text, used by mailcow (earlier sets: Postfix, mailcow)"],
  ['5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM', "on-premises Exchange's text too (earlier sets: Exchange; marked conservatively)"],
  [
    '504 5.7.4 Unrecognized authentication type [ME2PR01CA0084.ausprd01.prod.outlook.com 2025-10-09T08:34:00.456Z 08DE05E7CF894786]',
    "on-premises Exchange's text too (earlier sets: Exchange; marked conservatively)",
  ],
  // not held-out: marked by the review before the run (header)
  [
    '554 DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp10&time=1566221632',
    "not held-out: 'DT:SPM' in the same 554 form is in generalise.test.ts (content)",
  ],
  [
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    "not held-out: widening-set16.test.ts's 'Sender identity not verified' (the reading set 16's first try named ESPs' wording for)",
  ],
]);

/**
 * The first try's disagreements (run on 7e9ac50: the labels as reviewed, core/explain as on c08e5fc),
 * each with what explain() said and why. Labels are not changed by this list.
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  [
    '550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>',
    'transient (network-error): the 5.4.6 status is read as Microsoft\'s "routing loop detected" and decides over "Unusual sending activity detected … To unblock Click here", which has no reading; the threads say Zoho blocked the sending account for its volume until a captcha unblocks it (policy)',
  ],
  [
    '550-Unauthorised Envelope Sender. 550-Imperial College addresses may only send via approved College e-mail 550 services. Please visit ICT web-site or contact ICT for more details.',
    'other (refused-unspecified): "Unauthorised Envelope Sender" and "addresses may only send via approved College e-mail services" have no reading; the thread says an Imperial address was used as envelope sender from a server that is not Imperial\'s (authentication)',
  ],
  [
    '554 Your message was received but it could not be saved. Please retry later.',
    'other (refused-unspecified): under a 554 the words "could not be saved. Please retry later." give no cause; the thread says the receiving server failed to save messages with attachments, a bug fixed in the final 5.6.2 (transient) (a stock-marked reply)',
  ],
  [
    '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
    'other (refused-unspecified): "does not match a verified Sender Identity" has no reading (the widening-set16 reading of "Sender identity not verified" does not take it); the thread says the From address was not a verified SendGrid sender (policy) (counted apart: not held-out)',
  ],
  [
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
    'transient (delivery-delayed; delivery-expired in a DSN): the 421 decides; "is not allowed to send: Sandbox subdomains are for test purposes only … authorized recipients" has no reading; the threads say a sandbox domain may send only to authorized recipients (policy)',
  ],
  [
    '421 Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.',
    'transient (delivery-delayed; delivery-expired in a DSN): the 421 decides; "is not allowed to send: Please activate your Mailgun account" has no reading; the thread says the account was not yet activated (policy)',
  ],
  ['550 The mail may contain inappropriate words or content.', 'other (refused-unspecified): "may contain inappropriate words or content" has no reading; the reply\'s words are a verdict on the content (content)'],
]);

export const PROBES_23: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
