/**
 * Common SpamAssassin rules (apache/spamassassin `rules/*.cf`, and the widely deployed KAM and
 * Barracuda `BSF_` sets), what each means for the sender and what to change. Rules that are not
 * here are reported as unknown, never guessed at. Patterns cover numbered families
 * (`BAYES_99`, `HTML_IMAGE_RATIO_04`, `RCVD_IN_SORBS_WEB`).
 */
import type { MessageSource } from '../messages/index.ts';
import type { BounceCategory } from '../types.ts';

export interface SpamAssassinRule {
  /** exact rule name, or a prefix ending in `*` */
  readonly name: string;
  readonly category: BounceCategory;
  readonly meaning: string;
  readonly fix: string;
}

const LIST_FIX = 'Find out why the IP or domain is listed (the list’s lookup page says), fix the cause, then request removal.';
const URI_FIX = 'A domain in your links is on a URI blocklist: remove or replace that link (shorteners and shared tracking domains are common culprits) and use links on your own, clean domain.';

export const SPAMASSASSIN_RULES: readonly SpamAssassinRule[] = [
  // Bayes and collaborative checksums
  { name: 'BAYES_00', category: 'content', meaning: 'the receiver’s Bayesian filter is almost sure this is not spam', fix: 'Nothing to change; this counts in your favour.' },
  { name: 'BAYES_05', category: 'content', meaning: 'the Bayesian filter finds the wording very unlike spam', fix: 'Nothing to change.' },
  { name: 'BAYES_20', category: 'content', meaning: 'the Bayesian filter finds the wording unlike spam', fix: 'Nothing to change.' },
  { name: 'BAYES_40', category: 'content', meaning: 'the Bayesian filter is unsure, leaning towards not spam', fix: 'Nothing specific; clearer, personal wording helps.' },
  { name: 'BAYES_50', category: 'content', meaning: 'the Bayesian filter cannot tell (spam probability 40–60 %)', fix: 'Write like a person to a person: fewer sales phrases, more specific content the recipient asked for.' },
  { name: 'BAYES_60', category: 'content', meaning: 'the Bayesian filter, trained on this receiver’s mail, finds the wording somewhat like spam (60–80 %)', fix: 'Rework the wording: drop sales and urgency phrases, and avoid copying text that spammers use.' },
  { name: 'BAYES_80', category: 'content', meaning: 'the Bayesian filter finds the wording much like spam (80–95 %)', fix: 'Rewrite the message: the words and phrases resemble mail these recipients reported as spam. Run spamrisk’s content check for the phrases.' },
  { name: 'BAYES_95', category: 'content', meaning: 'the Bayesian filter finds the wording very much like spam (95–99 %)', fix: 'Rewrite the message substantially; its vocabulary matches spam the receiver has seen.' },
  { name: 'BAYES_99', category: 'content', meaning: 'the Bayesian filter is nearly certain the wording is spam (99–100 %)', fix: 'Rewrite the message substantially, and check whether recipients asked for it: similar mail has been reported as spam.' },
  { name: 'BAYES_999', category: 'content', meaning: 'the Bayesian filter is certain the wording is spam (over 99.9 %)', fix: 'Rewrite the message substantially; its vocabulary matches spam the receiver has seen.' },
  { name: 'RAZOR2_CHECK', category: 'content', meaning: 'the message matches Vipul’s Razor, a shared database of reported spam', fix: 'Identical mail has been reported as spam by others: stop sending this exact content, and check whether your list is opt-in.' },
  { name: 'RAZOR2_CF_RANGE_*', category: 'content', meaning: 'Razor’s confidence that this content is reported spam', fix: 'Identical content has been reported as spam: change it and review your list.' },
  { name: 'PYZOR_CHECK', category: 'content', meaning: 'the message matches Pyzor, a shared database of reported spam', fix: 'Identical mail has been reported as spam: stop sending this exact content.' },
  { name: 'DCC_CHECK', category: 'content', meaning: 'the Distributed Checksum Clearinghouse has seen this content in bulk', fix: 'Bulk mail is fine if recipients asked for it; make sure they did and that it authenticates.' },
  { name: 'DCC_REPUT_*', category: 'reputation', meaning: 'the DCC reputation of the sending IP is poor', fix: 'Improve list hygiene and complaint rates from this IP.' },
  // Authentication
  { name: 'SPF_FAIL', category: 'authentication', meaning: 'SPF fail: the envelope sender’s domain does not authorise the sending IP', fix: 'Add the sending service to the domain’s SPF record (include:…).' },
  { name: 'SPF_SOFTFAIL', category: 'authentication', meaning: 'SPF softfail (~all): the domain does not list the sending IP', fix: 'Add the sending service to the domain’s SPF record.' },
  { name: 'SPF_NEUTRAL', category: 'authentication', meaning: 'SPF neutral (?all): the domain makes no statement about the sending IP', fix: 'Publish an SPF record that lists your senders and ends in -all or ~all.' },
  { name: 'SPF_NONE', category: 'authentication', meaning: 'the envelope sender’s domain publishes no SPF record', fix: 'Publish an SPF record for the domain.' },
  { name: 'SPF_PASS', category: 'authentication', meaning: 'SPF passed', fix: 'Nothing to change.' },
  { name: 'SPF_HELO_FAIL', category: 'authentication', meaning: 'SPF for the HELO host name fails', fix: 'Publish an SPF record for the sending host’s name that covers its IP (`v=spf1 a -all`).' },
  { name: 'SPF_HELO_SOFTFAIL', category: 'authentication', meaning: 'SPF for the HELO host name soft-fails', fix: 'Publish an SPF record for the sending host’s name that covers its IP.' },
  { name: 'SPF_HELO_NONE', category: 'authentication', meaning: 'the HELO host name has no SPF record', fix: 'Optional: publish `v=spf1 a -all` for the sending host’s name.' },
  { name: 'SPF_HELO_NEUTRAL', category: 'authentication', meaning: 'SPF for the HELO host name is neutral', fix: 'Optional: publish `v=spf1 a -all` for the sending host’s name.' },
  { name: 'SPF_HELO_PASS', category: 'authentication', meaning: 'SPF for the HELO host name passed', fix: 'Nothing to change.' },
  { name: 'DKIM_SIGNED', category: 'authentication', meaning: 'the message carries a DKIM signature (not yet verified)', fix: 'Nothing to change.' },
  { name: 'DKIM_VALID', category: 'authentication', meaning: 'a DKIM signature verified', fix: 'Nothing to change.' },
  { name: 'DKIM_VALID_AU', category: 'authentication', meaning: 'a DKIM signature from the author’s (From) domain verified', fix: 'Nothing to change.' },
  { name: 'DKIM_VALID_EF', category: 'authentication', meaning: 'a DKIM signature from the envelope sender’s domain verified', fix: 'Nothing to change.' },
  { name: 'DKIM_INVALID', category: 'authentication', meaning: 'a DKIM signature is present but does not verify (the message changed in transit, or the key is wrong)', fix: 'Check the DKIM key in DNS matches the signing key, and that nothing (footers, link rewriting) modifies the message after signing.' },
  { name: 'DKIM_ADSP_*', category: 'authentication', meaning: 'the From domain’s old ADSP policy says all mail is signed, but this is not', fix: 'Sign all mail with DKIM for the From domain, and replace ADSP with DMARC.' },
  { name: 'DMARC_PASS', category: 'authentication', meaning: 'DMARC passed', fix: 'Nothing to change.' },
  { name: 'DMARC_NONE', category: 'authentication', meaning: 'DMARC failed, and the domain’s policy is p=none', fix: 'Align SPF or DKIM with the From domain so DMARC passes.' },
  { name: 'DMARC_QUAR', category: 'authentication', meaning: 'DMARC failed, and the domain’s policy is p=quarantine', fix: 'Align SPF or DKIM with the From domain so DMARC passes.' },
  { name: 'DMARC_REJECT', category: 'authentication', meaning: 'DMARC failed, and the domain’s policy is p=reject', fix: 'Align SPF or DKIM with the From domain so DMARC passes; until then receivers may refuse the mail.' },
  { name: 'DMARC_MISSING', category: 'authentication', meaning: 'the From domain publishes no DMARC record', fix: 'Publish a DMARC record (`v=DMARC1; p=none; rua=mailto:…`) and tighten it once reports show everything passes.' },
  { name: 'HEADER_FROM_DIFFERENT_DOMAINS', category: 'authentication', meaning: 'the From domain differs from the envelope sender’s domain', fix: 'Common and harmless when DKIM aligns with From; otherwise use a return-path on your own domain.' },
  // DNS blocklists of the sending IP
  { name: 'RCVD_IN_SBL', category: 'reputation', meaning: 'a relay IP is on the Spamhaus SBL (known spam sources)', fix: LIST_FIX },
  { name: 'RCVD_IN_SBL_CSS', category: 'reputation', meaning: 'a relay IP is on Spamhaus CSS (snowshoe spam)', fix: LIST_FIX },
  { name: 'RCVD_IN_XBL', category: 'reputation', meaning: 'a relay IP is on the Spamhaus XBL (infected or exploited machines)', fix: 'Clean the infected machine or account on that IP, then delist at Spamhaus.' },
  { name: 'RCVD_IN_PBL', category: 'reputation', meaning: 'a relay IP is on the Spamhaus PBL (addresses that should not send mail directly, such as home connections)', fix: 'Send through your provider’s authenticated submission server instead of directly from this IP.' },
  { name: 'RCVD_IN_ZEN_*', category: 'reputation', meaning: 'a relay IP is on the Spamhaus ZEN blocklist', fix: LIST_FIX },
  { name: 'RCVD_IN_BL_SPAMCOP_NET', category: 'reputation', meaning: 'a relay IP is on the SpamCop blocklist (recent spam reports)', fix: 'SpamCop listings expire within a day once reports stop: find and stop the reported mail.' },
  { name: 'RCVD_IN_SORBS_*', category: 'reputation', meaning: 'a relay IP is on a SORBS blocklist', fix: LIST_FIX },
  { name: 'RCVD_IN_PSBL', category: 'reputation', meaning: 'a relay IP is on the Passive Spam Block List (spam traps hit)', fix: 'Remove stale addresses from your list, then delist at psbl.org.' },
  { name: 'RCVD_IN_MSPIKE_BL', category: 'reputation', meaning: 'a relay IP is on the Mailspike blocklist', fix: LIST_FIX },
  { name: 'RCVD_IN_MSPIKE_L*', category: 'reputation', meaning: 'a relay IP has poor Mailspike reputation', fix: 'Improve sending practices from this IP (opt-in lists, low complaints).' },
  { name: 'RCVD_IN_MSPIKE_H*', category: 'reputation', meaning: 'a relay IP has good Mailspike reputation', fix: 'Nothing to change.' },
  { name: 'RCVD_IN_MSPIKE_WL', category: 'reputation', meaning: 'a relay IP is on the Mailspike allow list', fix: 'Nothing to change.' },
  { name: 'RCVD_IN_MSPIKE_ZBI', category: 'reputation', meaning: 'a relay IP has no sending history at Mailspike (a new IP)', fix: 'Warm up new sending IPs gradually.' },
  { name: 'RCVD_IN_DNSWL_*', category: 'reputation', meaning: 'a relay IP is on the DNSWL allow list (trusted sender)', fix: 'Nothing to change.' },
  { name: 'RCVD_IN_VALIDITY_RPBL', category: 'reputation', meaning: 'a relay IP has a poor Validity (Return Path) Sender Score', fix: 'Lower complaint and unknown-user rates from this IP.' },
  { name: 'RCVD_IN_VALIDITY_*', category: 'reputation', meaning: 'Validity (Return Path) reputation or certification of the relay IP', fix: 'Nothing to change unless the rule adds points.' },
  { name: 'RCVD_IN_IADB_*', category: 'reputation', meaning: 'the sender is listed in the ISIPP accreditation database', fix: 'Nothing to change.' },
  { name: 'RCVD_IN_RP_*', category: 'reputation', meaning: 'Return Path certification or safe list of the relay IP', fix: 'Nothing to change.' },
  { name: 'RCVD_IN_ZEN_BLOCKED_OPENDNS', category: 'other', meaning: 'the receiver’s Spamhaus lookups are blocked (it queries via a public resolver); not about you', fix: 'Nothing on your side.' },
  { name: 'URIBL_BLOCKED', category: 'other', meaning: 'the receiver’s URIBL lookups were refused (too many queries); not about you', fix: 'Nothing on your side.' },
  { name: 'URIBL_DBL_BLOCKED*', category: 'other', meaning: 'the receiver’s Spamhaus DBL lookups were refused; not about you', fix: 'Nothing on your side.' },
  // Domains in links
  { name: 'URIBL_BLACK', category: 'reputation', meaning: 'a link’s domain is on the URIBL black list (domains seen in spam)', fix: URI_FIX },
  { name: 'URIBL_GREY', category: 'reputation', meaning: 'a link’s domain is on the URIBL grey list (often bulk or tracking domains)', fix: 'Use a link-tracking domain of your own instead of a shared one.' },
  { name: 'URIBL_RED', category: 'reputation', meaning: 'a link’s domain is on the URIBL red list (newly seen in bulk mail)', fix: URI_FIX },
  { name: 'URIBL_DBL_*', category: 'reputation', meaning: 'a link’s domain is on the Spamhaus Domain Block List', fix: URI_FIX },
  { name: 'URIBL_SBL*', category: 'reputation', meaning: 'a link points to a host on the Spamhaus SBL', fix: URI_FIX },
  { name: 'URIBL_CSS*', category: 'reputation', meaning: 'a link points to an IP on Spamhaus CSS', fix: URI_FIX },
  { name: 'URIBL_ABUSE_SURBL', category: 'reputation', meaning: 'a link’s domain is on SURBL’s abuse list', fix: URI_FIX },
  { name: 'URIBL_PH_SURBL', category: 'reputation', meaning: 'a link’s domain is on SURBL’s phishing list', fix: URI_FIX },
  { name: 'URIBL_MW_SURBL', category: 'reputation', meaning: 'a link’s domain is on SURBL’s malware list', fix: URI_FIX },
  { name: 'URIBL_CR_SURBL', category: 'reputation', meaning: 'a link’s domain is on SURBL’s cracked-sites list', fix: URI_FIX },
  { name: 'URIBL_ZEN_*', category: 'reputation', meaning: 'a link points to an IP on Spamhaus ZEN', fix: URI_FIX },
  { name: 'URI_WP_HACKED*', category: 'content', meaning: 'a link points into a path typical of hacked WordPress sites', fix: 'Do not link to that site; if it is yours, clean it.' },
  { name: 'URI_PHISH', category: 'content', meaning: 'a link looks like a phishing URL', fix: 'Use plain links to your own domain.' },
  { name: 'URI_HEX', category: 'content', meaning: 'a link’s host name is hex-encoded', fix: 'Use readable links to your own domain.' },
  { name: 'URI_NOVOWEL', category: 'content', meaning: 'a link’s domain has a long run of consonants (looks random)', fix: 'Link to a recognisable domain.' },
  { name: 'NORMAL_HTTP_TO_IP', category: 'content', meaning: 'a link points to a bare IP address', fix: 'Link to a host name on your domain, not an IP address.' },
  { name: 'NUMERIC_HTTP_ADDR', category: 'content', meaning: 'a link points to a numeric IP address', fix: 'Link to a host name on your domain, not an IP address.' },
  { name: 'HTTP_ESCAPED_HOST', category: 'content', meaning: 'a link’s host name is %-escaped to hide it', fix: 'Use plain links.' },
  { name: 'GOOG_REDIR_*', category: 'content', meaning: 'a link goes through a Google redirector', fix: 'Link to the destination directly.' },
  { name: 'SHORTENED_URL_SRC', category: 'content', meaning: 'a link uses a URL shortener', fix: 'Use full links on your own domain; shorteners are abused by spammers.' },
  { name: 'URI_TRY_3LD', category: 'content', meaning: 'a link uses a free third-level domain of the kind spammers use', fix: 'Link to your own registered domain.' },
  // Headers and structure
  { name: 'MISSING_DATE', category: 'content', meaning: 'the message has no Date header', fix: 'Send through a proper mail library; every message needs a Date header.' },
  { name: 'MISSING_MID', category: 'content', meaning: 'the message has no Message-ID header', fix: 'Send through a proper mail library; every message needs a Message-ID.' },
  { name: 'MISSING_FROM', category: 'content', meaning: 'the message has no From header', fix: 'Add a From header with a real address.' },
  { name: 'MISSING_HEADERS', category: 'content', meaning: 'the message is missing the To header', fix: 'Address the message with a To header.' },
  { name: 'MISSING_SUBJECT', category: 'content', meaning: 'the message has no Subject header', fix: 'Give the message a subject.' },
  { name: 'EMPTY_MESSAGE', category: 'content', meaning: 'the message has no text', fix: 'Add some text that explains what the message is.' },
  { name: 'INVALID_DATE', category: 'content', meaning: 'the Date header is not in RFC 5322 format', fix: 'Send through a proper mail library.' },
  { name: 'INVALID_MSGID', category: 'content', meaning: 'the Message-ID header is malformed', fix: 'Send through a proper mail library.' },
  { name: 'DATE_IN_FUTURE_*', category: 'content', meaning: 'the Date header is in the future (wrong clock or time zone)', fix: 'Fix the sending computer’s clock and time zone.' },
  { name: 'DATE_IN_PAST_*', category: 'content', meaning: 'the Date header is well in the past (wrong clock, or a stale queued message)', fix: 'Fix the sending computer’s clock; do not reuse old messages.' },
  { name: 'MSGID_FROM_MTA_HEADER', category: 'content', meaning: 'the Message-ID was added by a relay, not the sending software', fix: 'Let the sending software set the Message-ID.' },
  { name: 'FORGED_MUA_*', category: 'content', meaning: 'the X-Mailer claims a mail program the message’s structure does not match', fix: 'Do not fake the X-Mailer header; let the sending software set it.' },
  { name: 'FORGED_OUTLOOK_*', category: 'content', meaning: 'the message claims to come from Outlook but does not look like it', fix: 'Do not fake the X-Mailer header.' },
  { name: 'NO_RELAYS', category: 'other', meaning: 'no Received headers to check (informational)', fix: 'Nothing to change.' },
  { name: 'NO_RECEIVED', category: 'other', meaning: 'the message has no Received headers (informational)', fix: 'Nothing to change.' },
  { name: 'ALL_TRUSTED', category: 'other', meaning: 'the message passed only through trusted servers (lowers the score)', fix: 'Nothing to change.' },
  { name: 'RDNS_NONE', category: 'reputation', meaning: 'the sending relay’s IP has no reverse DNS (PTR) record', fix: 'Set a PTR record for the sending IP that resolves back to it.' },
  { name: 'RDNS_DYNAMIC', category: 'reputation', meaning: 'the sending relay’s reverse DNS looks like a dynamic (home) address', fix: 'Send through a server with a proper mail host name in its PTR record.' },
  { name: 'HELO_DYNAMIC_*', category: 'reputation', meaning: 'the HELO name looks like a dynamic (home) address', fix: 'Send through a properly named mail server.' },
  { name: 'KHOP_HELO_FCRDNS', category: 'reputation', meaning: 'the relay’s HELO name and reverse DNS do not match', fix: 'Use a HELO name that matches the sending IP’s PTR record.' },
  { name: 'TO_NO_BRKTS_*', category: 'content', meaning: 'the To header has an address without angle brackets, typical of spam tools', fix: 'Use `Name <address>` or a plain address as mail libraries write it.' },
  { name: 'TO_EQ_FM_*', category: 'content', meaning: 'To and From are the same address, typical of spam tools', fix: 'Send to the recipients directly instead of to yourself with Bcc.' },
  { name: 'SUSPICIOUS_RECIPS', category: 'content', meaning: 'the recipient list looks harvested (similar addresses)', fix: 'Send one message per recipient, to opted-in addresses only.' },
  { name: 'UNPARSEABLE_RELAY', category: 'other', meaning: 'a Received header could not be parsed (informational)', fix: 'Nothing to change.' },
  { name: 'CTE_8BIT_MISMATCH', category: 'content', meaning: 'the header says 8-bit encoding but the text does not need it, or the reverse', fix: 'Let a mail library pick the transfer encoding.' },
  { name: 'MIME_HTML_ONLY', category: 'content', meaning: 'the message is HTML only, with no plain-text part', fix: 'Send multipart/alternative with a plain-text version of the same text.' },
  { name: 'MIME_HTML_MOSTLY', category: 'content', meaning: 'the message is mostly HTML with little plain text', fix: 'Include a real plain-text version.' },
  { name: 'MPART_ALT_DIFF', category: 'content', meaning: 'the HTML and plain-text parts say different things', fix: 'Make the plain-text part carry the same text as the HTML part.' },
  { name: 'MPART_ALT_DIFF_COUNT', category: 'content', meaning: 'the HTML and plain-text parts differ in length a lot', fix: 'Make the plain-text part carry the same text as the HTML part.' },
  { name: 'MIME_QP_LONG_LINE', category: 'content', meaning: 'quoted-printable lines longer than 76 characters (a broken encoder)', fix: 'Let a standard mail library encode the message.' },
  { name: 'MIME_BASE64_TEXT', category: 'content', meaning: 'plain text needlessly base64-encoded (a way to hide words)', fix: 'Send text as quoted-printable or 7/8-bit.' },
  { name: 'MIME_BOUND_DIGITS_*', category: 'content', meaning: 'the MIME boundary looks like a spam tool’s', fix: 'Let a standard mail library build the message.' },
  { name: 'HTML_MESSAGE', category: 'content', meaning: 'the message contains HTML (informational, close to no points)', fix: 'Nothing to change.' },
  { name: 'HTML_IMAGE_ONLY_*', category: 'content', meaning: 'the HTML has images but hardly any text', fix: 'Add real text; do not put the message into an image.' },
  { name: 'HTML_IMAGE_RATIO_*', category: 'content', meaning: 'little text for the image area', fix: 'Add more text and use fewer or smaller images.' },
  { name: 'HTML_SHORT_LINK_IMG_*', category: 'content', meaning: 'a short HTML message with a linked image', fix: 'Add text; do not rely on a single clickable image.' },
  { name: 'HTML_FONT_LOW_CONTRAST', category: 'content', meaning: 'text in a colour close to the background (hidden text)', fix: 'Remove hidden or low-contrast text.' },
  { name: 'HTML_FONT_SIZE_HUGE', category: 'content', meaning: 'very large fonts', fix: 'Use normal font sizes.' },
  { name: 'HTML_FONT_FACE_BAD', category: 'content', meaning: 'an invalid font face name', fix: 'Use standard font names.' },
  { name: 'HTML_OBFUSCATE_*', category: 'content', meaning: 'HTML entities or tags used to obfuscate words', fix: 'Write words plainly; do not split them with tags or encode them as entities.' },
  { name: 'HTML_OFF_PAGE', category: 'content', meaning: 'HTML positioned off the visible page (hidden content)', fix: 'Remove hidden content.' },
  { name: 'HTML_TAG_BALANCE_*', category: 'content', meaning: 'unbalanced HTML tags', fix: 'Validate the HTML.' },
  { name: 'HTML_MIME_NO_HTML_TAG', category: 'content', meaning: 'HTML part without an <html> tag', fix: 'Send a complete HTML document.' },
  { name: 'HTML_EXTRA_CLOSE', category: 'content', meaning: 'extra closing HTML tags', fix: 'Validate the HTML.' },
  { name: 'T_REMOTE_IMAGE', category: 'content', meaning: 'the HTML loads remote images (informational)', fix: 'Nothing to change unless the message is mostly images.' },
  { name: 'T_SCC_BODY_TEXT_LINE', category: 'content', meaning: 'a body line pattern common in spam campaigns (a testing rule, near zero points)', fix: 'Nothing specific.' },
  { name: 'T_KAM_HTML_FONT_INVALID', category: 'content', meaning: 'an invalid font size or face in the HTML', fix: 'Validate the HTML.' },
  // Subject and wording
  { name: 'SUBJ_ALL_CAPS', category: 'content', meaning: 'the subject is all capitals', fix: 'Write the subject in normal case.' },
  { name: 'UPPERCASE_50_75', category: 'content', meaning: 'half to three quarters of the text is in capitals', fix: 'Write in normal case.' },
  { name: 'UPPERCASE_75_100', category: 'content', meaning: 'most of the text is in capitals', fix: 'Write in normal case.' },
  { name: 'LOTS_OF_MONEY', category: 'content', meaning: 'large sums of money mentioned', fix: 'Avoid big money amounts unless essential.' },
  { name: 'MONEY_NOHTML', category: 'content', meaning: 'money talk in a text-only message', fix: 'Avoid money promises.' },
  { name: 'US_DOLLARS_3', category: 'content', meaning: 'amounts in US dollars, typical of advance-fee fraud', fix: 'Avoid large dollar amounts.' },
  { name: 'ADVANCE_FEE_*', category: 'content', meaning: 'wording typical of advance-fee fraud (“transfer of funds”, “beneficiary”)', fix: 'Remove that wording.' },
  { name: 'FILL_THIS_FORM*', category: 'content', meaning: 'a request to fill in and return a form (typical of fraud)', fix: 'Link to a form on your website instead.' },
  { name: 'T_FILL_THIS_FORM_*', category: 'content', meaning: 'a request to fill in a form (testing rule)', fix: 'Link to a form on your website instead.' },
  { name: 'FREEMAIL_FROM', category: 'content', meaning: 'sent from a free webmail address', fix: 'Send business or bulk mail from your own domain.' },
  { name: 'FREEMAIL_REPLYTO', category: 'content', meaning: 'the Reply-To is a free webmail address', fix: 'Use a Reply-To on your own domain.' },
  { name: 'FREEMAIL_FORGED_REPLYTO', category: 'content', meaning: 'a freemail Reply-To different from the From address (typical of fraud)', fix: 'Use the same, own-domain address in From and Reply-To.' },
  { name: 'FREEMAIL_REPLYTO_END_DIGIT', category: 'content', meaning: 'a freemail Reply-To ending in digits', fix: 'Use a Reply-To on your own domain.' },
  { name: 'FREEMAIL_ENVFROM_END_DIGIT', category: 'content', meaning: 'a freemail envelope sender ending in digits', fix: 'Send from your own domain.' },
  { name: 'DEAR_SOMETHING', category: 'content', meaning: 'an impersonal “Dear …” greeting', fix: 'Greet the recipient by name, or not at all.' },
  { name: 'LOCALPART_IN_SUBJECT', category: 'content', meaning: 'the recipient’s address appears in the subject', fix: 'Do not put the address in the subject.' },
  { name: 'TVD_SPACE_RATIO', category: 'content', meaning: 'odd spacing between characters (obfuscation)', fix: 'Write words normally.' },
  { name: 'DIET_1', category: 'content', meaning: 'weight-loss wording', fix: 'Remove diet and weight-loss claims.' },
  { name: 'KAM_*', category: 'content', meaning: 'a rule from the KAM rule set (third-party rules by the SpamAssassin PMC chair, mostly content and fraud patterns)', fix: 'Look up the rule name in KAM.cf to see what it matches, and change that part.' },
  { name: 'PDS_*', category: 'content', meaning: 'a rule from the PDS rule set (third-party heuristics)', fix: 'Look up the rule name to see what it matches.' },
  { name: 'BSF_*', category: 'content', meaning: 'a Barracuda Spam Firewall rule', fix: 'Look up the rule in Barracuda’s documentation; content rules call for rewording.' },
];

/** The table entry for a rule name (exact names first, then the longest matching family). */
export function lookupSpamAssassinRule(name: string): SpamAssassinRule | undefined {
  const upper = name.toUpperCase();
  let best: SpamAssassinRule | undefined;
  for (const rule of SPAMASSASSIN_RULES) {
    if (rule.name === upper) return rule;
    if (rule.name.endsWith('*') && upper.startsWith(rule.name.slice(0, -1))) {
      if (!best || rule.name.length > best.name.length) best = rule;
    }
  }
  return best;
}

/**
 * The rules' words as a message source, so explain() can say them in the report's language:
 * keys `explain/sa/<rule name>/meaning` and `…/fix`, translations in
 * core/messages/explain/spamassassin/<lang>.ts (the English is the text above, as written).
 */
export const SPAMASSASSIN_MESSAGES: MessageSource = {
  id: 'explain/sa',
  messages: Object.fromEntries(SPAMASSASSIN_RULES.flatMap((rule) => [[`${rule.name}/meaning`, rule.meaning] as const, [`${rule.name}/fix`, rule.fix] as const])),
};
