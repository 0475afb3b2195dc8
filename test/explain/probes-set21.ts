/**
 * Probe set 21 (issue 11): a held-out proxy for unseen mail servers. Replies written from the
 * published error, help and block pages of ISPs (EarthLink, a2i communications, Taiwan's url.com.tw,
 * Chili Pepper Web, Hosting UK, AfterOffice), a mail filter's postmaster page (Vade Secure's OXSUS
 * platform), a university's and a mailing list's pages (TU Wien, a list's FAQ at hyperreal.org), personal and small operators' block pages (parkscomm.com,
 * mussar.com, Roller Network, supportem.com), an Australian ISP's error page (IIG), a UK mailing
 * list's answer (under-score.org.uk), a HostGator reseller's FAQ (01hosting) and a Japanese rental
 * server's manual (BohanIT), that no earlier set (1–20) used, each with its placeholders filled as
 * sets 19 and 20 do (a@b.example for a recipient, s@a.example for a sender, 192.0.2.1 for the client,
 * b.example for the receiving host and its block list). Nothing was meant to be taken from the
 * labelled corpus, from any bounce parser's lists or samples, or from a page quoting them (two kept
 * replies' words turned out to be in PHP bounce classifiers' rule lists too, found by review; see
 * "Stock wording").
 *
 * As committed the set had 31 replies from 18 sources (19 source names: EarthLink's inbound and
 * outbound pages are named apart), fewer than the 40–50 of 25+ sources aimed at: in the time given,
 * most pages the search tool holds were earlier sets' sources (grepped below) or broke one of the
 * checks (a)–(e) below before any run, and were passed over ("Passed over before the run", below). It
 * was committed before explain() was run on any of it. After the run review found that one source,
 * Road Runner's postmaster page (Charter's, named in set 6's source list), is an earlier set's, which
 * check (a) should have caught; its 5 replies were removed for that reason, not for what explain() said
 * of them ("Left out after the run"). 26 replies of 17 sources (18 source names) are kept.
 *
 * First try (on 8980309, whose commit held the labels and nothing else; core/explain as on 0874f76,
 * unchanged here), as `npx tsx scripts/eval-bounces.ts /work/shared/corpus/bounces --probes` reported
 * it: whole vocabulary 20/31 = 64.5 % as a pasted line and 20/31 = 64.5 % in a DSN with a generic
 * status; grammar only 20/31 = 64.5 % both ways, from a different pair of replies: the grammar alone
 * reads a2i's "temporarily unable to verify sender address (try again later)" as the delay it is
 * (transient), which the fixed phrases read as a refused sender (policy), and leaves AOL's "has a full
 * mailbox" unread (other), which the fixed phrases read as a full mailbox. On the 29 replies then not
 * marked stock 18/29 = 62.1 % both ways (grammar only 19/29 = 65.5 %); the 2 then marked stock agreed
 * (grammar only 1). No DSN reading differs from its pasted one in category.
 * Two corrections after the run, both found by review, neither for what explain() said: (1) Road
 * Runner's 5 replies removed (an earlier set's source, "Left out after the run"; 4 of the 5 agreed, so
 * the removal lowers the figure): on the 26 kept, 16/26 = 61.5 % pasted and in a DSN, grammar only
 * 16/26 = 61.5 % both ways (the same pair differs: a2i's temporary reply and AOL's); on the 24 kept and
 * then not marked stock 14/24 = 58.3 % both ways (grammar only 15/24 = 62.5 %). (2) Six more replies
 * marked stock wording ("Stock wording", below): on the 31 as run, that alone moves the not-stock
 * figure from 18/29 to 15/23 = 65.2 % both ways (grammar only 19/29 → 15/23); the whole-set figure does
 * not move. With both, these are the set's held-out figures: 16/26 = 61.5 % both ways (grammar only
 * 16/26) on the whole set, 11/18 = 61.1 % both ways (grammar only 11/18) on the 18 replies that are
 * not stock wording, and 5 of the 8 stock ones (grammar only 5). Since fix21 read 7 of the misses by
 * their words (listed below; no label changed), 23/26 = 88.5 % both ways (grammar only 22/26 = 84.6 %:
 * AOL's full mailbox, a fixed phrase, as before), 15 of the 18 not stock (grammar only 15) and 8 of the
 * 8 stock; no longer held-out for those wordings. The floors in probes-set21.test.ts are 23 and 15,
 * the figures as the set now stands. The 10 first-try disagreements of the 26 are listed at the end
 * with what explain() said and why: 4 are meanings only the page gives (a2i's "rejected: cannot route to sender" for a sender
 * domain that does not resolve; url.com.tw's "550 no spam mail." for mail sent too often, read as
 * spam; Hosting UK's "not allowed, not local host, not a gateway" for authentication required, read as
 * a relay refusal; EarthLink's "Sender blocked error" for a sending IP on a block list, read as a
 * refused sender address), 4 are wordings no reading covers or that a reading takes the wrong way
 * (parkscomm's "Improper recipient address. Try supplying a domain name."; the HELO "Please use your
 * real hostname when saying HELO"; BohanIT's POP-before-SMTP "Please receive your mail before
 * sending", read as a remote system error; a2i's "temporarily unable to verify sender address", read
 * as a refused sender) and 2 are a reading deciding over words that carry the cause (TU Wien's "Spam
 * blocked: score … matching tests (…URIBL_BLACK)" read as a block-list refusal, the test name deciding
 * over "Spam blocked"; Roller Network's "Client blacklisted at the request of the recipient", read as
 * a block list, "blacklisted" deciding over "at the request of the recipient", which says it is the
 * recipient's own list; the first try's notes filed this one under meanings only the page gives,
 * which review corrected). One agreement is by a wrong reading: hyperreal.org's ezmlm
 * "Sorry, I don't accept messages of MIME Content-Type 'text/html'" is policy as labelled, but read as a
 * message too large (message-too-large), not as a content type refused. The weak side: a sender's
 * server refused for what it is or says (HELO names, POP-before-SMTP, a provider's own "sender blocked"
 * and "not a gateway") and a receiving server's own short-hand ("no spam mail", "cannot route to
 * sender"). No label was changed after the run.
 * Read since by their words (fix21; each in test/explain/widening-set23.test.ts with what it must not
 * swallow): "cannot route to sender" as the sender's domain refused (policy, the convention of a sender
 * domain that does not resolve); "temporarily unable to verify sender address" as a check not done for
 * now (a delay, as set 11's Stalwart "Unable to verify address at this time" is labelled; set 9's and
 * set 20's sender-domain replies say a verdict, "not found", "does not resolve", which this does not);
 * a block "at the request of the recipient" as the recipient's own list; "Improper recipient address"
 * as a malformed one; "use your real hostname when saying HELO" as the HELO name refused; a block-list
 * test inside a spam filter's list of matched tests no longer deciding over "Spam blocked"; POP-before-
 * SMTP's "receive your mail before sending" as the log-in asked for, the X.3.0 code beside it naming no
 * cause. Left as they are: url.com.tw's "550 no spam mail." (mail sent too often), Hosting UK's "not
 * allowed, not local host, not a gateway" (its words are a relay refusal's; only the page says logging
 * in is the fix) and EarthLink's "Sender blocked error" (a block-listed IP): only the pages say so.
 *
 * Pre-run checks (set 20's review removed 17 of its 40 replies after its run for breaking the set's
 * own rules; this set applies those rules before the run). For every reply kept:
 * (a) its source site is no earlier set's: every domain in every earlier header (test/explain/
 *     probes*.ts, 173 domains) and every source name (grep -i of the site's and operator's names over
 *     test/explain/probes*.ts) was checked, 0 hits for each kept source (Road Runner's operator,
 *     Charter, was not grepped, and its page was an earlier set's source: removed after the run);
 * (b) its words are not in the labelled bounces: a distinctive part of each reply (the fragments are
 *     listed in the note at the end of this header) was grepped with grep -rilF in
 *     /work/shared/corpus/bounces: 0 files for each;
 * (c) it is no near-repeat of an earlier probe reply: the same fragments were grepped in
 *     test/explain/probes*.ts: 0 hits for each (and the floor test checks exact repeats); only
 *     "message contains virus" (Road Runner's, removed after the run) occurs in another test file
 *     (review-set15.test.ts, not a probe set);
 * (d) it is a server's reply text as its page prints it (not an admin-console status, a mailing
 *     service's bounce label, a vendor code alone, a subject line or a fragment the page paraphrases);
 * (e) its page says what it means; the label follows the page with the conventions below.
 *
 * Sources (web pages, as the search tool's stored copies read on 2026-12-05; the one whose replies
 * were all removed after the run is marked):
 * - a2i communications (rahul.net), "explanation of mail errors": http://www.rahul.net/howto/mailerrors.html
 * - Roller Network, "Blacklist" help: https://acc.rollernet.us/help/mail/filter/blacklist.php
 * - parkscomm.com, "SPAM Policy" (the messages its server sends when it blocks mail): http://parkscomm.com/spampolicy.html
 * - mussar.com, block-list rejection page: http://www.mussar.com/dnsbl/
 * - under-score.org.uk mailing list (Bristol), an answer explaining a HELO rejection: http://www.under-score.org.uk/pipermail/underscore/2007-April/060030.html
 * - IIG (AU), "Helo command rejected": http://www.iig.com.au/support/email/errors.php
 * - Vade Secure postmaster (OXSUS platform): https://postmaster-oxsus.vadesecure.com/
 * - url.com.tw (TW, 智邦生活館), common bounce messages: https://help.url.com.tw/1989.html (also http://help.url.com.tw/index.php/信箱常見退信訊息)
 * - TU Wien (AT) IT services, "Ignore spam level": https://www.it.tuwien.ac.at/en/services/advisory-services-and-service-desk/advisory-services/it-security/spam/ignore-spam-level-dependent-mail/
 * - supportem.com KB 00087, "When an Email server is blocked, what happens to the Email sent?": http://www.supportem.com/kbase/article/00087
 * - AfterOffice FAQ, "SMTP Error: Please authenticate before sending email": https://afteroffice.com/support/doku.php?id=faq:email:smtp_error_please_authenticate_before_sending_email
 * - Chili Pepper Web, "Mail Quota Exceeded": http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html
 * - Hosting UK KB, problems sending from Outlook Express or webmail: https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail
 * - 01hosting, HostGator email FAQ: http://www.01hosting.com/hostgator-email/
 * - removed after the run: Road Runner postmaster, "Inbound Error Messages": http://postmaster.rr.com/error_messages
 * - EarthLink postmaster (Vade), inbound and outbound SMTP error codes: https://postmaster-earthlink.vadesecure.com/inbound_error_codes and https://postmaster-earthlink.vadesecure.com/outbound_error_codes
 * - BohanIT rental server manual (JP), "メール送受信時のエラーメッセージ": http://shbhlxxjs.com/onlineManualDetail161.html
 * - hyperreal.org, a mailing list's FAQ (ezmlm): http://hyperreal.org/raves/pb-cle/faq/
 *
 * Labels are what each page says the reply means, set before any run, with the earlier sets'
 * conventions (sets 19 and 20): an unknown or malformed recipient address or a full mailbox is mailbox;
 * a sender domain that cannot be routed is policy (as set 4's onesystems.ch and set 20's TU Graz); a
 * sender on the recipient's own block list is policy (as set 20's Ecenica); a content type a list
 * refuses is policy (as the earlier sets' size limits, a receiver's own rule on what a message may
 * be); SMTP AUTH required, POP-before-SMTP and an unsupported AUTH method are authentication (a
 * refusal whose working fix is logging in is filed under SMTP AUTH, as set 20's parrot-media label
 * corrected after its run; this header first cited probes.ts:397 here, which is labelled relay: its
 * note describes explain()'s reading, not the label); a refused client host or IP (block list, bad HELO name) is reputation (as set 11's and probes.ts's
 * HELO restrictions); a spam or virus verdict on the message is content; a receiving server's own
 * busy state, rate limits, timeouts and retry-later answers are transient. Where a page says why, its
 * reason wins over the words: a2i's "temporarily unable to verify sender address" is a sender domain
 * whose name servers do not answer, retried (transient); parkscomm's "Timeout. Talk faster next
 * time." is its server hanging up on a slow client (transient) and its "Too many recipients. Try the
 * remaining addresses again later." a per-connection recipient limit the sender's server should retry
 * (transient); url.com.tw's "550 no spam mail." is mail sent too often (信件寄送太頻繁; transient) and
 * its "550 illegal sender." a refused sender, "perhaps on a black list, or suspended" (可能是黑名單,或被
 * 停權; policy, arguable: the page names no one cause); Hosting UK's "550, not allowed, not local host,
 * not a gateway" is its servers requiring authentication to send (authentication); Vade's "421 4.2.1
 * Connection refused" is, under every code the page gives it, a connection or rate limit to retry later
 * (transient); EarthLink's "550 5.7.1 Sender blocked error" is a sending IP on a Validity or Spamhaus
 * block list (reputation) and its outbound "550 5.7.1 Authentication refused" an AUTH method it does
 * not support (authentication).
 *
 * Labels a reviewer may question (kept as labelled; the figures are on the 26 kept, whole vocabulary
 * with grammar only in brackets, against 16/26 as labelled): a2i's "temporarily unable to verify sender
 * address (try again later)" (transient, as its page says the mail stays queued, like Stalwart's "451
 * 4.4.3 Unable to verify address at this time.", set 11, probes.ts:836) is a temporary sender-domain DNS
 * failure, which set 20's TU Graz "451 4.1.8 Domain of sender address … does not resolve" and set 9's
 * Jacobs "450 … Sender address rejected: Domain not found" label policy; as policy 17/26 (15/26).
 * Roller Network's "Client blacklisted at the request of the recipient" (policy, the recipient's own
 * list, as set 20's Ecenica) could be reputation: the labelled corpus files the near-same "550 5.7.1 IP
 * address blacklisted by recipient" as a block (bounces/mail/lhost-sendmail-33.eml, reputation /
 * blocked), the reply says "Client", and the stored page has lost its list of entry types (it mentions
 * only sender-address wildcards); as reputation 17/26 (17/26). Hosting UK's "550, not allowed, not
 * local host, not a gateway" (authentication) follows its page, which says its servers require
 * authentication to send, but its words are a relay refusal's; as relay 17/26 (16/26). parkscomm's
 * "Timeout. Talk faster next time." is on a page of anti-spam blocks, and its reason (spam software connects and waits) could be read as a
 * refused client (reputation); url.com.tw's "550 illegal sender." (policy) could be reputation
 * (blacklisted) or the sender's own account suspended; 01hosting's "421 Unexpected failure, Please try
 * later" (transient) is on a reseller's page about HostGator, which says only that it "could be a
 * temporary issue".
 *
 * How the replies were written from their pages (noted after the run by the helper who wrote the set,
 * for a reviewer to weigh; no reply or label was changed): TU Wien's example lists 17 SpamAssassin test
 * names; the reply keeps 4 of them (BAYES_50, HTML_MESSAGE, MIME_HTML_ONLY, URIBL_BLACK), and the
 * omitted ones include block-list tests too (RCVD_IN_BL_SPAMCOP_NET, RCVD_IN_NIXSPAM, URIBL_AB_SURBL,
 * URIBL_JP_SURBL), so the miss does not hang on the choice. mussar.com's stored copy prints its template
 * with the list name and the link blank ("Mail from xx.xx.xx.xx refused by; see"); both were filled as
 * placeholders (bl.b.example, the page's own address). The under-score.org.uk answer quotes a real
 * client's HELO name (HSP-AV01), written as MAILHOST01. 01hosting writes "421, response: Unexpected
 * failure, Please try later"; the reply drops ", response:". (A note here on how Road Runner's
 * replies were written went with them; see "Left out after the run".)
 *
 * Stock wording (chosen by where the words come from, before any run, except the six marked by review
 * after it, below). These replies are written on their pages but are the stock text of software or
 * providers the earlier sets already drew on, so they are not held-out wording: IIG's "Helo command
 * rejected: Invalid name" (Postfix's reject_invalid_helo_hostname; earlier sets: Postfix) and Chili
 * Pepper Web's "552 a@b.example has a full mailbox" (AOL's; earlier sets: AOL). Marked after the run
 * (a post-run correction, found by review, not for what explain() said): parkscomm's three, "Timeout.
 * Talk faster next time.", "Too many recipients. Try the remaining addresses again later." and
 * "Improper recipient address. Try supplying a domain name." (spamdyke's ERROR_TIMEOUT, ERROR_RCPT_TO
 * (its too-many-recipients refusal) and ERROR_RCPT_TO_LOCAL texts, in spamdyke.h and grepped for by
 * spamdyke's own tests; set 20 drew on spamdyke: 2Large, ICDSoft); a2i's "temporarily unable to verify sender
 * address (try again later)" (word for word Exim's verify.c, the 451 of verify_sender; earlier sets:
 * Exim); 01hosting's "421 Unexpected failure, Please try later" (Exim's log.c die() text "Unexpected
 * failure, please try later"; HostGator runs cPanel/Exim, which earlier sets drew on); and a2i's
 * "rejected: cannot route to sender", which review left to decide (close to Exim's "cannot route to
 * sender address", not verbatim): it is marked, because an early Exim's verify.c gives "cannot route to
 * sender" word for word (the 501 of verify_sender_preliminary and the 554 of verify_sender, the
 * function whose 451 is the text above), so both a2i replies are that Exim's sender verification and only
 * "rejected: " is added. Before the marking, 18/29 of the not-stock replies agreed (grammar only 19/29);
 * after it 15/23 on the 31 as run and 11/18 on the 26 kept (grammar only 11/18); 5 of the 8 stock
 * replies agree (grammar only 5). Vade's texts appear on two sources (Vade's OXSUS page and
 * EarthLink's, which runs on Vade); no earlier set drew on Vade, so they are not marked, but the four
 * are one vendor's wording. Also in bounce parsers' lists (found by review; both taken from their
 * pages, so no rule is broken, and both are misses, so no figure moves): BohanIT's "Please receive
 * your mail before sending" is in a PHP bounce rule list (its soft / remoteconfigerror rules) and in
 * another classifier's regex list; Hosting UK's "Not local host, not a gateway." is in a BMH-style rule
 * list (command_reject, rule 0204). hyperreal.org's ezmlm text is ezmlm-idx's stock ERR_BAD_TYPE; no
 * earlier set drew on ezmlm, so by this set's rule it is not stock.
 *
 * Left out after the run (found by review; for the set's own rule, not for what explain() said of
 * them; "miss" or "agreed" is the first try's reading against the label as committed):
 * - Road Runner's five, "552 5.3.4 - Message too large; message rejected." (policy; agreed), "554 5.7.1
 *   - Null sender with multiple recipients not allowed here" (policy; agreed), "550 5.7.1 - Message
 *   rejected; message contains virus." (content; agreed), "553 5.1.2 - Recipient address not local.
 *   relaying denied" (relay; miss: read as mailbox, unknown-domain, X.1.2 deciding over "relaying
 *   denied") and "421 4.3.2 - Connection refused. Server is busy, please try back later" (transient;
 *   agreed): postmaster.rr.com has been Charter's (Spectrum's) since 2016, and Charter is named in set
 *   6's source ("ISPs' published refusals (GMX, AT&T, Charter, Verizon, Rackspace, Google)",
 *   probes.ts), whose "554 5.7.1 - ERROR: Mail refused - …" is Road Runner's own block template (the
 *   near-repeat this header passed over below); set 18 left out AT&T, of the same list, for this reason,
 *   and this set passed AT&T/BellSouth over. Review's other notes on these replies went with them (the
 *   size reply holds "552 5.3.4 Message too large" of the labelled corpus with a clause added; the busy
 *   reply shares its core with set 8's Naver "Connection refused. Server is busy", labelled reputation
 *   there; two had no explanation of their own on the page); none of its notes on words in the labelled
 *   bounces or near-repeats concerns a kept reply.
 *
 * Passed over before the run (for the rules above, not for what explain() would say; explain() had not
 * been run on any of them):
 * - earlier sets' sources: Spambrella, Tufts, bytecamp, goneo, IONOS/1&1, STRATO, onesystems.ch,
 *   Titan, GoDaddy (and its ix-one/hostingdude clones), Rackspace, Comcast, AT&T/BellSouth (set 18 left
 *   them out as providers earlier sets used), Andrews & Arnold, interia, Seznam, Free, Mail.ru, Forpsi
 *   (konto.pl, forpsi.pl, arubacloud.pl), carerix, oni.nl, exedo.nl, weboke.nl, vdx.nl, mittwald, cyon,
 *   comservice-ffo, eomatica, bs2internet, Netbit, CCM Brasil, spam-mail-blocker.de, kluenter.de,
 *   MagicSpam (linuxmagic), open-mail 3 Strikes, dshost, ultrawebhosting, webpal, intohost, Coremail,
 *   the Korean tistory lists (set 8), hocoroco, b-space, chupicom, arena.ne.jp, g-wip, pasokon360,
 *   moneytimes, catv-yokohama, busblog, DTI, icglink, GEN, oximail, mlcastle, mail.fr, hostmedia,
 *   newpages.com.my, thailandemailhosting, szhot, RU-CENTER, webstyle.ch (set 18 left it out);
 * - words in the labelled bounces: montevallo.edu's IMail "User mailbox exceeds allowed size"
 *   (lhost-imailserver-02), Oxford's Exchange "mailbox is full and can't accept messages now"
 *   (lhost-exchange2007-02, lhost-office365-12), OVH's qmail "wasn't able to establish an SMTP
 *   connection" (lhost-qmail-07, lhost-x2-06);
 * - near-repeats of earlier probe replies: Road Runner's "554 5.7.1 - ERROR: Mail Refused - <ip> - See …"
 *   block reply (probes.ts:448, only the URL differs: set 6 had taken it from Charter, which should have
 *   ruled the whole page out) and its "550 5.1.1 - Invalid mailbox: …" (probes.ts:220, a dash added);
 *   dcu.ie's "Helo command rejected: need fully-qualified hostname";
 *   IIG's "Helo command rejected: Access denied"; c4.cz's "[SPF] … is not allowed to send mail from …"
 *   (set 14's Interia); marinomichele.it's "Sender address rejected: not logged in" (set 15);
 *   spam-mail-blocker's and kluenter's greylisting texts; the SpaceLee "Your IP … is filtered" reply;
 *   IBM z/OS's "552 Too many recipients" ("452 Too many recipients" with another code); Hosting UK's
 *   and others' Postfix "Relay access denied" and "Client host … blocked using …";
 * - not a server's reply or without a stated meaning: UF CLASnet's "Permission denied" (the page
 *   quotes only the two words, as a paraphrase), Retarus' glossary and OX's support table (quarantine
 *   categories), Vade's "550 5.7.1 Connection refused" (one text the page gives three meanings: a block
 *   list, no reverse DNS, no FCrDNS), Broadcom's list of third-party replies (no meaning per reply),
 *   nemostar, tocici, sput.nl, islandnet, guruprotect and SolidSpace (no reply text stored), wistful.net
 *   (a paraphrase), 01hosting's HostGator "550 SMTP Error: Perhaps the user has not logged into…"
 *   (rewritten in the third person);
 * - pages copying bounce lists or other providers' texts: domainhostingshop.com.au's sender-verify
 *   list (fragments like "550 verify validity" from bounce classifiers' keyword lists), the pobox
 *   "bounce-common" page and its copies (novara, openkb, newpages, Pen Publishing), ipblacklistremoval's
 *   ranked list, eifert.net's translated Gmail list, baraknews' spun copy of Free's page,
 *   errorsmaster.ru, mailout.ru, webstyle.ch's provider list.
 *
 * The fragments grepped for (b) and (c), one per kept reply: "cannot route to sender", "unable to
 * verify sender address", "blacklisted at the request of the recipient", "Talk faster", "Try the
 * remaining addresses", "Try supplying a domain", "refused by bl.", "real hostname when saying HELO",
 * "Helo command rejected: Invalid name", "4.2.1 Connection deferred", "4.2.1 Connection refused",
 * "SB0102", "illegal sender", "no spam mail", "mailserver's ip is listed in blacklist", "Spam blocked:
 * score", "DSBL Open Relay", "please authenticate before send", "Mail quota exceeded", "has a full
 * mailbox", "not local host, not a gateway", "Unexpected failure, Please try later", "Sender blocked
 * error", "5.7.1 Authentication refused", "receive your mail before sending", "don't accept messages
 * of MIME Content-Type" (and, for Road Runner's five, removed after the run: "Message too large;
 * message rejected", "message contains virus", "Null sender with multiple recipients", "Recipient
 * address not local", "Server is busy, please try back").
 */
import { probe, withFirstTryMisses, type Probe } from './probes.ts';

const LABELLED: readonly Probe[] = [
  // --- an old ISP's sender checks, a personal server's and a provider's block pages ---
  ...probe('a2i communications (rahul.net) mail errors', 'policy', ['rejected: cannot route to sender']),
  ...probe('a2i communications (rahul.net) mail errors', 'transient', ['temporarily unable to verify sender address (try again later)']),
  ...probe('Roller Network blacklist help', 'policy', ['Client blacklisted at the request of the recipient. Access denied.']),
  ...probe('parkscomm.com spam policy', 'transient', ['Timeout. Talk faster next time.', 'Too many recipients. Try the remaining addresses again later.']),
  ...probe('parkscomm.com spam policy', 'mailbox', ['Improper recipient address. Try supplying a domain name.']),
  ...probe('mussar.com block-list page', 'reputation', ['Mail from 192.0.2.1 refused by bl.b.example; see http://www.mussar.com/dnsbl/']),
  // --- HELO names refused ---
  ...probe('under-score.org.uk list (HELO rejection answer)', 'reputation', ['550 Please use your real hostname when saying HELO (not MAILHOST01)']),
  ...probe('IIG (AU) HELO errors', 'reputation', ['Helo command rejected: Invalid name']),
  // --- a filter vendor's postmaster page ---
  ...probe('Vade Secure postmaster (OXSUS)', 'transient', ['421 4.2.1 Connection deferred', '421 4.2.1 Connection refused']),
  // --- a Taiwanese ISP's common bounce messages ---
  ...probe('url.com.tw (TW) common bounce messages', 'content', ['550 Error: SB0102 - Rejected: SPAM']),
  ...probe('url.com.tw (TW) common bounce messages', 'policy', ['550 illegal sender.']),
  ...probe('url.com.tw (TW) common bounce messages', 'transient', ['550 no spam mail.']),
  ...probe('url.com.tw (TW) common bounce messages', 'reputation', ["553 your mailserver's ip is listed in blacklist. Blocked - see http://cbl.abuseat.org/lookup.cgi?ip=192.0.2.1"]),
  // --- a university's spam level, a host's block list ---
  ...probe('TU Wien (AT) spam level blocking', 'content', [
    '550 5.7.1 Spam blocked: score 18.9 >= 8.0 matching tests (BAYES_50,HTML_MESSAGE,MIME_HTML_ONLY,URIBL_BLACK),http://www.zid.tuwien.ac.at/kom/services/mail/bounced_spam/',
  ]),
  ...probe('supportem.com blocked server KB', 'reputation', ['553:  DSBL Open Relay']),
  // --- logging in before sending ---
  ...probe('AfterOffice FAQ (authenticate before sending)', 'authentication', ['451 s@a.example please authenticate before send']),
  ...probe('Hosting UK KB (problems sending)', 'authentication', ['550, not allowed, not local host, not a gateway']),
  ...probe('BohanIT rental server manual (JP)', 'authentication', ['553 5.3.0 <s@a.example>... Please receive your mail before sending']),
  // --- full mailboxes ---
  ...probe('Chili Pepper Web mail quota exceeded', 'mailbox', ['552 <a@b.example>... Mail quota exceeded', '552 a@b.example has a full mailbox']),
  // --- a reseller's HostGator FAQ ---
  ...probe('01hosting HostGator email FAQ', 'transient', ['421 Unexpected failure, Please try later']),
  // (Road Runner's five inbound error messages: removed after the run, an earlier set's source; see the header)
  // --- an ISP's postmaster pages (run on Vade) ---
  ...probe('EarthLink postmaster inbound errors', 'reputation', ['550 5.7.1 Sender blocked error']),
  ...probe('EarthLink postmaster outbound errors', 'authentication', ['550 5.7.1 Authentication refused']),
  // --- a mailing list's content-type refusal ---
  ...probe('hyperreal.org list FAQ (ezmlm)', 'policy', ["ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)"]),
];

/**
 * The replies that are stock strings of software or providers the earlier sets drew from, with whose
 * they are (the header's "Stock wording"); the floor test pins agreement on the rest too.
 */
export const STOCK_WORDING_21: ReadonlyMap<string, string> = new Map([
  ['Helo command rejected: Invalid name', "Postfix's reject_invalid_helo_hostname (earlier sets: Postfix)"],
  ['552 a@b.example has a full mailbox', "AOL's full-mailbox reply (earlier sets: AOL)"],
  // marked after the run (found by review; see the header)
  ['Timeout. Talk faster next time.', "spamdyke's ERROR_TIMEOUT (set 20: spamdyke)"],
  ['Too many recipients. Try the remaining addresses again later.', "spamdyke's ERROR_RCPT_TO, too many recipients (set 20: spamdyke)"],
  ['Improper recipient address. Try supplying a domain name.', "spamdyke's ERROR_RCPT_TO_LOCAL (set 20: spamdyke)"],
  ['temporarily unable to verify sender address (try again later)', "Exim's verify.c, verify_sender's 451 (earlier sets: Exim)"],
  ['rejected: cannot route to sender', "an early Exim's verify.c 'cannot route to sender' with 'rejected: ' added (earlier sets: Exim)"],
  ['421 Unexpected failure, Please try later', "Exim's log.c die() text (earlier sets: Exim/cPanel)"],
]);

/**
 * The first try's disagreements among the replies kept (run on 8980309, whose commit held the labels
 * and nothing else; core/explain as on 0874f76), each with what explain() said and why. Labels are not
 * changed by this list; Road Runner's miss went with its replies (header, "Left out after the run").
 * A record of the first try: all but url.com.tw's "no spam mail.", Hosting UK's "not a gateway" and
 * EarthLink's "Sender blocked error" agree since fix21 (header).
 */
const FIRST_TRY_MISSES: ReadonlyMap<string, string> = new Map([
  ['rejected: cannot route to sender', 'other (unrecognised-input; refused-unspecified in a DSN): "cannot route to sender" has no reading; only a2i\'s page says the sender address has a domain that does not exist (policy, as a sender domain that does not resolve)'],
  ['temporarily unable to verify sender address (try again later)', 'policy (sender-rejected): the fixed phrases read "unable to verify sender address" as a refused sender and let it decide over "temporarily … (try again later)"; a2i\'s page says the sender domain\'s name servers do not answer and the mail stays queued (transient). The grammar alone reads it as a delay (transient, agrees)'],
  ['Client blacklisted at the request of the recipient. Access denied.', 'reputation (blocklisted): "blacklisted" reads as a block list and decides over "at the request of the recipient", which says it is the recipient\'s own list (policy, as set 20\'s Ecenica); no reading takes those words'],
  ['Improper recipient address. Try supplying a domain name.', 'other (unrecognised-input; refused-unspecified in a DSN): "improper recipient address" has no reading; parkscomm\'s page says the sending server gave a recipient without a domain (mailbox, a malformed address)'],
  ['550 Please use your real hostname when saying HELO (not MAILHOST01)', 'other (refused-unspecified): a HELO name refused in words ("use your real hostname when saying HELO") that no reading covers; the list\'s answer says the client\'s HELO was not a fully qualified name (reputation, as the earlier sets\' HELO restrictions)'],
  ['550 no spam mail.', 'content (spam-content): "spam mail" reads as a spam verdict; url.com.tw\'s page says it means mail sent too often (信件寄送太頻繁; transient)'],
  ['550 5.7.1 Spam blocked: score 18.9 >= 8.0 matching tests (BAYES_50,HTML_MESSAGE,MIME_HTML_ONLY,URIBL_BLACK),http://www.zid.tuwien.ac.at/kom/services/mail/bounced_spam/', 'reputation (blocklisted): a test name in the list (URIBL_BLACK) reads as a block list and decides over "Spam blocked: score … >= …", the content filter\'s verdict TU Wien\'s page describes (content)'],
  ['550, not allowed, not local host, not a gateway', 'relay (relay-denied; the grammar alone: other): "not local host, not a gateway" reads as a relay refusal; Hosting UK\'s page says its servers require authentication to send (authentication)'],
  ['553 5.3.0 <s@a.example>... Please receive your mail before sending', 'transient (remote-system-error): X.3.0 with no reading of the words; "Please receive your mail before sending" is POP-before-SMTP (log in by fetching mail first; authentication), which only the page says'],
  ['550 5.7.1 Sender blocked error', 'policy (sender-rejected): "sender blocked" reads as the sender address refused; EarthLink\'s page says the sending IP is on a Validity or Spamhaus block list (reputation)'],
]);

export const PROBES_21: readonly Probe[] = withFirstTryMisses(LABELLED, FIRST_TRY_MISSES);
