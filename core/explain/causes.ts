/**
 * Why mail bounces, as data: each cause has a category, the wording receiving servers use for it
 * (matched against their own words, lowercased with whitespace collapsed), the enhanced status
 * codes that name it on their own, and an expert's explanation and next step.
 *
 * The phrases are generic wording of the MTAs and providers that publish their replies (Postfix,
 * Sendmail, Exim, qmail, Exchange / Microsoft 365, Gmail, Yahoo, Orange, Mimecast, Proofpoint …),
 * never text of individual messages. Every pattern is a flat alternation with bounded gaps, so
 * matching is linear in the (capped) text.
 */
import { mailProviders } from '../data/global.ts';
import type { BounceCategory } from '../types.ts';

/**
 * `first … second` within one clause: a word of `first`, then, within `gap` characters that end
 * no sentence (`;`, `!`, `?`), a word of `second`. How a cause is said in wordings no one here has
 * seen: "user … unknown", "mailbox … does not exist", "recipient … not found". Linear in the
 * text: both lists are flat alternations and the gap is bounded.
 */
function near(first: readonly string[], second: readonly string[], gap = 30): RegExp {
  return new RegExp(`(?:^|[^a-z])(?:${first.join('|')})(?![a-z])[^;!?]{0,${gap}}?(?:^|[^a-z])(?:${second.join('|')})(?![a-z])`);
}

/** One idea said several ways ("user unknown", "no such user"): one phrase of the vocabulary. */
function anyOf(...patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join('|'));
}

/**
 * Mail as such, after "does not accept": not mail of a kind ("messages sent from external senders",
 * "larger than 10 MB", "with attachments", "that contain links"), which is a filter or a limit, nor
 * mail not taken *now* ("right now", "at the moment", "until …"), which is a delay.
 */
const OF_NO_KIND = String.raw`(?![a-z])(?! (?:(?:sent|coming|originating) )?(?:from|by|via|outside)(?![a-z])| (?:with|without|larger|bigger|greater|over|above|exceeding|containing|that|which|of|in|right now|now|currently|temporarily|at present|at (?:this|the) (?:time|moment)|for now|until)(?![a-z]))`;
const MAIL_AS_SUCH = `(?:mail|e-?mails?|messages)${OF_NO_KIND}`;

/**
 * Not asked, nor answered no as a status field ("rejected by the scanner? no", "recipient prohibited:
 * none", "multi-recipient bounces: 0", "loop detection triggered = false"): after a reading said as the
 * name of a field, it is no finding. Bounded: linear.
 */
const FIELD_SAID_NO = String.raw` ?(?:\?|[:=] ?(?:no|none|false|0|off|n\/a|ok)(?![a-z0-9]))`;
const NOT_A_FIELD_SAID_NO = `(?!${FIELD_SAID_NO})`;

/**
 * A neutral trailer after a reply's words: Postfix's "(in reply to end of DATA command)", an
 * "<address>" (with its "@", or hidden), a bracketed id or host (a digit, "." or "=" in it: not "[virus]") ("[id=4f2a9c]", "[mx.b.example]"), a
 * host in brackets followed by stamps that hold a digit (Exchange Online's "[BN1NAM02FT012.eop-nam02.prod.protection.outlook.com
 * 2024-01-01T00:00:00.000Z 08DC…]"), a session, reference or trace id ("(session: 1a2b3c)", "Reference: 7f3a2b", "(ID: 12345)"),
 * Gmail's "<id> - gsmtp", ", id=…", a link ("- see https://…"), a "(please) contact (your system) postmaster …" sentence
 * (its words no cause), closing quotes, and the reply code opening a continuation line ("554-…\n554 Contact
 * postmaster"). Bounded parts: linear.
 */
const NEUTRAL_TRAILER = String.raw`(?:\(in reply to [a-z ]{1,30}command\)|<(?:[^<>\s@]{0,64}@[^<>\s@]{1,253}| {1,254})>|\[(?:(?=[^\]]{0,80}[0-9._=#:])[^\[\]\s]{1,80}| {1,80})\]|\[(?:[_\uE000]{2,253}| {2,253}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){2,8})(?: (?=[^\s\]]{0,40}[0-9])[^\s\[\]]{1,40}){1,4}\]|\((?:session|id|ref|reference|queue ?id|msg ?id|message ?id|trace ?id|tracking ?id|incident(?: id)?|case(?: id)?)(?: ?[:#=]| ) ?(?=[^\s()]{0,64}[0-9])[^\s()]{1,64}\)|(?:reference|ref|session(?: id)?|incident(?: id)?|tracking(?: id)?|trace(?: id)?|queue id)(?: ?[:#=]| ) ?(?=[^\s,;]{0,64}[0-9])[^\s,;]{1,64}|(?:(?=[a-z._-]{0,80}[0-9])[a-z0-9][a-z0-9._-]{0,80} - ?)?gsmtp(?![a-z])|id=[^\s,;]{1,64}|(?:(?:please )?(?:see|visit|details|info|more info(?:rmation)?)(?: at)?:? )?<?(?:https?:\/\/|www\.)[^\s<>"']{1,200}>?|(?:please )?(?:see|visit|details|info|more info(?:rmation)?)(?: at)?:?(?: {2,254}|(?= ?$))|(?:please )?see:? (?:rfc ?[0-9]{3,5}(?![0-9])|[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,6}(?:\/[^\s<>"']{0,100})?)|(?:please )?contact (?:us|your (?:(?:system|mail|e-?mail|it|network) )?(?:administrator|postmaster|admin)|the (?:(?:system|mail|e-?mail|it|network) )?(?:administrator|postmaster|helpdesk|help desk)|postmaster|[a-z0-9._+-]{1,64}@[a-z0-9.-]{1,253}| {2,254})(?: (?:at|via|on|for (?:help|assistance|details|more information)) ?(?:[a-z0-9._+-]{1,64}@[a-z0-9.-]{1,253}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}| {2,254}))?|(?:^|\n)[245][0-9][0-9][ -](?:[245]\.[0-9]{1,3}\.[0-9]{1,3} )?|[245][0-9][0-9][ -](?:[245]\.[0-9]{1,3}\.[0-9]{1,3} )?(?=(?:please )?(?:contact|see) |https?:\/\/))`;

/**
 * Said last in the reply: nothing after it but an id in brackets ("(3)", "(rule 12)", "[#5.7.1]"), a
 * full stop and neutral trailers (NEUTRAL_TRAILER).
 * For a reading that names the rule and not the reason ("Recipient prohibited", "refused by the
 * scanner"): a reason said after it ("…: user unknown", "…: Banned attachment", "… Try again
 * later", "… check passed") decides instead. Bounded: linear.
 */
const SAID_LAST = String.raw`(?= ?(?:[(\[](?:[a-z]{1,8} )?#?[a-z]{0,3}[0-9][0-9a-z._-]{0,16}[)\]])? ?[.!]? ?['"]?(?: ?\n? ?[,;.:-]{0,2} ?${NEUTRAL_TRAILER}){0,6} ?[.!]? ?['"]? ?$)`;

/**
 * A word said where a cause's word reads as a word, not inside an address, a host or a link
 * ("spam@b.example", "https://b.example/anti-spam-faq", "newsletter-sender@a.example"): before it no
 * letter, digit or name character, after it none and no "." opening a name, and its run of
 * non-spaces has no "@", "://" or "www." before it nor "@" after it. Tags and fields keep their words
 * ("X-Spam-Status: Yes", "spam=yes", "RBL-listed", "blacklisted/blocked"). Bounded: linear.
 */
const WORD_START = String.raw`(?:^|[^a-z0-9@._\uE000])`;
export const WORD_END = String.raw`(?<!(?:@|:\/\/|www\.)[^\s<>]{0,100})(?![a-z0-9@_\uE000]|\.[a-z0-9]|[^\s<>]{0,80}@)`;
/*
 * Words looked for behind a reading, within a window (a lookbehind `(?<!${WORD_START}(?:words)${WORD_END}[^]{0,160})`),
 * repeat their words as a lookbehind right after WORD_END, and before them test that a word ends there
 * (WORD_ENDS_HERE): `…${WORD_END}(?<=(?:words))${WORD_ENDS_HERE}[^]{0,160}`. A lookbehind is matched
 * right to left, so without the repeated words WORD_END's two scans (up to 100 characters back, 80
 * ahead) ran at each of the window's places before the words were tried, some 29,000 steps for each
 * place the reading was tried in a long run of non-spaces ("-----", "user-user-…"): 0.5 s on the 2,000
 * characters explain() reads (expl27); and without WORD_ENDS_HERE the words ran at each of the
 * window's 160 places, most of them inside a word, which made text with spaces ("dear sender dear
 * sender …") two to three times slower (review of expl27). WORD_ENDS_HERE is WORD_END's own first test
 * and the repeated words hold wherever the words end, so no reading changes; a place inside a word
 * costs one step. test/explain/linear-time.test.ts checks that no pattern has WORD_END, or the
 * repeated words without WORD_ENDS_HERE, right before a window.
 */
export const WORD_ENDS_HERE = String.raw`(?![a-z0-9@_\uE000])`;

/** The words of a cause both guards below read as another cause said before (not of the sender). */
const OTHER_CAUSE_WORDS = String.raw`unknown|no such|(?:does not|doesn't|not) exist|not found|unavailable|full|quota|greylist(?:ed|ing)?|try again|retry|later|spam|(?:black|block|deny) ?list(?:ed)?|listed|(?:start)?tls(?= (?:is )?(?:required|mandatory|needed|failed|error|handshake|negotiation))|starttls|spf|dkim|dmarc|virus|infected|too many|unroute?able|expired|not (?:our|a) customer`;

/**
 * Another cause said before, within 160 characters ("User unknown in virtual mailbox table; recipient
 * prohibited", "Mailbox full; refused by the scanner", "Unrouteable address; …", "Message expired; …",
 * "Not our Customer. …"): as a lookbehind placed after a reading's own words, which name none of these,
 * it leaves that cause to decide. Words as words only (WORD_START, WORD_END), not in an address or link;
 * not "Dear sender", nor Postfix's "<>: Sender address rejected:" (the null sender) whose reason
 * follows, nor "Invalid request:"; TLS only as a requirement or failure ("TLS required"), not the
 * channel named ("via TLS"). Bounded: linear.
 */
const AFTER_ANOTHER_CAUSE = String.raw`${WORD_START}(?:${OTHER_CAUSE_WORDS}|invalid(?! (?:request|command))|disabled|inactive|suspended|temporar(?:y|ily)|relay(?:ing)?|(?<!dear |<>: )sender)${WORD_END}(?<=(?:${OTHER_CAUSE_WORDS}|invalid(?! (?:request|command))|disabled|inactive|suspended|temporar(?:y|ily)|relay(?:ing)?|(?<!dear |<>: )sender))${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * Another cause said before a reading whose subject is the sender or its sending (blocked due to
 * complaints, a count of invalid recipients from your account, an encrypted session required, a
 * From/Sender domain not verified or not found, a recipient who unsubscribed from your list):
 * AFTER_ANOTHER_CAUSE without the words such a reply says of its own cause — "sender", "relay",
 * "invalid", "temporarily", "disabled", "suspended", "inactive" ("550 Sender
 * s@a.example blocked due to complaints", "[BR] Sending temporarily disabled: high number of invalid
 * recipients from your account"). A recipient-side cause before still decides ("User unknown; …",
 * "Mailbox full; …"), and so do the sender said refused, blocked, banned, suspended or unverified
 * ("Sender rejected; you must send via an encrypted session", "Sender verify failed; …", "Sending
 * disabled; …": a lead-in such as "Sending temporarily disabled: <reason>" is not one) and a rate
 * limit ("Temporary rate limit; blocked due to complaints"). Bounded: linear.
 */
const SENDER_SAID_REFUSED = String.raw`(?<!dear |<>: )sender(?: address| domain| ip)? (?:is |was |has been )?(?:rejected|refused|denied|not (?:allowed|permitted|accepted|valid)|blocked|banned|suspended|invalid|unknown|verify failed|verification failed)|(?:unverified|invalid|unknown|banned|blocked) sender|sending (?:is |has been )?(?:disabled|suspended|blocked)(?= ?[;.!?])`;
const BEFORE_A_SENDER_READING = String.raw`${WORD_START}(?:${SENDER_SAID_REFUSED}|rate ?limit(?:ed|s)?|throttl(?:ed|ing)|${OTHER_CAUSE_WORDS})${WORD_END}(?<=(?:${SENDER_SAID_REFUSED}|rate ?limit(?:ed|s)?|throttl(?:ed|ing)|${OTHER_CAUSE_WORDS}))${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * Not a word of the sender itself said refused (SENDER_SAID_REFUSED): not its start ("Invalid sender",
 * "Unknown sender") nor a word after "sender (is)" ("Sender is unknown", "Sender invalid"). Placed at a
 * word's start. Bounded: linear.
 */
const NOT_OF_THE_SENDER_SAID_REFUSED = String.raw`(?!${SENDER_SAID_REFUSED})(?<!sender(?: address| domain| ip)? (?:is |was |has been )?)`;
/**
 * BEFORE_A_SENDER_READING for a reading of the sender refused (sender-rejected's own readings, the
 * sender's own account said suspended, its sending blocked for unusual activity): the sender said refused
 * before it (SENDER_SAID_REFUSED) is that cause said already, not another, so it does not step aside for
 * it, as it does not for it said after (CLEAR_CAUSE_AFTER_A_SENDER_READING): "Sender domain blocked; sender
 * account suspended for spam" reads as "Sender account suspended for spam; sender domain blocked". Nor for
 * OTHER_CAUSE_WORDS' "unknown" when it is the sender's own ("Unknown sender; sender account suspended for
 * spam", NOT_OF_THE_SENDER_SAID_REFUSED, review-e26 L5). Bounded: linear.
 */
const BEFORE_A_SENDERS_OWN_READING = String.raw`${WORD_START}${NOT_OF_THE_SENDER_SAID_REFUSED}(?:rate ?limit(?:ed|s)?|throttl(?:ed|ing)|${OTHER_CAUSE_WORDS})${WORD_END}(?<=(?:rate ?limit(?:ed|s)?|throttl(?:ed|ing)|${OTHER_CAUSE_WORDS}))${WORD_ENDS_HERE}[^]{0,160}`;

/**
 * A lead-in that names no cause: a greeting or apology, or the message said not delivered, accepted or
 * authorized, or refused ("Sorry, your message could not be delivered", "Delivery not authorized",
 * "Transaction failed", "Message rejected", "Access denied", "Error"), said first in the reply or its sentence. Bounded: linear.
 */
const LEAD_IN = String.raw`(?:^|[0-9] |[.!?;:] )(?:(?:sorry|error|hi|hello)[,!.:]? )?(?:(?:your |the |this )?(?:message|mail|e-?mail|delivery|transaction)(?: to [^ .;]{1,64})? (?:(?:was |has been |is |could not be |couldn't be |cannot be )?not (?:delivered|accepted|authori[sz]ed|sent)|(?:could not|couldn't|cannot) be (?:delivered|accepted|sent)|failed)|(?:(?:your |the |this )?(?:message|mail|e-?mail) )?(?:rejected|refused|denied)|access denied|sorry|error|hi|hello)`;

/**
 * A clause ended before, within 200 characters ("Unrouteable address; recipient prohibited", "This user
 * doesn't have an account. Recipient prohibited"): as a lookbehind placed after a reading that names the
 * rule and not the reason, it leaves the clause before to decide. A sentence ended by ". " or "!" not
 * after a lead-in that names no cause (LEAD_IN: "Delivery not authorized. Message refused by the
 * scanner", "Error! …"); any ";" clause ("550 Mailbox full; recipient prohibited": the reply's own list),
 * but not a report field's ("smtp;", "rfc822;"), nor one ended right after a lead-in that names no cause
 * ("Access denied; Recipient Prohibited (3)", "Message rejected; refused by the scanner"). Bounded: linear.
 */
const AFTER_A_CLAUSE = String.raw`(?:(?<!smtp|rfc822|dns|x-[a-z-]{1,30})(?<!${LEAD_IN})[;]|(?<!${LEAD_IN})[!?]|[a-z0-9)\]'"](?<!${LEAD_IN}) ?\. )[^]{0,200}`;

/** A spam or blocklist verdict ("rejected as spam", "blacklisted", "RBL"), for the size rule: a word, not in an address or link. */
const SPAM_VERDICT_WORDS = String.raw`(?:spam|(?:black|block|deny) ?list(?:ed|ing)?|dnsbl|rbl)`;
const SPAM_VERDICT = String.raw`${WORD_START}${SPAM_VERDICT_WORDS}${WORD_END}`;

/**
 * Not right after a denial ("not", "never", "n't", "no longer", an adverb of time and "been" or "a"
 * between), with or without a predicate of the sender between ("not currently listed as a", "never
 * been reported as a", "not known to", "is not a"): a sender said not to send spam. Bounded: linear.
 */
const NOT_SAID_SPAM_SOURCE = String.raw`(?<!(?:(?:^|[^a-z])(?:not|never|no longer)|n't)(?: (?:currently|presently|now|yet|ever))?(?: been| be)? (?:an? )?(?:(?:known|reported|seen|detected|identified|listed) (?:to |as |for )?(?:be(?:ing)? )?(?:an? )?)?)`;

/** A bounce to more than one recipient ("bounce message to multiple recipients"), not answered no. */
const BOUNCE_TO_SEVERAL = String.raw`bounces? (?:messages? )?(?:to|with|for) (?:multiple|several|more than one) recipients?(?![a-z])${NOT_A_FIELD_SAID_NO}`;

/** After a line ending judged: not one of an SMTP command line or the dialogue ("… in SMTP command"). */
const NOT_IN_COMMAND = String.raw`(?! (?:in|of|after|within) (?:the |an? |your |this )?(?:smtp )?(?:commands?|command lines?|dialog(?:ue)?|session|protocol)(?![a-z]))`;

/**
 * Words for the one who receives: the recipient, their mailbox or address (English, French, German,
 * Spanish, Italian, Portuguese, Dutch; then Polish, Czech, the Scandinavian languages, Finnish,
 * Hungarian, Romanian, Turkish and Indonesian: the words of RFC 3463's X.1.1 text, "user / mailbox /
 * recipient", as national providers' replies use them).
 */
const RECIPIENT = ['users?', 'user ?names?', 'recipients?', 'rcpt', 'mail ?box(?:es)?', 'addresse?', 'adresse', 'empf(?:ä|ae)ngeradresse', 'e-?mail-?adresse', 'direcci(?:ó|o)n(?: de correo)?', 'indirizzo', 'endere(?:ç|c)o', 'cuenta', 'casella', 'addressee', 'e-?mail address', 'accounts?', 'local[- ]?part', 'destination(?: address)?', 'alias', 'destinataire', 'utilisateur', 'empf(?:ä|ae)nger', 'benutzer', 'postfach', 'destinatario', 'usuario', 'utente', 'usu(?:á|a)rio', 'ontvanger', 'gebruiker', 'conta', 'u(?:ż|z)ytkownik\\w*', 'adresat', 'konto', 'skrzynk\\w*', 'u(?:ž|z)ivatel\\w*', 'schr(?:á|a)nk\\w*', 'mottagaren?', 'mottaker(?:en)?', 'modtager(?:en)?', 'anv(?:ä|a)ndaren?', 'bruger(?:en)?', 'bruker(?:en)?', 'vastaanottaja\\w*', 'k(?:ä|a)ytt(?:ä|a)j\\w*', 'felhaszn(?:á|a)l(?:ó|o)\\w*', 'utilizator\\w*', 'kullan(?:ı|i)c(?:ı|i)\\w*', 'pengguna', 'alamat'];

/** …that is not there. */
const NOT_THERE = ['unknown', 'not found', 'not known', 'does not exist', "doesn'?t exist", 'did not exist', 'not exist', 'not exists', "(?:do|does|did)(?: ?not|n'?t) exists?", 'non-?existent', 'nonexistent', 'inexistent', 'invalid', 'not valid', 'not recogni[sz]ed', 'unrecogni[sz]ed', 'not listed', 'not registered', "(?:could|can)(?: ?not|n'?t) be found", "(?:wasn'?t|was not) found", 'no longer exists?', 'not here', 'not an? (?:local|valid|known) (?:user|recipient|mailbox|account)', 'inconnue?', 'unbekannt', 'existiert nicht', 'desconocido', 'no existe', 'sconosciut[oa]', 'inesistente', 'desconhecido', 'inexistente', 'onbekend', 'not in (?:our|the|this) (?:directory|address book|user list|database|system)', "(?:does not|doesn'?t) have an? (?:[a-z0-9.-]{1,60} )?(?:mail ?box|(?:e-?mail )?account)", 'has no (?:mail ?box|account)', 'bestaat niet', "n'existe pas", 'invalide', 'non trovat[oa]', 'non esiste', 'n(?:ã|a)o existe', 'ung(?:ü|ue)ltig', 'nie istnieje', 'neexistuje', 'finns inte', 'findes ikke', 'finnes ikke', 'ei ole olemassa', 'nem l(?:é|e)tezik', 'bulunamad(?:ı|i)', 'mevcut de(?:ğ|g)il', 'tidak (?:ditemukan|ada|dikenal)'];

/**
 * The sender's domain said to be the one not found ("Sender Domain Not Found", "envelope sender's domain
 * does not exist", "domain of sender address not found"): its subject named right before it, in words
 * (not inside an address or link), not answered no, and after no other cause (AFTER_ANOTHER_CAUSE: "Host
 * not found; sender domain not found" keeps the recipient's host), nor after a recipient, mailbox, user or
 * address named (NAMED_RECIPIENT_BEFORE: "No mailbox here by that name (#5.1.1); sender domain not
 * found" is about the recipient), nor after something said not there in any language of NOT_THERE
 *  * (ABSENCE_BEFORE: "El buzón no existe; …"), or a lookup said to fail ("Domain Lookup Failed; …"); nor
 * with the recipient's domain named after it (RECIPIENT_DOMAIN_AFTER: "Sender domain not found. Check the
 * recipient's domain b.example"). "From" is the subject, not a preposition ("Message from domain not
 * found"). For unknown-domain's permanence: an X.1.2 code then names the wrong domain. Bounded: linear.
 */
const NAMED_RECIPIENT_BEFORE = String.raw`${WORD_START}(?:${RECIPIENT.join('|')})${WORD_END}(?<=(?:${RECIPIENT.join('|')}))${WORD_ENDS_HERE}[^]{0,160}`;
/** A word of NOT_THERE, or a look-up said to fail, as a word. */
const ABSENCE_WORDS = String.raw`(?:${NOT_THERE.join('|')}|(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|resolve|look ?up)|look ?up (?:failed|failure|error))`;
const ABSENCE = String.raw`${WORD_START}${ABSENCE_WORDS}${WORD_END}`;
const ABSENCE_BEFORE = String.raw`${ABSENCE}(?<=${ABSENCE_WORDS})${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * ABSENCE_BEFORE for a reading of the sender refused (the sender's own account said suspended, its sending
 * blocked for unusual activity): not the sender itself said invalid or unknown ("Invalid sender; sender
 * account suspended for spam"), which is the sender said refused (SENDER_SAID_REFUSED), that cause said
 * already, as in the other word order ("Sender account suspended for spam; invalid sender"). Bounded: linear.
 */
const ABSENCE_BEFORE_A_SENDERS_OWN_READING = String.raw`${WORD_START}${NOT_OF_THE_SENDER_SAID_REFUSED}${ABSENCE_WORDS}${WORD_END}(?<=${ABSENCE_WORDS})${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * ABSENCE_BEFORE, but not a label of many before a colon or a dash ("Invalid recipients: …", "Unknown
 * users - …"): a heading for what follows (a count of them laid to the sender), not this recipient
 * said not there. Bounded: linear.
 */
const ABSENCE_BEFORE_BUT_A_LABEL = String.raw`${ABSENCE}(?<=${ABSENCE_WORDS})(?! (?:recipients|addresses|e-?mail addresses|users|mailboxes|accounts) ?(?::|- ))${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * Another cause said before "authentication failure", as AFTER_ANOTHER_CAUSE and ABSENCE_BEFORE read
 * one, but not in the words a failed log-in says of itself: its user name, log-in, password or
 * credentials said invalid, unknown, wrong or not found ("535 5.7.0 Invalid username or password, …",
 * "Password expired: …"); "Temporary failure" as a lead-in or "Temporarily unable to authenticate"
 * (RFC 4954 §6: 454 4.7.0 "Temporary authentication failure"); relaying that requires it ("Relaying
 * requires auth: …"); the sender's own account said disabled ("535 Disabled account: …"). A recipient
 * said not there, invalid, disabled or suspended before it, a sender refused, relaying refused, a
 * retry, a rate limit still decide ("Invalid recipient; …", "Mailbox disabled; …", "Sender rejected: …",
 * "Relay access denied; …"). Nor, as the reply's first words right before it, a user said invalid or
 * unknown ("535 Invalid user or password: …", "535 Unknown user; …") or the account said disabled,
 * suspended or locked ("535 Account disabled: …"): the reply code that would tell the log-in's from a
 * recipient's is stripped before the words are read, so its place decides ("Recipient address rejected:
 * Unknown user; …" keeps the recipient). "Sender" as the subject of "not allowed to send because you did
 * not authenticate" is no other cause. Bounded: linear.
 */
const LOG_IN_WORDS = String.raw`(?:user ?names?|log ?ins?|passwords?|pass ?phrases?|credentials?|auth\w*|account names?)`;
const LOG_IN_REFUSED_RIGHT_BEFORE = String.raw`(?:(?<=^(?:(?:error|sorry)[,:;!]? )?)(?:invalid|not valid|unknown|incorrect|wrong|bad) users?(?: (?:or|and|\/) (?:passwords?|pass ?phrases?|credentials?))?|(?<=^(?:(?:error|sorry)[,:;!]? )?(?:(?:your|user|sender|smtp) )?account (?:is |was |has been )?)(?:disabled|suspended|locked)) ?[,:;.!-]{0,2} ?(?=(?:temporary |permanent )?authentication failure)`;
const BEFORE_AN_AUTH_READING = String.raw`${WORD_START}(?!(?:invalid|not valid|unknown|incorrect|wrong|bad) ${LOG_IN_WORDS}(?![a-z]))(?!${LOG_IN_REFUSED_RIGHT_BEFORE})(?<!(?:^|[^a-z])${LOG_IN_WORDS} )(?:${OTHER_CAUSE_WORDS}|${NOT_THERE.join('|')}|(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|resolve|look ?up)|look ?up (?:failed|failure|error)|invalid(?! (?:request|command))|disabled(?! (?:account|user|log ?in)(?![a-z]))|inactive|suspended|temporar(?:y|ily)(?! failure ?[,:;.!-]| unable to (?:authenticate|log ?in)(?![a-z]))|relay(?:ing)?(?! (?:requires?|needs?|only)(?![a-z]))|(?<!dear |<>: )sender(?! (?:is |was )?not (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?,? (?:because|as|since) you )|rate ?limit(?:ed|s)?|throttl(?:ed|ing))${WORD_END}(?<=(?:${OTHER_CAUSE_WORDS}|${NOT_THERE.join('|')}|(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|resolve|look ?up)|look ?up (?:failed|failure|error)|invalid(?! (?:request|command))|disabled(?! (?:account|user|log ?in)(?![a-z]))|inactive|suspended|temporar(?:y|ily)(?! failure ?[,:;.!-]| unable to (?:authenticate|log ?in)(?![a-z]))|relay(?:ing)?(?! (?:requires?|needs?|only)(?![a-z]))|(?<!dear |<>: )sender(?! (?:is |was )?not (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?,? (?:because|as|since) you )|rate ?limit(?:ed|s)?|throttl(?:ed|ing)))${WORD_ENDS_HERE}[^]{0,160}`;
/**
 * Whose domain is the sender's: the sender, envelope sender or from, MAIL FROM, Return-Path, or
 * "from" not as a preposition after a message ("Message from domain not found", "Message from domain
 * must resolve": "from" is the subject's preposition there, not the From field). Bounded: linear.
 */
const SENDER_DOMAIN_OWNER = String.raw`(?:(?:envelope[- ])?sender|envelope[- ]from|mail from|return[- ]path|(?<!(?:message|mail|e-?mail|delivery|notification|bounce|reply|response)s? )from)`;
const SENDER_DOMAIN_SAID_NOT_FOUND = String.raw`(?:${SENDER_DOMAIN_OWNER}(?:'s)?(?: address)?(?:'s)? domain(?: name)?|domain of (?:the )?sender(?: address)?(?: [^\s;]{1,100})?) (?:was |is )?(?:not found|unknown|(?:does not|doesn't|did not|didn't) exist|non-?existent|unresolvable|(?:could|can)(?: ?not|n't) be (?:found|resolved))${WORD_END}${NOT_A_FIELD_SAID_NO}`;
// The words first (a lookahead), then what may not come before them: the lookbehinds run only where the words are.
const RECIPIENT_DOMAIN_AFTER = String.raw`[^]{0,200}?${WORD_START}(?:(?:recipient|rcpt|destination|addressee)(?:'s)?(?: (?:e-?mail )?address)?(?:'s)? domain|domain of (?:the )?(?:recipient|rcpt|destination|addressee))${WORD_END}`;
const SENDER_DOMAIN_NOT_FOUND = new RegExp(String.raw`${WORD_START}(?=${SENDER_DOMAIN_SAID_NOT_FOUND}(?!${RECIPIENT_DOMAIN_AFTER}))(?<!${BEFORE_A_SENDER_READING}|${NAMED_RECIPIENT_BEFORE}|${ABSENCE_BEFORE})`);
/**
 * A mailbox or recipient that is unavailable ("mailbox unavailable", "recipient <a@b.example> not
 * available"). Narrower than NOT_THERE: "unavailable" is also what a lookup, a verification
 * service or a user database is ("recipient verification unavailable", "user lookup service not
 * available" are the receiver's own trouble), what a sender's address is, and what a mailbox is
 * temporarily. So only a mailbox or recipient, with none of those words between it and the
 * predicate (a gap of at most 30 characters, each checked against a fixed list: linear).
 */
const UNAVAILABLE_RECIPIENT = /(?:^|[^a-z])(?<!(?:sender|from|return)(?:'s)? ?)(?:mail ?box(?:es)?|recipients?)(?![a-z])(?:(?!lookup|verif|service|database|check|server|system|host|domain|sender)[^;!?]){0,30}?[^a-z](?<!temporarily |currently )(?:unavailable|not available)(?![a-z])/;
/**
 * Japanese: a subject of unknown-recipient's that is not the sender's. Not a word a sender's word
 * came shortly before ("差出人のメールアドレス", "送信元IPアドレス"), nor an IP address; and between it
 * and its predicate no other thing that is not registered or failed: an IP address, a reverse lookup,
 * a list it is registered in, an authentication, or a host, server or domain as the subject (followed
 * by が / は: "宛先ドメインが存在しません"), not as the place ("このドメインに存在しません", "サーバ上に").
 * ("IPアドレスの逆引きが登録されていません", "許可リストに登録されていません", "ユーザー認証に失敗").
 * The sender's word counts only in the same clause (up to ：, :, or 、 when a recipient word follows it)
 * and with no recipient word after it ("差出人のアドレスについてのお知らせ：宛先の…", "送信者様へ: ご指定の宛先…");
 * a sender's label before a colon keeps its clause ("送信者: sender@a.example のアカウントが存在しません").
 * A domain, host or server with の blocks as the subject does ("宛先ドメインのMXレコードが存在しません"), and
 * a list the address is registered in (アドレス帳に, 受信許可アドレスに登録) is a filter, not a missing
 * mailbox; a sender's word in the gap is the subject nearer the predicate (宛先の受信設定により、送信者の
 * アドレスは登録されていません). Bounded windows: linear.
 */
const JA_NOT_SENDERS = String.raw`(?<!(?:送信者|差出人|送信元|発信者)(?:様? ?[:：] ?[!-~]{0,80} ?)?(?:(?!宛先|受信者|、[^。\n]{0,10}?(?:宛先|受信者))[^。\n：:]){0,10})(?<!(?:ip|ｉｐ) ?)`;
const JA_GAP = String.raw`(?:(?!(?:ip|ｉｐ) ?アドレス|逆引き|リストに|帳に|アドレスに|許可|認証|送信者|差出人|送信元|発信者|(?:ホスト|サーバー?|ドメイン)(?:名|部分?)?[がはの])[^。\n])`;

/**
 * A virus signature's name: ClamAV's Platform.Category.Name ("Win.Trojan.Agent-123",
 * "Sanesecurity.Junk.1234", two dots), Sophos' and McAfee's "W32/Netsky", "Troj/Agent". Only as a
 * word of its own (after a space, colon, quote or bracket): not a path's or link's part
 * ("http://a.example/win.faq", "pdf.js"). Bounded: linear.
 */
/**
 * A scanner's report of a named finding: a signature name of parts joined by dots or slashes, then
 * FOUND or detected (`Rtf.Exploit.CVE_2017_0199-6 FOUND`, `Win32/Agent.X detected`), whatever the
 * name's family. Its parts hold no dot or slash, so the name splits one way only (linear).
 */
const NAMED_FINDING = String.raw`(?:^|[\s:'"(=\[])[a-z0-9_-]{1,40}(?:[./][a-z0-9_-]{1,40}){1,5} (?:found|detected)(?![a-z])`;
const SIGNATURE_NAME = String.raw`(?:^|[\s:'"(=\[])(?:(?:win|unix|doc|xls|pdf|html|js|email|heuristics?|sanesecurity|java|multios|osx|andr)\.[a-z0-9_-]{1,40}\.[a-z0-9]|(?:w32|w64|troj|mal|vbs|js)\/[a-z0-9])`;

/**
 * Not followed, in the same clause (up to a ";", "!", "?" or a sentence's ". ", at most 80
 * characters), by a verdict on the message: a virus "found" or "detected" (not "no virus found"), a
 * message that "contains" or a scanner that "found" a virus or malware, an attachment "infected",
 * "suspicious" or "executable", or a signature's name: "Virus scanner error: Eicar-Test-Signature
 * FOUND" and "virus engine error: message contains W32/Netsky" are verdicts, whatever came first.
 * Not anything else found or contained ("No supported database files found", "signature database
 * contains errors", "mail.log contains details"): the scanner's own trouble. Bounded: linear.
 */
const NO_VERDICT_AFTER = String.raw`(?!(?:(?![;!?]|\.(?:\s|$))[^]){0,80}?(?:(?<!(?:^|[^a-z])no )(?:virus(?:es)?|malware) (?:was |were |is )?(?:found|detected)|(?:found|detected|contains?|containing) (?:a |an |the )?(?:virus|malware|worm|trojan)|infect|suspicious|executable|(?:^|[^a-z])(?:eicar|trojan|worm|malware)|${SIGNATURE_NAME}|${NAMED_FINDING}))`;

/**
 * After "virus": a scanner, engine or service of it, then within one clause that it is unavailable,
 * failed or down (the receiver's trouble, not a verdict on the message). A virus *check*, *scan* or
 * *filter* that "failed" or gave an "error" is the message that failed it ("Virus check failed"): only
 * one that is unavailable, down or not responding is the receiver's trouble (and, in a temporary
 * reply, one that failed: VIRUS_PROCEDURE_FAILED, classify.ts). A program's own routine
 * named ("virus_scan FAILED: virus_scan: ALL VIRUS SCANNERS FAILED", amavisd-new's) is no verdict
 * either, unless one follows in its clause. Bounded: linear.
 */
/** Not after "no", "not contain(ing)", "free of", "without": a finding said to be absent. */
const NOT_NONE = String.raw`(?<!(?:^|[^a-z])(?:no|not contain|not containing|free of|without|found no) )`;
/**
 * After what a scanner looks for ("malicious macro"), a program or a procedure named by it (scan,
 * scanner, check, filter, engine, service, daemon, protection, analysis, test), then within its
 * clause (at most 40 characters on) that it is in trouble: unavailable, down, an error, not
 * responding, running, ready or started, timed out, busy, crashed, unreachable, failed to run
 * ("malicious macro scanner unavailable", "malicious macro scan timed out"), or a program that
 * failed ("malicious attachment scanner failure"): the receiver's trouble, no finding. A procedure that refused, blocked or failed the message is a verdict ("rejected by
 * malicious content filter", "Malicious macro check: FAILED"), and so is a refusal said after the
 * trouble in its clause, or a finding (NO_VERDICT_AFTER). A temporary reply that only names the
 * procedure is read in classify.ts (MALICIOUS_PROCEDURE). Or a rule named by it ("(malicious macros
 * risk)"), no verdict after it. Every gap bounded: linear.
 */
const PROCEDURE = String.raw`[ -](?:scan(?:ner|ning)?|check(?:er|ing)?|filter(?:ing)?|engine|service|daemon|protection|analy[sz](?:is|er)|test(?:ing)?)s?(?![a-z])`;
/** …of which a program (scanner, checker, engine, service, daemon, analyzer) that failed is in trouble itself. */
const PROGRAM = String.raw`[ -](?:scanner|checker|engine|service|daemon|analy[sz]er)s?(?![a-z])`;
const CLAUSE_GAP = String.raw`(?:(?![;!?]|\.(?:\s|$))[^])`;
const PROCEDURE_TROUBLE = String.raw`(?:unavailable|not available|connection (?:refused|reset|failed|lost)|(?:is |was )?down|(?:is )?offline|disabled|not configured|errors?|not responding|did not respond|no response|not running|not ready|not started|timed? ?out|time-?out|crashed|aborted|incomplete|not completed|busy|overloaded|not reachable|unreachable|(?:could not|cannot|can't|unable to) (?:be )?(?:run|start|respond|complete|performed?|process|scan|connect|load)|failed to (?:run|start|respond|complete|load|initiali[sz]e|connect|execute))(?![a-z])`;
const REFUSED_AFTER = String.raw`${CLAUSE_GAP}{0,80}?(?:^|[^a-z])(?<!connection )(?<!connect )(?:block(?:ed|s)?|reject(?:ed|s)?|refus(?:ed|es)?|denied|quarantined)(?![a-z])`;
const PROCEDURE_NAMED = String.raw`${PROGRAM}(?=${CLAUSE_GAP}{0,40}?(?:^|[^a-z])(?:${PROCEDURE_TROUBLE}|fail(?:ed|ure)(?![a-z])))(?!${REFUSED_AFTER})${NO_VERDICT_AFTER}|${PROCEDURE}(?=${CLAUSE_GAP}{0,40}?(?:^|[^a-z])${PROCEDURE_TROUBLE})(?!${REFUSED_AFTER}|${CLAUSE_GAP}{0,80}?(?:^|[^a-z])(?:failed(?! to)|failure)(?![a-z]))${NO_VERDICT_AFTER}|[ -]risks?(?![a-z])${NO_VERDICT_AFTER}`;
/**
 * What a scanner looks for, then a procedure named by it, no finding after it in its clause ("451
 * 4.7.1 malicious macro check failed, try later"). classify.ts: in a temporary reply, when nothing
 * else of virus-detected is said, the words name no finding (a delay, or what else they say).
 */
/**
 * After "virus" or "anti-virus", a procedure named by it that failed or is in trouble within its clause
 * (at most 40 characters on), with no refusal after it nor a finding in the clause: "451 4.7.1 Virus
 * filter failed" (opensmtpd-filter-clamav's reply when clamd could not scan). classify.ts: only in a
 * temporary reply, where a check that failed is the receiver's trouble, as MALICIOUS_PROCEDURE; in a
 * refusal "Virus check failed" stays the message that failed it.
 */
export const VIRUS_PROCEDURE_FAILED = new RegExp(String.raw`${NOT_NONE}(?:anti-?)?virus${PROCEDURE}(?=${CLAUSE_GAP}{0,40}?(?:^|[^a-z])(?:${PROCEDURE_TROUBLE}|fail(?:ed|ure)(?![a-z])))(?!${REFUSED_AFTER})${NO_VERDICT_AFTER}`, 'g');
export const MALICIOUS_PROCEDURE = new RegExp(String.raw`${NOT_NONE}(?:malicious (?:content|attachment|file|code|url|link|macros?)|dangerous (?:content|attachment|macros?))s?${PROCEDURE}${NO_VERDICT_AFTER}`, 'g');

/**
 * A MIME type refused: the refusal said of the type, after it with at most the type's value between
 * ("MIME type message/partial not accepted here", "MIME type text/x-vcard is blocked") or just before
 * it ("blocked MIME type application/x-msdownload"). Not a MIME type beside another refusal
 * ("Recipient rejected: No such user (MIME type text/plain)"), nor one of the message's form ("MIME
 * type header syntax error", "broken MIME type boundary"). classify.ts: no policy in a temporary reply
 * or under an X.6.x code (the code's reading: the message's form). Bounded: linear.
 */
export const MIME_TYPE_REFUSED = /(?:^|[^a-z])mime (?:content[- ])?types?(?: ["'<]?[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,80}["'>]?)? (?:is |are |was |were )?(?:not (?:accepted|allowed|permitted)|blocked|rejected|refused|prohibited|forbidden|banned|unacceptable|disallowed)(?![a-z])|(?:^|[^a-z])(?:blocked|rejected|refused|prohibited|forbidden|banned|unacceptable|disallowed|unallowed) mime (?:content[- ])?types?(?![a-z])/;

/**
 * A purpose said at a clause's start, other than sending ("To unsubscribe you must log in.", "To view
 * this page, you must log in"): the log-in it asks for is for that, not for SMTP. Not "To send mail you
 * must log in", nor "to" inside a clause ("Connection to server …"). Bounded (lookbehind of at most six words): linear.
 */
const PURPOSE_BEFORE = String.raw`(?:^|[^a-z] ?)(?:to|in order to) (?!(?:send|sending|relay|relaying|submit|use|deliver|post|mail|connect)(?![a-z]))[a-z]{2,30}(?:,? [a-z'-]{1,30}){0,5},? `;

/**
 * Told to log in before sending, the obligation first (Citadel's "You must log in to send mail from
 * b.example", "… on this port"), or asked to ("Please authenticate to relay", "454 4.7.0 Authenticate
 * first to send": "please" or the clause's first word; RFC 4954 §6's 530 5.7.0 "Authentication required"
 * is the server's own asking, and the words decide in any class): to
 * send (mail or messages, or nothing, then an end, a mark or how:
 * from, on, through, via), relay, submit mail or use this server or port; or nothing at the end of a
 * clause ("Client host rejected: you must log in"; "… you must log in first" is smtp-auth-required's own
 * wording, which stands beside other causes), unless a purpose other than sending opens the clause
 * (PURPOSE_BEFORE: "To unsubscribe you must log in."). Not said not to be needed
 * ("you do not need to log in", "you will not be required to log in"), nor a log-in to send or submit
 * something else ("must log in to submit a delisting request", "… to send a support ticket", "… to
 * send more"). classify.ts: a reading that steps aside when the words name another cause or the reply
 * is temporary. Bounded: linear.
 */
export const LOG_IN_TO_SEND = new RegExp(String.raw`(?:(?<!(?:not|n't|no|never|no longer)(?: be)? )(?:must|need to|have to|required to) |(?<=(?:^|[^a-z])please |(?:^|[0-9.;:!?]) ?))(?:first )?(?:log ?in|sign ?in|authenticate)(?: first)? (?:to|before) (?:(?:send|sending)(?: (?:e-?)?mails?| messages?)?(?= *(?:$|[.;,)!]| (?:from|on|through|via|using|outside) | to (?!(?:a|an|the) )))|(?:relay|relaying)(?![a-z])|(?:submit|submitting) (?:(?:e-?)?mail|messages?)(?![a-z])|use this (?:server|port|service)(?![a-z]))|(?<!(?:not|n't|no|never|no longer)(?: be)? )(?:must|need to|have to|required to)(?<!${PURPOSE_BEFORE}(?:must|need to|have to|required to)) (?:log ?in|sign ?in|authenticate)(?= *(?:$|[.;!]))`);

/**
 * A header field the receiver does not allow in the message, Bcc and Cc by name ("550 BCC not allowed",
 * opensmtpd-filter-nobcc) or a field of a closed list said to be a header: To, Subject, Reply-To,
 * Message-ID, In-Reply-To, References, Organization, an X- or List- field, a receipt request, a
 * Resent- recipient ("Reply-To header not permitted"): what the message carries, under local rules.
 * Not a function word or an adjective before "header" ("Raw 8-bit data in header not permitted",
 * "Non-ASCII header not allowed"), nor the From, Sender or Return-Path (the sender's address:
 * sender-rejected, MALFORMED_FROM) nor a DKIM, ARC or authentication header (authentication).
 * classify.ts: steps aside in a temporary reply and under an X.6.x code, as MIME_TYPE_REFUSED, and
 * beside another cause or under an X.4.x code. Not a rule on the field's content ("To header not
 * allowed to contain more than 100 addresses", "… to be set to more than 100 addresses"), but a
 * refusal of the field itself ("Bcc header not allowed to be used", "… to be set"). Bounded: linear.
 */
export const HEADER_NOT_ALLOWED = /(?:^|[^a-z0-9-])(?:(?:bcc|cc)(?: header(?: field)?)?|(?:to|subject|reply-to|message-id|in-reply-to|references|organi[sz]ation|x-[a-z0-9-]{1,40}|list-[a-z]{1,20}|disposition-notification-to|return-receipt-to|resent-(?:to|cc|bcc|date|message-id)) header(?: field)?)s?:? (?:is |are |was |were )?(?:not (?:allowed|permitted|accepted)|prohibited|forbidden|disallowed)(?![a-z])(?! to (?:be(?! (?:used|sent|present|included|added|set(?! to(?![a-z])))(?![a-z]))|set to|contain|have|exceed|include|carry|hold|list|name|use|appear|repeat|point|refer)(?![a-z]))/;

/**
 * The sender said to lack the permission to send, as "you are not allowed to send" (recipient-filter's
 * phrase) says it: "you do not have permission to send Internet mail" (Citadel), "sender has no
 * permission to send". Mail or messages or nothing, then an end, a mark or "to" someone: not to
 * send as, from or on behalf of someone (the sender's identity: not-authorized), nor to send replies
 * or anything else, nor to post to a group or list (group-posting-refused). classify.ts: steps aside
 * when the words name another cause or under an X.4.x code (5.4.1, Microsoft 365's "Access denied").
 */
export const PERMISSION_TO_SEND = /(?:^|[^a-z])(?:you|sender|the sender)(?:(?: (?:do|does) not| (?:do|does)n't) have (?:the )?| (?:have|has) no )permissions? to (?:send|deliver|e-?mail)(?: (?:internet |external |e-?)?mails?| messages?)?(?= *(?:$|[.;,)!]| to (?!(?:this|the) (?:group|list|mailing list|distribution (?:group|list))(?![a-z]))))/;
/**
 * The message's parts above a count (MIMEDefang's "too many MIME parts", WildDuck's "too many nested
 * attachments", "552 5.3.4 Too many attachments"): a local rule on what the message is made of.
 * classify.ts: as MIME_TYPE_REFUSED, not in a temporary reply nor under an X.6.x code.
 */
export const TOO_MANY_PARTS = /(?:^|[^a-z])too many (?:nested )?(?:attachments|mime (?:parts|entities|attachments)|nested (?:parts|messages))(?![a-z])/;

/**
 * After "virus", its database, definitions or signatures as such ("virus database outdated"): the
 * scanner's data, no finding, unless a verdict follows in the clause.
 */
const VIRUS_DATABASE = String.raw`[ -](?:database|definitions?|defs|signature (?:database|files?)|pattern files?)(?![a-z])${NO_VERDICT_AFTER}`;

/**
 * A client that spoke before the server's greeting (Postfix postscreen's "pregreet", qpsmtpd's
 * earlytalker; Exim's "input sent without waiting for greeting"). Not a greeting *period*.
 */
export const SPOKE_BEFORE_GREETING = /(?:^|[^a-z])(?:transmitting|transmitted|talking|talked|sending|sent|speaking|spoke|writing|wrote) (?:data |commands? |anything )?(?:before|prior to) (?:the |my |our |its )?(?:smtp |initial |server(?:'s)? )?(?:greeting|banner)(?![a-z])(?! (?:period|delay|pause|wait))|(?:^|[^a-z])(?:input|data|commands?) sent without waiting for (?:the |my |our )?(?:smtp )?(?:greeting|banner)(?![a-z])/;

/** Words that say a program is not there to do its work now (no "error" or "failed": a check that failed judged the message). */
const NOT_THERE_NOW = String.raw`(?:unavailable|not available|(?:is |was )?down|not responding|not running|not ready|not started|timed? ?out|timeout|crashed|busy|overloaded|not reachable|unreachable)`;
/**
 * After "virus" of "anti-virus" (the program, not a finding), within a few words of the same clause,
 * that it is not there now (Mailu's "Please retry later (anti-virus/oletools not ready)"). Not a
 * virus found, detected or infecting in the gap, nor a verdict after it. Bounded: linear.
 */
const ANTIVIRUS_NOT_READY = String.raw`(?<=anti-?virus)(?:(?!virus|infect|found|detect)[^;!?.:]){0,20}?(?:^|[^a-z])${NOT_THERE_NOW}(?![a-z])${NO_VERDICT_AFTER}`;
/**
 * After "virus", a scanner that a problem or an error came before, in running, starting or calling it
 * (MIMEDefang's "Problem running virus-scanner"): the receiver's trouble. Not a verdict after it.
 */
const PROBLEM_RUNNING_SCANNER = String.raw`(?<=(?:^|[^a-z])(?:problems?|errors?|trouble|failure) (?:running|starting|calling|invoking|contacting|connecting to|with) (?:the |a |an |our |its )?(?:anti-?)?virus)[ -]?(?:scanners?|scanning|scan|checker|engine|daemon)(?![a-z])${NO_VERDICT_AFTER}`;
const SCANNER_TROUBLE = String.raw`(?:[ -]?(?:scan(?:ner|ning)?|filter(?:ing)?|check(?:er|ing)?|protection)s?(?= (?:engine|service|daemon|server|software|program)s?)|[ -]?(?:scanner|engine|daemon|service|software|program|server)s?)(?: (?:engine|service|daemon|server|software|program)s?)?(?:(?!virus|infect|found|detect)[^;!?.:]){0,20}?(?:^|[^a-z])(?:unavailable|not available|(?:is |was )?down|error|failure|failed|not responding|not running|not ready|not started|timed? ?out|timeout|crashed|busy|overloaded|not reachable|unreachable)(?![a-z])${NO_VERDICT_AFTER}|[ -]?(?:scan(?:ning)?|filter(?:ing)?|check(?:ing)?|protection)s? (?:is |was )?(?:(?:temporarily|currently) )?(?:unavailable|not available|down|not responding|not running|not ready|not started|timed? ?out|crashed|busy|overloaded)(?![a-z])${NO_VERDICT_AFTER}|_(?:scan|check)(?:ner|ing)?s?(?![a-z0-9_])${NO_VERDICT_AFTER}|${ANTIVIRUS_NOT_READY}|${PROBLEM_RUNNING_SCANNER}`;

/**
 * An anti-virus program that is not there or in trouble, as virus-detected's SCANNER_TROUBLE reads it
 * ("550 5.7.1 anti-virus unavailable", "554 5.7.1 Problem running virus-scanner"). classify.ts: the
 * receiver's trouble where only a generic X.7.1 would decide (not-authorized); no wording of its own
 * (an aside "(anti-virus not ready)" must not override what a reply says or a code names).
 */
export const ANTIVIRUS_TROUBLE = new RegExp(`(?:^|[^a-z])(?:anti-?)?virus(?=${SCANNER_TROUBLE})`);

/**
 * A lookup of an SPF, DKIM or DMARC record that failed ("Temporary DMARC DNS lookup failure",
 * OpenDKIM's "451 4.7.5 DKIM key retrieval failed", "DKIM key lookup failed: NXDOMAIN"): in a
 * temporary reply the receiver's DNS trouble (network-error, classify.ts), in a refusal a verdict on
 * the sender's records (authentication-failed). OTHER_AUTH_MENTION: a mention that is not such a lookup
 * nor its result named temporary ("DKIM temperror", RFC 7208's and RFC 6376's temporary error).
 */
/**
 * A DNS list's zone named as what a lookup failed on ("421 DNS error on zen.spamhaus.org", OpenSMTPD's
 * filter-dnsbl; "DNS lookup failed for bl.spamcop.net", "zen.spamhaus.org lookup timed out"): the
 * receiver could not ask the list, which says nothing of a listing. classify.ts: blocklisted is then read
 * only if the words name a listing beside the zone. The zone of two to seven labels. Bounded: linear.
 */
export const LIST_LOOKUP_FAILED = /(?<=(?:^|[^a-z])(?<!(?:^|[^a-z])(?:no|not|without) )(?:dns|lookup|query|resolver|resolution) (?:errors?|failures?|failed|timeouts?|timed out) (?:on|for|of|at|with|querying|while querying|when querying) )[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?![a-z0-9.-])|(?<![a-z0-9.@-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?= (?:dns )?(?:lookup|query) (?:errors?|failures?|failed|timed out|timeouts?)(?![a-z]))/g;
/**
 * …or said with the failed verb first ("451 4.4.3 Unable to query for a DMARC record", mireka's Redistributor;
 * "could not look up the SPF record", "failed to retrieve the DKIM key"): the same lookup that failed. Only
 * querying, looking up, resolving, retrieving or fetching: not "could not find a DMARC record" or "unable to
 * verify the SPF record" (the record not there, or a check that failed: a verdict). Literals: linear.
 */
const AUTH_RECORD_NOT_QUERIED = String.raw`(?:unable to|could not|couldn't|cannot|can't|can not|failed to|failure to|error trying to) (?:query|look ?up|lookup|resolve|retrieve|fetch)(?: for)?(?: (?:the|a|an|its|your|any))? `;
export const AUTH_RECORD_LOOKUP_FAILED = new RegExp(String.raw`\b(?:dmarc|spf|dkim)\b (?:dns |txt |record |policy |key )?(?:lookup|query|resolution|retrieval)s? (?:failure|error|timeout|failed|timed out)|${AUTH_RECORD_NOT_QUERIED}(?:dmarc|spf|dkim)(?: (?:dns |txt )?(?:records?|keys?|polic(?:y|ies)|entry|entries))?(?![a-z])`);
export const OTHER_AUTH_MENTION = new RegExp(String.raw`(?<!${AUTH_RECORD_NOT_QUERIED})\b(?:dmarc|spf|dkim)\b(?! (?:dns |txt |record |policy |key )?(?:lookup|query|resolution|retrieval)s? (?:failure|error|timeout|failed|timed out)| temperror(?![a-z]))|domainkeys|sender policy framework`);

/**
 * A spam filter's list of the tests a message matched, after the word that names it ("matching tests
 * (BAYES_50,HTML_MESSAGE,URIBL_BLACK)", "tests=URIBL_BLACK,BAYES_99", "rules hit: [RCVD_IN_XBL]"): the
 * names of the tests are the score's parts, not a reply's words. classify.ts: a block-list test named
 * there (URIBL_BLACK, RCVD_IN_XBL) is then no listing beside a spam verdict said outside the list
 * ("Spam blocked: score 18.9 >= 8.0 matching tests (…, URIBL_BLACK)", TU Wien); alone, or beside a
 * listing said in words, it reads as before. Names as SpamAssassin's and rspamd's are written (an
 * underscore or a digit in each: not a word such as "blacklist"), at most 41 of them, each with an
 * optional "=score". Bounded: linear.
 */
const FILTER_TEST_NAME = String.raw`[a-z][a-z0-9]{0,29}[_0-9][a-z0-9_]{0,40}(?:=-?[0-9]{1,4}(?:\.[0-9]{1,4})?)?`;
export const FILTER_TESTS_LISTED = new RegExp(String.raw`(?<=(?:^|[^a-z])(?:(?:matching|matched|hit|triggered|fired) )?(?:tests|rules)(?: (?:hit|matched|triggered|fired))?(?: ?[:=] ?| ?\(| ?\[| ?[:=] ?[(\[]))${FILTER_TEST_NAME}(?: ?, ?${FILTER_TEST_NAME}){0,40}(?![a-z0-9_])`, 'g');

/**
 * A spam filter's verdict field answered yes ("Spam: yes", "X-Spam-Flag: YES", "spam=true", "Spam? yes",
 * "Spam status: yes"), as NO_SPAM_FOUND (classify.ts) reads it answered no: a verdict, more than the word spam alone.
 * classify.ts: beside it, a block-list test named in the filter's list of matched tests (FILTER_TESTS_LISTED:
 * "550 Spam: yes (tests=URIBL_BLACK)") is the verdict's part, no listing. Not "Anti-spam: yes", "Non-spam: yes"
 * (a filter that ran, or the opposite verdict). Bounded: linear.
 */
export const SPAM_FIELD_YES = /(?:^|[^a-z])(?<!(?:^|[^a-z])(?:anti|no|non)[- ]?)(?:x-)?spam(?:[ -](?:status|flag|verdict|result))? ?[?:=] ?(?:yes|true)(?![a-z0-9])/;

/**
 * A block or a listing said to be at the recipient's own request ("Client blacklisted at the request of
 * the recipient", Roller Network; "Sender blocked at the recipient's request"): the recipient's own list,
 * whoever is listed on it (recipient-filter, as "on the recipient's block list" reads), not a public
 * block list; not the recipient's ISP, administrator, postmaster or domain (NOT_THE_RECIPIENTS_AGENT).
 * classify.ts: blocklisted and client-blocked step aside when nothing but this names them; and it is a
 * narrow reading of recipient-filter, as PERMISSION_TO_SEND, that steps aside for any other cause the
 * rest of the words name, before or after it, and in a temporary reply. Bounded: linear.
 */
const RECIPIENTS_OWN = String.raw`(?:recipient|addressee|user|mailbox owner|account (?:holder|owner))`;
/**
 * Not someone else named as the recipient's ("at the request of the recipient's ISP", "… of the
 * recipient domain's administrator"): a possessive, or the recipient's domain, server or provider.
 */
const NOT_THE_RECIPIENTS_AGENT = String.raw`(?!['’]| (?:domain|server|system|host|site|isp|provider|organi[sz]ation|company|employer|administrator|admin|postmaster)(?![a-z]))`;
/**
 * Not many users' or recipients' reports or complaints ("blacklisted by user reports", "listed by recipients"):
 * a reputation the crowd gives, not one recipient's own list; one recipient, or one of them, only.
 */
const NOT_USERS_REPORTS = String.raw`(?! (?:reports?|complaints?|feedback|votes?|flag\w*|mark\w*|submissions?|ratings?)(?![a-z]))`;
/** The client's IP, host or network said listed (LISTED_BY_RECIPIENT's guard). */
const NOT_THE_CLIENT_LISTED = String.raw`(?<!(?:^|[^a-z])(?:ips?|ip address(?:es)?|client(?: ip| host)?|host|server|network|relay|mta|\d{1,3}(?:\.\d{1,3}){3}\]?)(?:'s)?(?: (?:is|was|has been|have been|are|were))? )`;
/**
 * …or a listing said to be made by the recipient, one of the recipients or the user themselves ("This
 * message was sent from an address that was put on a local blacklist by one of the recipients",
 * ClueGetter; "Sender blacklisted by the recipient", "… by one of our users"; not "by recipients" nor "by
 * user reports", NOT_USERS_REPORTS): the listing's maker, as "at the recipient's request"
 * says who asked. Only a list's verbs (a list put on or added to, listed); "blocked by the recipient" is
 * recipient-filter's own wording already. Not the client's IP, host or network listed so ("550 5.7.1 IP
 * address blacklisted by recipient", Amazon SES's inbound, a labelled bounce): the sending server refused
 * from the receiver's own list, client-blocked's and blocklisted's as before.
 */
const LISTED_BY_RECIPIENT = String.raw`${NOT_THE_CLIENT_LISTED}(?:(?:black|block|deny|reject)[- ]?listed|(?:put|placed|added|entered|included) (?:on|in|to) (?:a |an |the |their |his |her |its )?(?:local |personal |own |private |user |recipient )?(?:black|block|deny|reject)[- ]?list)(?: (?:here|locally|permanently))? by (?:one of (?:the |its |their |our )?${RECIPIENTS_OWN}s|(?:the |this |that |its |their )?${RECIPIENTS_OWN})${NOT_THE_RECIPIENTS_AGENT}${NOT_USERS_REPORTS}`;
export const LISTED_AT_RECIPIENTS_REQUEST = new RegExp(String.raw`(?:^|[^a-z])(?:(?:(?:black|block|deny)[- ]?listed|blocked|banned|refused|rejected|denied|filtered)(?: (?:here|locally|permanently))? (?:at|on|by) (?:the )?(?:(?:request|behest|wishe?s?|instructions?) of (?:the |this |that |its )?${RECIPIENTS_OWN}s?${NOT_THE_RECIPIENTS_AGENT}|${RECIPIENTS_OWN}(?:'s|s') (?:request|behest|wishe?s?|instructions?))|${LISTED_BY_RECIPIENT})(?![a-z])`);

/**
 * A check of the sender said not done for now ("451 Temporarily unable to verify sender address (try
 * again later)", Exim's sender verification; "Unable to verify sender address at this time"): the
 * check could not run, no verdict on the sender. classify.ts: a narrow reading of sender-rejected
 * that steps aside in a temporary reply (a 4xx or a 4.x.x code: the delay, as "451 Unable to verify
 * address at this time" reads) and beside another cause; under a 5xx, or with no code, the sender
 * refused, as any "unable to verify sender" reads. Bounded: linear.
 */
export const SENDER_CHECK_NOT_NOW = /(?:^|[^a-z])(?:temporar(?:y|ily) (?:could not|cannot|unable to) verify (?:the )?sender(?: (?:address|domain))?|(?:could not|cannot|unable to) verify (?:the )?sender(?: (?:address|domain))? (?:at (?:this|the) (?:time|moment)|(?:right )?now|for now|currently))(?![a-z])/;

/**
 * The word spam alone ("spam", "spams", "spammy": amavisd-new's contents category below the spam
 * level, "spammy (tag3)"), no verdict said with it. Not a label of a host or an address
 * ("<a@spam.example>", "mx.spam.example", "spammy-host.example"). classify.ts: such a word alone does
 * not override a reply of the transport (an X.4.x code) or of greylisting.
 */
export const SPAM_WORDS: readonly [RegExp, RegExp, RegExp] = [/(?<![@.])\bspam\b(?!\.[a-z0-9-]{1,63}(?:\.[a-z]|\[|>))/, /\bspams\b/, /(?<![@.a-z0-9-])spammy(?![a-z0-9-]|\.[a-z0-9])/];

/**
 * A From address called malformed ("Malformed From address", "From address is malformed", "From: malformed
 * address"), either way round; not the envelope's "MAIL FROM" (nor "Return-Path from", "sender from") address. A format error of the message's From header
 * (not-rfc-compliant), unless it answers an SMTP command (classify.ts: a 501 / 553 reply, X.1.7, or
 * the MAIL FROM stage), when no header was sent yet and it is the envelope sender.
 */
export const MALFORMED_FROM = /(?:^|[^a-z])malformed (?:'|")?from:?(?:'|")? (?:header )?address(?:es)?(?![a-z])|(?:^|[^a-z])(?<!(?:mail|envelope|envelope-|smtp|rfc5321\.?|return-path|sender) )from:? (?:header )?address (?:is |was )?malformed(?![a-z])|(?:^|[^a-z])(?<!(?:mail|envelope|envelope-|smtp|rfc5321\.?|return-path|sender) )from: ?malformed address(?![a-z])/;

/**
 * The message (its MIME structure, body) could not be parsed ("550 5.7.7 Failed to parse message",
 * "message parsing failed", "Message could not be parsed"): malformed-content's, and in a temporary
 * reply the receiver's parser (classify.ts). Not a command, an address, a recipient, an ESMTP
 * parameter or a size that could not be ("Unable to parse BODY parameter", "Failed to parse message
 * body size", "Error parsing message size").
 */
export const MESSAGE_NOT_PARSED = /(?:^|[^a-z])(?:fail(?:ed|ure)?|unable|could not|couldn'?t|cannot|can'?t|error) (?:to |while |when |in )?pars(?:e|ing) (?:the |this |your |of (?:the )?)?(?:message|mime|e-?mail|body|content)(?![a-z=-])(?!(?: body)? (?:from|command|address|recipient|sender|parameters?|params?|size|length|arguments?|args?|keywords?|extensions?|options?|filter|response|type)(?![a-z]))|(?:^|[^a-z])(?:message|mime|body) pars(?:e|ing|er) (?:error|failed|failure)|(?:^|[^a-z])(?:message|e-?mail) (?:could not|couldn'?t|cannot|can'?t) be parsed(?![a-z])/;

/**
 * The message said to have an invalid, malformed or broken structure, syntax or format ("552 Requested mail
 * action aborted: Message has invalid structure/syntax.", LumiSoft Mail Server when it cannot parse the
 * MIME; "message has a broken format"): the message's form, as "message has defects" reads. The
 * message (or its MIME, body or headers) is what has it: not an address, a command or a parameter
 * ("Recipient address has invalid syntax", "501 Invalid syntax"), not recipients said invalid ("message
 * has invalid recipients"), and not said not to ("message has no invalid structure"). "Mail" and "e-mail"
 * are also how servers name an address ("550 Recipient email has an invalid format", "501 Email has
 * invalid syntax", "553 Email has an invalid format": the address's syntax), so with them only a structure
 * is the message's ("554 Mail has invalid structure"), and never after "recipient" or "sender". Bounded:
 * linear.
 */
export const MESSAGE_FORM_INVALID = /(?:^|[^a-z])(?:(?:message|mime|body|headers?)(?: body| content)? (?:has|had|have|with|contains?) (?:an? )?(?:invalid|malformed|broken|bad|corrupt(?:ed)?|illegal) (?:mime )?(?:structure|syntax|format|formatting)(?:\/(?:structure|syntax|format))?|(?<!(?:recipient|sender|from|to) )(?:mail|e-?mail)(?: body| content)? (?:has|had|have|with|contains?) (?:an? )?(?:invalid|malformed|broken|bad|corrupt(?:ed)?|illegal) (?:mime )?structure(?:\/(?:syntax|format))?)(?![a-z])/;

/**
 * The receiving system's load said too high or exceeded ("System load too high, try again later",
 * smtp-gated; "server load average exceeded", "CPU load too high"): the receiver is overloaded
 * (remote-system-error), as "server overloaded" reads. Not the sender's sending load or rate ("your
 * sending load is too high": a rate, said of you). Bounded: linear.
 */
export const SYSTEM_LOAD_TOO_HIGH = /(?:^|[^a-z])(?<!(?:your|sender|sending|client)(?:'s)? )(?:system|server|cpu|machine|host) load(?: average)? (?:is |was )?(?:too high|exceeded|over (?:the )?limit)(?![a-z])/;

/**
 * A message said to have defects ("501 Message has defects", Mailman 3's LMTP runner for a message its
 * parser found defective; "message contains MIME defects", "defective MIME structure"): what a parser
 * found in the message's form, malformed-content's as MESSAGE_NOT_PARSED is, and like it in a temporary
 * reply the receiver's parser (classify.ts). Not said to have none ("no defects", "not defective").
 * Bounded: linear.
 */
export const MESSAGE_DEFECTS = /(?:^|[^a-z])(?:message|mail|e-?mail|mime(?: structure)?|body|headers?) (?:has|had|have|contains?|contained|with) (?:(?:mime|structural|format(?:ting)?|parse|parsing|header|several|multiple|some) ){0,2}defects?(?![a-z])|(?:^|[^a-z])(?<!(?:no|not|non) )defective (?:message|mail|e-?mail|mime(?: structure)?|headers?|body)(?![a-z])/;

/**
 * The sender's tries used up, said as what failed ("Failed four attempts to connect to recipients mail
 * server", "Failed all attempts to connect"): more than one, or all, of its own attempts to connect to,
 * reach or deliver to the destination (the recipient's or a mail server, an MX, a host, a host name or
 * an address) or with nothing after ("…; will not retry"). Not a receiver's back end ("Failed all
 * attempts to connect to the database", "… to clamd": the receiver's trouble), not one attempt, nor a
 * client's attempts to log in, nor denied ("hasn't failed", "has not yet failed"). delivery-expired's;
 * classify.ts blanks it in a delay report, under an X.3.x or a routing X.4.x code, and before retry
 * words. A host after it may be hidden (Cause.outsideNames, '_' for each character). Bounded parts: linear.
 */
export const FAILED_ATTEMPTS = /(?:^|[^a-z])(?<!(?:^|[^a-z])(?:no|not|never)(?: yet)? |n't(?: yet)? )failed (?:all|[2-9]|[1-9]\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|repeated|numerous) (?:(?:delivery|connection) )?attempts to (?:connect|deliver|reach)(?![a-z])(?= *(?:$|[.;,:!?)(]| -)|(?: to| with)? (?:the |this |your |their |its |a |all )?(?:recipients?'?s?|remote (?:hosts?|servers?|mtas?|systems?|mail ?servers?)|destination|mx|mxs|mail ?(?:servers?|hosts?|exchangers?)|(?:smtp )?(?:servers?|hosts?)|message|mail|e-?mail)(?![a-z])|(?: to)? <?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?![a-z0-9-])|(?: to)? [_\uE000]{6}|(?: to)? \[?\d|(?: to)? <?[^\s@<>]{1,64}@)/;

/** The message's size named: "message size", "message is too large", "mail exceeds", "message 12 MB". Bounded: linear. */
const MESSAGE_SIZE = String.raw`(?:(?:message|mail|e-?mail|attachment)s?(?:'s)?(?: is| was| body)? (?:size|too (?:big|large)|exceeds|larger|bigger)|message[^;)]{0,20}?\d{1,12}(?:\.\d{1,3})? ?(?:[kmg]i?b|bytes|octets)(?![a-z]))`;

/** "unknown …", "no such …". */
const NO_SUCH = ['unknown', 'no such', 'invalid', 'non-?existent', 'nonexistent', 'bad', 'illegal', 'unrecogni[sz]ed', 'undeliverable', 'inexistent', 'ung(?:ü|ue)ltige?', 'unbekannte?r?', 'inconnue?', 'inexistente', 'onbekende?', 'nieznan\\w*', 'nie ma takiego', 'nezn(?:á|a)m\\w*', 'ok(?:ä|a)nda?', 'ukendte?', 'ukjente?', 'tuntematon', 'ismeretlen', 'b(?:ö|o)yle bir', 'inexistent'];

/**
 * The recipient said not there after a reading of the recipient's own choice ("Recipient has
 * unsubscribed; user unknown", "…; Benutzer unbekannt", "…; no such user", "…; mailbox unavailable"):
 * a mailbox that does not exist is the more basic verdict (RFC 3463 X.1.1 "bad destination mailbox
 * address"; RFC 5321's 550 "mailbox unavailable"), whichever is said first. Within 160 characters
 * after the reading: a recipient word then, in its clause, a word of NOT_THERE or "unavailable"; or
 * NO_SUCH before a recipient word. Words as words (WORD_START, WORD_END), not in an address or link;
 * not the receiver's trouble or a state for now between them (as UNAVAILABLE_RECIPIENT: "the
 * recipient's server was temporarily unavailable", "Mailbox temporarily unavailable"); not the list's
 * own membership (LIST_WORDS between them or after: "recipient not found in mailing list", "user
 * unknown to this list", "user status unknown", "invalid user token"), nor a general sentence ("Invalid
 * recipients will be suppressed"). A retry said beside it does not keep the recipient's choice: "451
 * Recipient has unsubscribed; user unknown, try again later" is read as the retry's.
 * Bounded: linear.
 */
/** What a list keeps of its members, not a mailbox: a list, its subscribers, campaigns, tokens, preferences, a status. */
const LIST_WORDS = String.raw`lists?|subscri\w*|campaigns?|tokens?|preferences?|status|audiences?|databases?`;
const recipientAbsentAfter = (counted: string) => String.raw`(?![^]{0,160}?(?:${WORD_START}${counted}(?:${RECIPIENT.join('|')})${WORD_END}(?:(?!lookup|verif|service|database|check|server|system|host|sender|temporar|currently|right now|at (?:the|this) |${LIST_WORDS})[^;!?.]){0,30}?${WORD_START}(?:${NOT_THERE.join('|')}|unavailable|not available)${WORD_END}|${WORD_START}${counted}(?:${NO_SUCH.join('|')}) (?:${RECIPIENT.join('|')})${WORD_END}(?! (?:will|may|might|are|were|can|could|should|shall|would)(?![a-z])| (?:${LIST_WORDS})))(?! (?:to|in|on|from|for|within) (?:(?:this|the|your|our|that) )?(?:(?:mailing|subscriber|contact|distribution|e-?mail) )?(?:${LIST_WORDS})))`;
const RECIPIENT_ABSENT_AFTER = recipientAbsentAfter('');
/**
 * A clear recipient or sender cause said after a reading, within 160 characters: the recipient said not
 * there (RECIPIENT_ABSENT_AFTER: "…; user unknown", "…. Recipient does not exist") or the sender said
 * refused ("…; sender address rejected"; "blocked" or "banned" only of its address or domain, and not for
 * a time: "sender blocked for 60 minutes" is what a limit did), and, after the dictionary reading only, not
 * the recipients counted ("too many unknown recipients": a dictionary attack's evidence, COUNTED_BEFORE;
 * after the other readings a count of absent recipients is a recipient cause). The readings of set 17's wordings (a rate per hour, a HELO,
 * UUCP, a dictionary attack, paused deliveries, a Send As right) step aside for it, as for a cause said
 * before them: the recipient or the sender named refused decides, the reading's words are its setting
 * (the readings of the sender refused, a report for a message not sent here or an account among them,
 * step aside for the recipient only: CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear (160 characters a position).
 */
const COUNTED_BEFORE = String.raw`(?<!(?:(?:^|[^a-z])(?:too many|so many|many|multiple|several|numerous|excessive|lots of|a lot of|a number of)|(?:^|[^a-z0-9.:])[0-9]+)(?: (?:${NO_SUCH.join('|')}))? )`;
const clearCauseAfter = (counted: string) => String.raw`${recipientAbsentAfter(counted)}(?![^]{0,160}?${WORD_START}(?<!dear |<>: )(?:sender(?: address| domain)? (?:is |was |has been )?(?:rejected|refused|denied|unknown|invalid)|sender (?:address|domain) (?:is |was |has been )?(?:blocked|banned))${WORD_END}(?! (?:temporarily|for (?:now|a while|an? (?:hour|minute|day|week)|(?:the next |the )?(?:[0-9]+|one|two|three|several|some|a few|few) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|the next (?:seconds?|minute|hour|day|week)))(?![a-z])))`;
const CLEAR_CAUSE_AFTER = clearCauseAfter('');
/** The dictionary reading's own evidence ("too many unknown recipients") is no clear cause after it. */
const CLEAR_CAUSE_AFTER_COUNTED = clearCauseAfter(COUNTED_BEFORE);
/**
 * The time or date of the next attempt, after the sender's side says it will try again ("No delivery available,
 * will try again, at 2018-03-14 14:12:33.014", Kademi's notice; "will retry at 14:00", "… on 2026-12-08"): a
 * delay, as "will try again later" reads (delivery-delayed's concept). Only a clock time ("14:00", "9:30:15
 * am", "2pm") or an ISO-like date ("2026-12-08"): not a number that is neither ("at 3/4 capacity", "on 12-08",
 * "at 3 locations"). Literals: linear.
 */
const RETRY_AT_A_TIME = String.raw`(?:at|on) (?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?)(?![a-z0-9])`;
/**
 * The sending client named right after a reading of the recipient, as where the mail comes from: its IP,
 * host, server, network or domain, or an address literal ("Cannot receive for this address from your IP",
 * "… from 192.0.2.1", "… from your domain"): a refusal of the client or the sender, not the address unknown,
 * so the reading stays unread (the client's reading, or the code, decides). Literals: linear.
 */
const CLIENT_NAMED_AFTER = String.raw`(?! (?:(?:e-?)?mail |messages? |connections? )?from (?:(?:your|the|this|that|its|their) )?(?:(?:sending|connecting|remote|client) )?(?:ip|ips|client|host|hostname|server|network|mta|domain|relay|address|\[?\d{1,3}\.\d{1,3}\.|\[?[0-9a-f]{0,4}:[0-9a-f]{0,4}:|_{2,253}(?![_\uE000]))(?![a-z]))`;
/**
 * The server said unable to receive for the address given ("550 <a@b.example>... Cannot receive for specified
 * address", Twisted's SMTPBadRcpt for a user with no mailbox or alias in its domain; "unable to receive mail
 * for this recipient"): no delivery here for that address, as "no such user here" says (unknown-recipient).
 * Only "receive … for" an address, recipient, user or mailbox (not a domain, nor "cannot accept mail for", a
 * policy's wording too), and not before a clear cause (CLEAR_CAUSE_AFTER: "cannot receive for this user:
 * mailbox full"), nor before the client named as where the mail comes from (CLIENT_NAMED_AFTER: "… from your
 * IP"). It is also how a full or disabled mailbox, an unknown domain or a refusal is described, so
 * it is a narrow reading (classify.ts NARROW_READINGS): a code of another meaning keeps it ("552 5.2.2 Cannot
 * receive for this mailbox" is the mailbox full, a DSN's Status 5.7.1 the refusal); it decides only under no
 * code, X.0.0, X.1.0, X.1.1, X.1.3 or X.1.5 (classify.ts RECEIVE_FOR_STATUS), or beside no other cause.
 * Bounded: linear.
 */
export const CANNOT_RECEIVE_FOR = new RegExp(String.raw`${WORD_START}(?=cannot|can't|can not|unable)(?:cannot|can't|can not|unable to) receive (?:(?:e-?)?mail |messages? )?for (?:the |this |that )?(?:specified |given |requested )?(?:e-?mail )?(?:address|recipient|user|mail ?box)${WORD_END}${CLIENT_NAMED_AFTER}${CLEAR_CAUSE_AFTER}`);
/**
 * Addresses or recipients the server says it could not recognise or identify ("one or more of the addresses
 * you specified could not be recognized as addresses that are understood by, or reachable from, this system",
 * ZMailer's router form "Unresolvable mail address"; "the recipient could not be identified"): no such address
 * here, as "recipient name is not recognized" reads (unknown-recipient). Not the sender's, the return path's,
 * a From: or header address, nor the client's IP, host or server address ("your IP address could not be
 * identified"); and the clause ends there, or says only "as (valid, local) addresses" ("could not be
 * identified as an authorized user" is a refusal of another kind); nor before a clear cause
 * (CLEAR_CAUSE_AFTER). The words are general enough to describe a full or disabled mailbox, an unknown domain
 * or a refusal too, so it is a narrow reading (classify.ts NARROW_READINGS), as CANNOT_RECEIVE_FOR is: a code
 * of another meaning keeps it ("552 5.2.2 Recipient could not be identified" the mailbox full, a DSN's Status
 * 5.7.1 the refusal); it decides only under no code, X.0.0, X.1.0, X.1.1, X.1.3 or X.1.5 (classify.ts
 * RECEIVE_FOR_STATUS), or beside no other cause.
 * Literals and bounded lookbehinds: linear.
 */
export const ADDRESS_NOT_RECOGNIZED = new RegExp(String.raw`${WORD_START}(?<!(?:^|[^a-z])(?:sender|from:?|return[- ]path|originator|envelope|ip|client|host|server|network|header|reply-to:?|to:|cc:)(?:'s)? (?:e-?mail )?)(?=address|e-?mail|recipient|destination)(?:(?:e-?mail |recipient |destination )?address(?:es)?|recipients?)(?: (?:that )?you (?:specified|gave|entered|supplied|used))? (?:could not|couldn'?t|cannot|can'?t|can not) be (?:recogni[sz]ed|identified)(?:(?= ?(?:$|[;.,!?:()\[\]<>]| - ))| as (?:an? )?(?:valid |local )?(?:e-?mail )?address(?:es)?${WORD_END})${CLEAR_CAUSE_AFTER}`);
/**
 * A recipient's address said to have no domain, or to have to carry one ("550 5.1.5 Recipient address has no
 * domain: a", python-slimta's MX relay; "recipient address must contain a domain", "destination address
 * without a domain"): an address no mailbox can have, as "bad destination mailbox address syntax" (X.1.3)
 * reads (unknown-recipient); the sender's in these words is sender-rejected's (set 28). Only the recipient,
 * "rcpt" or destination address named, not an address alone (it may answer MAIL FROM), nor before a clear
 * cause (CLEAR_CAUSE_AFTER). A narrow reading (classify.ts NARROW_READINGS), as CANNOT_RECEIVE_FOR is: a code
 * of another meaning keeps it ("552 5.2.2 …" the mailbox full, a DSN's Status 5.7.1 the refusal); it decides
 * only under no code, X.0.0, an X.1.x that says the address is the trouble, or beside no other cause.
 * Literals and one bounded address: linear.
 */
export const RECIPIENT_WITHOUT_DOMAIN = new RegExp(String.raw`${WORD_START}(?=recipient|rcpt|destination)(?:recipient|rcpt|destination)(?: (?:e-?mail )?address)?(?: <[^<>\s]{0,254}>)? (?:has no|with no|without an?|lacks an?|is missing an?|missing an?|(?:must|should|has to|needs to) (?:contain|include|have|carry) an?) (?:valid )?domain(?: (?:name|part))?${WORD_END}${CLEAR_CAUSE_AFTER}`);
/**
 * A connection said not made: "could not connect", "unable to connect", "failed to connect", "cannot
 * connect" (network-error). Also how a receiver names its own database, directory or scanner it cannot reach
 * ("451 4.3.0 Unable to connect to database"): under an X.3.x code ("mail system status", the receiver's own
 * system, RFC 3463) the code's reading stands (classify.ts, saidOnlyUnderSystemStatus), as for
 * ERROR_CONNECTING_TO_REMOTE.
 */
export const UNABLE_TO_CONNECT = /(?:could not|cannot|unable to|failed to) connect/;

/**
 * A remote host said as what a connection was made to: a port on a host ("port 25 on mx.b.example"), a host
 * name (hidden as '_' when read: vocabulary.ts withoutNames) or a dotted name or IP address that is not the
 * loopback's or a private network's ("[203.0.113.9]"; not "127.0.0.1", "10.0.0.5", "192.168.1.10",
 * "localhost", nor a name under .local, .internal, .lan or a file's or a database's suffix: "redis.local",
 * "clamd.sock"), or the remote, destination or receiving host or server, or an MX. Not the
 * receiver's own services, named or not ("the user database", "rspamd at 127.0.0.1:11333", "amavisd", "the
 * quarantine server", "the mail store"). Literals and bounded labels: linear.
 */
const REMOTE_HOST_OBJECT = String.raw`(?:(?:the |a |an |its |your |their )?(?:(?:remote|destination|receiving|recipient'?s?|target|next-?hop) (?:(?:mail|smtp|e-?mail) )?(?:host|server|mta|system|mx)|mx(?: (?:host|server|record host))?)(?![a-z0-9.-])|(?:port \d{1,5} (?:on|of|at) )?\[?(?:_{2,253}(?![_\uE000])|(?!(?:127|10|0)\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?<!\.(?:local|localdomain|localhost|internal|lan|intranet|db|database|sock|socket|ctl|pid|conf)))\]?(?![a-z0-9_-]|\.[a-z0-9]))`;
/**
 * A connection said not made (UNABLE_TO_CONNECT) to a remote host named as such (REMOTE_HOST_OBJECT: "451 4.3.0
 * Could not connect to mx.b.example", "cannot connect to [203.0.113.9]:25", "unable to connect to the remote
 * host"): the connection failed, under an X.3.x code too (classify.ts saidOnlyUnderSystemStatus), where
 * one to the receiver's own database, directory or scanner is its system's. Literals and bounded labels: linear.
 */
export const UNABLE_TO_CONNECT_TO_REMOTE = new RegExp(String.raw`${UNABLE_TO_CONNECT.source} to ${REMOTE_HOST_OBJECT}`);
/**
 * An error (with its number) or a failure said of connecting to a remote host or port (REMOTE_HOST_OBJECT:
 * "Error 110 connecting to port 25 on mx.b.example [192.0.2.2]", Synchronet's notice after its last attempt;
 * "error while connecting to mx.b.example", "problem connecting to the remote host"): the connection failed
 * (network-error), as "unable to connect" reads. Not said not to be ("no error connecting to …"), nor of the
 * receiver's own database, scanner or other service ("451 4.3.0 error connecting to the user database",
 * "Error 111 connecting to 127.0.0.1 port 783", "Temporary error connecting to amavisd": its system's
 * trouble), nor before a clear cause (CLEAR_CAUSE_AFTER). A narrow reading (classify.ts NARROW_READINGS): it
 * decides only under no code, X.0.0 or an X.4.x (routing and the network, RFC 3463); under X.3.x (the mail
 * system: "451 4.3.2 …", "452 4.3.1 …", "550 5.3.0 …") or another code the code's reading stands, and in a
 * sender verification callout ("Could not complete sender verify callout: error connecting to mx.a.example")
 * the callout's. Literals and bounded labels: linear.
 */
export const ERROR_CONNECTING_TO_REMOTE = new RegExp(String.raw`${WORD_START}(?=error|failure|problem|trouble)(?<!(?:^|[^a-z])(?:no|not|without|any) )(?:errors?|failures?|problems?|trouble)(?: #?\d{1,5})? (?:while |when )?connecting to ${REMOTE_HOST_OBJECT}${CLEAR_CAUSE_AFTER}`);
/**
 * The server says it will not (won't, refuses to) talk or speak to the client ("421 mx.b.example ZMailer
 * Server 2.99.57 WILL NOT TALK TO YOU at …", ZMailer's answer to a client its TCP wrappers refuse; "I refuse
 * to talk to you"): the client refused at connect (client-blocked), read over a bare 421's delay, as the
 * sender's side "refused to talk to me" reads. Only the server itself as the subject: none (the clause's
 * start), "I", "(the) server" (a version after it) or a host name; not a recipient or a user ("the recipient
 * does not want to talk to you" is the recipient's filter), nor a busy server ("server busy, will not talk to
 * you"). Not a condition the client can still meet ("… before HELO", "… until you authenticate", "… without
 * TLS"), nor a time or a retry after it ("… now", "… right now", "… at this time", "… for 5 minutes", "try
 * again", "shutting down": a delay, the code's), nor before a clear cause (CLEAR_CAUSE_AFTER). Under an X.3.x
 * status (the receiving system's trouble) the code decides (classify.ts weakReading). Literals and bounded
 * gaps and lookbehinds: linear.
 */
export const WONT_TALK_TO_YOU = new RegExp(String.raw`(?=will|won|wont|refuse|does|doesn)(?<=(?:^|[;.,!?:()\[\]] ?|(?:^|[^a-z])i |(?:^|[^a-z])(?:the )?(?:smtp |mail |e-?mail )?server (?:v?[0-9][0-9a-z.-]{0,20} )?|(?:^|[^a-z0-9])(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}|[_\uE000]{2,253})(?: [a-z]{1,20}(?: server)?(?: v?[0-9][0-9a-z.-]{0,20})?)? ))(?<!(?:^|[^a-z])busy(?![a-z])[^;!?.]{0,40})(?:will not|won'?t|refuses? to|(?:does not|doesn'?t) want to) (?:talk|speak) (?:to|with) you${WORD_END}(?![^;!?.]{0,40}?(?:^|[^a-z])(?:before|until|unless|without|first|yet|now|currently|presently|at (?:this|the) (?:time|moment)|at present|for (?:[0-9]+|an?|one|two|three|five|ten|several|some|a few|the next|now|a while)|busy|try|retry|again|later|shutting down|temporar\w*)(?![a-z]))${CLEAR_CAUSE_AFTER}`);
/**
 * CLEAR_CAUSE_AFTER for a reading of the sender refused (sender-rejected's own readings, and the sender's
 * own account said suspended, SENDER_ACCOUNT_RESTRICTED, that classify.ts reads as it): the sender said
 * refused after it is that cause said again, not a clearer one, so only the recipient said not there after
 * it decides (RECIPIENT_ABSENT_AFTER). Stepping aside for its own cause let another reading of the same
 * words decide in one word order only ("Sender account suspended for spam; sender rejected" read the
 * mailbox disabled, "Sender rejected; sender account suspended for spam" the sender). Bounded: linear.
 */
const CLEAR_CAUSE_AFTER_A_SENDER_READING = RECIPIENT_ABSENT_AFTER;
/**
 * A denial as the word before a reading: "no", "not", "never", "without" as words, or the contracted "n't"
 * ("isn't", "wasn't", "don't"), which follows a letter, so it stands outside the word boundary the others
 * need (inside it, "(?:^|[^a-z])n't" could never match a contraction). The one home of the negation the
 * NOT_…_BEFORE lookbehinds share.
 */
const DENIAL = String.raw`(?:(?:^|[^a-z])(?:no|not|never|without)|n't)`;
/**
 * Nothing said right before a subject that opens with its head noun ("Sender address …", "Address
 * <a@b.example> …", "Domain a.example …"): a clause's start, a status code, a quote or a colon, not a word that
 * qualifies it ("Empty address", "Group address", "IP address", "Return address", "Reply-To address": another
 * address than the sender's or the recipient's, review-f24 M2, M3, L6). Bounded: linear.
 */
const NO_QUALIFIER_BEFORE = String.raw`(?<![a-z][ -]|[a-z]'s )`;
/**
 * Said not allowed in the header From ("not allowed in header From", "not permitted in the From header"),
 * after "not" or "no longer". classify.ts does not read it as the sender refused under an X.6.x status
 * (the message's content or form, review-f24 M2). Bounded: linear.
 */
const IN_HEADER_FROM = String.raw`(?:allowed|permitted|authori[sz]ed|accepted) in (?:the |your )?(?:header:? ?"?from"?|from:? header|from:)`;
export const NOT_ALLOWED_IN_HEADER_FROM = new RegExp(String.raw`(?:^|[^a-z])(?:not|no longer) ${IN_HEADER_FROM}(?![a-z])`);
/** Said not to be, right before a reading ("No max defers and failures per hour applies", "There isn't a malicious network"). */
const NOT_SAID_BEFORE = String.raw`(?<!${DENIAL}(?: (?:a|an|any|the))? )`;
/** NOT_SAID_BEFORE, also with the limit's subject named first ("no message recipients limit exceeded"). */
const NOT_SAID_BEFORE_A_LIMIT = String.raw`(?<!${DENIAL}(?: (?:a|an|any|the))?(?: (?:per[- ]?message|message|mail|e-?mail|max(?:imum)?|daily|hourly))? )`;
/** Said not to be needed or done right before ("You do not need to receive your mail before sending", "no POP before SMTP"). Bounded: linear. */
const NOT_NEEDED_BEFORE = String.raw`(?<!${DENIAL}(?: (?:need|needed|have|required|necessary|a|an|any|the))?(?: to)? )`;

/**
 * POP-before-SMTP: told to fetch its mail before sending ("Please receive your mail before sending", a
 * Japanese host's sendmail; "POP before SMTP required"), the log-in a POP session gives; not said not to
 * be needed (NOT_NEEDED_BEFORE), after no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE) nor before a
 * clear one (CLEAR_CAUSE_AFTER). classify.ts: a reading that steps aside beside another cause, as
 * LOG_IN_TO_SEND; an X.3.0 code beside it names no cause. Bounded: linear.
 */
export const POP_BEFORE_SMTP = new RegExp(String.raw`${WORD_START}(?=please|receive|retrieve|fetch|download|collect|get|pop|first)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:(?:please )?(?:first )?${NOT_NEEDED_BEFORE}(?:receive|retrieve|fetch|download|collect|get) (?:your |the |new )?(?:e-?mails?|mail|messages) (?:first )?(?:via pop3? |by pop3? )?before (?:sending|you send|send(?:ing)? (?:e-?mails?|mail|messages))|${NOT_NEEDED_BEFORE}pop3?[- ]?(?:before|after)[- ]?smtp(?: (?:auth(?:entication)?|authori[sz]ation|log ?in))?(?: (?:is )?(?:required|needed|first))?)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`);
/**
 * A client that gave no HELO or EHLO before its mail ("550 HLO-MIS: No HELO before mail transaction",
 * Oxford's relay; "no HELO/EHLO given", "HELO/EHLO required first", "Error: send HELO/EHLO first",
 * "Need HELO first", "EHLO/HELO first", "HELO required" ending its clause, both
 * only at the clause's start and up to its end (":" allowed: "HELO first: MAIL FROM rejected"): not "you do
 * not need to send HELO first", "fully qualified HELO required", "HELO first seen from 192.0.2.1"): a client that skipped the greeting, as one that spoke before the server's
 * (SPOKE_BEFORE_GREETING) is judged of the sending host (client-blocked). Not said not to be needed
 * (NOT_NEEDED_BEFORE: "no need to send HELO first"), after no other cause (AFTER_ANOTHER_CAUSE,
 * ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER). classify.ts: under RFC 5321's 503 ("bad
 * sequence of commands") or an X.5.x status, with nothing else naming the client, the dialogue's order
 * (smtp-protocol-error), as "503 5.5.1 HELO should be sent first" reads. Bounded: linear.
 */
/**
 * A domain said to have no DNS or MX records or entries, each or both ("has no DNS/MX entries", "has no MX
 * records", "has no DNS records"): near()'s predicate for a sender's domain that could not take a reply.
 */
const SENDER_DOMAIN_HAS_NO_DNS = String.raw`has no (?:dns|mx|a)(?: ?(?:\/|or|and) ?(?:dns|mx|a))? (?:records?|entr(?:y|ies))`;

const HELO_WORD = String.raw`(?:helo|ehlo)(?: ?\/ ?(?:helo|ehlo)| or (?:helo|ehlo))?(?: command| greeting)?`;
export const NO_HELO_FIRST = new RegExp(String.raw`${WORD_START}(?=no |need|send|say|issue|give|use|please|you|must|helo|ehlo)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:no ${HELO_WORD} (?:(?:was |has been )?(?:given|sent|received|issued|seen) )?(?:before|prior to|first)(?: (?:the |a |any |your )?(?:mail|message|smtp|e-?mail)(?: (?:transaction|command|from|session|dialogue))?)?|no ${HELO_WORD} (?:was |has been )?(?:given|sent|received|issued|seen)|(?:(?:please|you must|you need to|must) )?${NOT_NEEDED_BEFORE}(?:send|say|issue|give|use) (?:a |an |the |your )?${HELO_WORD} first|${NOT_NEEDED_BEFORE}need (?:a |an |the )?${HELO_WORD} first|${HELO_WORD} (?:is |was )?(?:required|needed|expected|must be (?:sent|given|issued|used)|should be (?:sent|given|issued|used)) first|(?<=(?:^|[0-9;.,!:(]) ?)${HELO_WORD} (?:first|(?:is |was )?(?:required|needed|expected))(?= ?(?:$|[;.,!:)]))|${HELO_WORD} (?:was |has )?not (?:been )?(?:sent|given|received|issued) (?:first|before (?:the |a |any )?(?:mail|message|smtp)(?: (?:transaction|command|from))?))${WORD_END}${CLEAR_CAUSE_AFTER}`);

/**
 * A limit of sending said in words no fixed phrase holds (probe set 18): a count of messages, mails,
 * e-mails or recipients in a time (German "pro Stunde"), said exceeded, reached or "überschritten"
 * (postfwd's "Number messages per hour exceeded", "Limit von 30 Mails pro Stunde überschritten"), or
 * said allowed after "only", "max(imum)", "up to" or "at most" and a number ("only 5 recipients per 5
 * minutes allowed"). Per hour or day it is the sender's quota the day or hour resets (sending-limit,
 * whose reading also takes the sender's mail or outgoing-message limit said reached or exceeded: "Your
 * mail limit has been reached", Plesk's "The limit on the number of allowed outgoing messages was
 * exceeded"); per second or minute, a rate (rate-limited: "Messages per second limit exceeded").
 * What the sender may send, not what a mailbox may hold: not after a recipient, mailbox or inbox named
 * right before it (NOT_THE_RECIPIENTS: "recipient's mail limit reached"); a mailbox's quota ("mailbox
 * quota exceeded", "daily message quota for this mailbox exceeded") has no count per time and stays
 * mailbox-full's. Words as words, not said not to be ("No limit of 100 messages per hour exceeded",
 * NOT_SAID_BEFORE_A_COUNT), not answered no, not after another cause (BEFORE_A_SENDER_READING,
 * ABSENCE_BEFORE, OTHER_CAUSE_BEFORE_A_LIMIT: "User unknown; 100 messages per hour exceeded" keeps the
 * recipient; "sender" or "relay" alone before are the reading's own subject) nor before a clear one
 * (CLEAR_CAUSE_AFTER: "…; user unknown"). Rate-limited's older reading, "max emails per hour" or "…
 * per minute", is left as it was. Bounded: linear.
 */
const HOURS_OR_DAYS = String.raw`(?:hours?|hrs?|days?|24 hours|stunden?|tage?)`;
const SECONDS_OR_MINUTES = String.raw`(?:seconds?|secs?|minutes?|mins?|minuten?)`;
/** NOT_SAID_BEFORE, also before a limit or number named first ("No limit of 100 messages per hour …" read from "100"). */
const NOT_SAID_BEFORE_A_COUNT = String.raw`(?<!${DENIAL}(?: (?:a|an|any|the))?(?: (?:limit|number|maximum|max|anzahl)(?: number)?(?: (?:of|von|an))?)?(?: [0-9]{1,9})? )`;
/**
 * What BEFORE_A_SENDER_READING lets through but AFTER_ANOTHER_CAUSE reads as another cause, without the
 * limit's own subject ("sender", "relay", "temporarily": "Sender s@a.example: 100 messages per hour
 * exceeded", "Relay quota: …", "Temporarily deferred: …" keep the limit): relaying said refused, an
 * account or address said invalid, disabled, inactive, suspended or deactivated, viruses found ("Relay
 * access denied; …", "Account suspended; …", "Viruses found: …; 100 messages per hour exceeded").
 */
const OTHER_CAUSE_BEFORE_A_LIMIT = String.raw`${WORD_START}(?:relay(?:ing)? (?:access )?(?:is |was |has been )?(?:denied|refused|rejected|prohibited|not (?:permitted|allowed))|invalid(?! (?:request|command))|disabled|inactive|suspended|deactivated|viruses|not authori[sz]ed)${WORD_END}(?<=(?:relay(?:ing)? (?:access )?(?:is |was |has been )?(?:denied|refused|rejected|prohibited|not (?:permitted|allowed))|invalid(?! (?:request|command))|disabled|inactive|suspended|deactivated|viruses|not authori[sz]ed))${WORD_ENDS_HERE}[^]{0,160}`;
/** Right after a recipient, mailbox or inbox named ("recipient's mail limit", "mailbox daily message limit"). */
const NOT_THE_RECIPIENTS = String.raw`(?<!(?:recipient|addressee|mail ?box|inbox|user|destination|empf(?:ä|ae)nger|postfach)(?:'s|s')?(?: (?:mail|e-?mail|message|daily|hourly|storage))? )`;
/**
 * The recipient's side named in the same clause (no ";", newline or sentence end between), before or
 * after the count: a recipient, addressee, mailbox, inbox or destination, mail inbound, incoming or
 * received ("Recipient a@b.example: 100 messages per hour exceeded", "Incoming mail limit reached for
 * a@b.example", "100 messages per hour exceeded for this recipient"): the receiving side's limit, not the
 * sender's. Not a count of recipients the sender sent to ("Mail an 3 Empfänger …", "5 recipients").
 */
const RECIPIENTS_SIDE = String.raw`(?<![0-9] )(?:recipient|addressee|mail ?box|inbox|inbound|incoming|receiv(?:e|es|ed|ing)|destination|empf(?:ä|ae)nger|postfach|eingang|eingehend)`;
const SAME_CLAUSE = String.raw`(?:[^;.!?\n]|\.(?! |$)){0,100}`;
const NOT_THE_RECIPIENTS_SIDE_BEFORE = String.raw`(?<!${WORD_START}${RECIPIENTS_SIDE}${SAME_CLAUSE})`;
const NOT_THE_RECIPIENTS_SIDE_AFTER = String.raw`(?!${SAME_CLAUSE}?${WORD_START}${RECIPIENTS_SIDE})`;
/**
 * A sender's limit near, within 60 characters: a count's noun and its time in `units`, or a limit said
 * reached or exceeded or "limit on/of/for" (cheap: the 160-character lookbehinds run only then).
 */
const aLimitNear = (units: string) =>
  String.raw`(?=[^;\n]{0,60}?(?:(?:messages|mails|e-?mails|recipients|rcpts|nachrichten)(?: (?:sent|verschickt|versendet))? (?:per|pro|a|an|each|every|in (?:a|one|the last|[0-9]{1,4})|within) (?:[0-9]{1,4} )?${units}|limit(?: (?:has been|have been|was|were|is|are))? (?:exceeded|reached)|limit (?:on|of|for|von) ))`;
const countLimit = (units: string, limitSaid: string) =>
  new RegExp(
    String.raw`${WORD_START}(?=number|anzahl|max|only|up|at|limit|mail|e-?mail|message|outgoing|outbound|the|your|this|my|[0-9]|recipients|rcpts|nachrichten)${aLimitNear(units)}(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE}|${OTHER_CAUSE_BEFORE_A_LIMIT})${NOT_SAID_BEFORE_A_COUNT}${NOT_THE_RECIPIENTS}${NOT_THE_RECIPIENTS_SIDE_BEFORE}(?:` +
      // a count in a time, exceeded or reached
      String.raw`(?<!${WORD_START}max(?:imum)? )(?!max(?:imum)? (?:e-?mails|messages) per (?:hour|minute)(?![a-z]))(?:(?:the )?(?:number|anzahl|limit|maximum|max)(?: (?:number )?(?:of|von|an))? )?(?:[0-9]{1,9} )?(?:messages|mails|e-?mails|recipients|rcpts|nachrichten)(?: (?:sent|verschickt|versendet))? (?:per|pro|a|an|each|every|in (?:a|one|the last|[0-9]{1,4})|within) (?:[0-9]{1,4} )?${units}(?: (?:limit|quota))?(?: (?:has been|have been|was|were|is|are|ist|wurde))? (?:exceeded|reached|(?:ü|ue)berschritten|erreicht)` +
      // a count in a time allowed, after "only" or a maximum and a number
      String.raw`|(?:only|max(?:imum)?|up to|at most) [0-9]{1,9} (?:messages|mails|e-?mails|recipients|rcpts)(?: sent)? (?:per|a|an|each|every|in (?:a|one|[0-9]{1,4})|within) (?:[0-9]{1,4} )?${units}(?: (?:are|is))? (?:allowed|permitted)` +
      limitSaid +
      String.raw`)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}${NOT_THE_RECIPIENTS_SIDE_AFTER}`,
  );
/** The sender's mail or outgoing-message limit, or a limit on the number of outgoing messages, said reached or exceeded. */
const MAIL_LIMIT_SAID = String.raw`|(?:(?:your|the|this|my) )?(?:mail|e-?mail|message|outgoing(?: (?:mail|e-?mail|message))?|outbound (?:mail|e-?mail|message))s? limit(?: (?:has been|have been|was|were|is|are))? (?:exceeded|reached)|(?:the )?limit (?:on|of|for) (?:the )?(?:number of )?(?:allowed |permitted )?(?:outgoing|outbound|sent) (?:messages|mails|e-?mails|recipients)(?: (?:has been|have been|was|were|is|are))? (?:exceeded|reached)`;
const SENDING_COUNT_EXCEEDED = countLimit(HOURS_OR_DAYS, MAIL_LIMIT_SAID);
/**
 * The sending host's own hold or suspension of the sender's outgoing mail, cPanel/WHM's Exim wording
 * ("Sender s@a.example has an outgoing mail hold.", "Domain a.example has an outgoing mail
 * suspension."; WHM's administrator holds or suspends a cPanel user's or a domain's outgoing mail): the
 * sender's own mail held where it is sent from, as a sending limit is (set 20 labels it transient), not
 * the receiver's refusal. Also said "outgoing mail is on hold" or "… has been
 * suspended". A last resort (Cause.lastResort): any cause's own wording beside it decides ("…; user
 * unknown"). Not said not to be ("No outgoing mail hold applies"), nor said gone or negated after
 * it (HOLD_GONE_AFTER: "Outgoing mail hold not set", "… suspension removed", "… hold was released"),
 * not the recipient's ("Recipient has an outgoing mail hold"), not answered no ("Outgoing mail hold:
 * no"). Bounded: linear.
 */
const HOLD_GONE_AFTER = String.raw`(?! (?:(?:is|are|was|were|has been|have been|had been|got|now) )?(?:not|no longer|never|removed|lifted|released|cleared|cancel(?:l?ed)|revoked|ended|expired|off|none|disabled|deactivated|inactive)(?![a-z]))`;
const OUTGOING_MAIL_HOLD = new RegExp(String.raw`${WORD_START}(?=outgoing|outbound)${NOT_SAID_BEFORE}(?<!(?:^|[^a-z])(?:recipient|addressee|rcpt)(?:'s|s')?(?: [^\s;!?]{1,100})?(?: (?:has|had|is under|is on|with))?(?: (?:a|an|the))? )(?:outgoing|outbound) (?:e-?mail|mail|messages?|sending) (?:hold|suspension|(?:is |are |has been |have been |was |were )(?:placed |put )?(?:on hold|held|suspended))${WORD_END}${HOLD_GONE_AFTER}${NOT_A_FIELD_SAID_NO}`);
const RATE_COUNT_EXCEEDED = countLimit(SECONDS_OR_MINUTES, '');
/**
 * The sending server's retries said stopped ("Stopped retrying", "stopped trying to deliver"): it gave
 * up, an expiry. A last resort (Cause.lastResort) that yields to every other (lastResortYields 'all'):
 * it names no reason, so beside any cause's own wording ("421 4.7.28 unusual rate of mail from your
 * IP; stopped retrying", "Message is frozen; …") or another last resort ("Rejected due to malicious
 * network; stopped retrying") that is the reason it gave up on. Not denied ("has not stopped
 * retrying"), not answered no, not a pause for a stated time ("Stopped retrying host mx.b.example for
 * 30 minutes", "… for now", "… until"). Under the server's own 4xx reply it is a delay (classify.ts's
 * adjust()). Bounded: linear.
 */
export const STOPPED_RETRYING = new RegExp(String.raw`(?:^|[^a-z])(?<!(?:^|[^a-z])(?:not|never)(?: yet)? |n't(?: yet)? )stopped (?:re-?trying|trying)(?![a-z])(?![^;.!?]{0,100}(?:(?:^|[^a-z])for (?:\d{1,4} ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)|now|a while|the next)|(?:^|[^a-z])until)(?![a-z]))${NOT_A_FIELD_SAID_NO}`);
/**
 * Too many hops (RFC 5321 §6.3's count of Received fields, a loop: network-error's), not said not to be
 * ("not too many hops", NOT_SAID_BEFORE; contracted, "isn't too many hops") nor answered no ("Too many
 * hops: no", NOT_A_FIELD_SAID_NO; so a loop or hop count said exceeded: "hop count exceeded: no"). Bounded: linear.
 */
const TOO_MANY_HOPS = String.raw`${NOT_SAID_BEFORE}too many hops(?![a-z])${NOT_A_FIELD_SAID_NO}`;
/**
 * Who is restricted for heavy usage when it is the sender ("Your IP address has been …", "You are …",
 * "Sender … has been …", "IP 192.0.2.1 is …"): the sender, its IP, host, account, connections or mail,
 * with its address or host name if said; or the connection ("Connection restricted due to heavy usage"):
 * the one the sending client opened, the only one an SMTP reply can restrict (the receiver's own load is
 * its server or service: "server busy due to heavy usage", which names no restriction of the client). Not said not to be: no negation fits between the subject and
 * the verb. Bounded: linear.
 */
const HEAVY_USAGE_SENDER = String.raw`(?:you|your (?:ip(?: address)?|address|host|server|connections?|account|mail|e-?mail|messages|sending|domain)|(?:the |this |smtp |client |incoming )?connections?|(?:the )?sender(?:'s)?(?: (?:ip(?: address)?|address|host|domain|account))?|(?:the |this |sending |client |source )?ip(?: address)?)(?: \[?(?:[0-9a-f.:]{3,39}|[_\uE000]{2,253}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})\]?)?(?: (?:has|have|had) been| (?:is|are|was|were|got|been|gets|get))?`;
/**
 * Restricted, limited or throttled for heavy or high usage, volume or sending ("Your IP address has
 * been restricted due to heavy usage", a host's throttle of its sender, probe set 20's Telserco): a
 * limit on how much is sent, as a rate. Only with the sender as what is restricted (HEAVY_USAGE_SENDER),
 * or with no subject at the start of a clause, after an apology at most ("Restricted due to heavy usage",
 * "Sorry, restricted due to heavy usage"); never the receiving
 * server's own load ("Service limited due to high load": "load" is not read, and "traffic" only of the
 * sender: "Limited due to high traffic" is the server's), never a mailbox or recipient ("Recipient
 * mailbox restricted due to heavy traffic", "Access to this mailbox is restricted …": no such subject
 * fits), never a volume of something other than mail ("high volume of complaints", "… of bounces":
 * reputation). A last resort (Cause.lastResort): any cause's own wording beside it decides ("…; user
 * unknown", "Message could not be delivered for 5 days; …"). Not after a sender's refusal, another
 * cause's word or an absence (NOT_AFTER_ANOTHER_READING: BEFORE_A_SENDER_READING, ABSENCE_BEFORE:
 * "Mailbox temporarily unavailable; …", "Domain look up failed; …", "invalid local name syntax; …").
 * Not denied (no negation fits between subject and verb), not answered no. Blocked or suspended for it is left to the readings of a block or
 * an account. Bounded: linear.
 */
const NOT_AFTER_ANOTHER_READING = String.raw`(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE})`;
const HEAVY_FOR = String.raw`(?:temporarily )?(?:restricted|limited|throttled)(?: temporarily)? (?:due to|because of|for) (?:(?:very|unusually) )?(?:heavy|high|excessive|unusual)`;
const VOLUME_OF_MAIL = String.raw`volume(?! of (?!(?:outgoing |outbound )?(?:mail|messages|e-?mails?)(?![a-z])))`;
const HEAVY_USAGE = new RegExp(String.raw`(?:${WORD_START}${HEAVY_USAGE_SENDER} ${NOT_AFTER_ANOTHER_READING}${HEAVY_FOR} (?:usage|use|${VOLUME_OF_MAIL}|traffic|sending(?: volume)?)|(?:^|[;:.!?] )(?:sorry[,:;!]? )?${NOT_AFTER_ANOTHER_READING}${HEAVY_FOR} (?:usage|use|${VOLUME_OF_MAIL}|sending(?: volume)?))${WORD_END}${NOT_A_FIELD_SAID_NO}`);

/**
 * The sending network or IP range judged malicious ("Rejected due to malicious network", probe set 18's
 * St Dominic's): the client's network's standing (poor-reputation), not this message. A last resort
 * (Cause.lastResort): as a reading of its own, appended to the probe replies it overrode the cause they
 * said before it in 593 of 2,298 readings. Not said not to be ("No malicious network detected"), not
 * answered no ("malicious network: no"), not "non-malicious". It yields to any other last resort
 * (Cause.lastResortYields: "…; 100 messages per hour exceeded" is the limit). Bounded: linear.
 */
const MALICIOUS_NETWORK = new RegExp(String.raw`${WORD_START}(?=malicious)${NOT_SAID_BEFORE}(?<!non-)malicious (?:networks?|net ?blocks?|ip (?:address )?ranges?)${WORD_END}${NOT_A_FIELD_SAID_NO}`);
/**
 * Mail, a sender or a connection said administratively denied, refused or rejected (qmail's patched
 * "553 sorry, your mail was administratively denied. (#5.7.1)"): the site's own rule (policy-rejection),
 * as "administratively prohibited"; also as a page spells it with one "i" dropped ("administratvely",
 * probe set 18's DominioAbsoluto). A last resort, as MALICIOUS_NETWORK (as a reading of its own, 441 of
 * 2,298 appended readings overridden). Not said not to be ("not administratively denied"), not answered
 * no; it yields to any other last resort (Cause.lastResortYields: "Administratively denied: 500 messages
 * per day exceeded" is the limit the reason names). Bounded: linear.
 */
const ADMINISTRATIVELY_DENIED = new RegExp(String.raw`${WORD_START}(?=administra)${NOT_SAID_BEFORE}administrati?vely (?:denied|refused|rejected|blocked)${WORD_END}${NOT_A_FIELD_SAID_NO}`);

/**
 * The sender's account said not allowed to send (SMTP2GO's "Your account is not allowed to send"), as the
 * account reading (sender-rejected) and the request to log in after it (smtp-auth-required) both spell it.
 */
const ACCOUNT_NOT_ALLOWED_TO_SEND = String.raw`(?:(?:your|this|the|that) )?(?:(?:smtp|sending|sender|user)(?: ?user ?name| ?name| user)?(?:'s)? )?account (?:is )?(?:not|no longer) (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?`;
/**
 * An account said suspended, disabled, deactivated, locked, blocked, frozen, restricted, closed or
 * terminated that is explicitly the sender's own, not the recipient's mailbox: said the sender's, the
 * sending, outgoing or SMTP account ("Sender account suspended for spam", "Sending account disabled",
 * "Your SMTP account is locked"), or "your account" with a sending reason said in the same clause
 * ("Your account has been suspended for sending spam", "… for sending bulk mail", "… due to outgoing
 * spam"). Not a reason alone ("Account suspended for spam", "This account has been suspended for
 * abuse": a reply to RCPT TO usually means the addressed mailbox), nor "your account" alone ("Your
 * account has been suspended": the mailbox's owner may be spoken to), but a mail provider's own account
 * named ("Your Outlook account has been suspended", MAIL_PROVIDER). The verb right after the account
 * ("Your account is not suspended" is none). Not after another cause (BEFORE_A_SENDERS_OWN_READING,
 * ABSENCE_BEFORE: "User unknown; your account suspended"), nor before a clear one (CLEAR_CAUSE_AFTER_A_SENDER_READING:
 * "…; user unknown"), not answered no. classify.ts's adjust() reads the mailbox-disabled reading as the
 * sender's (sender-rejected, as SMTP2GO's "account is not allowed to send") when this is said and the
 * reply names no recipient, no other cause and no X.1.x / X.2.x code without "sender". Bounded: linear.
 */
const ACCOUNT_RESTRICTED = String.raw`account(?: (?:has|have|had) been| is| was| got| is now| has now been)?(?: temporarily| permanently)? (?:suspended|disabled|deactivated|locked|blocked|frozen|restricted|closed|terminated)`;
/** A reason said after the sender's account: what it sent ("for spam", "due to abuse", "… complaints"). */
const FOR_WHAT_IT_SENT = String.raw` (?:for|due to|because of|after)(?: (?:the )?(?:sending|having sent|sent)(?! of)(?![a-z])| (?:(?:sending|having sent) )?(?:(?:too much|excessive|bulk|unsolicited|suspected|suspicious|outgoing) )?(?:spam(?:ming)?|abuse|abusive (?:sending|behaviou?r|activity|use)|bulk (?:mail|e-?mails?|messages)|unsolicited (?:mail|e-?mails?|messages)|(?:spam |abuse )?complaints))(?![a-z])`;
/** A sending reason, said right after "your account … suspended": "for sending spam", "for sending bulk mail", "due to outgoing spam". */
const FOR_SENDING = String.raw` (?:for|due to|because of|after) (?:(?:the )?(?:sending|having sent)(?: of)?(?: out)? (?:(?:too much|excessive|bulk|unsolicited|suspected) )?(?:spam|junk mail|bulk (?:mail|e-?mails?|messages)|unsolicited (?:mail|e-?mails?|messages))|outgoing (?:spam|abuse)|spamming)(?![a-z])`;
/**
 * A mail provider naming its own account to the sender who uses it ("Your Outlook account has been
 * suspended", "Your Yahoo account is temporarily locked", "Your Gmail account has been disabled"): the
 * provider's name between "your" and "account" makes it the account the sender sends from, at that
 * provider, not the mailbox addressed, which a reply to RCPT TO calls "this account", "the account", the
 * recipient's or the mailbox (expl27). The names, each form as replies write it, are
 * wordlists/global/mail-providers.txt's (what it leaves out and why: its header). Bounded.
 */
const MAIL_PROVIDER = `(?:${[...mailProviders].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
/** The provider SENDER_ACCOUNT_RESTRICTED's words name ("your gmail account …": gmail), in its first group. */
export const PROVIDERS_ACCOUNT = new RegExp(`your (${MAIL_PROVIDER})(?: (?:e-?mail|mail))? account`);
/**
 * The words SENDER_ACCOUNT_RESTRICTED reads, after its gate and guards; after a provider's account a
 * sending reason is read whole ("Your Yahoo account has been suspended for sending spam": not "for
 * sending", with "spam" left beside to read as another cause).
 */
const SENDERS_OWN_ACCOUNT = String.raw`(?:sender(?:'s)?|sending|outgoing(?: (?:e-?mail|mail))?|smtp)(?: (?:e-?mail|mail|smtp|user|sending))? ${ACCOUNT_RESTRICTED}${WORD_END}(?:${FOR_WHAT_IT_SENT})?|your ${MAIL_PROVIDER}(?: (?:e-?mail|mail))? ${ACCOUNT_RESTRICTED}${WORD_END}(?:${FOR_SENDING}|${FOR_WHAT_IT_SENT})?|your(?: (?:e-?mail|mail|smtp|user|sending))? ${ACCOUNT_RESTRICTED}${FOR_SENDING}`;
export const SENDER_ACCOUNT_RESTRICTED = new RegExp(String.raw`${WORD_START}(?=your|sender|sending|outgoing|smtp)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE_A_SENDERS_OWN_READING})(?:${SENDERS_OWN_ACCOUNT})${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`);

/**
 * The sender's sending said blocked for unusual or suspicious sending activity, with the block or the
 * step that lifts it said in the same reply: the activity first and, within 200 characters after it,
 * "to unblock", "unblock your account" or the account, address or sending said blocked ("550 5.4.6
 * Unusual sending activity detected. … To unblock Click here.", Zoho; set 23), or the block first and
 * the activity as its reason ("Your account has been blocked due to suspicious outgoing activity").
 * The sending's activity only ("sending", "outgoing"): a bare "unusual activity" may be a log-in's, and
 * an activity without a block or an unblock step may be a rate. Not said not to be (NOT_SAID_BEFORE:
 * "no unusual sending activity detected"), not after another cause (BEFORE_A_SENDERS_OWN_READING,
 * ABSENCE_BEFORE_A_SENDERS_OWN_READING: the sender said invalid before it is no other cause), not answered
 * no; not before a retry asked or a time said, however far after it in the reply (RETRY_SAID,
 * PAST_THE_LAST_RETRY: the reply is one answer, RFC 5321 §4.2, whatever the distance; a 200-character
 * window missed "… To unblock click here. <a paragraph> Please try again later.", expl26), nor with an IP
 * or a block list's listing said near after it (LISTING_SAID: within 200 characters after the activity or
 * 160 after the reading, as before expl26: a trailer's IP is no subject of the block, review-e26 M2), nor
 * the activity first within 80 characters after a "temporarily" ("451 Your account has been temporarily
 * blocked due to unusual sending activity. To unblock …": the class decides, rev-f23b F2); the
 * block first, not a recipient's, addressee's or mailbox's account ("Recipient account has been blocked
 * …"). The sender refused (sender-rejected, policy), as the sender's account suspended or not allowed to
 * send is; classify.ts's adjust() reads it over an X.4.6 status when the words alone read the sender
 * refused and say no loop. Bounded gaps and one pass to the last retry: linear. It opens with
 * PAST_THE_LAST_RETRY, so it matches from index 0: test it, never use its match's index or text.
 */
const SENDING_ACTIVITY = String.raw`(?:unusual|suspicious|abnormal|irregular|anomalous) (?:e-?mail |mail )?(?:sending|outgoing(?: (?:e-?mail|mail))?) activity`;
/**
 * What makes an unusual-activity block no sender's refusal (rev-f23 R2, R5), anywhere after it in the
 * reply (PAST_THE_LAST_RETRY): a retry asked or a time said ("try again in 1 hour", "… try again later. To
 * unblock …", "temporarily blocked", "this block is temporary": the class decides, as the sending domain's
 * phrase; "temporary" only of a block or a failure, BLOCK_OR_FAILURE: not "Your temporary password has been
 * reset", review-f24 M5): "later" only after a sending or trying verb or "again"/"back" within three
 * words ("Please send your message later", "check back later"; not "You can review the blocked messages
 * later in Settings", which asks nothing to be sent again, review-e26 M2; a bare "later" counts only near
 * the block, NEAR_THE_BLOCK_SAID). Not said not to be, with up to two words between the denial and the
 * retry (NOT_SAID_BEFORE_A_RETRY: "This is not a temporary block", "Please do not try again later", "Do
 * not attempt to retry"), not inside a link or an HTML tag (NOT_IN_A_LINK). Bounded lookbehinds: linear.
 */
/**
 * Not inside a link or an HTML tag: no "://", "www." or host with a path ("help.example.com/kb/…",
 * review-f24 M5; a name the reader hid, "_/…") in the run of non-spaces before, within 400 characters,
 * nor an open tag ("<a … retry=later>"). WORD_END looks back only 100 characters. Bounded: linear.
 */
const NOT_IN_A_LINK = String.raw`(?<!(?::\/\/|www\.|(?:[a-z0-9-]\.[a-z]{2,63}|[_\uE000])\/)[^\s<>]{0,400}|<[a-z][^<>]{0,400})`;
/** A block or a failure, which "temporary" said of it makes timed ("temporary block", "temporarily suspended", "the block is temporary"). */
const BLOCK_OR_FAILURE = String.raw`(?:block(?:ed|s)?|suspen(?:ded|sion)|lock(?:ed)?|disabled|restrict(?:ed|ion)|limit(?:ed)?|fail(?:ed|ure|ures|ing)?|errors?|defer(?:red|ral)?|reject(?:ed|ion)?|refused|unavailable|problems?|issues?)`;
/** Said not to be, with up to two words between the denial and the retry ("do not try again later" at "again", "do not attempt to retry"). Bounded: linear. */
const NOT_SAID_BEFORE_A_RETRY = String.raw`(?<!${DENIAL}(?: [a-z']{1,12}){0,2} )`;
const RETRY_SAID = String.raw`${WORD_START}(?=try|retry|send|resend|resubmit|deliver|connect|reconnect|again|back|temporar|block|suspen|lock|disabl|restrict|limit|fail|error|defer|reject|refus|unavailab|problem|issue)${NOT_IN_A_LINK}${NOT_SAID_BEFORE_A_RETRY}(?:try (?:again|later)|retry|(?:try|send|resend|resubmit|deliver|connect|reconnect|again|back)(?: [a-z']{1,20}){0,3} later|temporar(?:y|ily)(?: [a-z]{1,20})? ${BLOCK_OR_FAILURE}|${BLOCK_OR_FAILURE} (?:is|was|will be)(?: only)? temporar(?:y|ily))${WORD_END}`;
/**
 * An IP named or a block list's listing said near the activity ("… from your IP 1.2.3.4. To unblock,
 * delist at …": the address's listing, not the account's, rev-f23 R5): within 200 characters after the
 * activity, or 160 after the reading. Only near: these are the block's subject, not its class, and a
 * reply's trailer ("[client IP 192.0.2.1]", "Session 1234 from IP …") or "the steps listed in our help
 * centre" far after it names no subject of the block (review-e26 M2).
 */
const LISTING_SAID = String.raw`${WORD_START}(?:ip(?: address)?|ips|delist(?:ed|ing)?|listed|listing|black ?list(?:ed)?|block ?list(?:ed)?|dnsbl|rbl)${WORD_END}`;
/**
 * What counts near the activity (within 200 characters after it, or 160 after the reading), as before
 * expl26 (review-f24 M4): an IP or a listing (LISTING_SAID), or a bare "later" or "temporary"
 * ("Sending will be re-enabled later", "The block will be lifted later today", "Please attempt delivery
 * later": said next to the block, a time for it, the class decides), not said not to be
 * (NOT_SAID_BEFORE_A_RETRY: "Please do not try again later", "don't come back later").
 */
const NEAR_THE_BLOCK_SAID = String.raw`(?:${LISTING_SAID}|${WORD_START}(?=later|temporar)${NOT_IN_A_LINK}${NOT_SAID_BEFORE_A_RETRY}(?:later|temporar(?:y|ily))${WORD_END})`;
/**
 * The reply up to the end of its last retry asked (RETRY_SAID), if it says one, then any text: a reading
 * placed after it starts past every retry, so none is said after it, however far. Anchored at the start
 * and taken at once (a lookahead, which a JavaScript regex never backtracks into, its capture matched
 * again), it scans the reply once; a lookahead for a retry to the end after each place a reading might
 * start would scan it again from each (quadratic). Linear. Its cost: a pattern that opens with it matches
 * from the reply's start (index 0), and its match text holds all the reply before the reading, so callers
 * may only test such a pattern (.test(), or a match's truth), never use its match's index or text as the
 * reading's (review-e26 L3); nor may anything that consumes text go before it (it is anchored at "^").
 */
const PAST_THE_LAST_RETRY = String.raw`^(?=(?<pastTheLastRetry>(?:[^]*${RETRY_SAID})?))\k<pastTheLastRetry>[^]*?`;
/**
 * A transient cause the sending domain's "not allowed to send" must not go over (rev-f23 R7): the
 * connection said dropped, lost, reset or timed out, the service said unavailable, the server shutting
 * down ("421 4.4.2 Connection dropped; domain not allowed to send"). Not the connection said closed: every
 * 421 closes it, that is the reply's own tail, no cause (rev-f23b F4).
 */
const TRANSIENT_SAID = String.raw`(?:connection (?:dropped|lost|reset|timed out|timeout)|service (?:not available|unavailable|temporarily unavailable)|shutting down)`;
export const SENDING_ACTIVITY_BLOCKED = new RegExp(String.raw`${PAST_THE_LAST_RETRY}${WORD_START}(?=unusual|suspicious|abnormal|irregular|anomalous|your|the|this|account|sending)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE_A_SENDERS_OWN_READING})${NOT_SAID_BEFORE}(?:(?<!${WORD_START}temporar(?:y|ily)(?![a-z])[^]{0,80})${SENDING_ACTIVITY}(?!(?: (?:has been |was |is )?(?:detected|found|noticed|observed))?${FIELD_SAID_NO})(?! (?:was|is|has|were|had)(?: not|n't))(?: (?:has been |was |is )?(?:detected|found|noticed|observed))?${WORD_END}(?![^]{0,200}?${NEAR_THE_BLOCK_SAID})[^]{0,200}?${WORD_START}(?:to unblock|unblock (?:your|the|this) (?:account|address|mailbox|sending)|(?:account|address|mailbox|sending) (?:has been |is |was |is now )?(?:blocked|locked|suspended|disabled))${WORD_END}|(?<!(?:recipient|addressee|mail ?box|destination)(?:'s)? (?:(?:your|the|this) )?(?:(?:sending|sender|smtp|e-?mail|mail) )?)(?:(?:your|the|this) )?(?:(?:sending|sender|smtp|e-?mail|mail) )?(?:account|address|mailbox|sending) (?:has been |is |was |is now )?(?:blocked|locked|suspended|disabled) (?:due to|for|because of|after) ${SENDING_ACTIVITY}${WORD_END})(?![^]{0,160}?${NEAR_THE_BLOCK_SAID})`);

/**
 * Asked to log in, and nothing but how after it ("Please authenticate", "… first", "… and try again",
 * "… with a valid user", "… to your account"), said last (SAID_LAST): the AUTH reading's whole reply, and
 * what the account reading steps aside for, so that the two agree. Bounded: linear.
 */
const PLEASE_LOG_IN = String.raw`please (?:log ?in|sign ?in|authenticate)(?: first)?(?: (?:and (?:try|send) again|and (?:retry|resend)|with (?:a |an |your )?(?:valid )?(?:user(?: ?name)?|account|credentials|password|log ?in)|(?:in)?to (?:your|the|an|this) (?:e-?mail |smtp |mail )?account))?(?: first)?${SAID_LAST}`;
/**
 * What the account reading's reason-after exclusion still takes as the account's own standing, not
 * another reason: "… for security reasons", "… until it is verified", "… because (it has been) suspended,
 * disabled, blocked, closed, locked, not verified". Bounded: linear.
 */
const ACCOUNT_OWN_STANDING_AFTER = String.raw`(?:(?<! for)(?<! until)(?<! because)(?<! since)(?<! due to)|(?<= for)(?! (?:security|safety|abuse|policy) reasons?(?![a-z]))|(?<= until)(?! (?:(?:it|your account|the account|this account|you) (?:is|are|has been|have been|gets?|get) )?(?:verified|confirmed|activated|approved|enabled|unlocked|reactivated|reviewed)(?![a-z]))|(?<=because|since|due to)(?! (?:(?:of )?(?:it|your account|the account|this account)(?:'s)?(?: (?:is|was|has been|had been|got|is now|has now been))? )?(?:suspended|disabled|blocked|closed|locked|deactivated|inactive|unverified|not (?:yet )?(?:verified|activated|confirmed|approved)|(?:been )?(?:suspended|disabled|blocked|closed|locked|deactivated))(?![a-z])))`;

/**
 * The end of a "no access for this IP" reading: no reason or condition after it (": your message looks
 * like spam", ": please authenticate to relay", " - authentication required", "to relay", "without
 * TLS"; a bracketed trailer is no reason: "(relay=mx.b.example)"), nor a clause after ";" or "," whose
 * words say another cause or ask something of the sender ("; user unknown", ", message looks like spam",
 * "; greylisted, try again later", "; please authenticate"; not "; foo", ", sorry", "; contact
 * postmaster"), not answered no. Bounded: linear.
 */
const NO_ACCESS_END = String.raw`(?! ?:| - | (?:to|without|unless|until|except)(?![a-z])| ?[;,](?=[^;.!?\n]{0,120}?${WORD_START}(?:${OTHER_CAUSE_WORDS}|authenticat\w*|auth|log ?in|please(?! contact))${WORD_END}))${NOT_A_FIELD_SAID_NO}`;

/**
 * A run of '_' the reply itself holds, standing free (a placeholder or a redaction: "User ____ not
 * found"), as Cause.outsideNames' default reading ('hosts') reads it: this private-use character, one
 * for each '_', so that it is told from a host hidden there as '_' (vocabulary.ts's withoutNames). A
 * reply that held the character itself would only read as such a run. The patterns that take a hidden
 * host take either run.
 */
export const SAID_UNDERSCORE = '\uE000';

/**
 * A host hidden as '_' (Cause.outsideNames' default reading), standing where a name is the subject
 * ("mx.b.example does not exist", "Destination b.example does not exist"), or a run of '_' the reply
 * holds (SAID_UNDERSCORE) but not right after a recipient word: there it is a placeholder or a
 * redaction of a user ("550 5.1.1 User ____ not found", "Mailbox ________ does not exist": the
 * recipient unknown). Bounded: linear.
 */
const HIDDEN_HOST = String.raw`(?:_|(?<!${WORD_START}(?:${RECIPIENT.join('|')}) )\uE000)[_\uE000]{1,252}(?![_\uE000])`;

export type CauseId =
  | 'address-suppressed'
  | 'mailbox-full'
  | 'message-too-large'
  | 'sending-limit'
  | 'authentication-failed'
  | 'smtp-auth-required'
  | 'not-authorized'
  | 'relay-denied'
  | 'mailbox-disabled'
  | 'mailbox-moved'
  | 'reverse-dns'
  | 'blocklisted'
  | 'poor-reputation'
  | 'client-blocked'
  | 'virus-detected'
  | 'spam-content'
  | 'policy-rejection'
  | 'not-rfc-compliant'
  | 'malformed-content'
  | 'tls-required'
  | 'sender-rejected'
  | 'recipient-filter'
  | 'group-posting-refused'
  | 'unknown-domain'
  | 'domain-takes-no-mail'
  | 'unknown-recipient'
  | 'greylisted'
  | 'rate-limited'
  | 'delivery-expired'
  | 'network-error'
  | 'remote-storage-full'
  | 'remote-system-error'
  | 'local-delivery-error'
  | 'smtp-protocol-error'
  | 'delivery-delayed'
  | 'refused-unspecified';

export interface Cause {
  readonly id: CauseId;
  readonly category: BounceCategory;
  /** what happened, one sentence without the final period */
  readonly title: string;
  /** why receiving systems do this */
  readonly why: string;
  /** the concrete next step */
  readonly fix: string;
  /**
   * How replies say this cause, as a small grammar rather than sentences: a subject and a
   * predicate within one clause ("user … unknown", "mailbox … not found", "client host … blocked").
   * Within this cause, tried before its phrases; the causes themselves are still tried one by one
   * in priority order (vocabulary.first()), so an earlier cause's phrase wins over a later cause's
   * concept. It is what is expected to carry over to MTAs no one here has seen.
   */
  readonly concepts?: readonly RegExp[];
  /** fixed wording MTAs and providers document for this cause */
  readonly phrases?: readonly RegExp[];
  /**
   * Wording that names this cause only when nothing else does: tried after every cause's concepts and
   * phrases found nothing, and only when no cause's own wording (concepts or phrases, any cause, even
   * one not allowed where it is asked) is anywhere in the words. The weakest reading there is, for
   * wording so common beside other causes that it must never outvote one ("Blocked using …; 100
   * messages per hour exceeded" stays blocklisted, "…; 100 messages per hour exceeded; SPF fail"
   * authentication-failed). Where several causes' last resorts are said, the one said first decides,
   * among those that do not yield (lastResortYields). Read by vocabulary.first() and says().
   */
  readonly lastResort?: readonly RegExp[];
  /**
   * This cause's last resort is a verdict without its reason (a verb of refusal, "administratively
   * denied"; a network's standing, "malicious network"): it decides only when no other cause's last
   * resort is said, wherever ("Administratively denied: 500 messages per day exceeded" is the limit the
   * reason names). 'all': it yields to every other cause's last resort, those that yield too, as it
   * names no reason at all ("stopped retrying": "Rejected due to malicious network; stopped retrying"
   * is the network's standing).
   */
  readonly lastResortYields?: boolean | 'all';
  /** RFC 3463 / vendor codes that name this cause by themselves (`2.2`, or a full `5.7.509`) */
  readonly codes?: readonly string[];
  /** true when the phrases are safe to look for in a whole report, not only in the server's reply */
  readonly broad?: boolean;
  /**
   * What this cause is instead when the reply's class says otherwise (RFC 3463 §2: 4 is a
   * persistent transient failure, 5 a permanent one): the wording named the cause, the class says
   * whether it can be so. Applied by classify.ts after the cause is chosen.
   */
  readonly permanence?: Permanence;
  /**
   * An earlier place in the priority order, just before the cause `before`, where this cause is
   * tried when the reply is temporary (a 4xx reply or a 4.x.x code) or, unless the server refused
   * with a 5xx, its words say `orWords`. Otherwise it is tried at its own place, so a permanent
   * refusal goes to the cause that would win without it. Read by vocabulary.first().
   */
  readonly earlierIfTemporary?: { readonly before: CauseId; readonly orWords?: RegExp };
  /**
   * true when the wording counts only outside names (NAMES): an address's local part or domain, a
   * URL, a host name ("sender=<spammy@a.example>", "https://b.example/spammy", "host=spam-mx.b.example",
   * "host spammy[192.0.2.1]") names a thing, it says nothing of the message. 'links': only outside
   * addresses and URLs (LINKS), for wording whose findings look like host names (a virus signature's
   * "Win.Trojan.Agent-1"). 'signatures': outside names but a virus signature's name
   * ("Heuristics.Phishing.Email": ClamAV's Platform.Category; "relayed via virus-filter.example" says
   * nothing). 'zones': outside names but a DNS list's own ("zen.spamhaus.org", "listed at
   * relays.ordb.org", "Blocked: spam.example.com listed": the words outside say the listing;
   * "[blacklisted-words.example]" says none). 'hosts', the default: outside free-standing host names
   * only, each hidden ('_' for each character, so a phrase's gap for a name still takes it: "messages
   * from mail.c.example deferred"), a domain of two plain labels read as words ("wasn't found at
   * b.example"): "relayed via mailbox-full.example" says nothing. 'none': names read as words, for a
   * cause said of a host ("553 neko.example.com does not exist"). Read by vocabulary.ts.
   */
  readonly outsideNames?: NameReading;
}

/** How a cause reads names (Cause.outsideNames). */
export type NameReading = 'names' | 'hosts' | 'links' | 'signatures' | 'zones' | 'none';

/**
 * Names in a reply, each whole: an e-mail address (its local part too), a URL, a host name before a
 * bracketed IP address, even of one label (Postfix's "host spammy[192.0.2.1]"; an IPv4 address of
 * four parts or an IPv6 one, not a score: "SPAM[15.20]"), and the value of a host's or an address's
 * key ("host=spammy", "helo=spam"). The first group: what may be a host name, of three labels or
 * more, or of two with a hyphenated label ("spam-mx.example") or a name RFC 2606 and RFC 6761 reserve
 * last ("dnsbl.example", "greylisted.test"); vocabulary.ts's withoutNames takes
 * it for one only as far as a label that is a top-level domain ("spam-like.Rejected", "spam.detected.
 * by.filter" are sentences run together). Not two plain labels ("Spam.Please contact postmaster"),
 * nor a status code or version ("5.7.350": its last label has no letter first). Every part bounded:
 * linear.
 */
export const NAMES = /[^\s<>()[\]"',;:]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}|(?:https?|ftp):\/\/[^\s<>"]{1,2000}|(?<![a-z0-9.-])www\.[^\s<>"]{1,500}|(?<![a-z0-9.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\[(?:\d{1,3}(?:\.\d{1,3}){3}|(?:ipv6:)?(?=[0-9a-f.]{0,39}:[0-9a-f.]{0,39}:)[0-9a-f:.]{2,45})\]|(?<![a-z0-9.-])((?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,7}\.|[a-z0-9]{0,62}-[a-z0-9-]{0,62}\.|[a-z0-9]{1,63}\.(?=(?:example|test|invalid|localhost|localdomain)(?![a-z0-9-])))[a-z][a-z0-9-]{0,62})(?![a-z0-9-])|(?<=(?:^|[^a-z])(?:host|helo|ehlo|relay|mx|server|client|sender|from|to|rcpt|domain)=)[^\s;,()<>"']{1,255}/g;
/** Addresses and URLs of NAMES only. */
export const LINKS = /[^\s<>()[\]"',;:]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}|(?:https?|ftp):\/\/[^\s<>"]{1,2000}|(?<![a-z0-9.-])www\.[^\s<>"]{1,500}/g;


/** A cause that depends on whether the reply is temporary or permanent (Cause.permanence). */
export interface Permanence {
  /**
   * the cause when the reply is temporary (a 4xx reply or a 4.x.x code); with `orDelayed` also when
   * the report says the message is only delayed, with `orWords` when its words say it is temporary
   */
  readonly temporary?: { readonly cause: CauseId; readonly orDelayed?: boolean; readonly orWords?: RegExp };
  /** the cause when the reply is permanent in a report that the message failed, its words say this too (`words`), and not `unless` */
  readonly permanent?: { readonly cause: CauseId; readonly words: RegExp; readonly unless?: RegExp };
  /**
   * the cause when the server's own reply code is 5xx, in a report that is no delay notice, whatever
   * its words: after a 5xx the command is not repeated (RFC 5321 §4.2.1), so words that only ask for
   * a later try cannot make it a delay
   */
  readonly refused?: { readonly cause: CauseId };
}

/**
 * A failure notice's own sentence in the other languages the vocabulary reads (GAVE_UP_SAID): German
 * "konnte nicht zugestellt werden", "unzustellbar"; French "n'a pas pu être remis / livré / distribué";
 * Spanish "no se pudo entregar", "no ha podido ser entregado"; Italian "non è stato possibile consegnare",
 * "non è stato consegnato"; Portuguese "não foi possível entregar", "não pôde ser entregue"; Dutch "kon niet
 * worden afgeleverd", "onbestelbaar"; and the failure said as a noun or a past participle: "wurde nicht
 * zugestellt", "Zustellung fehlgeschlagen"; "Échec de la remise", "non remis", "impossible de remettre";
 * "Entrega fallida", "no fue entregado"; "Consegna fallita", "non recapitabile"; "Falha na entrega", "não
 * entregue". Not a delay notice's "not yet" ("konnte noch nicht zugestellt werden", "wurde noch nicht
 * zugestellt", "n'a pas encore pu être remis", "todavía no se ha podido entregar", "ainda não foi entregue",
 * "nog niet"). Bounded: linear.
 */
const GAVE_UP_ELSEWHERE = String.raw`(?<!noch )nicht zugestellt werden (?:konnte|kann)|konnte nicht zugestellt werden|unzustellbar|n'a pas pu (?:être|etre) (?:remis|livr|distribu|d(?:é|e)livr)\w*|(?<!todav(?:í|i)a )no (?:se )?(?:ha )?(?:pudo|podido) (?:ser )?entrega\w*|non (?:è|e'|e) stato possibile consegnar\w*|(?<!ancora )non (?:è|e'|e) stat[oa] consegnat[oa]|(?<!ainda )n(?:ã|a)o (?:foi possível|foi possivel|p(?:ô|o)de) (?:ser )?entreg\w*|kon niet (?:worden )?(?:afgeleverd|bezorgd)|onbestelbaar|wurde nicht zugestellt|zustellung (?:endgültig )?fehlgeschlagen|(?:é|e)chec (?:de la )?(?:remise|livraison|distribution)|non remis|impossible de (?:remettre|livrer|distribuer)|entrega fallida|(?<!(?:todav(?:í|i)a|a(?:ú|u)n) )no fue entregad[oa]|consegna fallita|non recapitabile|falha na entrega|(?<!ainda )n(?:ã|a)o (?:foi )?entregue`;
/**
 * Words that say the sending server gave up on the message, as a failure notice does ("I'm sorry to
 * have to inform you that your message could not be delivered", "Delivery has failed", Exchange's
 * "… tried to deliver this message, without success, and has stopped trying", "giving up",
 * "will not be retried", "will not retry", "returned to sender", "after 5 days", "the maximum number of delivery
 * attempts has been reached", "retry limit reached", "retries exhausted", "too many retries", "abandoned",
 * "discarded", "tried for 5 days", "last attempt failed", "(final)", Exim's "retry timeout exceeded" (its words for an
 * address it gives up on, "retry time not reached" its delay) and its give-ups after a long failure, which may
 * also say the retry time was not reached ("retry time not reached for any host after a long failure period",
 * "all hosts for 'b.example' have been failing for a long time (and retry time not reached)", "… and were last
 * tried after this message arrived": its smtp transport and its deliverer fail the address then, Exim's retry
 * configuration's long-term failures), "delivery failed after repeated attempts" — not
 * "retry after 2 hours", the server's
 * request to retry): a report that it failed, not a bare
 * reply. Read by classify.ts's saysGaveUp(): an expiry under a 4xx reply code quoted in such words stays an
 * expiry, unless the words also say it will still be retried (STILL_RETRIED_SAID: Postfix's delay
 * warning "Your message could not be delivered for 4.0 hours. It will be retried until it is 5.0 days
 * old."). Not "could not be delivered within/in …": the time-limit text itself
 * (NOT_DELIVERED_IN_TIME_LIMIT), an expiry the rule makes a delay. Bounded: linear.
 */
export const GAVE_UP_SAID = new RegExp(String.raw`(?:^|[^a-z])(?:giving up|gave up|given up|(?:will|shall|would) not be (?:retried|re-?attempted|re-?sent|delivered)|won't be (?:retried|re-?attempted|re-?sent|delivered)|no (?:more|further) (?:retries|attempts|delivery attempts)|(?:(?:could|can|was|has) not|couldn't|can't|cannot|wasn't|hasn't) (?:be |been )?delivered(?! (?:within|in|before) )|undeliverable|delivery (?:has|have) failed|(?:has|have|had) stopped (?:re-?)?trying|without success|(?:failed|failure) permanently|permanent (?:failure|error)|(?:maximum|max|allowed) (?:number of )?(?:delivery |send(?:ing)? )?(?:attempts|retries)(?: (?:has|have) been)? (?:reached|exceeded|exhausted)|(?:exceeded|reached) the (?:maximum|max|allowed) (?:number of )?(?:delivery |send(?:ing)? )?(?:attempts|retries)|(?:retries|retry (?:limit|count)|(?:delivery|send(?:ing)?) attempts)(?: (?:has|have) been)? (?:reached|exceeded|exhausted|used up)(?! (?:for|in|per) (?:this|the|an?|each|your) (?:hour|minute|day|period|ip|host|client|sender|connection)|,? (?:please )?(?:re-?)?try (?:again )?(?:later|in \d))|too many (?:delivery )?(?:retries|attempts)|(?:will not|won't|shall not) (?:re-?try|try again)|abandoned|discarded|deleted from (?:the )?queue|tried for \d{1,3} ?(?:days?|hours?)|retry timeout (?:exceeded|expired)|after a long failure period|(?:have|has) been failing for a long time|(?:(?:delivery|sending) failed|not delivered) after (?:multiple|several|repeated) (?:retries|attempts)|(?:last|final) attempt failed|\(final\)|returned to (?:the )?sender|(?:returning|returned|bounced) (?:the |your )?message|(?<!(?:re-?try|try again|again|resend|re-send|send again) )after \d{1,3}(?:\.\d{1,2})? ?(?:days?|hours?|hrs?)|${GAVE_UP_ELSEWHERE})(?![a-z])`);
/**
 * Words that say the message will still be retried (a delay warning's): see GAVE_UP_SAID. In English and in
 * the languages GAVE_UP_ELSEWHERE reads: German "wird später erneut versucht", French "nouvel essai",
 * "nouvelle tentative" (not "aucune nouvelle tentative"), Spanish "se volverá a intentar", "se reintentará",
 * Italian "verrà ritentato", Portuguese "será retentada", Dutch "wordt later opnieuw geprobeerd". Bounded: linear.
 */
export const STILL_RETRIED_SAID = /(?:^|[^a-z])(?:this is a warning only|warning (?:message )?only|delivery attempts will continue|(?:has|have) not yet been delivered|will be retried|will (?:re-?try|try again)|(?:still|continue to|keep) (?:re-?trying|trying)|wird (?:später )?erneut versucht|(?<!(?:aucune?|sans|pas de|plus de) )nouvel(?:le)? (?:essai|tentative)|(?<!(?:^|[^a-z])(?:no|non|n(?:ã|a)o) )se (?:volverá a intentar|volvera a intentar|reintentará|reintentara)|(?<!(?:^|[^a-z])(?:no|non|n(?:ã|a)o) )verrà ritentat[oa]|(?<!(?:^|[^a-z])(?:no|non|n(?:ã|a)o) )s(?:e|é)r(?:á|a) (?:re)?tentad[oa]|(?:wordt|zal) (?:later )?opnieuw (?:worden )?geprobeerd)(?![a-z])/;

/**
 * Not delivered in the time limit (Exchange's "Could not deliver the message in the time limit
 * specified", X.4.7): the delivery's own time ran out. Only "deliver", not a count sent in a time
 * ("cannot send more than 100 messages within the time limit" is a rate). Bounded gap: linear.
 * Not after another cause or a delay said before it (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE, and
 * "delayed", "deferred", "postponed", "paused", "held", "frozen", "queued", "still in the queue", "still
 * undelivered", "not yet delivered", "will keep trying": "Message delayed: the message could
 * not be delivered within the time limit" is the delay), nor before the server's retry said after it
 * ("…, will retry later", "; retrying", "still queued": a delay; "Please retry" is the sender's). No
 * count in the gap (a number, "more than", "messages", "mails": "cannot deliver more than 100 messages
 * in the time limit" is a rate). The whole verb phrase is looked ahead for before the lookbehind is
 * tried (cheap on "not not not …").
 * Under the server's own 4xx reply code it is a delay, as any expiry is (classify.ts's adjust(): a
 * temporary refusal now, not an expiry).
 */
export const NOT_DELIVERED_IN_TIME_LIMIT = new RegExp(String.raw`(?:^|[^a-z])(?=(?:could not|couldn'?t|unable to|failed to|cannot|can'?t|not|n'?t) (?:be )?(?:been )?deliver)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE}|${WORD_START}(?:delay\w*|defer\w*|postpone\w*|paused|held|frozen|on hold|queued|still in the queue|still undelivered|not yet (?:been )?delivered|will (?:keep|continue) (?:trying|to try|to attempt))${WORD_END}(?<=(?:delay\w*|defer\w*|postpone\w*|paused|held|frozen|on hold|queued|still in the queue|still undelivered|not yet (?:been )?delivered|will (?:keep|continue) (?:trying|to try|to attempt)))${WORD_ENDS_HERE}[^]{0,160})(?:could not|couldn'?t|unable to|failed to|cannot|can'?t|not|n'?t) (?:be )?(?:been )?deliver(?:ed)?(?![a-z])[^;!?0-9]{0,40}?[^a-z](?:in|within) the (?:specified |allowed |allotted |configured )?time ?limit(?![a-z])(?<!deliver(?:ed)?[^;!?]{0,40}?(?:more than|messages|(?:e-?)?mails)[^;!?]{0,60})(?![^]{0,160}?(?:(?:^|[^a-z])(?:will|shall|we'?ll|it'?ll) (?:automatically |try to |attempt to |continue to )?(?:retry|re-try|try again|keep trying|continue trying)|(?:^|[^a-z])retrying|(?:^|[^a-z])still (?:in the queue|queued)))`);

/**
 * In priority order: when a reply matches several causes, the first wins (a reply saying "mailbox
 * full" at RCPT time is about the mailbox, not the address; "blocked using Spamhaus" is about the
 * list, not a generic block).
 */
export const CAUSES: readonly Cause[] = [
  {
    id: 'address-suppressed',
    category: 'other',
    title: 'Your sending service did not try: the address is on its suppression list',
    why: 'Sending services (Amazon SES, SendGrid, Mailgun, Postmark …) keep a list of addresses that bounced or complained before and stop sending to them, to protect your reputation. Nothing was sent to the recipient’s server this time.',
    fix: 'If the address was wrong, remove it from your list. If it works again (the mailbox was fixed, the person asked to hear from you), remove it from the service’s suppression list and send again.',
    concepts: [
      anyOf(near(['suppress(?:ed|ing)', 'suppression list'], ['address', 'recipient', 'sending', 'list', 'bounc\\w*'], 30), near(['on (?:the |a |your |its |our |account[- ]level )?suppression', 'previously bounced', 'recent history of bouncing', 'bounced (?:before|previously)'], ['list', 'address', 'recipient', 'as'], 30)),
    ],
    broad: true,
  },
  {
    id: 'sending-limit',
    category: 'transient',
    title: 'You hit a sending limit',
    why: 'The sending or receiving service counts messages or recipients per hour or day, and this message went over the limit. Nothing is wrong with the address or the content.',
    fix: 'Slow down: spread the sends over time, send fewer recipients per message, and check your provider’s daily and hourly quotas (raise them or ask for a higher tier). Retry the failed recipients later.',
    concepts: [
      // A quota of sending, not of storage: daily / hourly / sending / outbound / relay / API × quota / limit
      // × exceeded, reached, exhausted ("550 5.4.5 Daily sending quota exceeded", "Sending quota exhausted"),
      // either way round. Before mailbox-full, whose "quota exceeded" or "quota exhausted" is a mailbox's.
      // A traffic *quota* (probe set 25: mtpolicyd's "smtp traffic quota has been exceeded") counts what an
      // account sends, never what a mailbox stores; not a traffic *limit* ("traffic limit reached for your
      // IP, slow down" is the receiver slowing a client: rate-limited's), nor an incoming, inbound,
      // recipient's, mailbox or storage one (the recipient's side; review of probe25).
      // A throttling *quota* is the account's (iRedAPD's "Throttling quota exceeded" counts the sender's
      // messages); a throttle or throttling *limit* ("Throttling limit exceeded for IP …", "throttle rate
      // limit exceeded") is the receiver slowing a client down: rate-limited's.
      /(?:^|[^a-z])(?:(?:daily|hourly|sending|outbound|relay|submission|send|api)(?: [a-z]{1,12}){0,2} (?:quota|limit)s?|throttl(?:e|ing) quotas?|(?<!(?:incoming|inbound|recipient|recipient's|mailbox|storage) )traffic quotas?) (?:has been |have been |was |is )?(?:exceeded|reached|hit|exhausted|depleted|used up)|(?:exceeded|reached|hit|over|exhausted|depleted|used up) (?:your |the |its |a |our )?(?:(?:daily|hourly|sending|outbound|relay|submission|api)(?: [a-z]{1,12}){0,2} (?:quota|limit)|throttl(?:e|ing) quota|(?:smtp |mail |sending )?traffic quota)/,
    ],
    phrases: [
      // A message count limit too ("452 Message count limit exceeded": how many, not how large).
      /(?:daily|hourly|sending|relay|message|outbound|recipient) (?:sending |rate |message |count )?(?:quota|limit) (?:exceeded|reached|exhausted|depleted)/,
      /(?:exceeded|reached|hit|over) (?:your |the |its )?(?:daily|hourly|sending|relay|outbound|message|recipient) (?:sending |message |relay |count )?(?:quota|limit)/,
      /reached your daily relay quota/,
      /sent to too many recipients/,
      /too many recipients (?:this|per|in the last) (?:hour|day)/,
      /maximum sending rate/,
      /sending rate exceeded/,
      /user has exceeded (?:the )?(?:limit|number of)/,
      /daily (?:user )?sending quota/,
      /exceeded the maximum number of (?:messages|recipients)/,
    ],
    // A count of messages, mails or recipients the sender may send per hour or day, said exceeded or
    // reached (postfwd's "Number messages per hour exceeded"; German "Limit von 30 Mails pro Stunde
    // überschritten") or allowed after "only" or a maximum; and the sender's mail or outgoing-message
    // limit said reached or exceeded ("Your mail limit has been reached", Plesk's "The limit on the
    // number of allowed outgoing messages was exceeded"). A last resort: only when no cause's own
    // wording is in the reply. SENDING_COUNT_EXCEEDED says the guards. The sending host's own hold or
    // suspension of the sender's outgoing mail (cPanel/Exim's "Sender s@a.example has an outgoing mail
    // hold."), a last resort too: OUTGOING_MAIL_HOLD.
    lastResort: [SENDING_COUNT_EXCEEDED, OUTGOING_MAIL_HOLD],
    codes: ['5.1.90', '5.2.121', '5.2.122'],
    broad: true,
  },
  {
    id: 'mailbox-full',
    category: 'mailbox',
    title: 'The recipient’s mailbox is full',
    why: 'The recipient has used up their storage quota, so their server cannot store new mail. This is on the recipient’s side; many servers treat it as temporary and others refuse for good.',
    fix: 'Nothing to change on your side. Tell the recipient by another channel, and retry in a few days. If the same address stays full for weeks, treat it as abandoned and remove it from your list.',
    concepts: [
      anyOf(near(['mail ?box', 'inbox', 'mail ?folder', 'mail ?drop', 'account', 'user', 'recipient', 'postfach', 'bo(?:î|i)te(?: aux lettres)?', 'buz(?:ó|o)n', 'casella', 'caixa(?: postal)?', 'postvak', 'skrzynka(?: pocztowa)?', 'schr(?:á|a)nka', 'brevl(?:å|a)dan?', 'postkassen?', 'postilaatikko', 'posta kutusu', 'postafi(?:ó|o)k'], ['full', 'is over (?:quota|the limit|its limit)', 'over quota', 'over ?quota', 'quota (?:exceeded|reached|full)', 'exceed(?:s|ed)? (?:its |the |their |allowed |maximum )*(?:quota|storage|size|limit)', 'exhausted (?:its |the |their |allowed |available )*(?:quota|storage|space|disk space)', 'out of (?:space|storage)', 'voll', 'pleine?', 'llen[oa]', 'pien[oa]', 'cheia', 'vol', 'pe(?:ł|l)na', 'pln(?:á|a)', 'fuld', 't(?:ä|a)ynn(?:ä|a)', 'dolu', 'megtelt'], 30), near(['quota', 'storage (?:quota|limit|space)', 'disk quota', 'speicher(?:volumen|platz|kontingent)', 'espace (?:de stockage|disque)', 'espacio(?: de almacenamiento)?'], ['exceeded', 'exceeds', 'reached', 'full', 'over', 'used up', 'exhausted', 'depleted', '(?:ü|ue)berschritten', 'd(?:é|e)pass(?:é|e)'], 20)),
      // A mailbox that has "overdrawn" its storage quota, said of the mailbox itself (KAGOYA's "the
      // user's maildir has overdrawn his diskspace quota"): not an account's or a sender's quota of
      // messages (a sending rate), nor money ("storage fee", "credit"), nor denied ("hasn't ever
      // overdrawn": the mailbox must say it, "has" at most between; a user's only with "the" or "his"
      // quota, as "user overdrawn quota; account suspended" may be a bill), nor answered as a field.
      // Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?:(?:mail ?box|maildir|inbox|mail ?folder|mail ?drop|postfach)(?:es)? (?:has |had |is )?overdrawn (?:its |the |their |his |her |allowed |available )*|(?:user|recipient) (?:has |had )?overdrawn (?:its|the|their|his|her) (?:allowed |available )?)(?:(?:disk ?space|storage|mail ?box|disk) )?quota(?![a-z])(?! (?:of|for|on) )${NOT_A_FIELD_SAID_NO}(?! ?: ?never(?![a-z]))`),
    ],
    phrases: [
      /(?:邮箱|郵箱|信箱|空间|空間)[^。\n]{0,10}(?:已满|已滿|不足|满了|超出)|(?:ящик|квота)[^.;\n]{0,20}(?:переполнен|заполнен|превышен)/,
      /mail ?box (?:is |was |has become )?(?:full|over)/,
      /mail ?box exceeds/,
      /mail ?box (?:has )?exceeded/,
      // Not denied after it ("mailbox size limit not exceeded").
      /mailbox size limit(?! (?:(?:was|has been|has|is) )?(?:not|never) (?:been )?(?:exceeded|reached))/,
      // A mailbox's storage or limit, exceeded ("Allocated mailbox storage exceeded", "Mailbox limit
      // exceeded while appending message"); a bare limit only while storing (a "mailbox limit" is also a
      // count of recipients or messages sent: "452 4.5.3 Mailbox limit exceeded"). Not denied ("no
      // mailbox storage exceeded"), nor the sender's ("Sender mailbox limit exceeded", "your own mailbox
      // storage exceeded", "Outgoing mailbox limit", "… for sender a@a.example", "… sent today").
      /(?<![a-z])(?<!(?:^|[^a-z])(?:no|not)(?: (?:the|a|any|your))? )(?<!(?:^|[^a-z])(?:sender|your|outgoing|sending|own)(?:'s)?(?: [a-z]{1,12})? )mail ?box(?:'s)? (?:(?:storage|storage limit|space) (?:has been |was |is )?exceeded|limit (?:has been |was |is )?exceeded(?= (?:while|when|during) (?:appending|delivering|storing|saving|writing)))(?![^;!?]{0,40}?(?:for (?:the )?sender|(?:^|[^a-z])(?:sent|send|sending|outgoing|recipients)(?![a-z])|per (?:day|hour)|today|daily))/,
      // A recipient domain's storage said as its size or storage limit (SmarterMail's "The domain size
      // limit has been exceeded"): the domain's mailboxes together over quota. Not when the message's
      // size is named near it, before or after ("Message is too large: domain size limit exceeded",
      // "… exceeded (message 12 MB, max 10 MB)": message-too-large), nor the sender's or yours ("Sender
      // domain size limit exceeded"), nor denied ("not the domain size limit exceeded"). Bounded
      // windows, tried only where the domain's limit is said: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=domain(?:'s)? (?:size|storage|disk space) (?:limit|quota) (?:has been |was |is )?exceeded)(?<!${MESSAGE_SIZE}[^]{0,120}|(?:^|[^a-z])(?:no|not) (?:the )?|(?:^|[^a-z])(?:sender|your|sending|outgoing)(?:'s)? )domain(?:'s)? (?:size|storage|disk space) (?:limit|quota) (?:has been |was |is )?exceeded(?![^]{0,120}?${MESSAGE_SIZE})`),
      /over ?quota/,
      /quota (?:exceeded|exceed|is full|full)/,
      /exceeded (?:the |their |his |her |its )?(?:storage|quota|disk space|mailbox)/,
      /(?:disk|mailbox|mail|user|account|storage|folder) quota/,
      /(?:not enough|insufficient) (?:storage|space|disk space) (?:in|on|for) (?:the )?(?:mailbox|user|recipient|account)/,
      /exceeded storage allocation/,
      /inbox (?:is )?full/,
      /full mailbox/,
      /mailfolder is full/,
      /would exceed (?:the )?(?:mailbox|quota|storage)/,
      /user(?:'s)? (?:mailbox|disk|storage) (?:is )?full/,
      /account is full/,
      /is over (?:its |the )?(?:storage|quota)/,
      /boite (?:aux lettres )?pleine/,
      /boîte (?:aux lettres )?pleine/,
      /postfach (?:ist )?voll/,
      /mailbox_full/,
      /buzón lleno/,
      // A mailbox's disk only when a mailbox, user or account is named: Sendmail's "452 4.4.5 Insufficient
      // disk space; try again later" is its own queue's (remote-storage-full).
      /(?:insufficient|not (?:sufficient|enough)) disk space (?:in|on|for) (?:the )?(?:mail ?box|user|recipient|account)/,
      /user'?s space has been used up/,
      /too much mail data/,
      /too many messages (?:on the server|in (?:the|this) mailbox)/,
      /quota violation/,
      /mailbox would exceed/,
      /boite du destinataire pleine/,
      /(?:容量|メールボックス)[^。\n]{0,20}(?:超え|いっぱい|一杯|満杯)/,
      // Korean: '메일함(사서함)이 가득 찼습니다', '용량 초과' (mailbox full, over capacity)
      /(?:메일함|사서함|편지함|메일 ?박스)[^.\n]{0,20}(?:가득|용량 ?초과|초과)/,
    ],
    codes: ['2.2'],
    broad: true,
  },
  {
    id: 'message-too-large',
    category: 'policy',
    title: 'The message is larger than the receiving server accepts',
    why: 'Servers refuse messages over a size limit (often 10–35 MB, counting the ~37 % that base64 adds to attachments).',
    fix: 'Send large files as a link (a file-sharing or cloud link) instead of an attachment, compress or resize images, and keep the whole message well under 10 MB.',
    concepts: [
      // "message is too long", "attachment is too long"; a line too long is the format (malformed-content),
      // and too long in the queue an expiry.
      // (no gap: "message has lines too long for transport" is about its lines).
      /(?:^|[^a-z])(?:message|mail|e-?mail|attachments?)(?: (?:size|body|data))? (?:is |was )?too long(?! (?:in|on) (?:the )?queue)/,
      // The message's size said to exceed, with no object ("Message size exceed (maybe caused by big
      // attachment file)", "mail size exceeded").
      /(?:^|[^a-z])(?:message|mail|e-?mail|attachment)s? ?size (?:has |is |was )?(?:exceed(?:s|ed)?|over(?: the)? limit)(?![a-z])/,
      // An attachment's length or size said to have reached its maximum ("510 The length of Attach is
      // achieved the maximum threshold", Alibaba Mail; "Size of attachment has reached the limit"): a size
      // limit, as "attachment size exceeds" reads (the attachment's, not a count of attachments:
      // TOO_MANY_PARTS). Not said not to be, right before ("no length of Attach is achieved …", "not the
      // size of the attachment …": NOT_SAID_BEFORE) or between ("has not reached"). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])${NOT_SAID_BEFORE}(?:the )?(?:length|size) of (?:the |an |this |your )?(?:attach(?:ment)?s?|attached files?)(?: files?)? (?:has been |have been |has |have |is |was )?(?:reached|achieved|exceeded|exceeds|hit|over|above)(?: the| its| a)? (?:maximum|max|limit|allowed maximum|upper limit|threshold)(?: (?:threshold|limit|allowed|size|value))?(?![a-z])`),
      // The verb first: "exceeded mailsize limit", "exceeds the message size maximum".
      /(?:^|[^a-z])exceed(?:s|ed|ing)? (?:the |its |your |our )?(?:[a-z]{1,12} )?(?:mail ?|message ?|e-?mail ?|attachment ?)size(?: limit| maximum)?(?![a-z])/,
      // A limit exceeded is the size's only when no other limit is named before it: not a time, lifetime,
      // timeout, delivery, retry, queue, hop, attempt, connection, rate or recipient limit ("Message
      // delivery time limit exceeded" is an expiry, "Message hop limit exceeded" a loop, "Message
      // time-limit exceeded" or "… retries limit exceeded" not a size either, nor a count ("452 Message
      // count limit exceeded", "exceeded the count limit": how many messages, read as "Message limit
      // exceeded"); a sending limit is
      // sending-limit's, read before this cause).
      near(['message', 'mail', 'e-?mail', 'size', 'attachments?', 'data', 'lines?'], ['too (?:big|large)', 'exceed\\w* (?:the )?(?:(?!count )\\w+ )?(?:size|limit|maximum)(?! (?:number|hop|retr|attempt|delivery|time|queue))', '(?<!(?:^|[^a-z])(?:time|lifetime|timeout|delivery|retry|retries|queue|hops?|hop count|attempts?|connections?|rate|recipients?|count)[ -]?)(?:size )?limit exceeded', 'larger than', 'over the (?:size )?limit', 'zu gro(?:ß|ss)', 'trop (?:gros|volumineux)', 'demasiado grande'], 30),
    ],
    phrases: [
      /message (?:is |was )?too (?:big|large|long)/,
      /message (?:size|length) (?:exceeds|exceeded|is over|too)/,
      /(?:size|length) (?:of (?:the )?message )?exceeds? (?:the )?(?:fixed |administrative |maximum |max |size )*(?:limit|size|maximum)/,
      /exceeds? (?:the )?(?:maximum|max|allowed|size) (?:message )?size/,
      /maximum (?:allowed )?message size/,
      /message exceeds (?:the )?(?:maximum|size|fixed)/,
      /mail size (?:limit|exceeded)/,
      /too large for (?:this|the) (?:system|server|recipient)/,
      /email (?:is )?too large/,
      /size limit exceeded/,
      /larger than (?:the )?(?:maximum|allowed|permitted)/,
      /message file too big/,
      /data size exceeds/,
      /line limit exceeded/,
      // A refusal by a filter, check or rule named after size ("e-mail Rejected Content Filter Size",
      // Hornetsecurity's; "rejected by size filter"): the size limit, not a verdict on the content.
      // The size last in its clause, or the filter named by it, within one clause (no "." or ","
      // between, but a label after a comma: "refused, rule: size"); not when the reply states a spam or blocklist verdict (SPAM_VERDICT, before or
      // after: "Spam detected. Blocked by rule: size"), nor after another cause said
      // (AFTER_ANOTHER_CAUSE: "User unknown; rejected by filter: size"), nor a filter said disabled.
      // Bounded: linear.
      new RegExp(String.raw`(?:(?:^|[^a-z])(?<!(?:not|never|n't) )(?:rejected|refused|blocked|denied)(?![a-z])(?:[^;!?.,]{0,40}?[^a-z](?:filter|check|rule|limit|policy):?|, (?:filter|check|rule|limit|policy):) size(?= {0,4}(?:$|[.;,!)(\]]))|(?:^|[^a-z])(?<!(?:not|never|n't) )(?:rejected|refused|blocked|denied) by (?:the |our |a )?(?:message |mail |e-?mail )?size (?:filter|check|rule|policy)(?![a-z])${NOT_A_FIELD_SAID_NO})(?<!${SPAM_VERDICT}(?<=${SPAM_VERDICT_WORDS})${WORD_ENDS_HERE}[^]{0,200})(?<!${AFTER_ANOTHER_CAUSE})(?<!${AFTER_A_CLAUSE})(?![^]{0,160}${SPAM_VERDICT})(?! ?\((?:disabled|off|inactive|ok|passed)\))`),
    ],
    codes: ['2.3', '3.4', '7.16'],
    broad: true,
  },
  {
    id: 'not-rfc-compliant',
    category: 'policy',
    title: 'The message does not follow the Internet message format rules (RFC 5322)',
    why: 'Receivers refuse messages with structural errors: duplicate or missing required headers (From, Date, Message-ID), several From addresses, malformed addresses or dates. Such mistakes are typical of home-made mailers and spam tools.',
    fix: 'Send through a standard mail library or service instead of hand-built messages. Exactly one From, one Date, one Message-ID; no duplicated headers (including DKIM-Signature from signing twice); valid addresses in every address header. Check the raw message (view source) of a sent copy.',
    concepts: [
      // (Not "too many Received headers": RFC 5321 §6.3 counts hops that way, a mail loop, network-error's.)
      anyOf(near(['duplicate\\w*', 'multiple', 'missing', 'malformed', 'invalid', 'bad', 'too many(?! received)'], ["'?(?:from|to|date|message-id|subject|sender|dkim-signature|mime-version|reply-to)'?:? (?:headers?|fields?)", 'headers?', 'header fields?'], 24), near(['rfc ?5322', 'rfc ?2822', 'rfc ?822'], ['compliant', 'compliance', 'violation', 'format', 'section', 'conform\\w*'], 20), near(["(?:not|non-?|doesn'?t|does not|fails? to|failed to) ?(?:conform\\w*|comply|compliant)", 'violat\\w*', 'breaks?'], ['(?:the )?rfc ?(?:5322|2822|822)'], 24)),
    ],
    phrases: [
      /duplicate (?:header|field)/,
      /(?:rfc|rfc-|rfc )?(?:2822|5322|822)(?: section [0-9.]{1,10})? (?:compliant|compliance|format|violation)/,
      /not (?:rfc|standards?)[ -]?compliant/,
      /non[- ]compliant/,
      /multiple (?:from|to|subject|date|message-id|sender) (?:headers?|fields?|addresses)/,
      /(?:missing|no|invalid|malformed|bad) (?:a |the )?(?:from|date|message-id|to) (?:header|field)/,
      /(?:header|field) (?:is )?(?:missing|malformed|invalid)/,
      // The headers as the reply's subject, first after its code or a "rejected:" ("552 Headers are
      // missing", "5.7.1 Header is unparseable", "Message rejected: the headers are malformed"), not
      // some other kind of header named before them ("DKIM headers are invalid", "ARC headers",
      // "Required headers missing", "DKIM: headers are invalid").
      /(?:^|[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3} |(?:^|[^a-z])(?:message )?(?:rejected|refused|denied)[:,] )(?:the |all |message |mail |e-?mail )?(?:headers|header fields|header) (?:is |are )?(?:missing|malformed|invalid|unparse?able)(?![a-z])/,
      // A header field that cannot be parsed, or a valid one required ("unparseable From header",
      // "We require a valid Date header"), or a date field's value out of range ("The Date header is too
      // far in the past"): the message's headers, not the envelope.
      /(?:^|[^a-z])(?:unparse?able|unreadable|not parse?able|corrupt(?:ed)?|broken) (?:a |the )?(?:from|to|date|message-id|subject|sender|reply-to|mime-version|content-type):? (?:header|field)(?![a-z])/,
      /(?:^|[^a-z])(?:require[sd]?|needs?|must (?:have|contain|include)) (?:a |an |the )?valid (?:from|to|date|message-id|subject|sender|mime-version):? (?:header|field)(?![a-z])/,
      /(?:^|[^a-z])date:? (?:header|field) (?:is |was )?(?:too far )?in the (?:past|future)|(?:^|[^a-z])date:? (?:header|field) (?:is |was )?too (?:old|far in the (?:past|future))/,
      /malformed (?:header|message|mime)/,
      // The From header's address malformed ("Malformed From address", "From address is malformed"):
      // a format error of the message, said either way round. Not the envelope's "MAIL FROM" address,
      // nor a sender address (sender-rejected's); in reply to MAIL FROM, before any header, classify.ts
      // reads it as the envelope sender.
      MALFORMED_FROM,
      /must be rfc ?5322/,
      /5\.7\.512/,
    ],
    codes: ['5.7.512'],
  },
  {
    id: 'authentication-failed',
    category: 'authentication',
    title: 'The message failed sender authentication (SPF, DKIM or DMARC)',
    why: 'The receiving server checked whether your domain authorises the sending server (SPF), whether the message carries a valid signature of your domain (DKIM), and whether either of them matches the domain in the visible From address (DMARC alignment). It did not pass, and the domain’s policy or the receiver’s own rules say to refuse such mail. Gmail, Yahoo and Microsoft require this of every sender since 2024.',
    fix: 'Publish an SPF record that includes every service that sends for your domain (`v=spf1 include:… -all`, at most 10 DNS lookups); sign with DKIM using your own domain, so that DKIM `d=` equals (or is a parent of) your From domain; then publish DMARC (`_dmarc.yourdomain TXT "v=DMARC1; p=none; rua=mailto:…"`), read its reports, and tighten to `p=quarantine` / `p=reject` once everything passes. If you send through an ESP, set up its custom (branded) domain authentication.',
    concepts: [
      // Any mention, a failed lookup of the record too ("550 5.7.1 DKIM key retrieval failed: NXDOMAIN"
      // refuses the message for it); in a temporary reply that only says a lookup failed, classify.ts
      // reads the receiver's DNS trouble (AUTH_RECORD_LOOKUP_FAILED).
      /\b(?:dmarc|spf|dkim)\b/,
      /domainkeys/,
      /sender policy framework/,
    ],
    phrases: [
      /does not pass (?:dmarc|spf|dkim)/,
      /(?:this|the) (?:mail|message|email) is (?:not )?unauthenticated/,
      /unauthenticated (?:e-?mail|mail|message)s? from/,
      /(?:does not|doesn'?t|did not) meet the required authentication/,
      /required authentication level/,
      /(?:multiple )?authentication checks? (?:failed|did not pass)/,
      /must pass (?:either )?(?:spf|dkim)/,
      /(?:not|isn'?t) (?:a )?(?:designated|permitted) sender/,
      /does not designate [^ ]{1,100} as permitted/,
      /is not allowed to send (?:mail )?from/,
      /not authorized to send on behalf/,
      /sender id (?:check )?fail/,
      /sender authentication fail/,
      /(?:message|mail) (?:was )?not authenticated/,
      /author domain/,
      /from domain (?:does not|doesn'?t) (?:match|align)/,
      /5\.7\.(?:2[0-46]|509|515)\b/,
      /spf\.pobox\.com/,
      /5322\.from address (?:doesn'?t|does not) meet/,
    ],
    codes: ['7.20', '7.21', '7.22', '7.23', '7.24', '7.26', '7.29', '5.7.509', '5.7.515', '4.7.26', '4.7.24'],
  },
  {
    id: 'smtp-auth-required',
    category: 'authentication',
    title: 'The server wanted you to log in (SMTP authentication) before sending',
    why: 'The server that refused is a submission or relay server that only accepts mail from authenticated users, and your mail client or application connected without logging in, or with wrong credentials or an unsupported method.',
    fix: 'In your mail client or application, turn on “My outgoing server requires authentication” (SMTP AUTH), use port 587 with STARTTLS (or 465 with TLS), and check the username and password (or app password / OAuth). If you meant to deliver directly to the recipient’s domain, send to its MX host, not to a submission server.',
    concepts: [
      // Japanese: SMTP, user, login or password authentication failed or required ("SMTP認証が必要です",
      // "ユーザー認証に失敗しました"); not the domain's (送信ドメイン認証: SPF, DKIM).
      /(?:smtp|ユーザー?|ログイン|パスワード) ?認証[^。\n]{0,8}?(?:失敗|必要|エラー|できません|されていません|してください)/,
      // Told to log in before sending, the obligation first (Citadel's "You must log in to send mail
      // from b.example", "… on this port"): to send, relay, submit or use this server or port. Not said
      // not to be needed ("you do not need to log in"), nor a log-in for something else ("must log in
      // to the portal to release the message"), nor a bare "Please log in." beside another reason.
      LOG_IN_TO_SEND,
      // Asked to authenticate and nothing else, the reply's only words after its codes ("530 5.7.0 Please
      // authenticate", "530 Please log in"): RFC 4954 §6's request for AUTH ("530 5.7.0 Authentication
      // required") in a server's own words. Only as the whole reply, or after "Sorry", "Error" or "Access
      // denied" (no cause: "Error: please authenticate"), or after the account said not allowed to send,
      // with only how after it ("… and try again", "… with a valid user": PLEASE_LOG_IN, which the account
      // reading steps aside for), said last (SAID_LAST); beside a reason it is no
      // reading ("550 No access for your IP; please authenticate" names none it can be sure of). Bounded: linear.
      new RegExp(String.raw`^(?:(?:sorry|error|access denied|${ACCOUNT_NOT_ALLOWED_TO_SEND})[,!.:;]? )?${PLEASE_LOG_IN}`),
      // …or told to fetch its mail first, POP-before-SMTP (POP_BEFORE_SMTP), a reading that steps aside as that one.
      POP_BEFORE_SMTP,
      // Too many (repeated, multiple) failures to log in ("421 Too many auth failures, try again later",
      // Oracle's throttle after repeated invalid SMTP credentials; "too many login failures"): the
      // credentials, as "authentication failure" (a phrase below) says it, whatever the retry after it;
      // not after another cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "Greylisted; too many login
      // failures", "Relaying denied; …", "Message rejected as spam; …", "Too many connections; …", "listed
      // in zen.spamhaus.org after repeated login failures" keep their cause), nor with the client's IP or
      // host said blocked or banned for them in a clause after ("421 Too many auth failures; IP blocked
      // for abuse": the block is what refused, and the refused client is read as one; an account or "you"
      // said blocked has no reading of its own, so the failures keep it). The words first (a
      // lookahead), then what may not come before them. Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=too many|repeated|multiple|excessive)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:too many|repeated|multiple|excessive) (?:smtp )?(?:auth(?:entication)?|log ?in|sign ?in|password) failures?(?![a-z])(?![^;!?]{0,3}[;,.:-][^]{0,80}?${WORD_START}(?:(?:your |the |this |sending |client )?(?:ip|ip address|host|client)(?: \[?[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]?)?(?: (?:is|are|was|were|has been|have been))?(?: (?:now|temporarily|permanently|automatically))? (?:blocked|banned|black-?listed|block-?listed))${WORD_END})`),
      anyOf(near(['authentication', 'auth', 'smtp auth', 'log ?in', 'credentials', 'password'], ['required', 'needed', 'failed', 'invalid', 'incorrect', 'wrong', 'rejected', 'unsuccessful', 'must'], 20), near(['unauthenticated', 'not authenticated', 'without authentication', 'anonymous'], ['senders?', 'users?', 'relay(?:ing)?', 'submission', 'clients?', 'not (?:allowed|permitted|accepted)'], 30), near(['relay(?:ing)?', 'send(?:ing)?', 'submi\\w*'], ['without authentication', 'without (?:smtp )?auth'], 30)),
    ],
    phrases: [
      /(?:smtp )?auth(?:entication)? (?:is )?required/,
      /authrequired/,
      /must (?:be )?authenticat/,
      /please (?:turn on|enable|use) smtp auth/,
      /smtp auth(?:entication)? (?:is )?(?:required|needed)/,
      /unauthenticated (?:senders?|users?|relay(?:ing)?|submission|clients?) (?:are )?(?:not )?(?:allowed|permitted|accepted)/,
      /(?:relay|relaying|send) (?:through this server )?without authentication/,
      /requires? (?:smtp )?authentication/,
      /authentication (?:credentials invalid|failed|unsuccessful|mechanism is too weak)/,
      /(?:username|password|credentials) (?:and password )?(?:not accepted|incorrect|invalid)/,
      /invalid (?:login|credentials)/,
      /client was not authenticated/,
      /not authenticated to send/,
      /sender not authenticated/,
      /log ?in (?:first|required)/,
      // "authentication failure" (Cyrus SASL's and PAM's text for a failed log-in), after no other cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "User unknown; authentication failure", "Greylisted; …" keep
      // theirs; its own "Temporary" is no other cause: "454 Temporary authentication failure"), as the
      // too-many-failures reading above. The words first (a lookahead). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=(?:temporary |permanent )?authentication failure)(?<!${BEFORE_AN_AUTH_READING})(?:temporary |permanent )?authentication failure`),
      /authentication turned on in your (?:e-?mail )?client/,
      /you don'?t authenticate/,
      // …in any tense, and said with how ("504 You did not authenticate properly using SMTP-after-POP3", XMail;
      // "You have not authenticated"): the client that did not log in. The client as its subject ("you", not
      // "your message" or a domain, which did not pass SPF, DKIM or DMARC: authentication-failed's); after no
      // other cause (BEFORE_AN_AUTH_READING), as "authentication failure" below, nor before a clear one
      // (CLEAR_CAUSE_AFTER: "you did not authenticate; user unknown"). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=you )(?<!${BEFORE_AN_AUTH_READING})you (?:did not|didn't|have not|haven't|had not|hadn't|never|do not|don't) (?:yet )?(?:properly |successfully |correctly )?authenticated?${WORD_END}${CLEAR_CAUSE_AFTER}`),
      // …or given as the reason the sender may not send ("Your account is not authorized to send because
      // you did not authenticate"): the credentials, not the account refused. After no other cause
      // (BEFORE_AN_AUTH_READING), as "authentication failure" below. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=not)(?<!${BEFORE_AN_AUTH_READING})not (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?,? (?:because|as|since) you (?:do not|did not|didn't|have not|haven't) (?:yet )?authenticated?${WORD_END}`),
      /not authorized to send mail, authentication/,
      /not subscribed to ses/,
      /not authorized to perform ses/,
    ],
    codes: ['7.8', '7.9', '7.11', '7.12', '7.14', '5.7.57', '5.7.0.57'],
    // Named by terms specific enough to read in a whole report when it quotes no reply.
    broad: true,
  },
  {
    id: 'relay-denied',
    category: 'relay',
    title: 'The server refused to relay the message',
    why: 'You handed the message to a server that is neither the recipient’s mail server nor one that accepts mail from you for onward delivery, so it would be acting as an open relay. This happens when an application points at the wrong SMTP host, when the recipient’s MX records point at a server that no longer hosts the domain, or when the sending identity is not set up with your provider.',
    fix: 'Send through your own provider’s submission server with authentication (port 587), or, if the server is yours, add your network or the sending identity (domain or address) to the ones it relays for (for Amazon SES, verify the sender identity and leave the sandbox). If you delivered directly, check the recipient domain’s MX records.',
    concepts: [
      anyOf(near(['relay(?:ing)?'], ['denied', 'not permitted', 'not allowed', 'prohibited', 'refused', 'disabled', 'disallowed', 'forbidden', 'not authori[sz]ed', 'rejected', 'not possible'], 20), near(['no', 'not', 'unable to', 'cannot', "can'?t", 'may not', 'will not', "won'?t", 'do not', 'does not', 'not permitted to', 'not allowed to', 'refuse to', 'insecure', 'unauthori[sz]ed', 'den(?:y|ies)', 'refuses', 'rejects', 'prohibits', 'forbids'], ["relay(?:ing)?(?! (?:mail )?(?:from |for )?(?:dynamic\\w*|ip|residential|consumer))"], 8)),
    ],
    phrases: [
      /relay(?:ing)? (?:access )?(?:is )?(?:denied|not (?:permitted|allowed|authori[sz]ed)|prohibited|refused|disabled)/,
      // An address that is not one the server relays to ("553 5.7.1 Recipient is not a valid smtp
      // address for relaying"): the relay refused, not a mailbox that does not exist.
      /not (?:a )?valid (?:smtp |e-?mail |local )?(?:address|recipient|destination|domain)s? (?:for|to) relay(?:ing)?(?![a-z])/,
      /(?:unable|not permitted|not allowed|cannot|can'?t|may not|will not|won'?t|do not|does not) (?:to )?relay(?! (?:mail )?(?:from |for )?(?:dynamic\w*|ip|residential|consumer))/,
      /no relaying/,
      // An address routed through this host by UUCP's bang path ("550 5.7.1 UUCP addressing denied",
      // smtpf; "a!b!user"): a route onward through the server, refused as a relay, as its "routed
      // address relaying denied" says (a route through hosts, as a source route is; RFC 5321 §3.6.1: a
      // server MAY decline to relay or to accept addresses that specify source routes). Said refused,
      // not asked whether, not said not to be; after no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE:
      // "User unknown; UUCP addressing denied" keeps the recipient) nor before a clear one
      // (CLEAR_CAUSE_AFTER). The words first (a lookahead). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=uucp|bang)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})${NOT_SAID_BEFORE}(?:uucp|bang[- ]path)(?: style)? (?:address(?:ing|es)?|routing|routes?|paths?)(?: (?:is|are|was|were|has been|have been))? (?:denied|refused|rejected|not (?:allowed|permitted|supported|accepted))(?![a-z])${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`),
      /insecure mail relay/,
      /relay not permitted/,
      /relaying (?:is )?(?:not|dis)allowed/,
      /not (?:a )?gateway/,
      /isn'?t in my list of allowed rcpthosts/,
      /not in (?:my|our) list of allowed rcpthosts/,
      /relay access/,
      /we do not relay/,
      // Not the From or sender's address, domain or identity ("From/Sender domain is not verified for this
      // workspace"): the sender's address refused (sender-rejected). Identities, plural, stay the relay's
      // whoever's ("Sender identities are not verified", as Amazon SES's "identities failed the check").
      /(?:(?<!(?:^|[^a-z])(?:from|sender|sending|envelope[- ]from)(?:'s)? )(?:e-?mail address|identity|domain)|identities) (?:is |are )?not verified/,
      /(?:the following )?identities failed the check/,
      /is not a local (?:domain|host)/,
      /tenantattribution/,
      /relay (?:is )?not allowed/,
      /\bas a relay\b/,
      /relaying mail to/,
      /specified domain is not allowed/,
      /not configured to relay/,
      /we don'?t handle mail for/,
      /requires authentication when attempting to send to a non-local/,
      // hMailServer (error messages reference): its IP ranges do not let this client deliver to external addresses
      /delivery is not allowed to this address/,
    ],
    codes: ['5.7.64'],
    // Named by terms specific enough to read in a whole report when it quotes no reply.
    broad: true,
  },
  {
    id: 'mailbox-disabled',
    category: 'mailbox',
    title: 'The recipient’s mailbox is disabled or suspended',
    why: 'The address exists but its account has been disabled, suspended, locked or closed, usually because it has been inactive for a long time or the person left.',
    fix: 'Stop sending to this address and remove it from your lists; reach the person another way if you need to. Repeated sends to disabled accounts hurt your sender reputation.',
    concepts: [
      // Not said not to be, right before the state or before a state it is listed with ("Your account
      // is not suspended; user unknown", "account not disabled", "not locked or suspended", "has not yet
      // been disabled", "no longer suspended", German "nicht gesperrt", French "pas suspendu", Italian
      // "non disattivato"): then the reply's other words decide.
      near(['account', 'mail ?box', 'user', 'recipient', 'address', 'e-?mail account', 'compte', 'konto', 'cuenta'], ['(?<!(?:(?:^|[^a-z])(?:not|never|no longer|nicht|pas|non)|n\'t)(?: (?:yet|currently|ever|been|be)){0,2}(?: (?:locked|suspended|disabled|deactivated|blocked|closed|frozen|inactive|terminated) (?:or|nor|and))? )(?:disabled', 'suspended', 'deactivated', 'inactive', 'locked', 'frozen', 'closed', 'terminated', 'discontinued', 'cancell?ed', 'not active', 'no longer active', 'dormant', 'no longer (?:on|at|hosted|here|with)', 'blocked by (?:the )?(?:owner|administrator)', 'd(?:é|e)sactiv(?:é|e)', 'gesperrt', 'deaktiviert', 'desactivad[oa]', 'disattivat[oa]', 'deshabilitad[oa]', 'zablokowane?', 'zablokov(?:á|a)n[oa]?', 'sp(?:ä|a)rrad?', 'sperret', 'suspendu)'], 30),
      // The address itself takes no mail ("This address does not receive mail"); one that refuses mail
      // *from* someone is the recipient's filter, and a server or domain that takes none is the domain's.
      // Only mail as such: mail of a kind ("messages sent from external senders", "larger than 10 MB", "with
      // attachments") is a filter or a limit, and mail not taken *now* ("right now", "at the moment") a delay.
      new RegExp(`(?:^|[^a-z])(?:address|mail ?box|account|user|recipient)(?![a-z'])(?:(?!server|domain|host|system)[^;!?]){0,20}?(?:does not|doesn'?t|no longer|cannot|can'?t|will not|won'?t) (?:receive|accept)s? (?:any )?${MAIL_AS_SUCH}`),
      // An account, mailbox, user or address that *was* deleted or removed, with the verb to be ("The user has
      // been deleted", "Your mailbox was removed"; an account or mailbox also without it). Not a message
      // deleted or removed near one of these words ("Recipient address rejected: message deleted as spam",
      // "Message to user deleted without being read"), nor one removed from a list or group.
      /(?:^|[^a-z])(?<!(?:to|for) (?:the |this |that )?)(?:(?:(?:e-?mail )?account|mail ?box)(?: (?:has been|had been|was|is))?|(?:user|recipient|e-?mail address|address)(?: account)? (?:has been|had been|was|is|have been|were))(?: (?:permanently|already))? (?:deleted|removed)(?![a-z])(?! from (?:the |your |our |this |a )?(?:list|mailing|group|distribution))/,
      /(?:^|[^a-z])dormant (?:account|mail ?box|user|address)/,
      // An account or mailbox that has expired (its subscription ran out); a message or delivery that
      // expired is an expiry, and only the account said right before it counts.
      /(?:^|[^a-z])(?:account|mail ?box)(?: has| is| was)? (?:been )?expired/,
    ],
    phrases: [
      /(?:account|mailbox|address) that you tried to reach is (?:inactive|disabled)/,
      /(?:account|mail ?box|user|recipient|address|e-?mail account) (?:has been |is |was )?(?:temporarily |permanently )?(?:disabled|suspended|deactivated|inactive|locked|frozen|closed|terminated|cancell?ed|expired|not active|no longer active|blocked by (?:the )?(?:owner|administrator))/,
      /(?:disabled|suspended|deactivated|inactive|closed|locked) (?:account|mail ?box|recipient|user|address)/,
      /mailbox (?:is )?(?:inactive|disabled|not enabled)/,
      /is no longer (?:active|in use|valid|available)/,
      /account (?:is )?unavailable/,
      /user account disabled/,
      /this account has been (?:disabled|closed|suspended)/,
      /mailbox unavailable: account (?:disabled|suspended)/,
      /cancelled account/,
      /deactivated mailbox/,
      /is currently suspended/,
      /temporar(?:il)?y locked/,
      /archived recipient/,
      /inactive (?:account|user|mailbox)/,
      /invalid\/inactive user/,
      /user is terminated/,
      /mailbox is frozen/,
      /mailbox (?:currently )?suspended/,
      /temporarily inactive/,
      /no longer accepts mail/,
      /user or domain is disabled/,
      /user suspended/,
      /account is locked/,
      /mail receiving (?:is )?disabled/,
    ],
    codes: ['2.1', '7.13'],
    broad: true,
    // As an unknown recipient: a temporary reply (4xx, 4.x.x) is no verdict on the mailbox ("451 Recipient
    // cannot accept mail right now", "450 4.2.1 mailbox temporarily disabled"); the server asks for a retry.
    permanence: { temporary: { cause: 'delivery-delayed' } },
  },
  {
    id: 'mailbox-moved',
    category: 'mailbox',
    title: 'The recipient has moved to a different address',
    why: 'The address used to be valid, but the person now receives mail elsewhere and the old address does not forward.',
    fix: 'Update the contact with the new address if the bounce names one (look for “new address”, “moved to”), otherwise remove the old address from your lists.',
    phrases: [
      /(?:address|user|recipient|mailbox|account) (?:has |have )?(?:moved|changed)/,
      /no longer (?:at|with|uses?|using|reachable at) (?:this|that|the) (?:address|domain|organi[sz]ation|company)/,
      /(?:new|changed) (?:e-?mail )?address (?:is|:)/,
      /(?:please|kindly) (?:update|use|send to) (?:your records|my new|the new)/,
      /(?:has|have) left (?:the|this|our) (?:company|organi[sz]ation)/,
      /no longer (?:works|employed) (?:at|for|with|here)/,
      /user not local; please try/,
      /does not forward/,
    ],
    codes: ['1.6', '7.17', '7.18'],
    broad: true,
  },
  {
    id: 'reverse-dns',
    category: 'reputation',
    title: 'The sending server’s IP address has no valid reverse DNS',
    why: 'Receivers look up the PTR (reverse DNS) record of the connecting IP and check that the name it gives resolves back to the same IP (forward-confirmed reverse DNS). Missing or generic PTR records (like `1-2-3-4.dynamic.isp.net`) look like infected home computers, so many servers refuse them outright.',
    fix: 'Ask whoever controls the sending IP (your hosting or cloud provider, or ISP) to set a PTR record to your mail server’s host name, make that name resolve back to the same IP (A/AAAA record), and use it in HELO/EHLO. Or send through a mail service that already has this set up.',
    concepts: [
      /reverse (?:dns|lookup|resolution|name|mapping)/,
      // Japanese: 逆引き, the reverse lookup, failed, missing or not matching ("送信元IPアドレスの逆引きが登録されて
      // いません", "逆引きに失敗"); not a mention ("逆引き設定は関係ありません"), nor the recipient host's ("宛先ホストの逆引き").
      /(?<!宛先[^。\n、]{0,6})逆引き[^。\n]{0,20}?(?:失敗|でき(?:ません|ない)|出来(?:ません|ない)|されて(?:いません|いない)|見つかりません|一致し(?:ません|ない)|不一致|エラー|未設定|未登録|引け(?:ません|ない)|[がは](?:ありません|ない)|不可|無効|不正|ng(?![a-z]))/,
      /\brdns\b/,
      /\bptr\b/,
      /forward-confirmed/,
      /fcrdns/,
      // An IP from a dynamic / residential pool ("does not relay dynamically-assigned IP ranges").
      /dynamic(?:ally)?[- ](?:assigned |allocated )?(?:ip|address|host)s?(?: (?:ranges?|pools?|space|addresses))?(?![a-z])/,
      anyOf(near(['ptr(?: records?)?', 'reverse (?:dns|lookup|name|mapping|resolution)', 'rdns', 'fcrdns'], ['missing', 'required', 'invalid', 'failed', 'not found', 'mismatch\\w*', 'does not match', "doesn'?t match", 'does not resolve', 'not resolv\\w*', 'generic', 'bad', 'entry'], 30), near(['no', 'missing', 'invalid', 'bad', 'without(?: a)?(?: valid)?', 'requires?(?: a)?(?: valid)?', 'must have(?: a)?(?: valid)?'], ['ptr(?: records?)?', 'reverse (?:dns|lookup|hostname)', 'rdns'], 20), near(['mismatch\\w*', "(?:does not|doesn'?t) match"], ['client ip', 'ip address', 'connecting ip', 'your ip', 'sending ip'], 20)),
    ],
    phrases: [
      /(?:no|missing|invalid|bad|generic) (?:ptr|reverse|hostname for)/,
      /cannot find your (?:host ?name|reverse)/,
      /(?:host ?name|ip name) lookup failed/,
      /(?:host|client) ?name (?:does not|doesn'?t) (?:match|resolve)/,
      /mismatches client ip/,
      /(?:domain|helo) [^ ]{1,120} mismatches/,
      /does not resolve to your (?:ip|address)/,
      /forward dns entry/,
      /without a valid sender domain/,
      /please get a custom reverse dns/,
      /generic (?:dns|ptr)/,
      /(?:dynamic|residential|dial-?up|dsl|consumer) (?:ip|address|host|range|pool)s?/,
      /hosts with dynamic ip/,
      /ips? with missing ptr/,
      /unresolvable (?:relay )?host ?name/,
      /client host rejected: cannot find/,
      /looks like a dynamic/,
      /cannot resolve your (?:address|host)/,
      /bad dns ptr/,
      /invalid rdns/,
      /unverifiable sending ips/,
      /unverifyable sending ips/,
    ],
    codes: ['7.25'],
    // Named by terms specific enough to read in a whole report when it quotes no reply.
    broad: true,
  },
  {
    id: 'blocklisted',
    category: 'reputation',
    // "blacklist" in an address, a URL or a host name ("[blacklisted-words.example]") names no listing;
    // a DNS list's zone is a host name, its listing said outside it ("listed in zen.spamhaus.org").
    outsideNames: 'zones',
    title: 'The sending IP address or domain is on a blocklist',
    why: 'The receiving server checks DNS blocklists (DNSBLs) and its own block lists before accepting mail. Your sending IP or domain is listed there, usually because of spam complaints, hits on spam traps, a compromised account or machine on the same IP, or a shared IP with a bad neighbour.',
    fix: 'Look the IP and domain up on the named list (and on multirbl.valli.org or mxtoolbox.com), fix the cause first (a compromised account, an open form, purchased or stale lists, missing unsubscribe), then follow the list’s removal procedure (Spamhaus and Barracuda have self-service delisting; Microsoft’s is at sender.office.com). On a shared ESP IP, tell your ESP.',
    concepts: [
      /blocked using/,
      /(?:listed|found) (?:in|on|at|by) (?:a |an |the |our )?[a-z0-9.-]{0,60}(?:list|bl\b|rbl|dnsbl|\.org|\.net|\.com)/,
      // "listed at relays.ordb.org": a DNS list's zone, whatever its top-level domain, named by a label
      // as lists name themselves (bl, dnsbl, rbl, spam…, block…, sorbs, spamcop, barracuda…), never
      // "not listed"; or any zone of three or more labels when what is listed is the sending IP,
      // client, host or sender ("mail.c.example listed at relays.ordb.example"). Not a web page
      // ("the policies listed at www.b.example/mail-policy", "directory listed at …/staff"), an IP
      // address, or a directory host that lists a recipient ("Recipient listed on mail.b.example").
      /(?<![a-z])(?<!not |n't |never )listed (?:in|on|at|by) (?!www\.)(?:[a-z0-9-]{1,63}\.){0,4}(?:[a-z0-9]{0,8}bl(?:-?\d{1,2})?|[a-z0-9-]{0,20}(?:spam|block|black|sorbs|barracuda|uceprotect|abuseat|mailspike|ordb|relays|dnswl|junk|abuse)[a-z0-9-]{0,20})(?:\.[a-z0-9-]{1,63}){1,5}(?![a-z0-9@/-]|\.[a-z0-9])/,
      /(?:^|[^a-z])(?:ip(?: address)?|client(?: host)?|host|sender|\[?\d{1,3}(?:\.\d{1,3}){3}\]?|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){2,5}) (?:is |was |has been |are )?listed (?:in|on|at|by) (?!www\.)(?!\d{1,3}(?:\.\d{1,3}){3}(?![a-z0-9-]))[a-z0-9-]{1,63}\.[a-z0-9-]{1,63}\.[a-z0-9.-]{2,100}(?![a-z0-9@/])/,
      /is listed/,
      // The sending address, IP, host or client listed as a source of spam, by whatever registry
      // (OpenBSD spamd's "You are trying to send mail from an address listed by one or more IP-based
      // registries as being a SPAM source"). Not a message listed as spam, not "not listed". Bounded: linear.
      // Not a negation in the name's slot ("IP not listed", "host never listed"), nor a question or a
      // field answered no ("listed as spam source: no"), nor the recipient's own list ("listed by the
      // user as a spam source": recipient-filter).
      /(?:^|[^a-z])(?:ip|address|host|client|sender|server|mta|network)(?: (?!(?:not|never|no)(?![a-z])|[^\s;,]{0,60}n't(?![a-z]))[^\s;,]{1,60})? (?:is |was |has been |are )?listed (?:(?:by|in|on|at) (?!(?:the |your |its |their )?(?:recipient|user|receiver|addressee|mailbox owner)s?(?![a-z]))[^;]{1,60}? )?as (?:being )?(?:a |an )?(?:known )?(?:spammers?|source of spam|spam (?:source|sender|origin)s?)(?![a-z])(?! ?[?:] ?(?:no|false|none|0)(?![a-z0-9]))(?! (?:by|in|on) (?:the |your |its |their )?(?:recipient|user|receiver|addressee|mailbox owner)s?(?![a-z]))/,
      // A refusal that names what is listed, no list named ("550 5.7.1 Blocked: spam.example.com listed"):
      // a listing of a host or domain. Not part of an address. Bounded: linear.
      /(?:^|[^a-z])(?:blocked|rejected|refused|denied|black-?listed|block-?listed):? (?:domain |host |ip |sender )?(?<![@.])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5} (?:is |was |has been )?listed(?![a-z])/,
      /\bip (?:address )?(?:[0-9.]{7,15} )?(?:is |has been )?(?:blocked|banned|black-?listed|listed)/,
      // Blackholed, a client or a sender put on a black hole list (a blocklist's older name: "Realtime
      // Blackhole List"): the sending side said so ("Your IP has been blackholed", "Sender blackholed",
      // "client [192.0.2.1] blackholed"), or the bare word after "Service unavailable," (tumgreyspf, a client
      // that once mailed a trap address: "Recipient address rejected: Service unavailable, blackholed.").
      // Not what else is blackholed (rev44c): an address, a recipient, a mailbox, a list, content, messages or
      // a route ("Mail to this address is blackholed", "Content blackholed: spam", "Route to host
      // blackholed"), nor said not to be ("your IP is not blackholed"). Bounded: linear.
      /(?:^|[^a-z])(?<!(?:to|route) )(?:you|your (?:ip(?: address)?|host|server|mail server|network|domain)|sender(?: ip| host| server| domain)?|client(?: host| ip)?|ip(?: address)?|host)(?: \[?[0-9a-f.:]{3,45}\]?)? (?:is |are |was |were |has been |have been |got |been )?black-?holed(?![a-z])|(?:^|[^a-z])service unavailable[,;:]? black-?holed(?![a-z])/,
      /spamhaus/,
      // "blacklist" in other languages: a list of refused senders or IPs
      /lista negra|liste noire|schwarzen? liste|sperrliste|lista nera|zwarte lijst|czarnej li(?:s|ś)cie/,
      /barracuda ?(?:central|reputation)|b\.barracuda/,
      /spamcop/,
      /\bsorbs\b/,
      /\bdnsbl/,
      /\brbl\b/,
      /\bsurbl/,
      /uribl/,
      /uceprotect/,
      /abuseat/,
      /\bcbl\b/,
      // Not a file type or attachment on a list ("Blacklisted high risk file extension detected": policy),
      // nor the list a user or a domain keeps (recipient-filter); a domain's only with the possessive:
      // "sender domain blacklisted", "on domain blocklist" are the sender's domain on a list of domains.
      /(?<!may be |address (?:that )?has been |(?:(?:user|recipient|receiver|addressee|personal)(?:'s|s')?|domain(?:'s|s')) (?:own )?)(?:block|black|deny) ?list(?![a-z]* (?:[a-z-]{1,20} ){0,3}(?:files?|attachments?|extensions?)(?![a-z])|(?:ed|s)? (?:of )?(?:key ?)?(?:words?|phrases?|keyphrases?|keywords?|expressions?)(?![a-z])(?!:? ?(?:none|no|n\/a|0)(?![a-z0-9])))(?:ed)?/,
      /(?:^|[^a-z])[a-z]{0,6}rbl\b/,
    ],
    phrases: [
      /\bzen\./,
      /\bsbl\b/,
      /\bxbl\b/,
      /\bpbl\b/,
      /\bcss\b/,
      /\bbrbl\b/,
      /b\.barracudacentral/,
      /\bpsbl\b/,
      /mailspike/,
      /spamrats/,
      /invaluement/,
      /senderscore/,
      /\(bl\)/,
      /on our block list/,
      /\(s3150\)/,
      /\bs3150\b/,
      /banned sending ip/,
      /banned sender/,
      /sending ip [^ ]{0,40} ?(?:is |has been )?(?:blocked|listed)/,
      // (Not "your IP isn't listed": the word before the verdict may be a contraction that negates it.)
      /your ip (?:address )?[^ ]{0,40} ?(?:is |has been )?(?<!n't ?)(?:blocked|listed|banned)/,
      /(?:network|ip range|netblock) (?:is )?(?:on|in) (?:our|a) block/,
      /part of their network is on our block list/,
      /rejected (?:because|due to) (?:the )?(?:sending )?ip/,
      // NetEase: 'DT:RBL' the sending IP is on one or more RBLs
      /\bdt:rbl\b/,
    ],
    codes: ['5.7.606', '5.7.607', '5.7.511', '5.7.513'],
    // Named by terms specific enough to read in a whole report when it quotes no reply.
    broad: true,
  },
  {
    id: 'poor-reputation',
    category: 'reputation',
    title: 'The receiver does not trust mail from your IP or domain (reputation)',
    why: 'Large providers score every sending IP and domain on recent history: complaint rate (people clicking “report spam”), mail to unknown or trap addresses, volume spikes and authentication. Yours is currently too low, so your mail is deferred or refused.',
    fix: 'Look at your complaint and bounce rates (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS). Send only to people who opted in, remove addresses that bounce, make unsubscribing one click (RFC 8058 List-Unsubscribe-Post), keep SPF/DKIM/DMARC passing, warm up new IPs or domains gradually, and slow down while reputation recovers. Persistent cases: contact the provider’s postmaster support.',
    // A sending network judged malicious, a last resort (MALICIOUS_NETWORK says why and the guards).
    lastResort: [MALICIOUS_NETWORK],
    lastResortYields: true,
    concepts: [
      /reputation/,
      // The sending IP, host or network said to send spam ("Your IP is known to send spam", "too much
      // spam from your network", "spam source IP"): its history, not this message's content.
      // Spam from the sending IP or server only within one sentence, and not when this message is what is
      // spam ("This message is spam. Sent from the sending server at …", "Spam from your server detected in
      // this message", "spam content from the sending server"): that is the message's content.
      /(?:^|[^a-z])(?<!(?:message|e-?mail|mail) (?:is|was|looks like|seems to be|appears to be)(?: (?:likely|probably|possibly))?(?: an?)? )(?:spam(?:s|my)?|unsolicited (?:mail|e-?mail|bulk))(?![a-z])(?:(?!content|message)[^;!?.]){0,20}?(?:^|[^a-z])from (?:your|this|the sending|the connecting) (?:ip|host|server|network|mta)(?: address)?(?![a-z])(?![^;!?.]{0,30}?(?:^|[^a-z])(?:in|within|of) (?:this|the|your) (?:message|e-?mail|mail)(?![a-z]))/,
      // Not denied ("your IP is not currently listed as a spam source", "not known to send spam", "has
      // never been reported as a spam source", "is not a spam source"): NOT_SAID_SPAM_SOURCE.
      // The sending mailer or MTA too, and unsolicited mail in words ("550 Your mailer (mail.a.example) has
      // been reported as sending unsolicited email and has been blocked", AO Industries' access map): what
      // the client has sent, its history, not this message's content (read as spam-content before).
      anyOf(near(['(?:your|the sending|this|the connecting) (?:(?:mail |smtp |e-?mail )?(?:ip|host|server)|network|mailer|mta)(?: address)?'], [`${NOT_SAID_SPAM_SOURCE}(?:known|reported|seen|detected|identified|listed) (?:to |as |for )?(?:be(?:ing)? )?(?:a )?(?:send(?:ing|s)? (?:spam|unsolicited (?:bulk |commercial )?(?:e-?mail|mail|messages))|spam(?:ming|mer| source)|source of spam)`, `${NOT_SAID_SPAM_SOURCE}sends? spam`, `${NOT_SAID_SPAM_SOURCE}(?:is )?(?:a )?(?:spam source|source of spam)`], 30), near([`${NOT_SAID_SPAM_SOURCE}spam ?source`, `${NOT_SAID_SPAM_SOURCE}source of spam`], ['ips?', 'ip address(?:es)?', 'hosts?', 'networks?'], 4)),
      // The sender, its account, its address or IP said blocked or banned *for* spam or abuse (JetEmail's
      // "[ABUSE] Sender blocked: spam or abuse detected", "451 [ABUSE] Sender temporarily blocked: …",
      // "Your account has been blocked for abuse"; an account said suspended or disabled is
      // mailbox-disabled's, tried first): a block of the sender for what it has sent, its history, as
      // "blocked due to complaints" (below) says it. Not this message judged ("Message blocked: spam
      // detected"), nor a content verdict after the spam word ("…: spam detected in this message / in
      // message body", "spam score 12.5 exceeds threshold", "spam content detected", "spam URL found"),
      // nor an address whose owner is not said ("Address blocked: spam") or a recipient's, nor after
      // another cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE, viruses found, something exceeded or
      // rejected, but not a lead-in that names no cause ended there: "452 4.4.5 Maximum number of
      // messages per session exceeded.; sender blocked: spam" keeps the rate, "Message rejected: Sender
      // blocked for spam" is the sender's block), nor answered no. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:your|the|this|sender|sending|account|ip|e-?mail|address)(?![a-z]))(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE}|${WORD_START}(?:viruses|exceeded|rejected(?!(?<=${LEAD_IN})(?: ?[:;,.!]| -)))${WORD_END}(?<=(?:viruses|exceeded|rejected(?!(?<=${LEAD_IN})(?: ?[:;,.!]| -))))${WORD_ENDS_HERE}[^]{0,160})(?<!(?:recipient|addressee|mail ?box|user|destination)(?:'s)? (?:e-?mail )?)(?:(?:(?:your|the|this) )?(?:sender|sending (?:ip|domain|account|server)|account|ip(?: address)?)|(?:your|sender(?:'s)?) (?:e-?mail )?address)(?:'s)?(?: (?:has been|have been|is|was|are))?(?: (?:temporarily|permanently|automatically))? (?:blocked|suspended|banned|blacklisted|blocklisted|disabled)(?: (?:temporarily|permanently|automatically))?(?: ?:| -| for| due to| because of)(?: (?:suspected|detected|possible|sending|outgoing|reported))? (?:spam(?:ming)?|abuse|spam or abuse|abuse or spam)(?![a-z])(?! (?:(?:was |is |has been )?(?:detected|found|matched) )?(?:in|from|inside|within) (?:(?:this|the|your) )?(?:message|mail|e-?mail|body|attachment|content|subject|header))(?! (?:score|content|body|url|uri|link|signature|attachment|pattern|phrase|words?|text|rule|filter|level|rating|message|mail)s?(?![a-z]))${NOT_A_FIELD_SAID_NO}`),
    ],
    phrases: [
      // The client said to run a dictionary (directory harvest) attack or to probe for addresses
      // ("192.0.2.1 seems to be involved in a "dictionary attack" or probing for email addresses",
      // open-mail's 3 Strikes; "Directory harvest attack detected"): RCPTs to guessed addresses, the
      // client's behaviour judged over its session or history, as a high count of invalid recipients from
      // your account is (below). Not denied ("no dictionary attack"), nor what a limit guards against
      // ("to prevent dictionary attacks", "anti-harvest"), nor answered no; after no other cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "Too many recipients; dictionary attack suspected" keeps the
      // limit), nor before a clear one (CLEAR_CAUSE_AFTER), nor a protection, filter or rule named for it
      // ("dictionary attack protection"), unless said to have fired ("Rejected by dictionary attack filter",
      // "… protection triggered"). The words first (a lookahead), then what may not come before them.
      // Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=dictionary|directory|harvest|probing|(?:e-?mail )?address)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?<!(?:${DENIAL}|(?:^|[^a-z])(?:prevent(?:ing|s)?|protect(?:ion|ing|s)?(?: against)?|against|anti|avoid(?:ing)?|guard(?:ing)? against|defen[cs]e against|stop(?:ping)?|block(?:ing)?))(?: (?:a|an|any|the|possible|involved in))?[ "'-]{1,3})(?:(?:dictionary|directory harvest(?:ing)?|(?:e-?mail )?address harvest(?:ing)?|harvest(?:ing)?)["']? (?:attacks?|attempts?)|probing for (?:valid |e-?mail |recipient )?addresses|(?:e-?mail )?address harvesting)${WORD_END}(?! (?:protection|prevention|filter(?:s|ing)?|defen[cs]es?|mitigation|countermeasures?|polic(?:y|ies)|rules?|checks?)(?![a-z])(?<!(?:^|[^a-z])(?:rejected|refused|blocked|denied|stopped|caught|flagged|detected|triggered) by [a-z "'-]{0,60})(?!(?: (?:is|was|has been|have been|were|got))? (?:triggered|fired|tripped|hit)(?![a-z])))${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_COUNTED}`),
      // The sender blocked, suspended or deferred for the complaints its mail drew ("Your email address
      // has been blocked due to complaints", MailChannels' SB01): its reputation with recipients. Not
      // said not to be, nor of the recipient ("Recipient blocked due to complaints": a list of theirs), nor
      // complaints only named ("complaints@b.example", "no complaints") or answered no. The complaints
      // said as why ("due to", "because of", "after", "following"), not a topic ("Rejected for complaints,
      // write to abuse@b.example": a contact line), nor a noun's ("complaints handling", "… desk"); after no other cause
      // (AFTER_ANOTHER_CAUSE before the sender named or the verb, or something said not there in any
      // language, ABSENCE_BEFORE: "User unknown; blocked due to complaints", "Benutzer unbekannt; …" are
      // the recipient unknown). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:(?:your|the|this) )?(?:sender|sending|blocked|suspended|disabled|rejected|refused|deferred|throttled|limited|restricted|blacklisted|blocklisted)(?![a-z]))(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE})(?:(?:your |the |this )?(?:sender|sending (?:ip|domain|server|host))(?:'s)?(?: (?:e-?mail )?address| domain| ip(?: address)?)? )?(?<!(?:not|never|n't|no longer)(?: been| be)? )(?<!(?:recipient|addressee|mail ?box|user|destination)(?:'s)?(?: address)? (?:(?:is|was|has been|had been|have been) )?)(?:blocked|suspended|disabled|rejected|refused|deferred|throttled|limited|restricted|blacklisted|blocklisted)(?: (?:temporarily|permanently|automatically))? (?:due to|because of|after|following) (?:(?:too many|excessive|numerous|repeated|multiple|recent|high|spam|abuse|user|recipient) ){0,3}complaints${WORD_END}${NOT_A_FIELD_SAID_NO}(?! (?:handling|desk|department|team|address|form|line|procedure|process)(?![a-z]))`),
      // A count of invalid recipients laid to the sending account, IP or domain ("an excessively high
      // number of invalid recipients originating from your account", MailChannels' BR): the sender's
      // list hygiene, as "unusual rate of unsolicited mail originating from your IP" says its mail; not
      // this recipient unknown. Not denied ("no high number of …"), nor answered no; said as the reason,
      // not a warning ("Note: a high number of … may lead to blocking", "if …", "to avoid …"); after no
      // other cause (AFTER_ANOTHER_CAUSE or ABSENCE_BEFORE, before the words, which name "invalid"
      // themselves: "Greylisted, try again later; high number of invalid recipients from your IP"), but
      // a label of many before a colon is the count's own heading, no recipient said not there
      // (ABSENCE_BEFORE_BUT_A_LABEL: "[BR] Invalid recipients: excessively high number of …").
      // Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=excessive|unusual|abnormal|very |high |large )(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE_BUT_A_LABEL})(?<!(?:^|[^a-z])(?:note|warning|notice|caution|reminder|attention|beware|avoid(?:ing)?|prevent(?:ing)?|if|when|whenever|once|should)(?![a-z])[^;.!?]{0,60})(?<!(?:(?:^|[^a-z])no|not an?|without an?|n't an?) )(?:(?:excessive(?:ly)?|unusual(?:ly)?|abnormal(?:ly)?|very|high|large) ){1,2}(?:number|rate|volume|count|percentage|proportion|amount) of (?:invalid|unknown|bad|non-?existent|undeliverable) (?:recipients|recipient addresses|addresses|e-?mail addresses|users|mailboxes)(?: (?:being|was|were|has been|have been))?(?: (?:sent|originating|coming))? (?:from|by) (?:your|this|the sending) (?:account|ip(?: address)?|domain|server|host|network|user)${WORD_END}${NOT_A_FIELD_SAID_NO}(?![^;.!?]{0,60}?(?:^|[^a-z])(?:may|might|will|would|can|could|shall)(?: [a-z]{1,15}){0,2} (?:lead|result|cause|get|trigger|be)(?![a-z]))`),
      /unusual rate of unsolicited/,
      /likely suspicious due to/,
      /\btss?0[1-4]\b/,
      /user complaints/,
      /complaint rate/,
      /traffic not accepted from this ip/,
      /rate limited due to ip/,
      /(?:ip|domain) (?:has been )?(?:temporarily )?(?:throttled|deferred) (?:due to|because)/,
      /listed as abusive/,
      /(?:you are|currently) sending spam/,
      /too many spams? from your ip/,
      /sending spam/,
      /spam ?trap/,
      /not currently accepting mail from your ip/,
      /temporarily deferred due to (?:unexpected volume|user complaints)/,
      /mail from your (?:ip|domain|network) (?:is |has been )?(?:temporarily )?(?:blocked|deferred|rejected|throttled)/,
      /5\.7\.(?:705|708|750)\b/,
      /4\.7\.(?:650|651|500)\b/,
      /bulk mail from this sender/,
      /poor sending history/,
      /poor (?:e-?mail )?reputation/,
      /bad reputation/,
      /ip\/domain reputation/,
      // Yahoo's SMTP error codes: '[TS03] All messages from x.x.x.x permanently deferred', '[TSS04] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints'
      /messages from [^ ]{1,60} (?:will be )?(?:temporarily |permanently )?deferred/,
      // NetEase (163.com / 126.com) published bounce codes: HL:REP (many unknown recipients from this IP), HL:MEP (forged sender domains)
      /\bhl:(?:rep|mep)\b/,
    ],
    codes: ['5.7.705', '5.7.708', '5.7.750', '4.7.650', '4.7.651', '4.7.500', '7.28'],
  },
  {
    id: 'rate-limited',
    category: 'transient',
    title: 'The receiver is limiting how fast it accepts your mail',
    why: 'The receiving server throttles connections or messages per sending IP (too many connections at once, too many messages a minute). It is telling your server to slow down and try again later, which it normally does by itself.',
    fix: 'Usually no action: your server retries. If these deferrals persist, lower the concurrency and sending rate to that provider, spread large sends over hours, and check whether the throttling comes from reputation (complaints, unknown users) rather than volume.',
    concepts: [
      // (Not "too many hops": a hop count exceeded is a loop, network-error's, or malformed-content's "too many hops".)
      near(['too many(?! hops)', 'rate', 'frequency', 'throttl\\w*'], ['connections', 'concurrent', 'sessions', 'recipients', 'messages per', 'mails per', 'per (?:minute|hour|second)', 'rate', 'limit(?:ed|ing)?', 'exceeded'], 20),
      // Limits on how many messages may be sent in a time ("We have limits for how many messages can be
      // sent per hour and per day"): tried before the refused client, whose IP such replies also name.
      // Not said not to be ("No limit of 100 messages per hour exceeded", NOT_SAID_BEFORE, as its newer
      // twins SENDING_COUNT_EXCEEDED and RATE_COUNT_EXCEEDED).
      near([`${NOT_SAID_BEFORE}limits?`, 'how many (?:messages|e-?mails|mails|recipients|connections)'], ['per (?:second|minute|hour|day)'], 50),
      // A recipients limit exceeded or reached ("452 Message recipients limit exceeded"): too many
      // recipients, as "452 4.5.3 Too many recipients" reads. A deliveries limit too ("Message delivery
      // limit exceeded": a cap on how many deliveries are taken, a sending limit the class reads as a rate
      // under a 4xx); a queue limit is a full queue ("Queue limit exceeded", as "queue full" below, not the
      // queue's time run out). Not said not to be ("no recipients limit exceeded", NOT_SAID_BEFORE_A_LIMIT).
      new RegExp(String.raw`(?:^|[^a-z])${NOT_SAID_BEFORE_A_LIMIT}(?:recipients?|rcpts?|(?<!(?:mailbox(?:'s)?|recipient(?:'s|s')?|user(?:'s|s')?|account) )deliver(?:y|ies)(?! (?:count |number )?limit (?:exceeded|reached) (?:for|of|to) (?:(?:this|the|that|your) )?(?:recipient|mailbox|user|address))|queue(?: size| length)?) (?:count |number )?limit (?:exceeded|reached)(?![a-z])`),
      // …or the number of recipients (RCPT commands, attempts) said to have reached or exceeded its
      // maximum ("504 the number of RCPT attempts is achieved the maximum threshold", Alibaba Mail;
      // "Number of recipients exceeds the maximum allowed"): too many recipients, as a recipients limit
      // reached reads. Not said not to be (no "not" between: "has not reached the maximum" is no match;
      // NOT_SAID_BEFORE_A_LIMIT). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])${NOT_SAID_BEFORE_A_LIMIT}(?:the )?number of (?:rcpts?|rcpt ?to|recipients?)(?: (?:attempts|commands|addresses))? (?:has been |have been |has |have |is |was )?(?:reached|achieved|exceeded|exceeds|hit|over|above)(?: the| its| a)? (?:maximum|max|limit|allowed maximum|upper limit)(?: (?:threshold|limit|allowed|number|value))?(?![a-z])`),
      // Many messages in a time window ("you sent to many mails … in the last 10 minutes"; "to" for "too"
      // only with the window, since "sent to many recipients" alone is no rate).
      /(?:^|[^a-z])(?:too|to) many (?:mails|messages|e-?mails|recipients|connections)(?![a-z])[^;!?]{0,60}?(?:in|within|during) the (?:last|past) \d{1,4} (?:seconds?|minutes?|hours?)(?![a-z])/,
    ],
    phrases: [
      /too many (?:connections|concurrent|simultaneous|sessions|messages|mails|smtp sessions|recipients|errors|invalid recipients)/,
      // A maximum of messages (recipients) per session or connection said as the reply ("550
      // s@a.example max messages per session", Bluehost): a limit a later session meets anew. Said last
      // (SAID_LAST) or said reached or exceeded, not a setting named ("… is 100", "…: 0", "… not reached"),
      // and after no other cause in any language: none of AFTER_ANOTHER_CAUSE's words ("User unknown, max
      // messages per session"), nothing said not there (ABSENCE_BEFORE: "Benutzer unbekannt, …"), and no
      // clause ended before it (AFTER_A_CLAUSE, as "recipient prohibited": "Recipient address is not
      // valid; max messages per session", "Message rejected by policy. max messages per session": the
      // clause before decides). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?:max(?:imum)?|limit(?: of)?)(?: number of)? (?:messages|mails|e-?mails|recipients|rcpts?) (?:per|in (?:a|one|this)) (?:smtp )?(?:session|connection)${WORD_END}(?:${SAID_LAST}|(?: limit)?(?: (?:is|was|has been|have been))? (?:exceeded|reached|hit)(?![a-z]))(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?<!${AFTER_A_CLAUSE})`),
      /rate ?limit/,
      /(?:connection|session|message|sending) (?:rate|limit) (?:exceeded|reached)/,
      /exceeded (?:the )?(?:connection|rate|message) (?:limit|rate)/,
      /throttl/,
      /slow down/,
      // A maximum of (concurrent) connections or sessions; not a mail client's own login limit, per
      // user or account, nor an IMAP/POP server's ("* BYE …", "-ERR [IN-USE] …"): no sending rate; nor
      // denied ("no maximum connections limit reached", "max concurrent sessions not reached"). Bounded: linear.
      /(?<!(?:^|[^a-z])(?:no|\* ?bye|-err|-err \[in-use\]) )(?:maximum|max) (?:number of )?(?:concurrent |simultaneous |parallel )?(?:connections|sessions)(?![a-z])(?! (?:(?:was|were|has been|have been|has|have|is|are) )?(?:not|never) (?:been )?(?:reached|exceeded))(?![^;!?]{0,20}? per (?:user|account|login|mailbox)(?![a-z]))/,
      /connection limit/,
      /resources temporarily unavailable/,
      /too fast/,
      // "temporarily deferred due to unresolvable RFC.5321 from domain" names its reason: that reason decides.
      /temporarily (?:rejected|deferred|limited)(?! (?:due to|because))/,
      /queue (?:is )?full/,
      /maximum connection limit/,
      /connection rate limit/,
      /per-domain connection limit/,
      // Not said not to be ("No max emails per hour applies", as NOT_SAID_BEFORE), nor before a clear
      // cause (CLEAR_CAUSE_AFTER: "Max emails per hour reached; user unknown"). Bounded: linear.
      new RegExp(String.raw`${NOT_SAID_BEFORE}max(?:imum)? (?:e-?mails|messages) per (?:hour|minute)${CLEAR_CAUSE_AFTER}`),
      // A maximum of delivery attempts, deliveries, or deferred and failed messages per hour or minute
      // (GreenArrow's "… due to max delivery attempts per hour", cPanel's "Domain a.example has exceeded
      // the max defers and failures per hour … allowed"): a rate of sending, as "max emails per hour"
      // (above) is, whose count the hour resets. After no other cause (AFTER_ANOTHER_CAUSE,
      // ABSENCE_BEFORE), nor before a clear one (CLEAR_CAUSE_AFTER), not said not to be ("No max …
      // applies", NOT_SAID_BEFORE, as "max emails per hour" now), not answered no. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=max)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})${NOT_SAID_BEFORE}max(?:imum)? (?:number of )?(?:(?:delivery|connection|sending|send) attempts|deliveries|(?:defers|deferrals|failures|bounces)(?: (?:and|or|\+|&) (?:defers|deferrals|failures|bounces))?) per (?:second|minute|hour)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`),
      // Every connection slot to the destination in use ("All connection backlog slots full …",
      // GreenArrow): concurrency spent, a wait, as "too many concurrent connections" is. After no other
      // cause nor before a clear one, not said not to be, not answered no. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:all )?(?:connection|delivery|smtp|outbound|backlog))(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})${NOT_SAID_BEFORE}(?:all )?(?:(?:connection|delivery|smtp|outbound) )?(?:backlog )?slots (?:are |were )?(?:all )?(?:full|in use|exhausted|taken)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`),
      /too many smtp sessions/,
      /trop de connexions/,
      // NetEase: HL:ICC concurrent connections, HL:IFC too much mail in a short time, MI:DMC messages per connection, RP:DRC recipients per connection, MI:SFQ sender's 15-minute quota
      /\b(?:hl:(?:icc|ifc)|mi:(?:dmc|sfq)|rp:drc)\b/,
      // Tencent QQ Mail: 'Ip frequency limited', 'Connection frequency limited', 'Domain frequency limited'
      /frequency limited/,
      // Gmail: 'The user you are trying to contact is receiving mail too quickly' / 'at a rate that prevents additional messages from being delivered'
      /receiving mail (?:too quickly|at a rate)/,
    ],
    // A count of messages or recipients per second or minute said exceeded, reached or allowed
    // ("Messages per second limit exceeded", "only 5 recipients per 5 minutes allowed"): the per-hour
    // and per-day count is sending-limit's. A last resort: only when no cause's own wording is in the
    // reply (SENDING_COUNT_EXCEEDED, RATE_COUNT_EXCEEDED say the guards).
    lastResort: [RATE_COUNT_EXCEEDED, HEAVY_USAGE],
    codes: ['4.7.28', '4.3.2', '5.3'],
    broad: true,
    // A refusal (5xx) over a limit on the sender's sending or account ("you may only send 100 messages
    // per day from a trial account") is the account's limit, not a throttle a retry outlasts.
    permanence: { permanent: { cause: 'sending-limit', words: /\b(?:send(?:ing)?|sent|quota|account)\b/ } },
  },
  {
    id: 'client-blocked',
    category: 'reputation',
    title: 'The receiver refused connections from your sending server',
    why: 'The receiving server refused your server before looking at the message: your IP, host name or HELO name is on its own block list or looks untrustworthy, or your server misbehaved in the SMTP dialogue (an invalid HELO name, an open relay).',
    fix: 'Make sure your server announces a real, resolvable host name in HELO/EHLO that matches its reverse DNS, that it is not an open relay, and that its IP is not on public blocklists. If it still fails, contact the receiving provider’s postmaster with the exact reply text and your sending IP.',
    concepts: [
      // The name the sending server gave in HELO / EHLO, refused or malformed; not before a clear cause
      // (CLEAR_CAUSE_AFTER: "HELO hostname invalid; user unknown"), as its twins below step aside.
      new RegExp(near(['helo', 'ehlo', 'helo name', 'ehlo name', 'helo/ehlo', 'greeting name', 'helo ?host', 'ehlo ?host'], ['error', 'check\\w* fail\\w*', 'invalid', 'rejected', 'refused', 'not allowed', 'denied', 'bad', 'malformed', 'forged', 'not (?:a )?fully[- ]qualified', 'need(?:s)? (?:a )?fully[- ]qualified', '(?:does not|doesn\'?t) (?:resolve|match)', 'syntax error', '(?:should|must) be (?:a |an )?(?:fqdn|fully[- ]qualified|valid (?:host ?name|domain)|resolvable)', '(?:not (?:a |an )?|non-?)fqdn'], 30).source + CLEAR_CAUSE_AFTER),
      // A HELO name that does not exist ("HELO hostname does not exist", "EHLO name mx.a.example not
      // found"): the name as the subject, and no address, user or mailbox between it and the predicate
      // ("HELO name accepted, but user not found" is a recipient's), nor a sentence or clause end ("Helo
      // name mx.a.example. Mailing list not found", "HELO argument checked, alias target not found").
      // Bounded gap: linear.
      /(?:^|[^a-z])(?:helo|ehlo)(?:\/ehlo)? ?(?:host ?name|name|domain|argument)(?![a-z])(?:(?!user|recipient|mail ?box|address|account|sender|rcpt|\. )[^;!?,]){0,80}?[^a-z](?:(?:does not|doesn'?t) exist|not found|unresolvable|not resolvable)(?![a-z])/,
      // …and the other way round ("Invalid HELO name", "bogus EHLO argument"), not before a clear cause
      // (CLEAR_CAUSE_AFTER: "Invalid HELO name; user unknown"), as its newer twin ("… is not a valid HELO
      // name") steps aside. Bounded: linear.
      new RegExp(near(['invalid', 'bad', 'illegal', 'forged', 'malformed', 'bogus', 'unresolvable'], ['(?:helo|ehlo)(?:/ehlo)?(?: name| host ?name| argument| greeting)?'], 8).source + CLEAR_CAUSE_AFTER),
      // …or said unknown, right before it ("550 unknown HELO domain"; unknown-domain's "unknown … domain"
      // reads no HELO name), not a recipient said unknown before it ("User unknown HELO …"), not before a
      // clear cause. Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?<!(?:user|recipient|mailbox|address|account) )unknown (?:helo|ehlo)(?: host ?name| name| domain| argument)?(?![a-z])${CLEAR_CAUSE_AFTER}`),
      // …or said not to be a valid one ("mail is not a valid HELO name", open-mail's 3 Strikes; "… is not
      // an acceptable EHLO argument"): the same refusal with "not" before the adjective. After no other
      // cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "User unknown; … is not a valid HELO name") nor
      // before a clear one (CLEAR_CAUSE_AFTER: "… is not a valid HELO name: user unknown"), not
      // answered no. The words first (a lookahead), then what may not come before them. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=not )(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})not (?:a |an )?(?:valid|acceptable|proper|legal|legitimate|fully[- ]qualified|permitted) (?:dns )?(?:helo|ehlo)(?:\/(?:ehlo|helo))?(?: (?:host ?name|name|domain|argument|greeting))?${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`),
      // A client not authorised to use the HELO name it gave ("192.0.2.1 is not authorized to transmit
      // with a HELO name ending in a.example", open-mail's check that the HELO domain vouches for the IP
      // by PTR, A or MX, or SPF; "not permitted to use this HELO"): the client's stated identity refused,
      // as a forged HELO is. After no other cause nor before a clear one, as above. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=not |unauthori)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:not (?:authori[sz]ed|allowed|permitted)|unauthori[sz]ed) to (?:transmit|send|connect|use|present|identify)(?: (?:mail|e-?mail|messages|itself|yourself))?(?: (?:with|as|using|under))? (?:a |an |the |this |that |your |its )?(?:helo|ehlo)(?:\/ehlo)?(?![a-z])${CLEAR_CAUSE_AFTER}`),
      // Told to give its real name in the HELO ("Please use your real hostname when saying HELO", "use a
      // fully qualified domain name in your EHLO"): the HELO name refused, said as what to do instead. Not
      // said not to be needed (NOT_NEEDED_BEFORE), after no other cause (AFTER_ANOTHER_CAUSE,
      // ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER). The words first (a lookahead). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=please|use|give|send|say|supply|provide|present|announce)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:please )?${NOT_NEEDED_BEFORE}(?:use|give|send|say|supply|provide|present|announce) (?:your|a|an|the)(?: (?:own|actual|real|proper|correct|valid|resolvable|fully[- ]qualified)){1,2} (?:host ?name|domain(?: name)?|name|fqdn) (?:(?:when|while) (?:saying|sending|giving|issuing|using) |(?:in|for|with|as) (?:the |your |a |an )?)(?:helo|ehlo)(?:\/ehlo)?${WORD_END}${CLEAR_CAUSE_AFTER}`),
      // A host or domain name judged *in* the HELO is the client's name, not a recipient's domain
      // ("501 bad host name in HELO", "unknown host in HELO greeting").
      /(?:^|[^a-z])(?:invalid|bad|illegal|unknown|bogus|forged|malformed|unresolvable) (?:host ?name|host|domain(?: name)?)(?: or (?:ip|ip address|address literal))? (?:in|for|given in|used in|sent (?:in|with)|(?:supplied|given|sent|used) as|as) (?:the |your |a )?(?:helo|ehlo)(?![a-z])/,
      // The sending IP itself, blocked or listed: "[192.0.2.1] blocked", "192.0.2.1 is blacklisted". Not
      // "rejected" or "refused": Postfix quotes the receiving host's IP ("host mx[192.0.2.9] said: 550
      // … rejected"), and a refusal next to that IP says nothing about the sender's.
      /(?:^|[^\d.])\[?\d{1,3}(?:\.\d{1,3}){3}\]?(?: is| has been| was| are)?(?: (?:temporarily|permanently|currently))? (?:blocked|banned|black-?listed|block-?listed|listed)\b/,
      anyOf(near(['ip', 'ip address', 'client', 'client host', 'client ip', 'your host', 'this host', 'sending host', 'remote host', 'your server', 'sending server', 'mail server', 'your mta', 'your network', 'your location', 'sender ip', 'sending ip', 'your ip', 'source ip', 'connecting ip', 'smtp client', 'dynamic ip(?: address)?', 'ip-adresse', 'adresse ip', 'direcci(?:ó|o)n ip', 'indirizzo ip', 'endere(?:ç|c)o ip'], ['blocked', 'banned', 'refused', 'rejected', 'denied', 'not allowed', 'not permitted', 'not authori[sz]ed', 'not accepted', 'not welcome', 'blacklisted', 'blocklisted', 'administratively denied', 'refus(?:é|e)', 'abgelehnt', 'gesperrt', 'blockiert', 'bloqu(?:é|e)e?', 'bloquead[oa]', 'rechazad[oa]', 'bloccat[oa]', 'rifiutat[oa]', 'bloquead[oa]'], 30), near(['refused', 'not accepting', 'not accept(?:ed|ing)?', 'no access', 'denied', 'no'], ['connections', 'to talk to me', 'from (?:mail )?server', 'from your (?:ip|host|server|network)', 'smtp service'], 12), near(['service', 'acc(?:è|e)s', 'zugriff', 'acceso'], ['refus(?:é|e|ed)', 'verweigert', 'denegado'], 4), near(['blocked', 'banned', 'blacklisted', 'blocklisted', 'black'], ['ips?', 'ip address(?:es)?', 'clients?', 'hosts?', 'sender ip', 'sending ip'], 4), near(['invalid', 'illegal', 'forbidden', 'untrusted', 'bad'], ['ips?', 'ip address(?:es)?', 'sender ip', 'sending ip', 'client ip', 'remote ip'], 4)),
      // The sending IP or client that *is* filtered or forbidden ("Your IP(192.0.2.1) is filtered", "remote ip
      // is forbidden"): only with the verb to be, and no message, mail or content in between; "the mail
      // server filtered your message", "IP: 192.0.2.1 Message content filtered" are filters on the message.
      /(?:^|[^a-z])(?:ip|ip address|client|client host|client ip|your host|this host|sending host|your server|sending server|your mta|your network|sender ip|sending ip|your ip|source ip|connecting ip|remote ip|smtp client|dynamic ip(?: address)?)(?![a-z])(?:(?!message|mail|content|e-?mail)[^;!?.]|\.(?=\d)){0,20}?(?:^|[^a-z])(?:is|was|has been|are|were|have been)(?: (?:temporarily|permanently|currently))? (?:filtered|forbidden)(?![a-z])/,
      // An open relay or open proxy: the sending server itself is the problem.
      /(?:^|[^a-z])open[- ]?(?:relay|proxy)/,
      // Mail, messages or connections from the client's IP literal, refused, deferred for good or not sent
      // ("Messages from 192.0.2.1 weren't sent", "All messages from 192.0.2.1 will be permanently deferred").
      /(?:connections?|mail|messages?|e-?mails?|traffic|access) from (?:[a-z0-9.-]{1,100})?\[?\d{1,3}(?:\.\d{1,3}){3}\]?(?!\d)[^;!?]{0,30}?(?:rejected|refused|blocked|denied|(?:permanently )?deferred|not (?:be )?(?:allowed|accepted|permitted|sent|delivered)|(?:weren'?t|were not|wasn'?t|was not) (?:sent|accepted|delivered))/,
      // …and a delivery from the client, or the client named by a name before its address in parentheses
      // ("554 5.7.1 <a@b.example>: Recipient address rejected: delivery from CN (192.0.2.1) rejected",
      // mtpolicyd's GeoIPAction, the name a country code; "delivery from mail.a.example (192.0.2.1)
      // refused"), as "host[192.0.2.1]" is: after no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE) nor
      // before a clear one (CLEAR_CAUSE_AFTER: "Delivery from 192.0.2.1 rejected: user unknown"). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=connections?|mail|messages?|e-?mails?|traffic|access|deliver)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:deliver(?:y|ies) from (?:(?:[a-z0-9.-]{1,100}|[_\uE000]{2,253}) ?(?=\())?|(?:connections?|mail|messages?|e-?mails?|traffic|access|deliver(?:y|ies)) from (?:[a-z0-9.-]{1,100}|[_\uE000]{2,253}) ?(?=\())[[(]?\d{1,3}(?:\.\d{1,3}){3}[\])]?(?!\d)[^;!?]{0,30}?[^a-z](?:rejected|refused|blocked|denied|not (?:allowed|accepted|permitted))(?![a-z])${CLEAR_CAUSE_AFTER}`),
      // A client refused for the country it connects from ("550 Your country is not allowed to connect to this
      // server", "Connections from your country are not accepted", "rejected by GeoIP"): where the client is, as
      // "your location" reads. Not a country-code top-level domain (a sender's domain: "country code TLD not
      // allowed"), nor a recipient's, sender's, domain's or mailbox's country, said before it or between; after
      // no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER).
      // Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=countr|geo)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?<!(?:recipient|rcpt|sender|domain|mail ?box|user|address|tld)(?:'s)?[^;!?]{0,30})(?:countr(?:y|ies)|geo-?ip|geo-?location)(?![a-z])(?![- ]?codes?(?: top[- ]level| tld))(?:(?!recipient|mail ?box|user|domain|tld|address|settings?)[^;!?]){0,30}?(?:^|[^a-z])(?:not (?:allowed|permitted|accepted)|blocked|banned|refused|rejected|denied|black-?listed|block-?listed|prohibited|forbidden)(?![a-z])${CLEAR_CAUSE_AFTER}|${WORD_START}(?=blocked|banned|refused|rejected|denied|forbidden|prohibited)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:blocked|banned|refused|rejected|denied|forbidden|prohibited) (?:by |due to |because of |for )?(?:the |your |its )?(?:countr(?:y|ies)|geo-?ip|geo-?location)(?![a-z])(?![- ]?codes?(?: top[- ]level| tld))${CLEAR_CAUSE_AFTER}`),
      // Connections refused for a reason ("Connection rejected by policy", "connections not accepted from …");
      // a bare TCP "Connection refused" names no reason and is a network failure.
      /connections? (?:(?:is|are|was|were|has been|have been) )?(?:rejected|refused|denied|blocked) (?:from|due to|because|for policy|by (?:local |site |administrative )?policy)|connections? (?:will not be|are not|is not|not) accepted from/,
      // The client's access to the system, refused ("Your access to this mail system has been rejected").
      near(['your access', 'access (?:for|from) your (?:ip|host|server|network|system)'], ['rejected', 'denied', 'refused', 'blocked', 'revoked', 'suspended', 'not (?:allowed|permitted)'], 60),
      // No access for or from the client's IP, host or network ("550 Sorry, no access for this ip", ICG
      // Link's refused client IP; "No access for IP 192.0.2.1"): the access refused in other words. Not
      // "to" a server (the receiver named: "No access to this server: user unknown"), not the sender's
      // domain or user ("no access for this domain / user" is a refused sender), not with a reason or a
      // condition after it (": your message looks like spam", ": please authenticate to relay", "to
      // relay", "without TLS"), not after another cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE), not
      // answered no. The words first (a lookahead), then what may not come before them. Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=no access )(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})no access (?:for|from) (?:(?:this|your|the (?:sending|connecting|client)) (?:ip(?: address)?|host|client|network|mta)(?![a-z])|ip(?: address)? \[?[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]))${NO_ACCESS_END}`),
      // The client's IP, host or network said to have no access ("554 Your IP has no access to this server"):
      // the same refusal with the client as the subject, the same guards.
      new RegExp(String.raw`${WORD_START}(?=your|this|the )(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:your|this|the (?:sending|connecting|client)) (?:ip(?: address)?|host|client|network|mta) (?:has|have) no access(?: to (?:this|the|our) (?:server|host|system|service))?(?![a-z])${NO_ACCESS_END}`),
      // A server that speaks of denying or refusing the connection decided to ("Temporary denial of
      // connection for … matches"); a TCP failure is worded as the connection's own ("Connection refused").
      /(?:^|[^a-z])(?:denial|refusal|rejection) of (?:the |your |this )?(?:smtp |tcp )?connection/,
      // Not "the remote server / host": in a bounce that is the receiving server ("Message rejected by the
      // remote server: user unknown"), whose refusal says nothing about which side it refused.
      // Nor a refusal that gives the message's content as its reason on the way ("Message rejected: spam
      // content from the sending server"), nor one *by* that server ("Message refused by your server": it
      // refused, it was not refused).
      /(?:^|[^a-z])(?:rejected|refused|denied|blocked|banned)(?![a-z])(?:(?!spam|content|virus|malware)[^;!?]){0,20}?(?:^|[^a-z])(?<!by (?:the )?)(?:(?:your|the sending|the connecting|the client) (?:ip|host|server|network|mta)(?: address)?|sending (?:ip|host|server)(?: address)?|client (?:ip|host)(?: address)?|connecting (?:ip|host)(?: address)?)(?![a-z])/,
      near(['ip', 'ip address', 'client', 'client host', 'your host', 'sending host', 'remote host', 'your server', 'sending server', 'your network', 'sender ip', 'sending ip', 'your ip', 'connecting ip'], ['not trusted', 'untrusted', 'distrusted'], 12),
      near(['access (?:is |was |has been )?(?:denied|refused|blocked|forbidden|not allowed)'], ['(?:for|from|to) (?:your|the|this|that|sending|client|connecting) (?:ip|host|server|network|mta|client|system)'], 6),
      // A client told to send through its provider's relay (end-user IP ranges that should not deliver directly).
      near(['use', 'through', 'via'], ["(?:your|the|an?) (?:isp|provider|internet service provider|access provider)(?:'s)? (?:relay|smtp|smart ?host|mail ?server|outgoing)"], 10),
    ],
    phrases: [
      /access denied\.? ip name lookup/,
      /(?:your |the |sending |remote )?(?:ip|host|server|network|client|mta)(?: address)? (?:[^ ]{1,60} )?(?:is |has been |was )?(?:blocked|banned|refused|not allowed|denied|rejected)/,
      /client host [^ ]{0,80} ?(?:rejected|blocked|refused)/,
      /refused to talk to me/,
      // …and from the receiver's side: the server says it will not talk to the client (WONT_TALK_TO_YOU).
      WONT_TALK_TO_YOU,
      // A client that spoke before the server's greeting (Postfix postscreen's "pregreet", qpsmtpd's
      // earlytalker; Exim's "input sent without waiting for greeting"): how spam bots behave, judged of
      // the sending host. Not a greeting *period* (greylisting's wait).
      SPOKE_BEFORE_GREETING,
      // …or one that gave no HELO or EHLO first (NO_HELO_FIRST): under a 503 or an X.5.x code, the dialogue (classify.ts).
      NO_HELO_FIRST,
      // "not accepting mail from your IP / server"; "…from your address" is the sender refused (policy).
      /(?:not accepting|does not accept|not currently accepting) (?:connections|mail from your (?:ip|host|server|network|system|location|mta|domain's servers))/,
      /service refus/,
      /open relay/,
      /rejecting open proxy/,
      // A HELO name called invalid or bad, not before a clear cause (CLEAR_CAUSE_AFTER, as above). Bounded: linear.
      new RegExp(String.raw`invalid (?:domain name|hostname|host name|helo|ehlo)${CLEAR_CAUSE_AFTER}`),
      new RegExp(String.raw`helo (?:command )?(?:rejected|invalid|not allowed)${CLEAR_CAUSE_AFTER}`),
      // …or said blocked or banned, the greeting itself as the subject ("550 HELO/EHLO blocked",
      // MailCleaner's refusal of a HELO name on its list; "EHLO command banned"), as "HELO rejected" reads;
      // the word right after it, not a HELO accepted and something else blocked ("HELO ok, sender blocked"),
      // nor before a clear cause (CLEAR_CAUSE_AFTER). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])${HELO_WORD}(?: (?:is|was|has been))? (?:blocked|banned)(?![a-z])${CLEAR_CAUSE_AFTER}`),
      new RegExp(String.raw`(?:bad|invalid|illegal|forged) helo${CLEAR_CAUSE_AFTER}`),
      /my name was rejected/,
      /no access from (?:mail )?server/,
      /access from ip address [^ ]{1,60} blocked/,
      /mail server at [^ ]{1,120} is blocked/,
      /\bgo away\b/,
      /you are not allowed to connect/,
      // "blocked by zen.spamhaus.org", "blocked by mx.example": a host or list name, not "blocked by
      // the recipient" or "blocked by spam filter" (those are the recipient's and the content's); the
      // host hidden when read (Cause.outsideNames: '_' for each character).
      /blocked by (?:[a-z0-9-]{1,63}\.[a-z0-9.-]{2,80}|[_\uE000]{5})/,
      /not accepting connections/,
      /esmtp (?:service )?not (?:accepting|available)/,
      // Yahoo: 'Connections will not be accepted from x.x.x.x'; generic: 'Connection rejected by policy', 'connections not accepted from …' (not a TCP 'Connection refused', which names no reason)
      /connections? (?:will not be|are not|is not|not) accepted from/,
      /connections? (?:(?:is|are|was|were|has been|have been) )?(?:rejected|refused|denied|blocked) (?:from|due to|because|for policy|by (?:local |site |administrative )?policy)/,
      // NetEase: 'WM:BLI' the IP is not on the list of addresses allowed to send
      /\bwm:bli\b/,
      // 'Connection from 192.0.2.1 rejected', 'Mail from [192.0.2.1] refused by policy': the client's IP literal (or host[IP]), not a sender address
      /(?:connections?|mail|messages?|traffic|access) from (?:[a-z0-9.-]{1,100})?\[?\d{1,3}(?:\.\d{1,3}){3}\]?:? (?:is |has been |was |were |are )?(?:temporarily |permanently )?(?:rejected|refused|blocked|denied|not (?:allowed|accepted|permitted))/,
    ],
  },
  {
    id: 'virus-detected',
    category: 'content',
    // "virus" in an address, a URL or a host name ("see http://virus-found.example/help", "relayed via
    // virus-filter.example") names no finding; a signature's name does ("Heuristics.Phishing.Email").
    outsideNames: 'signatures',
    title: 'The receiver’s scanner found a virus or malware in the message',
    why: 'An antivirus or sandbox at the receiving side flagged an attachment or link as malicious. Either the file really is infected, or it looks like malware (macros, scripts, password-protected archives, executables).',
    fix: 'Scan the sending computer and the attachment with an up-to-date antivirus. Do not send executables, scripts, macro-enabled Office files or password-protected archives; share such files through a link instead. If your account sent mail you did not write, change its password.',
    concepts: [
      // Not an anti-virus scanner, filter or engine that is down or failed ("451 4.3.0 virus scanner
      // unavailable", "virus scan engine error"): nothing in the message was judged, the receiver's
      // own trouble (remote-system-error). A bounded look ahead: linear.
      // Nor a scan for viruses that could not be done ("452 Unable to scan for viruses"), nor a scan
      // that found none ("Virus scanner error: No virus found, temporary failure").
      new RegExp(`(?<!(?:unable to|could not|couldn'?t|cannot|can'?t|failed to|not able to) (?:scan|check)(?: (?:the |this |your )?(?:message|mail|e-?mail|attachments?))? for |(?:^|[^a-z])no )virus(?!${SCANNER_TROUBLE})(?!${VIRUS_DATABASE})`),
      // …unless what could not be scanned is an encrypted or password-protected archive or attachment
      // ("552 Unable to scan for viruses: message contains encrypted archive"): the anti-virus filter's
      // refusal of what it cannot open, which this cause's advice covers. Bounded gap: linear.
      /(?:^|[^a-z])(?:unable to|could not|couldn'?t|cannot|can'?t|failed to|not able to) (?:scan|check)(?![a-z])[^;!?]{0,80}?(?:encrypted|password[- ]protected|passworded) (?:archives?|attachments?|files?|zip|rar|7z|documents?)(?![a-z])/,
      /(?<!(?:^|[^a-z])no )malware/,
      /infected/,
      /trojan/,
      /\bworm\b/,
      /ransomware/,
      /phishing/,
    ],
    phrases: [
      // The product named, not its library ("LibClamAV Error: …", the scanner's own trouble) nor a
      // path ("/var/lib/clamav").
      /(?<![a-z/])clamav/,
      // …and a document's macros judged so (Mailu's rspamd: "malicious macro", "dangerous macro detected").
      // Not none found ("no malicious macro found", "does not contain malicious content"), nor the
      // program or the rule named by it ("malicious macro scan timed out", "dangerous macro check
      // failed, try later", "(malicious macros risk)") unless a verdict follows in its clause.
      new RegExp(`${NOT_NONE}(?:malicious (?:content|attachment|file|code|url|link|macros?)|dangerous (?:content|attachment|macros?))s?(?![a-z])(?!${PROCEDURE_NAMED})`),
      /harmful content/,
    ],
  },
  {
    id: 'spam-content',
    category: 'content',
    // "spam", "spammy" as a mailbox, a URL's path or a host name name no verdict.
    outsideNames: 'names',
    title: 'The receiver’s spam filter refused the message',
    why: 'A content filter scored this message as spam or unsolicited bulk mail. Filters weigh the wording, links and their domains, images versus text, formatting, and how similar it is to mail others reported as spam — together with the sender’s reputation.',
    fix: 'Run the message through spamrisk’s content check and fix what it finds (trigger phrases, link shorteners, image-only layout, hidden text, missing unsubscribe). Make sure SPF/DKIM/DMARC pass, send only to people who asked for your mail, and if a business partner refuses you, ask their IT to allow-list your domain.',
    concepts: [
      // Not a label of a host or an address ("<a@spam.example>", "mx.spam.example").
      SPAM_WORDS[0],
      SPAM_WORDS[1],
      // amavisd-new's contents category below the spam level ("spammy", "spammy (tag3)"); not a label
      // of a host or an address ("a@spammy.example", "spammy-host.example").
      SPAM_WORDS[2],
      // Words or phrases of the message that a filter bans ("550 Blacklisted keyphrase found",
      // opensmtpd-filter-subjectstrings; "Banned phrase detected in subject"): what the message says.
      // Not said to be absent ("no banned words found", "contained no forbidden words"), nor of an
      // address ("Prohibited words in recipient address"). A list of them too ("Rejected by
      // blacklist of keywords"). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])${NOT_NONE}(?<!(?:^|[^a-z])(?:not|zero|any) )(?:(?:black-?listed|block-?listed|banned|forbidden|prohibited|blocked) |(?:black|block|deny) ?lists? of )(?:key ?)?(?:words?|phrases?|keyphrases?|keywords?|expressions?)(?![a-z])(?! (?:(?:found|detected|used) )?in (?:the |your |an? )?(?:(?:recipient|sender|e-?mail|envelope|from) )?(?:address|local[- ]part|user ?name|mailbox name|display name)(?![a-z]))`),
      /\bube\b/,
      /\buce\b/,
      /unsolicited/,
      // The message's content refused ("550 5.7.1 message content rejected"); "content restrictions"
      // without a refusal of the content is a policy (below).
      /(?:^|[^a-z])content (?:was |has been |is )?(?:rejected|refused|not accepted|blocked|denied)(?![a-z])/,
      // …or refused, held or deferred because of it ("message deferred due to content"), not because
      // a content scanner, filter or engine is down or busy (the receiver's trouble), nor by content
      // rules or restrictions (a policy, below), nor a content-type, -encoding or length (the
      // message's form), nor the content's attachments or file types (a policy on attachments).
      /(?:^|[^a-z])(?:rejected|refused|blocked|denied|deferred|held|quarantined|not accepted) (?:due to|because of|based on|for) (?:(?:its|the|the message's|message|suspicious|questionable|prohibited|objectionable) )?content(?![a-z-])(?! (?:filter|scan|check|inspect|analy[sz]|engine|process|service|server|system|type|transfer|encoding|length|size|header|restriction|rule|polic|setting|guideline)\w*)(?![^;!?]{0,80}?(?:^|[^a-z])(?:attach\w*|file[- ]?types?|file extensions?|extensions?|executables?)(?![a-z]))/,
      anyOf(near(['message', 'mail', 'e-?mail', 'content', 'it', 'this'], ['spam', 'junk', 'bulk mail', 'unsolicited', 'spammy', 'pourriel', 'indésirable'], 30), near(['spam', 'junk', 'unsolicited', 'bulk'], ['detected', 'rejected', 'refused', 'blocked', 'filter(?:ed)?', 'score', 'suspected', 'classified', 'identified'], 20)),
    ],
    phrases: [
      /bulk (?:e-?mail|mail) filter/,
      /junk (?:mail|e-?mail) filter/,
      /(?:message|mail|e-?mail) content (?:was )?(?:rejected|refused|not accepted)/,
      /content (?:filter(?:ing|s)?(?![a-z])(?! (?:time-?out|timed out|error|failure|failed|unavailable|not (?:available|responding)|down|busy))|rejected|policy)/,
      /(?:rejected|identified|detected|classified|flagged|marked|considered|scored) as (?:spam|junk|bulk|unsolicited)/,
      /looks like (?:spam|junk)/,
      /(?:spam|junk) (?:detected|score|content|message|filter|checks?)/,
      /spamassassin/,
      /probably (?:spam|junk)/,
      /\bofr_506\b/,
      /\[506\]/,
      /mail rejete\. mail rejected/,
      /message (?:looks|seems|appears) (?:to be )?(?:suspicious|unsolicited)/,
      /suspicious (?:content|message|e-?mail|url|link)/,
      /5\.7\.350/,
      /appears to be unsolicited/,
      /black ?listed url/,
      /content filter rejection/,
      // A scanner's refusal ("554 Message refused by the scanner", VirusFree.cz): the scanner judged the
      // message. Not a scanner in trouble said in the same clause ("Rejected by the scanner: scanner
      // error", "refused by the scanner (timeout)": the receiver's trouble), nor denied ("wasn't",
      // "nothing was"). Said last (SAID_LAST): a reason after it decides ("…: Banned attachment",
      // "… Try again later", "…; could not scan"); nor after another cause (AFTER_ANOTHER_CAUSE).
      // Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?<!(?:not|never|n't|nothing (?:was|were|is|has been)|none (?:was|were)) )(?:refused|rejected|blocked|stopped|quarantined) by (?:the |our |an? )?(?:(?:content|message|mail|e-?mail|spam|anti-?spam|security) )?scanners?(?![a-z'])(?<!${AFTER_ANOTHER_CAUSE})(?<!${AFTER_A_CLAUSE})${SAID_LAST}(?![^;!?]{0,40}?(?:^|[^a-z])(?:errors?|failure|failed|timeout|time-?out|timed out|unavailable|not (?:available|responding|running|ready)|down|busy|crash\w*|overloaded)(?![a-z]))`),
      /denied due to spam/,
      /high probability of spam/,
      /mail content denied/,
      /unacceptable content/,
      // The message said to contain inappropriate words, content or language ("550 The mail may contain
      // inappropriate words or content.", QQ Mail; set 23): a verdict on what it says, as "unacceptable
      // content". Not said not to (NOT_SAID_BEFORE, NOT_NONE: "contains no inappropriate content"), not a
      // content type. Bounded: linear.
      new RegExp(String.raw`${WORD_START}${NOT_NONE}${NOT_SAID_BEFORE}inappropriate (?:words?|content|language|text|material|phrases?|expressions?)(?![a-z-])(?![- ](?:type|encoding|transfer|disposition|header|id|description|length|charset)(?![a-z]))${NOT_A_FIELD_SAID_NO}`),
      /banned content/,
      /spam-like/,
      /(?:bulk|advertis\w{0,6}) (?:mail|e-?mail) (?:classification|rejected)/,
      /rejected - bulk/,
      /recurrent pattern detection/,
      /similar to spam/,
      /uribl policy/,
      /antispam checks/,
      /anti-spam (?:check|filter|engine)/,
      /triggered a spam/,
      /temporarily blocked by (?:our|the) filter/,
      /\b- spam\b/,
      // NetEase: 'DT:SPM' the message has the characteristics of spam
      /\bdt:spm\b/,
    ],
    codes: [],
  },
  {
    id: 'policy-rejection',
    category: 'policy',
    title: 'The receiver refused the message under its local policy',
    why: 'The receiving organisation applies its own rules (attachment types, security checks, allowed senders, headers) and this message broke one of them. The reply usually names the rule; if it does not, only the receiving administrator can tell you which.',
    fix: 'Read the reply for the rule it names and the link it gives. Remove attachments the receiver blocks (executables, scripts, archives with them, macro-enabled documents) or share them by link. If the reply names no rule, ask the recipient to have their mail administrator check the log for your message and allow-list you if appropriate.',
    // Said administratively denied, a last resort (ADMINISTRATIVELY_DENIED says why and the guards).
    lastResort: [ADMINISTRATIVELY_DENIED],
    lastResortYields: true,
    concepts: [
      near(['rejected', 'refused', 'blocked', 'denied', 'not accepted', 'not allowed', 'quarantined'], ['(?:due to|because of|for|by|under) (?:the |our |this |its |their |a )?(?:[a-z\'-]{1,20} ){0,3}(?:restrictions?|rules?|(?:content )?filter(?:ing|s)?(?![a-z])(?! (?:time-?out|timed out|error|failure|failed|unavailable|not (?:available|responding)|down|busy)))'], 20),
      // An attachment, file type or MIME type refused, or the message's parts above a count
      // (MIMEDefang's "MIME type message/partial not accepted here", "too many MIME parts";
      // WildDuck's "too many nested attachments"): what the message is made of, under local rules.
      // "Not accepted" only of an attachment, file type or MIME type: an ESMTP extension "not accepted"
      // is the command's ("555 5.5.4 SMTPUTF8 extension not accepted").
      // A MIME type only when the refusal is said of it (MIME_TYPE_REFUSED), not any refusal near the
      // words ("Recipient rejected: No such user (MIME type text/plain)"); a refusal before an
      // attachment only with no other subject (a user, recipient, address …) or aside between
      // ("Recipient Rejected: No such user (attachment a.pdf)"). Bounded gap: linear.
      anyOf(near(['attachments?', 'file types?', 'file extensions?', 'extensions?'], ['filter\\w*', 'block\\w*', 'reject\\w*', 'not allowed', 'not permitted', 'prohibited', 'forbidden', 'banned', 'unacceptable'], 20), near(['attachments?', 'file types?', 'file extensions?'], ['not accepted'], 20), /(?:^|[^a-z])(?:block\w*|reject\w*|not allowed|prohibited|forbidden|banned|unacceptable|dangerous|black-?listed|high[- ]risk|unsafe)(?![a-z])(?:(?!user|recipient|mailbox|address|sender|domain|host|\()[^;!?]){0,20}?(?:^|[^a-z])(?:attachments?|file types?|file extensions?|attachment filter)(?![a-z])/),
      // An attachment called bad ("554 Your email was rejected because it contains a bad attachment:
      // invoice.exe", simscan), as a banned or forbidden one reads: not one said not to be ("no bad
      // attachments"), nor its encoding, format or MIME structure called bad ("bad attachment encoding": the
      // message's form, malformed-content's), nor part of a name ("bad-attachment.example"). Bounded: linear.
      /(?<![a-z0-9_./@-])(?<!(?:^|[^a-z])(?:no|not|any) )bad (?:file )?attachments?(?![a-z0-9_.@-])(?! ?(?:encoding|format|mime|header|boundar|structure|base ?64|data|name syntax|syntax))/,
      // An attachment, file type or extension "disallowed", said as words ("Disallowed Attach Type",
      // "attachment type disallowed", "Disallowed extension .exe", "Filetype disallowed"), quoted or
      // bracketed too ('"Disallowed attachment type"', "[Disallowed attachment]"); not part of a link's,
      // host's or address's name ("…/disallowed-attachment", "disallowed-attachments.example"), nor
      // denied ("no disallowed attachments").
      /(?<![a-z0-9_./@-])(?<!(?:^|[^a-z])(?:no|not|any) )disallowed (?:(?:[a-z]{1,12}|\.[a-z0-9]{1,6}) )?(?:attachments?|attach(?:ment)? types?|file ?(?:types?|extensions?)|extensions?)(?![a-z])|(?<![a-z0-9_./@-])(?<!(?:^|[^a-z])(?:no|not|any) )(?:attachments?|attach(?:ment)? types?|file ?(?:types?|extensions?)|extensions?)(?: [a-z]{1,12})? (?:is |are )?disallowed(?![a-z])/,
      // A file extension or type called invalid, of an attachment ("Invalid file extension on attachment",
      // Indiana's; "Invalid attachment type"), or attachments' file extensions or types that "cannot be
      // accepted" (Towson's): the attachment refused by type. A type or extension word is said: bare
      // "attachments" that "cannot be accepted" may be refused by size ("552 5.3.4 Attachments over 10 MB
      // cannot be accepted" is the size) or for the recipient, as before. Not an ESMTP extension ("Invalid extension
      // in SMTP command"): "file" or "attachment" is said. Not said not to be, not after another cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "Unknown user; invalid file extension on attachment") nor
      // before a clear one (CLEAR_CAUSE_AFTER: "…; user unknown"). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=invalid)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})${NOT_SAID_BEFORE}invalid (?:file (?:extensions?|types?|names?)(?: (?:on|in|of) (?:the |an |this |your )?attachments?)|attachment (?:file )?(?:types?|extensions?)|file (?:extensions?|types?))(?![a-z])${CLEAR_CAUSE_AFTER}`),
      new RegExp(String.raw`(?:^|[^a-z])(?=(?:attachments?|file) (?:types?|extensions?)(?![a-z]))(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:attachments?|file) (?:types?|extensions?)(?![a-z])[^;!?]{0,20}?[^a-z](?:cannot|can ?not|can'?t|could not|couldn'?t) be accepted(?![a-z])${CLEAR_CAUSE_AFTER}`),
      MIME_TYPE_REFUSED,
      TOO_MANY_PARTS,
      // A header field the receiver does not allow in the message, Bcc and Cc by name or any field
      // said to be a header ("550 BCC not allowed", opensmtpd-filter-nobcc; "Reply-To header not
      // permitted"): what the message carries, under local rules. Not the From, Sender or
      // Return-Path (the sender's address: sender-rejected, MALFORMED_FROM) nor a DKIM, ARC or
      // authentication header (authentication); a refusal word alone ("rejected") says no rule.
      HEADER_NOT_ALLOWED,
      // Exim's default refusal of an ACL ("550 Administrative prohibition"), and delivery to an address
      // that is restricted (Microsoft 365's NDR for a group or mailbox with delivery restrictions).
      anyOf(/administrative(?:ly)? prohibit\w*/, near(['deliver(?:y|ies)', 'sending', 'posting', 'messages'], ['(?:is |are )?restricted'], 24)),
      anyOf(near(['polic(?:y|ies)', 'rules?', 'guidelines', 'politique', 'richtlinie', 'pol(?:í|i)tica'], ['violat\\w*', 'reject\\w*', 'refus\\w*', 'block\\w*', 'denied', 'prohibit\\w*', 'not (?:allowed|accepted|permitted)', 'does not allow'], 30), near(['reject\\w*', 'refus\\w*', 'block\\w*', 'denied', 'not accepted', 'prohibited'], ['(?:by|due to|because of|for|under|per) (?:the |our |this |its |their |a )?(?:[a-z\'-]{1,20} ){0,3}polic(?:y|ies)'], 30)),
    ],
    phrases: [
      /policy reasons/,
      // Not a mismatch of recipients' policies ("452 4.5.3 Recipient policy mismatch", MailChannels: recipients
      // whose policies differ from the first ones' are deferred to another transaction): no refusal by a
      // policy. A local (site, mail …) policy mismatch stays one.
      /(?:local|security|administrative|content|site|mail|our) polic(?:y|ies)|recipient'?s? polic(?:y|ies)(?! mismatch(?:es|ed)?(?![a-z]))/,
      /policy (?:violation|rejection|restriction)/,
      /not accepted for policy/,
      /violates? (?:our |the |local )?(?:policy|policies|terms)/,
      /prohibited by (?:local )?policy/,
      /administrative(?:ly)? prohibit/,
      /against (?:our |the )?(?:policy|policies)/,
      /(?:potential|possible) security (?:issue|risk|threat)/,
      /attachment (?:type )?(?:is )?(?:not allowed|blocked|prohibited|rejected|forbidden|banned)/,
      /(?:blocked|banned|prohibited|forbidden|unacceptable|restricted) (?:file|attachment|extension|content type)/,
      /file (?:type|extension) (?:is )?(?:not allowed|blocked|banned)/,
      /host network not allowed/,
      /header error/,
      /message (?:was )?(?:rejected|refused) by (?:the )?(?:receiving )?(?:mail )?(?:server|system|gateway)/,
      /content (?:and attachment )?content guidelines/,
      /illegal attachment/,
      /denied by policy/,
      /closed mailing list/,
      /security policies/,
      /header(?:s)? (?:are|is) not accepted/,
      /organi[sz]ational settings/,
      /rejected due to local policy/,
      /messages with multiple addresses/,
      // A bounce (null sender) to more than one recipient, which Postfix's reject_multi_recipient_bounce
      // refuses ("Multi-recipient bounce"): the message's form, not a count over a rate. Not denied.
      // The noun phrase as the reason, said last (SAID_LAST: not "… check passed", "… suppressed",
      // "… from unknown domain"), a refusal word at most after it, not denied ("we do not reject …");
      // the longer wording only with a refusal in its clause, before or after ("Bounce message to
      // multiple recipients refused"; not "bounce to multiple recipients allowed"). Neither after
      // another cause said (AFTER_ANOTHER_CAUSE), which decides. Bounded windows: linear.
      new RegExp(String.raw`(?:(?:^|[^a-z])(?<!(?:no|not|non|(?:not|n't|never) (?:reject|refuse|block|deny|accept|send|generate)s?) )multi-?recipients? bounces?(?![a-z])(?: (?:is |are |was |were )?(?:rejected|refused|denied|blocked|not (?:accepted|allowed|permitted)))?${SAID_LAST}|(?:^|[^a-z])(?<!(?:no|not) )(?:(?<=(?:^|[^a-z])(?:rejected|refused|denied|blocked|not accepted)(?![a-z])[^;!?]{0,30})${BOUNCE_TO_SEVERAL}|${BOUNCE_TO_SEVERAL}(?=[^;!?]{0,24}?[^a-z](?:rejected|refused|denied|blocked|prohibited|forbidden|not (?:accepted|allowed|permitted))(?![a-z]))))(?<!${AFTER_ANOTHER_CAUSE})(?<!${AFTER_A_CLAUSE})`),
      // A recipient a local rule prohibits ("550 5.7.1 Recipient Prohibited (3)", VPOP3): not a list of
      // them named ("recipient prohibited list empty"), nor denied. Said last (SAID_LAST) and after no
      // other cause (AFTER_ANOTHER_CAUSE): "Recipient prohibited: user unknown", "…; greylisted" and
      // "User unknown …; recipient prohibited" read that cause; "prohibited from receiving external
      // mail" is the recipient's filter (recipient-filter).
      new RegExp(String.raw`(?:^|[^a-z])(?<!(?:no|not) )(?:recipient|rcpt)(?: address)? (?:is |was )?prohibited(?![a-z])${SAID_LAST}(?<!${AFTER_ANOTHER_CAUSE})(?<!${AFTER_A_CLAUSE})`),
      /rejected by organi[sz]ation policy/,
      /mass mailer/,
      /captcha/,
      // Mimecast's SMTP rejection codes: 'Administrative prohibition - envelope blocked', 'Envelope blocked - User Entry', 'Rejected by header based Anti-Spoofing policy'
      /envelope (?:blocked|rejected)/,
      /anti-?spoofing/,
      // Microsoft 365 NDR 5.7.520: 'Access denied, Your organization does not allow external forwarding'
      /(?:does not|doesn'?t) allow (?:external|automatic|auto-?) ?forwarding/,
    ],
    codes: ['7.0', '5.7.520'],
  },
  {
    id: 'malformed-content',
    category: 'content',
    title: 'The receiver could not accept the message’s format or encoding',
    why: 'The message’s content or encoding is not one the receiving system supports: too many or too large headers, 8-bit or UTF-8 data where the server needs 7-bit, bare line feeds, overlong lines, or a media type it cannot convert.',
    fix: 'Send through a standard mail library or service that encodes the message properly (quoted-printable or base64 for non-ASCII text, CRLF line endings, lines under 998 characters, a sane number of headers). If you build messages yourself, check the raw source of one.',
    concepts: [
      // Line ends that are not CRLF ("451 Bare line-feed", "bare LF", "Lone CR or LF in body", Postfix's
      // "Error: bare <LF> received"): RFC 5321 §2.3.8. Not those of an SMTP command line ("Invalid end of
      // line in command", "Bare newline in SMTP command"): the dialogue's syntax, smtp-protocol-error's.
      anyOf(new RegExp(`(?:^|[^a-z])(?:bare|lone|naked|stray)[ -](?:<?(?:lf|cr)>?|line[ -]?feeds?|linefeeds?|carriage[ -]returns?|newlines?|cr or lf|lf or cr)(?![a-z])${NOT_IN_COMMAND}`), new RegExp(near(['invalid', 'bad', 'illegal', 'improper', 'malformed', 'wrong', 'non-?standard'], ['line[- ]?endings?', 'end[- ]of[- ]lines?', 'eols?', 'line (?:terminators?|delimiters?|separators?)'], 6).source + NOT_IN_COMMAND), near(['line[- ]?endings?', 'line (?:terminators?|delimiters?|separators?)'], ['(?:is |are )?(?:invalid|not (?:allowed|crlf|valid)|malformed)', '(?:must|should) be crlf'], 6)),
    ],
    phrases: [
      MESSAGE_NOT_PARSED,
      MESSAGE_DEFECTS,
      MESSAGE_FORM_INVALID,
      /headers? (?:too (?:large|long|big)|exceed)/,
      // (Not "too many hops": RFC 5321 §6.3's hop count, a loop, network-error's as under X.4.6.)
      /too many (?:headers|header lines)/,
      /media (?:error|type not supported|not supported)/,
      // A content or media type said not supported, X.6.1's "media not supported" said of the type ("The message
      // contains a content type that is not supported.", Exchange 4.0–5.5's MTA, KB Q146588; "unsupported content
      // type"): what the receiver or the next hop cannot carry or convert, not a type refused by a rule ("MIME
      // type not allowed": MIME_TYPE_REFUSED, policy). Bounded: linear.
      /(?:^|[^a-z])(?:content|media)[- ]types?(?: ["'<]?[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,80}["'>]?)?(?: (?:that|which))? (?:is |are |was |were )?(?:not supported|unsupported)(?![a-z])|(?:^|[^a-z])unsupported (?:content|media)[- ]types?(?![a-z])/,
      /(?:8-?bit|non-ascii|utf-?8|binary) (?:data|characters|content|header|mime)? ?(?:not (?:allowed|supported|accepted)|rejected)/,
      /smtputf8/,
      /bare (?:lf|line ?feeds?|cr)/,
      /line too long/,
      /lines? (?:is |are )?too long/,
      // A line's length said over its maximum, as "line too long" says it: exceeded, or the maximum given with
      // the length found ("550 Maximum line length is 998, got 2048.", MailCleaner; "line length exceeds
      // 1000"). A maximum said alone ("maximum line length is 998") refuses nothing; lines said over a limit or
      // beyond a maximum ("line length over the limit") keep message-too-large's older reading of them.
      // Bounded: linear.
      /(?:^|[^a-z])line length (?:limit )?exceed(?:s|ed)?(?![a-z])|(?:^|[^a-z])max(?:imum|\.)? line length (?:is |of )?\d{1,6}(?: (?:bytes|characters|chars|octets))?,? (?:but )?(?:got|received|found|saw|was) \d{1,9}(?![0-9])/,
      // …but characters in an address are the address's (sender-rejected, unknown-recipient).
      /invalid (?:mime|encoding)|invalid characters?(?![a-z])(?! in (?:the )?(?:[a-z-]{1,12} )?(?:sender|recipient|from|to|originator|e-?mail address|mail from|address|local[- ]?part|user ?name)(?![a-z]))/,
      /conversion (?:failed|required|not possible)/,
      /message content not available/,
      /mime (?:error|structure|format)/,
    ],
    codes: ['6.0', '6.1', '6.2', '6.3', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10', '6.11'],
  },
  {
    id: 'tls-required',
    category: 'policy',
    title: 'The receiver requires an encrypted (TLS) connection',
    why: 'The receiving server (or the sender’s own policy, MTA-STS or REQUIRETLS) only accepts mail over TLS, and the connection was not encrypted or the TLS handshake failed.',
    fix: 'Enable STARTTLS on your sending server with a current TLS version (1.2+) and a valid certificate, and check that nothing between you and the receiver strips STARTTLS. If the error names a certificate problem, fix that certificate.',
    concepts: [
      anyOf(near(['requires?', 'required', 'must (?:use|issue|start)', 'mandatory', 'enforced?'], ['tls', 'starttls', 'encryption', 'encrypted (?:connection|channel|transport)', 'secure (?:connection|channel|transport)'], 12), near(['tls', 'starttls', 'encryption'], ['(?:is )?(?:required|mandatory|enforced|needed)'], 12), /(?:^|[^a-z])(?:tls|ssl|starttls|encrypted) (?:conversation|connection|session|channel|transport|delivery)s? (?:is )?(?:required|mandatory|needed|enforced)(?![a-z])/),
      /starttls (?:is )?required/,
      /tls (?:is )?required/,
      // Refused for want of an encrypted connection ("Command refused due to lack of security", "rejected:
      // no TLS"): TLS, SSL, STARTTLS or an encrypted connection named, or a bare "lack of security" that
      // ends the clause. Not a security token, clearance or header, nor encryption of the message
      // itself (S/MIME): those are not the transport.
      near(['refused', 'rejected', 'denied', 'not (?:allowed|accepted|permitted)'], ['(?:due to |because of |for )?(?:the )?(?:lack of|missing|absence of|no|without) (?:tls|starttls|ssl|(?:an? )?(?:encrypted|secure|tls|ssl) (?:connection|channel|transport|session))(?![a-z]|\\.[a-z])(?! (?:cert|key|polic|check|scan|software|service|issue|problem|reason|inspection|version|library))', '(?:due to |because of |for )?(?:the |a )?lack of (?:transport[- ]layer )?security(?= ?(?:$|[.;,!?)]))'], 20),
    ],
    phrases: [
      // Required to send, deliver or connect over an encrypted session ("Your sender domain is required
      // to send via an encrypted SMTP session", VIPRE): the TLS requirement in other words. Not said not
      // to be, nor a field answered no ("Sender must send via TLS connection: no"), nor after another
      // cause (AFTER_ANOTHER_CAUSE or ABSENCE_BEFORE, before the sender named or the verb: "User unknown;
      // you must send via an encrypted session"). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:(?:your|the|this|all) )?(?:sender|sending|required|must|needs?|has|have)(?![a-z]))(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE})(?:(?:your |the |this |all )?(?:sender|sending)(?:'s)?(?: (?:domain|address|e-?mail address|ip(?: address)?|server|host))?(?: (?:is|are|was))? )?(?<!(?:not|n't|never|no longer) (?:be )?)(?:required|must|needs? to|has to|have to)(?: to)? (?:send|deliver|connect|submit|relay)(?: (?:mail|e-?mails?|messages))? (?:via|over|using|through|with|in) (?:an? |the )?(?:encrypted|secure|tls|ssl) (?:smtp )?(?:session|connection|channel|transport|link)${WORD_END}${NOT_A_FIELD_SAID_NO}`),
      /must issue a starttls/,
      /requires? (?:a )?(?:tls|secure|encrypted) (?:connection|channel)/,
      /encryption (?:is )?(?:required|needed)/,
      /requiretls/,
      /tls (?:negotiation|handshake) failed/,
      /(?:ssl|tls) (?:error|failure|handshake)/,
      /certificate (?:verification|validation) (?:failed|error)/,
      /mta-sts/,
    ],
    codes: ['7.10', '7.30'],
    // Named by terms specific enough to read in a whole report when it quotes no reply.
    broad: true,
  },
  {
    id: 'sender-rejected',
    category: 'policy',
    title: 'The receiver refused your sender address',
    why: 'The receiving server would not accept mail from the envelope sender (Return-Path / MAIL FROM) or the From address: its domain does not exist or has no mail records, the address failed a sender-verification callback, or the receiver blocks that address or domain.',
    fix: 'Send from an address at a real domain that has MX (or A) records and accepts replies and bounces; never from a made-up or internal-only domain (`localhost`, `.local`, a bare server host name). Check your application’s envelope-sender setting. If the receiver blocks your address specifically, ask its administrator why.',
    concepts: [
      // The sender's (From, envelope, MAIL FROM, Return-Path) domain said to have to resolve or exist in DNS
      // ("451 From:domain must resolve", ICG Link; "Sender domain must resolve", "envelope sender domain
      // must have an MX or A record"): the sender's domain judged, as "Sender domain not found" is, its
      // owner said as there (SENDER_DOMAIN_OWNER: not "Message from domain must resolve"). Not after
      // another cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER_A_SENDER_READING:
      // "…; user unknown"), nor a recipient's domain. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=from|sender|envelope|mail|return)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})${SENDER_DOMAIN_OWNER}(?:'s)?(?: ?: ?| )(?:address )?domain(?: name)? (?:must|should|has to|needs to) (?:resolve|exist|be resolvable|have (?:an? |valid )?(?:(?:valid|mx|a|dns) )?(?:(?:or|and) (?:mx|a) )?(?:records?|mx))${WORD_END}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // No route to the sender's address or domain ("rejected: cannot route to sender", an early Exim's
      // sender verification; "cannot route to sender address"): the sender's domain does not resolve, as
      // "Sender address rejected: Domain not found" says. Not said not to be, after no other cause
      // (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=cannot|can't|could|unable|no route)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:(?:cannot|can't|could not|couldn't|unable to) route|no route) to (?:the )?(?:envelope )?sender(?:'s)?(?: (?:e-?mail )?address| domain)?${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      near(['sender', 'sender address(?:es)?', 'sender domain', 'envelope sender', 'envelope from', 'mail from(?: address| command|:)', 'return[- ]path', 'from address', 'originator', 'exp(?:é|e)diteur', "adresse d'exp(?:é|e)dition", 'absender', 'remitente', 'mittente'], ['rejected', 'refused', 'denied', 'invalid', 'unknown', 'not allowed', 'not accepted', 'not permitted', 'blocked', '(?:black|block|deny)[- ]?listed', 'does not exist', "doesn'?t exist", 'not found', 'unverified', 'unresolvable', 'unroutable', 'refus(?:é|e)e?', 'abgelehnt', 'rechazado', 'verif\\w* (?:failed|failure)', 'failed verification', '(?:could|can)(?: ?not|n\'?t) be verified', 'illegal', 'spoofed', 'forged', 'not valid', 'not an? valid', 'not acceptable', 'unacceptable'], 30),
      // The sender's address said to have to be qualified or to carry a domain ("501 return path must be
      // qualified.", masqmail; "501 <s@a.example>... Sender address must contain domain.", Twisted; "envelope
      // sender must be a fully qualified address"): the sender refused for its form, as Postfix's "Sender
      // address rejected: need fully-qualified address" reads. After no other cause (BEFORE_A_SENDERS_OWN_READING,
      // ABSENCE_BEFORE) nor before a recipient said not there (CLEAR_CAUSE_AFTER_A_SENDER_READING); not a
      // HELO name's or a recipient's. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=sender|envelope|mail|return|from|originator)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:(?:envelope[- ])?sender|envelope[- ]from|mail ?from|return[- ]path|from address|originator)(?: (?:e-?mail )?address)? (?:must|should|has to|needs to) (?:be (?:a |an )?(?:fully[- ])?qualified(?: (?:e-?mail )?address| domain(?: name)?)?|(?:contain|include|have|carry) (?:a |an |the )?(?:valid )?domain(?: (?:name|part))?)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // The sender's domain with a null MX (RFC 7505 section 4.2: "550 5.7.27 Sender address has null MX"):
      // the sender named before it, not the recipient's domain (domain-takes-no-mail).
      // No recipient or "to" between (Bounded gap: linear).
      /(?:^|[^a-z])(?:sender|envelope[- ](?:sender|from)|return[- ]path)(?![a-z])(?:(?!recipient|rcpt|destination|(?:^|[^a-z])to(?![a-z]))[^;!?]){0,30}?(?:^|[^a-z])null mx(?![a-z])/,
      // Japanese: the sender's address or domain not found, not there or refused ("差出人のメールアドレスが見つかりません",
      // "送信者のメールアドレスが存在しません"); not the sending IP address (送信元IPアドレス).
      // Not registered is the sender's *domain*'s (not in DNS); an address not registered is on no one's allow
      // list (宛先の受信設定により、送信者のアドレスは登録されていません), and refused *into* a list (受信拒否に登録) the recipient's filter.
      // In one clause (up to ：, :, or 、 before a recipient word), and not past a recipient word ("差出人のアドレスについてのお知らせ：宛先のユーザーは…").
      /(?:送信者|差出人|送信元|発信者)の?(?:(?:(?:メール|電子メール|e-?mail ?)?アドレス|ドメイン)(?:(?!宛先|受信者|ユーザ)[^。\n：:]){0,40}?(?:見つかりません|存在しません|不正|無効|拒否(?!に))|ドメイン(?:(?!宛先|受信者|ユーザ)[^。\n：:]){0,40}?登録されていません)/,
      // The predicate first ("Illegal MAIL FROM", "Spoofed MAIL FROM", "malformed sender address", "improper sender address"): not
      // mail from a host or IP ("illegal mail from 192.0.2.1"), which is the client.
      /(?:^|[^a-z])(?:illegal|invalid|malformed|improper|bogus|spoofed|forged|faked?|unauthori[sz]ed use of(?: the| your)?) (?:envelope[- ]from|envelope sender|mail ?from(?! (?:your|the|this|ip|host|server|client|command|syntax|parameters?|arguments?|\[?\d))|return[- ]path|sender(?: address| domain)?|from address)(?![a-z])/,
      // Spoofing given as the reason, the noun alone ("550 This domain does not accept mail from itself
      // (spoofing)", MailCleaner; "rejected: spoofing", "spoofing detected", "possible spoofing attempt"): a
      // sender that claims an address or domain it may not use, as "Spoofed MAIL FROM" reads. Not a protection
      // or check named ("anti-spoofing", "to prevent spoofing", "protect you from spoofing", "spoofing
      // protection"), nor denied ("no spoofing"); after no other cause (BEFORE_A_SENDERS_OWN_READING,
      // ABSENCE_BEFORE: "user unknown; spoofing" keeps the recipient) nor before a recipient said not there
      // (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=spoof)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?<!(?:anti|no|not|against|prevent|preventing|avoid|stop|without|from|of|for)[- ])(?:spoofing(?: (?:attempt|detected|suspected))?|spoof (?:attempt|detected|suspected))${WORD_END}(?! (?:protection|prevention|checks?|filters?|polic(?:y|ies)|rules?|settings?|passed|ok)(?![a-z]))${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // The address said malformed or improper after the sender or the null sender, or said of the sender
      // ("550 MAIL FROM: improper address", "501 <>: malformed address", "Improper address for sender"):
      // the sender's, as "malformed sender address"; not a recipient's, nor a bare "malformed address"
      // (unknown-recipient's).
      // Also with the sender's address between ("Sender <s@a.example>: malformed address"), or said the other way
      // round ("Sender address is malformed"); not a field answered no ("Sender address is malformed? no").
      new RegExp(String.raw`(?:(?:^|[^a-z])(?:(?:mail ?from|envelope[- ]from|envelope sender|sender|return[- ]path|originator)(?: <[^<>\s]{0,254}>)?:? ?|<>:? ?)(?:malformed|improper) address(?:es)?(?![a-z])|(?:^|[^a-z])(?:mail ?from|envelope[- ]from|envelope sender|sender|return[- ]path|originator)(?:'s)? address (?:is |was |seems |appears )?(?:to be )?(?:malformed|improper)(?![a-z])|(?:^|[^a-z])(?:malformed|improper) address(?:es)? (?:for|of) (?:the )?(?:sender|mail ?from|envelope[- ]from|envelope sender|return[- ]path|originator)(?![a-z]))${NOT_A_FIELD_SAID_NO}`),
      // The sender's domain that takes no mail ("mailfrom domain not configured for mail", "Domain in MAIL
      // FROM has null MX record"): it could not receive a reply or a bounce.
      near(['(?:mail ?from|envelope[- ]from|envelope sender|sender(?:\'s)?|return[- ]path|from:?) domain', 'domain (?:in|of) (?:the )?(?:mail ?from|envelope(?:[- ]from| sender)?|sender(?: address)?|return[- ]path)'], ['not configured for (?:e-?)?mail', 'has (?:a )?null mx', 'has no mx(?! records? for)', "(?:does not|doesn'?t) have (?:any |an )?mx(?! records? for)", 'no mx records?(?! for)', "(?:does not|doesn'?t) (?:accept|receive) (?:e-?)?mail", 'is not allowed', 'not allowed from', SENDER_DOMAIN_HAS_NO_DNS], 40),
      // Sender addresses of a kind said not accepted, the verb first ("550 This domain does not accept sender
      // addresses using capital letters", MailCleaner; "We do not accept sender addresses from free mail
      // providers"), as "Sender addresses … are not accepted" reads: a class of senders refused. Plural only:
      // "we do not accept mail from this sender" is one sender the recipient's filter refuses
      // (recipient-filter). After no other cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE) nor before a
      // recipient said not there (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=does|doesn|do |don|will|won|can)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:does not|doesn't|do not|don't|will not|won't|cannot|can't) accept (?:(?:e-?mail|mail|messages) from )?(?:(?:envelope[- ])?sender|mail ?from|from|return[- ]path) (?:e-?mail )?addresses${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // The domain of the client spoken to, "your domain", with no DNS or MX records ("505 Your domain has no
      // DNS/MX entries", XMail's default; "your domain does not resolve"): the sender's domain, as "sender
      // domain has no MX" says, not the recipient's (domain-takes-no-mail). Only a missing record or name:
      // "your domain is not allowed" may be a relay's or a list's. After no other cause (BEFORE_A_SENDERS_OWN_READING,
      // ABSENCE_BEFORE) nor before a recipient said not there (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=your)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})your (?:e-?mail |sending |sender )?domain(?: name)?(?![a-z])[^;!?]{0,40}?(?:^|[^a-z])(?:has (?:a )?null mx|(?:does not|doesn't) have (?:any |an )?(?:mx|dns)(?! records? for)|(?:does not|doesn't) resolve|(?:is )?(?:not resolvable|unresolvable)|not configured for (?:e-?)?mail|${SENDER_DOMAIN_HAS_NO_DNS})(?![a-z])${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // An envelope, From or MAIL FROM address, or the domain, that is not the authenticated user's
      // ("Envelope domain 'x' doesn't match AUTH domain 'y'", "from address must belong to authenticated
      // user"): Postfix's reject_sender_login_mismatch and its kin. Said in any of the verbs and stems a
      // server uses for the same rule: to be the same as, equal, match or belong to the authorised,
      // authorized, authorization, authenticated, login or logged-in user or account ("501 mail from
      // address must be same as authorization user", Tencent; "553 Mail from must equal authorized
      // user", NetEase 126; set 24). After no other cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE:
      // "550 User unknown; mail from must equal authorized user" is the recipient not there), not answered
      // no, nor before a recipient said not there (CLEAR_CAUSE_AFTER_A_SENDER_READING), as its
      // either-way-round twin below (review-f24 H1). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=envelope|mail|from|sender|your|the|this|that|sending)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:envelope(?: domain| sender| from)?|mail ?from(?: address| domain)?|from(?: address| domain)|sender(?: address| domain)?|(?:your|the|this|that|sending) domain)(?![a-z])[^;!?]{0,40}?(?:^|[^a-z])(?:does not|doesn'?t|did not|must|should|not)(?: be)? (?:match|belong to|be owned by|owned by|(?:the )?same as|equal(?: to)?)(?: the)? (?:[a-z]{1,12} )?(?:auth(?:enticated|enticate|ori[sz]ed|ori[sz]ation)?|login|logged[- ]in|sasl|smtp auth\w*)(?![a-z])${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // …said of both together ("sender and authenticated user must be the same", backschues.net;
      // "authenticated user and envelope sender must match", "sender and authorized user must be the
      // same"): the same mismatch, either way round. After no other cause (BEFORE_A_SENDERS_OWN_READING,
      // ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:the )?(?:sender|envelope|from|mail|authenticated|authori|logged|login|sasl|smtp))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:the )?(?:(?:(?:envelope[- ])?sender|envelope[- ]from|mail from|from)(?: address)? and (?:the )?(?:authenticated|authori[sz]ed|authori[sz]ation|logged[- ]in|login|sasl|smtp auth(?:enticated)?) (?:user(?: ?name)?|account|identity|login)|(?:authenticated|authori[sz]ed|authori[sz]ation|logged[- ]in|login|sasl|smtp auth(?:enticated)?) (?:user(?: ?name)?|account|identity|login) and (?:the )?(?:(?:envelope[- ])?sender|envelope[- ]from|mail from|from)(?: address)?) (?:must|should|have to|need to|do not|don't|does not|doesn't) (?:be (?:the )?same|be identical|match)${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // The sending account said not allowed to send at all ("550 that SMTP username's account is not
      // allowed to send", SMTP2GO: an account closed or its SMTP user blocked by the relay): the sender
      // refused before its message is read. Not to, from or as someone (a recipient's filter, a domain
      // not authorised: their own readings), nor a recipient's account, nor with its reason after it
      // ("… today", "… because of …": the reason decides; not "for security reasons", "until it is
      // verified", "because it was suspended": ACCOUNT_OWN_STANDING_AFTER), nor before the request to log in
      // that the AUTH reading takes (PLEASE_LOG_IN); after no
      // other cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE), nor before a clear one
      // (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:your|the|this|that|smtp|sending|sender|user|account)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?<!(?:recipient|addressee|mail ?box|destination)(?:'s)? )(?:(?:your|the|this|that) )?(?:(?:smtp|sending|sender|user)(?: ?user ?name| ?name| user)?(?:'s)? )?account (?:is |has been |was )?(?:not|no longer) (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?${WORD_END}(?!(?: (?:e-?mails?|mail|messages))? (?:to|from|as|via|through|on behalf|with|using|more|over|outside|external|today|tonight|until|because|due to|since|for|after)(?![a-z])${ACCOUNT_OWN_STANDING_AFTER})(?!(?<=^${ACCOUNT_NOT_ALLOWED_TO_SEND})[,!.:;]? ${PLEASE_LOG_IN})${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // A domain, named or the sending one, said not allowed to send, the clause ending there ("421 Domain
      // sandbox….mailgun.org is not allowed to send: Please activate your Mailgun account", Mailgun; set
      // 23): the sending domain refused, as the sending account "not allowed to send" above, whatever
      // follows the colon. Not to, from, as or via anything (the clause must end: "… not allowed to send
      // to this recipient" is the recipient's filter, "… to send from this host" authorisation), not a
      // recipient's domain, after no other cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE), not before a
      // retry asked or a time said ("… Try again later": the class decides), not answered no, nor before a
      // clear cause (CLEAR_CAUSE_AFTER_A_SENDER_READING), nor beside a dropped connection or
      // a service said unavailable or shutting down (TRANSIENT_SAID, rev-f23 R7). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:your|the|this|that|sending|sender|domain)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?<!(?:recipient|addressee|destination|rcpt|to)(?:'s)? )(?<!${WORD_START}${TRANSIENT_SAID}${WORD_END}(?<=${TRANSIENT_SAID})${WORD_ENDS_HERE}[^]{0,120})(?:(?:your|the|this|that) )?(?:(?:sending|sender(?:'s)?) )?domain(?: (?:[_\uE000]{2,253}(?![_\uE000])|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9@])))? (?:is |has been |was )?(?:not|no longer) (?:allowed|permitted|authori[sz]ed|enabled) to send(?: (?:e-?mails?|mail|messages))?${WORD_END}(?= ?(?:[:;.!]|$))(?![^]{0,160}?${WORD_START}(?:try (?:again|later)|retry|later|temporar(?:y|ily)|${TRANSIENT_SAID})${WORD_END})${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // The sending domain or address said not to be the logged-in account's in other words: not allowed in
      // the header From ('550-"Your IP: 192.0.2.1 : Your domain a.example is not allowed in header From"',
      // Namecheap's shared hosting), or not associated with your (or this) account ("550 This domain is
      // not associated with your account", Plunk; set 24): the sender refused, as the From address that
      // must belong to the authenticated user (above). The domain or address named, your, the sender's or
      // the From's; not a recipient's, nor one a word qualifies (NO_QUALIFIER_BEFORE: "Empty address", "Group
      // address", "This IP address", review-f24 M2, L6), nor "any account" (no account of the sender's: an
      // address not associated with any account is unknown-recipient's), nor another header; under an
      // X.6.x status classify.ts reads the message's form (NOT_ALLOWED_IN_HEADER_FROM). After no other cause
      // (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE), not answered no, nor before a clear cause
      // (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:your|the|this|that|sending|sender|from|mail|envelope|domain|e-?mail|address)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?<!(?:recipient|addressee|destination|rcpt|to)(?:'s)? )(?:(?:your|the|this|that) |${NO_QUALIFIER_BEFORE})(?:(?:sending|sender(?:'s)?|from|mail from|envelope[- ]from) )?(?:domain|(?:e-?mail )?address)(?: (?:[_\uE000]{2,253}(?![_\uE000])|<?[^\s<>@]{1,64}@[a-z0-9.-]{1,253}>?|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9@])))? (?:is |was )?(?:not|no longer) (?:${IN_HEADER_FROM}|associated with (?:your|this) (?:(?:smtp|sending|e-?mail|mail|user) )?account)(?![a-z])${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      // "unresolvable RFC.5321 from domain" (Yahoo), "invalid envelope sender domain": the predicate first.
      // "mail from invalid" (the MAIL FROM command's address), "host denies the sender".
      /(?:^|[^a-z])mail from (?:address )?(?:is )?(?:invalid|rejected|refused|denied|unknown|not (?:allowed|accepted))(?![a-z])/,
      near(['den(?:y|ies)', 'refuses?', 'rejects?', 'blocks?'], ['(?:the |this |your )?(?:envelope )?sender(?: address| domain)?'], 12),
      // A verdict said right before the sender's field ("invalidated From address"), a domain refused
      // in it ("forbidden domain 'x' in Envelope-From"), the From's domain judged ("From: domain is
      // invalid"), or characters no address may have in it: the sender's address, not the message.
      // A participle before a bare "from" says where the message came from ("rejected from domain x:
      // user unknown"), so only an adjective names the From field.
      /(?:^|[^a-z])(?:(?:invalidated|forbidden|disallowed|unverified|invalid|unknown|rejected|refused|banned|blocked) (?:envelope[- ]from|envelope sender|sender|return[- ]path)|(?:invalidated|forbidden|disallowed|unverified|invalid|unknown) (?:mail )?from) (?:address|domain)(?![a-z])/,
      /(?:^|[^a-z])(?:forbidden|disallowed|invalid|unknown|banned|blocked|not allowed) domain [^ ]{1,100} in (?:the )?(?:envelope[- ]from|envelope sender|mail from|return[- ]path|sender(?: address)?|from(?: header|:))(?![a-z])/,
      // …or said illegal there ("553 Illegal domain name in sender address").
      /(?:^|[^a-z])illegal (?:host|domain)(?: name)? in (?:the |your )?(?:envelope[- ]from|envelope sender|mail from|return[- ]path|sender(?: address)?|from(?: header|:))(?![a-z])/,
      /(?:^|[^a-z])from:? domain (?:is )?(?:invalid|unknown|not found|does not exist|rejected|not allowed)(?![a-z])/,
      /(?:^|[^a-z])(?:invalid|illegal|restricted|forbidden|disallowed) (?:characters?|syntax) in (?:the )?(?:envelope[- ]from |envelope |mail from |return[- ]path |from )?(?:sender|from|originator)(?: address| domain)?(?![a-z])/,
      near(['unresolvable', 'unroutable', 'unverifiable', 'non-?existent', 'invalid', 'unknown', 'bad'], ['(?:rfc[. ]?)?5321[. ]?(?:mail ?)?from(?: domain| address)?', 'envelope[- ](?:sender|from)(?: domain| address)?', 'sender(?:\'s)? domain', 'return[- ]path(?: domain| address)?', 'mail from domain'], 20),
    ],
    phrases: [
      // The From or sender's address, domain or identity not verified for the sending account ("From/Sender domain
      // is not verified for this workspace", Emailit), or bound to a domain it does not use ("From/Sender
      // address must use this domain"): the sender's address refused. After no other cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "User unknown; from address must use this domain",
      // "Greylisted; sender domain is not verified"). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:from|sender|envelope|mail|sending)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:from|sender|envelope[- ]from|mail from|from\/sender|sending)(?:'s)? (?:(?:e-?mail )?address|domain|identity) (?:(?:is |was |has |have )?(?:not|never)(?: yet)?(?: been)? verified|(?:is |was )?unverified)${WORD_END}`),
      // …or said not to match a verified one ("550 The from address does not match a verified Sender
      // Identity", SendGrid; set 23): the same reading in the other word order. A verified sender identity,
      // address or domain named after it, not an authenticated user's (the mismatch concept above). After
      // no other cause (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:from|sender|envelope|mail|sending)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:from|sender|envelope[- ]from|mail from|from\/sender|sending)(?:'s)? (?:(?:e-?mail )?address|domain|identity) (?:does not|doesn't|did not|didn't|do not|don't) match (?:(?:a|an|any|the|your) )?verified (?:sender )?(?:identit(?:y|ies)|(?:e-?mail )?address(?:es)?|domains?)${WORD_END}`),
      // The sending said blocked for unusual sending activity, with the block or its unblock step
      // (SENDING_ACTIVITY_BLOCKED: "Unusual sending activity detected. … To unblock Click here.", Zoho).
      SENDING_ACTIVITY_BLOCKED,
      new RegExp(String.raw`${WORD_START}(?=(?:from|sender|envelope)(?![a-z]))(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})(?:from|sender|envelope[- ]from|from\/sender)(?:'s)? (?:e-?mail )?address (?:must|should|has to|needs to) (?:use|be (?:in|at|from|on)|belong to|match) (?:this|the|that|a|an|your|one of (?:the|your)) (?:(?:verified|allowed|authori[sz]ed|permitted|sending|registered|configured) )?domains?${WORD_END}`),
      /sender (?:address |domain )?(?:is )?(?:rejected|refused|denied|invalid|unknown|not (?:allowed|accepted|valid|permitted))/,
      /(?:invalid|bad|unknown|unverified|unroutable|unresolvable|illegal) (?:envelope[- ])?sender/,
      /sender (?:domain|address) (?:does not|doesn'?t|must) (?:exist|resolve)/,
      /domain of sender address [^ ]{1,200} does not (?:exist|resolve)/,
      /sender verif(?:y|ication) (?:failed|is required)/,
      // A check said not done for now (SENDER_CHECK_NOT_NOW: "temporarily unable to verify sender
      // address", Exim's 451) is a narrow reading: classify.ts sets it aside in a temporary reply.
      /(?:could not|cannot|unable to) verify (?:the )?sender/,
      /mail from (?:address )?(?:is )?(?:rejected|refused|not (?:allowed|accepted))/,
      /from address (?:is )?(?:not allowed|rejected|invalid)/,
      /null sender/,
      /empty envelope (?:sender|from)/,
      /your (?:e-?mail )?address (?:has been|is) (?:black|block|deny)[- ]?listed/,
      /(?:to\/from )?an address that has been (?:black|block)listed/,
      /sender (?:is |was )?(?:black|block|deny)[- ]?listed/,
      /sender (?:is )?(?:on|in) (?:a |the |our )?(?:block|black|deny|reject) ?list/,
      // The sender on a local list of refused senders ("Your envelope sender is in my badmailfrom list").
      /(?:^|[^a-z])(?:envelope sender|sender(?: address)?|mail from(?: address)?|from address)(?! not)(?: is| was)? (?:on|in|listed (?:on|in)) (?:a |the |our |my |this server'?s? )?(?:local )?(?:bad|banned|blocked|black|block|deny|denied|reject(?:ed)?)[- ]?(?:mail ?from|senders?)? ?list(?![a-z])/,
      // Its address's syntax ("553 5.1.0 Sender address syntax error", "sender address has invalid syntax").
      /(?:^|[^a-z])(?:envelope sender|sender(?:'s)?|mail from|envelope[- ]from|return[- ]path|originator)(?: mail ?box)? address (?:syntax (?:error|invalid|incorrect|is (?:invalid|incorrect|wrong))|has (?:a |an )?(?:syntax error|invalid syntax|bad syntax))(?![a-z])/,
      /sender was rejected/,
      /\[mail_from\]/,
      /not owned by (?:the )?(?:authenticated )?user/,
      /sending this from a different address/,
      /(?:mail from|sender) domain (?:is )?(?:invalid|not found|does not exist)/,
      /backscatter/,
      // A delivery or read report for a message this host never sent ("550 5.7.1 DSN or MDN for message
      // that did not originate here", smtpf; qpsmtpd's bogus_bounce): backscatter refused, the null
      // sender's report judged, as "backscatter" is. Not said not to be; after no other cause
      // (BEFORE_A_SENDERS_OWN_READING, ABSENCE_BEFORE) nor before a clear one (CLEAR_CAUSE_AFTER_A_SENDER_READING). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=dsn|mdn|bounce|ndr|delivery|non-?delivery|read)(?<!${BEFORE_A_SENDERS_OWN_READING}|${ABSENCE_BEFORE})${NOT_SAID_BEFORE}(?:dsn|mdn|bounce|ndr|delivery (?:status )?(?:notification|report)|non-?delivery (?:notification|report)|read (?:receipt|report))s?(?: (?:or|and|\/) (?:dsn|mdn|bounce|ndr|read (?:receipt|report))s?)? (?:for|to|of|about) (?:a |an |the |this )?(?:message|mail|e-?mail)s? (?:that |which )?(?:did not|didn't|does not|doesn't|never) (?:originate|come) (?:here|from (?:here|us|this (?:server|host|system|site|domain)))${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER_A_SENDER_READING}`),
      /sender is spammer/,
      /not a registered gateway user/,
    ],
    codes: ['1.7', '1.8', '7.27', '5.1.8'],
  },
  {
    id: 'group-posting-refused',
    category: 'policy',
    title: 'The group or mailing list refused your post',
    why: 'The address is a group or mailing list that only accepts posts from its members (or from moderators), or the group does not exist any more.',
    fix: 'Check the group’s address, join the group with the address you send from (or ask its owner to let you post), or ask the owner to change the posting permission.',
    concepts: [
      anyOf(near(['group', 'list', 'mailing list', 'forum'], ['members? only', 'members-only', 'only (?:accepts|allows) (?:posts|messages) from (?:its )?members', 'not (?:a )?member', 'permission to post', 'not allowed to post', 'moderat\\w*'], 40), near(['permission to post', 'not allowed to post', 'not (?:authori[sz]ed|permitted) to post', 'posting (?:is )?(?:restricted|not allowed)', 'only members', 'not a member'], ['groups?', 'lists?', 'mailing lists?', 'forum'], 30)),
    ],
    phrases: [
      /(?:permission|not (?:allowed|authori[sz]ed|permitted)) to (?:post|send) to (?:this|the) (?:group|mailing list|list)\b|(?:permission|not (?:allowed|authori[sz]ed|permitted)) to post/,
      /(?:group|list) you tried to contact/,
      /by non-member to a members-only list/,
      /members[- ]only/,
      /not a member of (?:this|the) (?:group|list)/,
      /you are not (?:a )?(?:member|subscriber)/,
      /posting (?:is )?(?:restricted|not allowed)/,
      /not allowed to post to this (?:mailing )?list/,
      /moderator/,
      /not member article/,
      /groups\.google\.com\/support/,
      /google groups/,
    ],
    codes: ['7.2', '2.4', '5.7.124', '5.7.133', '5.7.134', '5.7.135', '5.7.136'],
    broad: true,
  },
  {
    id: 'recipient-filter',
    category: 'policy',
    title: 'The recipient’s filter or mailbox settings refused the message',
    why: 'The recipient exists, but their own filter (a sender or domain block list, an allow-list-only setting, or a carrier’s “reject mail from PCs / unknown domains” option, common on mobile carriers) refused this message. Some servers report this as “unknown user” after the message was sent.',
    fix: 'Ask the recipient, by another channel, to add your address or domain to their allowed senders (on mobile carriers: the domain-filter settings) and resend. Make sure you are not sending from a domain the recipient would not recognise.',
    concepts: [
      anyOf(near(['rejected', 'refused', 'blocked', 'declined', 'not accepted', 'not allowed', 'filtered'], ['by (?:the )?(?:recipient|user|addressee|receiver)(?![a-z\'])', 'by (?:the )?(?:destination|recipient\'?s?) (?:domain|organi[sz]ation)'], 12), near(['recipient', 'addressee'], ['not allowed', 'does not (?:want|accept)', "doesn'?t want", 'refus\\w*', 'declin\\w*'], 12), near(['recipients', 'addressees'], ["do(?:n'?t| not) want"], 12), near(["(?:don'?t|do not|doesn'?t|does not) have (?:the )?permission", 'no permission', 'not (?:permitted|allowed)'], ['to (?:send|deliver|write|e-?mail)(?: messages| mail)? to'], 12)),
      // A list the recipient, their user account or their domain keeps ("by user's reject list", "Sender
      // is on domain's blacklist"): their own filter, not a public blocklist of the sending IP. A domain's
      // only with the possessive: a "domain blocklist" is a list of domains (blocklisted).
      /(?:^|[^a-z])(?:(?:user|recipient|receiver|addressee|personal)(?:'s|s')?|domain(?:'s|s')) (?:own )?(?:reject|block|black|deny|spam) ?list/,
      // …or a block or listing said to be at the recipient's request (LISTED_AT_RECIPIENTS_REQUEST), after
      // no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "User unknown; …") nor before a clear one
      // (CLEAR_CAUSE_AFTER: "…; user unknown"). The listing is looked for first (the lookahead), so the
      // guards' 160-character look back runs only where it is said: run first at every position, it made
      // the joined pattern take 0.5 s on 2,000 characters of "-" (expl27).
      new RegExp(`(?=${LISTED_AT_RECIPIENTS_REQUEST.source})(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})${LISTED_AT_RECIPIENTS_REQUEST.source}${CLEAR_CAUSE_AFTER}`),
      // The sender said to lack the permission to send, as "you are not allowed to send" (a phrase below)
      // says it: "you do not have permission to send Internet mail" (Citadel), "sender has no permission
      // to send". Not a permission to post to a group (list-restricted), nor said of the recipient.
      PERMISSION_TO_SEND,
      // A recipient not enabled (allowed, authorised) to receive mail of a kind: external, uncertified,
      // from the internet ("non abilitato alla ricezione di posta non certificata", Aruba PEC; "not
      // enabled to receive mail from external senders"): the recipient's setting, as "not allowed to
      // receive external mail" reads above. Mail as such not received is a disabled mailbox, not this;
      // nor answered no, nor a setting said for now ("until 1 May", "temporarily"). Said of the
      // recipient (its mailbox, address, user, group) in the clause, not of the sender, its domain or a
      // server; "prohibited from receiving" too, not a list of them ("… are listed at"). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?<!(?:temporarily|currently|temporaneamente|momentaneamente) )(?<=(?:^|[^a-z])(?:recipient|mail ?box|user|address|account|group|distribution list|mailing list|destinatario|casella|indirizzo|utente)(?:'s)?(?![a-z])[^;!?]{0,40})(?:(?:not|non) (?:(?:è|e|is|was|been) )?(?:enabled|allowed|authori[sz]ed|permitted|abilitat[oa]|autorizzat[oa]) (?:to receive|alla ricezione(?: di)?|a ricevere)|prohibited from receiving) (?:any |the )?(?:(?:posta|e-?mails?|mail|messages?|messaggi) )?(?:non certificata|uncertified|esterna|external|from (?:the )?(?:internet|outside|external senders)|dall'esterno|da mittenti esterni|dall'internet)(?![a-z])(?! (?:(?:mail|e-?mails?|messages?) )?(?:are|is) (?:listed|shown|named)(?![a-z]))(?!(?: (?:mail|e-?mails?|messages?|senders?))?${FIELD_SAID_NO})(?![^;!?]{0,40}?(?:^|[^a-z])(?:until|right now|at the moment|at present|temporarily|for now|fino a|al momento|temporaneamente)(?![a-z]))`),
    ],
    phrases: [
      /message (?:was )?filtered/,
      /(?:rejected|refused|blocked|discarded) by (?:the )?(?:recipient(?:'s)?|domain|destination|user(?:'s)?|mailbox|receiver(?:'s)?|personal) ?(?:filter|settings?|rules?|preferences)/,
      /domain ?filter/,
      // The person refused ("the recipient has blocked you"); a bare "Recipient rejected: …" is the
      // server refusing the RCPT command, and the words after it say why.
      /(?:recipient|user|receiver) (?:has (?:refused|rejected|blocked|declined)|(?:refused|declined|blocked) (?:your|this|the|mail|messages))/,
      /blocked by (?:the )?(?:recipient|user|receiver)/,
      /(?:does not|doesn'?t|will not|won'?t) (?:accept|receive) (?:mail|messages|e-?mail)s? from (?:you|your|this (?:sender|address|domain))/,
      /not accept(?:ing)? (?:mail|messages) from (?:this|the|your) (?:sender|address|domain)/,
      // The recipient unsubscribed or opted out ("Recipient has unsubscribed from your list", MailChannels'
      // UNS): the recipient's own choice not to receive your mail. This recipient (one, said the subject
      // that unsubscribed, or "unsubscribed recipient" said last, as the reply's subject: "Rejected:
      // unsubscribed recipient"), not a remark on unsubscribed users ("Unsubscribed users are removed
      // …"); not denied, not a word inside an address ("unsubscribed@b.example"), nor an invitation to ("to
      // unsubscribe"), nor a field answered no ("Recipient unsubscribed: no"); after no other cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE in any language: "Benutzer unbekannt; recipient has
      // unsubscribed"), nor before the recipient said not there (RECIPIENT_ABSENT_AFTER: "Recipient has
      // unsubscribed; user unknown" is the unknown user). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?:(?:recipient|addressee|subscriber|contact|user|member)(?:'s)?(?: (?:e-?mail )?address)? (?:has |had |is |was |has been )?(?:already )?(?:unsubscribed|opted[- ]out)${WORD_END}${NOT_A_FIELD_SAID_NO}|(?<!(?:not|never|n't|no) )(?:unsubscribed|opted[- ]out) (?:recipient|addressee|subscriber|contact|user|address)${WORD_END}${SAID_LAST})(?<!${BEFORE_A_SENDER_READING}|${ABSENCE_BEFORE})${RECIPIENT_ABSENT_AFTER}`),
      // Not to send from a domain or an address named, or as a domain ("This sender is not authorized to
      // send from a.example", MailChannels' Domain Lockdown): the sender's authorisation to use that domain
      // (not-authorized), not a recipient's filter; so is sending as an address ("not permitted to send as
      // postmaster@b.example", the Send As right). Not one named with this recipient after it ("… from
      // b.example to this recipient"): the recipient's filter, as before. A host is hidden as '_' here (outsideNames).
      /(?:you are|sender is) not (?:allowed|authori[sz]ed|permitted) to (?:send|deliver|e-?mail)(?! (?:(?:e-?)?mails? |messages? )?(?:from (?:the (?:domain|address) )?(?:[_\uE000]{2,253}(?![_\uE000])|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9])|<?[^\s@<>]{1,64}@[^\s<>]{1,253}(?![^\s<>]))|as (?:the domain )?(?:[_\uE000]{2,253}(?![_\uE000])|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9@])|<?[^\s@<>;,]{1,64}@[a-z0-9.-]{1,253}(?![a-z0-9.-])>?))(?! to (?:this|the|that) recipient(?![a-z])))/,
      /(?:sender|you) (?:is |are )?(?:not )?(?:on|in) (?:the )?(?:recipient'?s? )?(?:allow|white|safe) ?list/,
      /mail refused by recipient/,
      /refused by (?:the )?recipient/,
      /filtered by/,
      /rejected by the recipient domain/,
      /account is protected by/,
      /is not accepting any mail/,
      /rejected due to user rules/,
      /not found recipient account/,
      /refuses? to receive (?:this )?mail/,
      /only accepting mail from specific/,
      /recipient preferences/,
      /user reject/,
      /you have been blocked by the recipient/,
      /受信拒否/,
    ],
    codes: ['2.0', '1.4'],
  },
  {
    id: 'domain-takes-no-mail',
    category: 'mailbox',
    title: 'The recipient’s domain does not accept email',
    why: 'The domain exists but declares that it takes no mail (a null MX record, RFC 7505) or its server refuses all mail, so no address there can receive messages.',
    fix: 'Remove the address; it cannot receive mail. If you expected the domain to work, ask its owner to publish proper MX records.',
    concepts: [
      anyOf(near(['domain', 'host', 'server', 'system'], [`(?:does not|doesn'?t|will not|won'?t) (?:accept|receive) (?:any )?${MAIL_AS_SUCH}`, 'accepts no mail', `not accept(?:ing)? (?:any )?${MAIL_AS_SUCH}`, `(?:sends and )?receives no ${MAIL_AS_SUCH}`, 'null mx', 'no mail service'], 30), near(['no', 'without', 'has no', 'missing', "(?:could|can)(?: ?not|n'?t) find", 'unable to find', 'failed to find'], ['mx(?: records?)?', 'mail exchangers?', 'mail servers?'], 8)),
    ],
    phrases: [
      /null mx/,
      // Only mail as such (MAIL_AS_SUCH): "does not accept email with attachments" is a filter's reply.
      new RegExp(`(?:does not|doesn'?t|will not) accept (?:any )?${MAIL_AS_SUCH}`),
      new RegExp(`not accepting (?:any )?${MAIL_AS_SUCH}`),
      /accepts no mail/,
      /no mail (?:is )?accepted/,
      /(?:is not|isn'?t) configured to (?:accept|receive) (?:mail|e-?mail)/,
      /(?:mx|mail exchanger) (?:record )?(?:is|points to) (?:localhost|invalid|0\.0\.0\.0|127\.)/,
      /mail is not accepted for this domain/,
      new RegExp(`host does not accept mail${OF_NO_KIND}`),
      new RegExp(`host\\/domain does not accept mail${OF_NO_KIND}`),
      /no route for current request/,
      /no mx record found for domain/,
      /domain (?:has )?no mail/,
      // The recipient's domain not set up for mail at all ("Recipient domain not configured for mail",
      // "domain b.example is not configured to receive email"): RFC 3463 X.1.2, a destination system
      // "incapable of accepting mail". Not the sender's domain (sender-rejected's, tried first, and
      // excluded here), nor mail *relay* or mail *from* someone (a relay or a filter), nor a relay's,
      // client's or host's domain, nor one the reply then asks to authenticate or relay from. A
      // temporary reply saying so is the receiver's set-up under way (classify.ts). Bounded: linear.
      /(?:^|[^a-z])(?<!(?:sender|from|your|envelope|return[- ]path|sending|helo|ehlo|relay|relaying|client|host|local|mail ?from|mailfrom)(?:'s)? )(?:(?:recipient|destination|rcpt|recipient's) )?domain(?![a-z])(?:(?!sender|from|your|relay|auth|client|host)[^;!?]){0,40}? (?:is |was )?not (?:(?:properly|correctly|yet) )?(?:configured|set up) (?:for|to (?:accept|receive)) (?:e-?)?mail(?![a-z])(?! (?:relay|from|via|sent|submission))(?![^]{0,80}?(?:auth|relay|log ?in|sign ?in))/,
    ],
    codes: ['1.10', '5.3.2'],
    broad: true,
  },
  {
    id: 'unknown-domain',
    category: 'mailbox',
    // Its wording is said of a host ("553 neko.example.com does not exist"): a host name is hidden as
    // '_' (the default reading), which the patterns below take where a name is the subject, so that no
    // word inside a name is read ("relay=unknown-domain.b.example", "host unknown.b.example said:",
    // "Rejected by nxdomain.b.example" name a host, not a missing domain).
    title: 'The recipient’s domain does not exist or has no mail server',
    why: 'DNS has no record for the domain after the @, or none of its mail servers (MX records) resolves. Usually a typo (`gmial.com`, `.con`), a domain that has expired, or a company that changed names.',
    fix: 'Check the spelling of the domain, correct or remove the address, and validate addresses at sign-up (a confirmation email catches typos). If the domain is yours or a partner’s, check its MX records.',
    concepts: [
      // A domain or host called unknown or invalid, not the sending server's HELO/EHLO name ("Invalid EHLO
      // domain", "invalid HELO hostname": client-blocked's, also when it steps aside for a clear cause after it).
      anyOf(
        // …said not found or unknown after it, not the HELO name's, and with no user, recipient or mailbox
        // between nor said unknown right after ("Invalid hostname. User unknown", "… Unknown user" are the
        // user's; "domain of user unknown" stays the domain's). Bounded gap: linear.
        new RegExp(near(['(?<!(?:helo|ehlo) )(?:domain|domain name|host|hostname|host name|dns name|domaine|dominio)'], ['not found(?!, try again)', 'unknown(?! (?:users?|recipients?|mail ?box(?:es)?|accounts?)(?![a-z]))', 'does not exist', "doesn'?t exist", 'not exist', 'nxdomain', 'unresolvable', '(?:could|can)(?: ?not|n\'?t) be resolved', 'unroutable', 'unrouteable', 'not registered', 'non-?existent', 'inconnu', 'unbekannt', 'no existe', 'inesistente'], 24).source.replace('[^;!?]{0,24}?', String.raw`(?:(?!(?<!of |for )(?:user|recipient|mail ?box|account))[^;!?]){0,24}?`)),
        near(['unknown', 'no such', 'non-?existent', 'unresolvable', 'unroutable', 'unrouteable', 'bad'], ['(?<!(?:helo|ehlo) )(?:domain|host|hostname)', 'mail domain', 'destination domain'], 12),
        // …said invalid, not before a clear cause: "invalid hostname", "invalid domain name" are also the
        // HELO name client-blocked reads, and step aside there for the cause after ("Invalid host name;
        // user unknown"). Bounded: linear.
        new RegExp(near(['invalid'], ['(?<!(?:helo|ehlo) )(?:domain|host|hostname)', 'mail domain', 'destination domain'], 12).source + CLEAR_CAUSE_AFTER),
        near(['unrout(?:e)?able'], ['address', 'destination', 'recipient'], 4),
      ),
      // Japanese: the recipient's domain that does not exist or is not found ("宛先ドメインが存在しません").
      /(?:宛先|受信者|送信先|配送先)の?ドメイン名?[がは]?(?:見つかりません|存在しません|不明)/,
      // …or its DNS records not there ("宛先ドメインのMXレコードが見つかりません", "宛先アドレスのドメインのDNS情報が登録されていません"),
      // or an address's domain part that does not exist ("メールアドレスのドメイン部分が存在しません"; not the sender's).
      /(?:宛先|受信者|送信先|配送先)(?:アドレス)?の?(?:ドメイン|ホスト)名?の(?:dns ?(?:情報|レコード)|mx ?レコード|a ?レコード)[がは]?(?:見つかりません|存在しません|登録されていません|ありません)/,
      /(?<!(?:送信者|差出人|送信元|発信者)の?(?:メール)?)アドレスのドメイン部分?[がは]?(?:見つかりません|存在しません)/,
      // An illegal host or domain name ("Illegal Host/Domain Name found"), not the client's: not its
      // HELO name, even past a ";" ("illegal host name; ip 192.0.2.1 in helo"), not an IP address
      // ("Illegal host 192.0.2.1 - connection refused"), and not a name in the sender's address
      // ("Illegal domain name in sender address", sender-rejected above). "name" is taken whole or
      // not at all, so the exclusions cannot be read past it ("Illegal host name 192.0.2.1").
      /(?:^|[^a-z])illegal (?:host|domain)(?:\/domain| or domain)?(?: name(?![a-z])|(?![a-z])(?! name(?![a-z])))(?! \[?(?:\d{1,3}\.\d|[0-9a-f]{0,4}:[0-9a-f]{0,4}:))(?! (?:in|of|for) (?:the |your )?(?:sender|from|mail from|envelope|return[- ]path|originator)(?![a-z]))(?![^!?]{0,40}(?:helo|ehlo))/,
      // A DNS name standing for the domain ("neko.example does not exist"), and a *domain* that cannot
      // be reached (a host that cannot be reached is a network failure, below).
      new RegExp(String.raw`(?:^|[\s:'"<(])(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}|${HIDDEN_HOST}):? (?:does not exist|doesn'?t exist|not found(?!, try again)|is unknown|is not a valid domain)`),
      near(['domain', 'domain name', 'recipient domain', 'destination domain', 'domaine', 'dominio'], ['(?:is )?not reachable', 'unreachable', '(?:could|can)(?: ?not|n\'?t) be (?:found|reached|located)'], 20),
    ],
    phrases: [
      /host or domain name not found/,
      /(?:domain|host) (?:name )?not found(?!, try again)/,
      /dns lookup failure: host/,
      /\bhost [a-z0-9.-]{1,200} not found(?!, try again)/,
      /account or domain may not exist/,
      new RegExp(String.raw`(?:^|[\s:'"<(])(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}|${HIDDEN_HOST}) does not exist`),
      /no mx (?:records? )?found/,
      /domain (?:is )?(?:not reachable|unreachable)/,
      /no such (?:domain|host)/,
      /(?:domain|host) (?:does not|doesn'?t) exist/,
      /unrouteable (?:mail )?(?:address|domain)/,
      /unroutable (?:address|domain)/,
      /couldn'?t find any host (?:named|by that name)/,
      /host unknown/,
      /unknown (?:host|domain)/,
      /no (?:mail|mx) (?:host|servers?|records?) (?:for|found)/,
      // "Invalid domain name" is also the HELO name client-blocked reads: not before a clear cause, as
      // there ("Invalid domain name; user unknown"). Bounded: linear.
      new RegExp(String.raw`(?:bad|unknown) (?:recipient )?domain|invalid (?:recipient )?domain(?! name)|invalid domain name${CLEAR_CAUSE_AFTER}`),
      /domain (?:is )?(?:invalid|not valid|not registered)/,
      /name service error for name=[^ ]{1,200} type=(?:mx|a|aaaa): host not found(?:$|[^,]|, (?!try))/,
      /mx records point to non-existent hosts/,
      /no valid mx/,
      /(?:has no|does not have|without) (?:an? )?(?:valid )?(?:mx|mail exchanger)/,
      /unknown mail domain/,
      /recipient domain (?:does not|doesn'?t) exist/,
      /domain (?:has )?expired/,
      /nxdomain/,
      /dns lookup (?:failed|error) for (?:the )?(?:recipient )?domain/,
      /domaine inconnu/,
      /domain unbekannt/,
    ],
    codes: ['1.2', '4.4'],
    broad: true,
    // A name lookup the sending server called temporary (4.x.x, Postfix's "Host not found, try again")
    // is a DNS failure, not a missing domain. A permanent one whose words make the sender's domain the
    // one not found ("550 5.1.2 Sender Domain Not Found"), whatever the X.1.2 code says, is the sender
    // refused (SENDER_DOMAIN_NOT_FOUND).
    permanence: { temporary: { cause: 'network-error', orDelayed: true, orWords: /not found, try again/ }, permanent: { cause: 'sender-rejected', words: SENDER_DOMAIN_NOT_FOUND } },
  },
  {
    id: 'unknown-recipient',
    category: 'mailbox',
    title: 'The recipient address does not exist',
    why: 'The recipient’s server says there is no mailbox with that name at the domain: a typo, a person who left, or an address that was closed.',
    fix: 'Check the spelling of the part before the @, remove the address from your lists (never retry it), and confirm new sign-ups with a double opt-in. Sending repeatedly to unknown users is a strong spam signal to mailbox providers.',
    concepts: [
      /(?:^|[^:] )address rejected(?!:)/,
      /@[a-z0-9.-]{1,200}>? rejected/,
      anyOf(near(RECIPIENT, NOT_THERE), near(NO_SUCH, RECIPIENT, 12), near(['no'], ['mail ?box', 'account', 'user', 'recipient'], 6)),
      UNAVAILABLE_RECIPIENT,
      // The server said unable to receive for the address given (CANNOT_RECEIVE_FOR; a narrow reading,
      // classify.ts, that decides only under no code, X.0.0 or an X.1.x that says as much).
      CANNOT_RECEIVE_FOR,
      // Addresses the server says it could not recognise or identify (ADDRESS_NOT_RECOGNIZED; a narrow
      // reading, classify.ts, that decides only under no code, X.0.0 or an X.1.x that says as much).
      ADDRESS_NOT_RECOGNIZED,
      // A recipient's address said to have no domain (RECIPIENT_WITHOUT_DOMAIN; a narrow reading, classify.ts,
      // that decides only under no code, X.0.0 or an X.1.x that says as much).
      RECIPIENT_WITHOUT_DOMAIN,
      // The predicate first, with its own article: "unavailable mail user", "don't exists that user",
      // "(is) not (a) user of this server"; a user that is not *of* or *on* this server is not there.
      /(?:^|[^a-z])unavailable (?:mail |e-?mail )?(?:users?|recipients?|mail ?box(?:es)?|accounts?|addresse?s?)(?![a-z])/,
      near(["(?:do|does|did)(?: ?not|n'?t) exists?", 'not exists?'], ['(?:that|this|such|the|any) (?:users?|recipients?|mail ?box(?:es)?|accounts?|address(?:es)?)'], 4),
      /(?:^|[^a-z])not (?:an? )?(?:valid |known |local |registered )?(?:user|recipient|mail ?box|account) (?:of|on|at|in) (?:this|the|our) (?:server|system|domain|host|site)(?![a-z])/,
      // The recipient said not to be a local account in the contracted form ("503 Rcptto account isn't a
      // local account", Alibaba Mail; "Recipient isn't a local user"), as "is not a local user" reads
      // through the grammar: a recipient word ("rcptto", "recipient", "destination", "addressee") as its
      // subject, or a user no word makes the sender's ("550 User isn't a local user", as "550 User is not
      // a local user" reads). Not a bare account or mailbox, nor a user said the sender's, which may be the
      // sender's ("Mailfrom account isn't a local account", "Your account isn't …", "Authenticated user
      // isn't …", "MAIL FROM: user isn't …", "MAIL FROM:<a@b.example> user isn't …": an address between).
      // Bounded: linear.
      /(?:^|[^a-z])(?:(?:rcpt(?: ?to)?|recipient(?:'s)?|destination|addressee)(?: (?:e-?mail )?(?:account|address|user|mail ?box))?|(?<!(?:^|[^a-z])(?:authenticated|auth|sender|sending|your|my|from|mailfrom|login|smtp)(?::? |:? ?<[^<>\s]{0,254}>:? ))(?:the )?user) isn'?t an? (?:local|valid|known) (?:account|user|mail ?box|recipient|address)(?![a-z])/,
      // An address, user or mailbox said not associated with any account ("550 Recipient address not
      // associated with any account"): no account has it, the recipient not there. Not the sender's (a
      // sender's, From or MAIL FROM word before it), nor a domain, nor an address a word qualifies
      // (NO_QUALIFIER_BEFORE: "Your IP address", "The return address", "Reply-To address", review-f24 M3);
      // an address not associated with *your* account is the sender refused (sender-rejected, set 24's
      // Plunk). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?<!(?:sender|sending|from|mail ?from|envelope[- ]from|envelope|return[- ]path|originator|your|my)(?:'s)?:?(?: e-?mail)? )(?:(?:the|this|that|an?) |${NO_QUALIFIER_BEFORE})(?:(?:recipient|rcpt|destination|addressee)(?:'s)?(?: (?:e-?mail )?address)?|(?:e-?mail )?address|user(?: ?name)?|mail ?box)(?: <[^<>\s]{0,254}>)? (?:is |was )?not associated with any (?:account|user|mail ?box)(?![a-z])`),
      // The recipient's address that could not be verified ("Recipient verification failed", "recipient
      // address could not be verified"); a verification service that is unavailable is the receiver's
      // trouble (remote-system-error), and the sender's address that fails is sender-rejected, earlier.
      near(['recipients?', 'recipient address(?:es)?', 'rcpt', 'destination address'], ['verif\\w* (?:failed|failure)', 'failed verification', "(?:could|can)(?: ?not|n'?t) be verified", 'unverified'], 20),
      // Japanese: the user, address or recipient that does not exist, is not found or is not registered
      // ("<a@b.example> のユーザーは登録されていません", "宛先が見つかりません").
      // Not the sender's ("差出人のアドレスが見つかりません": sender-rejected's).
      new RegExp(`${JA_NOT_SENDERS}(?:ユーザー?|宛先|アドレス|受信者|アカウント|メールボックス)(?!に登録|帳|として)${JA_GAP}{0,40}?(?:見つかりません|存在しません|登録されていません|登録がありません|未登録|不明)`),
      // A malformed address, the recipient's unless said otherwise ("Malformed address", "malformed recipient
      // address", spamdyke's "Improper recipient address. Try supplying a domain name."): not a malformed local part or command, which Exim and others answer to the MAIL FROM's
      // "<>" or syntax (the stage decides those), nor the From header's address (the message's form), nor
      // one said after the sender (with its address: "Sender <s@a.example>: malformed address"), the From
      // header or the null sender ("MAIL FROM: improper address", "From: malformed address", "501 <>: malformed
      // address") or of the sender ("Improper address for sender"): the sender's, sender-rejected's (the From
      // header's, MALFORMED_FROM).
      /(?:^|[^a-z])(?<!(?:sender|from|return[- ]path|originator)(?:'s)?:? )(?<!(?:mail ?from|envelope[- ]from|envelope sender|sender|return[- ]path|originator|<>): )(?<!<> )(?<!(?:mail ?from|envelope[- ]from|envelope sender|sender|return[- ]path|originator) <[^<>\s]{0,254}>:? )(?:malformed|improper) (?:recipient |e-?mail |destination |rcpt )?address(?:es)?(?![a-z])(?! (?:in|of|for) (?:the )?(?:from|sender|mail from|envelope|header|return[- ]path|originator))/,
      // An address written with characters no mailbox name may have (RFC 3463 X.1.3, bad address syntax).
      /(?:^|[^a-z])(?:invalid|illegal|restricted|forbidden|bad|unsupported|disallowed) characters? in (?:the )?(?:recipient |e-?mail |destination )?address/,
      // Whoever the name is, not found *at* a domain or at the destination is a recipient that is not
      // there ("a wasn't found at b.example", "not found at the destination domain"). A domain or host
      // that is not found is unknown-domain, tried before. Read outside host names, so a host of three
      // labels or a hyphen is the hidden run of '_' ("a wasn't found at contoso.co.uk").
      /(?:wasn'?t|was not|(?:could|can)(?: ?not|n'?t) be|is not|isn'?t|not) found (?:at|on) (?:the )?(?:destination(?: domain| server| system)?|recipient'?s? (?:domain|server|system)|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}|[_\uE000]{5,255})(?![a-z0-9_\uE000-])/,
    ],
    phrases: [
      /(?:用户|用戶|收件人|邮箱|郵箱|地址|帐号|帳號|账户)[^。\n]{0,10}(?:不存在|无效|無效|未找到|找不到)|(?:пользовател|адресат|получател|ящик|адрес)[^.;\n]{0,30}(?:не найден|не существует|неизвест)|нет такого (?:пользователя|адреса|ящика)/,
      // The address's form said wrong ("The format of the email address isn't correct", Outlook): a
      // malformed recipient address, as "invalid address syntax". Not the sender's or From address
      // (none of those words between), nor "your" address (the reply speaks to the sender: "The syntax
      // of your e-mail address is incorrect"), nor after MAIL FROM or another cause (AFTER_ANOTHER_CAUSE,
      // ABSENCE_BEFORE),
      // nor an address in a header ("… in header To": the message's form), nor answered no. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=(?:format|syntax) of )(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?<!(?:^|[^a-z])mail from[^]{0,160})(?:format|syntax) of (?:the |this |that |an )?(?:(?:recipient'?s?|destination|to) )?(?:e-?mail )?address (?:is(?:n't| not) (?:correct|valid|right)|is (?:incorrect|invalid|wrong|malformed))${WORD_END}${NOT_A_FIELD_SAID_NO}(?! in (?:the |an? )?(?:[a-z-]{1,30} )?header(?![a-z]))`),
      /user ?unknown/,
      /unknown (?:user|recipient|mailbox|local[- ]?part|address|e-?mail address|or illegal alias|alias)/,
      /no such (?:user|recipient|mailbox|address|person|account|local user|alias)/,
      /(?:user|recipient|mailbox|e-?mail address|address|account|local[- ]part|addressee) (?:name )?(?:does not|doesn'?t|did not|didn'?t) exist/,
      /(?:user|recipient|mailbox|address|account|addressee|destination) (?:is |was )?(?:not found|not known|unknown|invalid|non-?existent)/,
      /(?:invalid|non-?existent|bad|unknown|unrecognized) (?:recipient|mailbox|user|address|destination address|e-?mail address)/,
      /recip(?:ient)?notfound/,
      /recipient (?:address )?rejected: (?:user unknown|unknown user|undeliverable address|invalid user|access denied|user .{0,60} does not exist|no such user|address does not exist)/,
      /(?:is not|isn'?t) a (?:valid|known) (?:user|mailbox|recipient|address)/,
      /not a valid (?:user|mailbox|recipient|address)/,
      // …and, of a recipient named first (then its address), one that is not a valid address of a
      // standard or a kind (ZoneMTA's "The recipient address <a@b..example> is not a valid RFC-5321
      // address."): not a From header's, a Reply-To's or the envelope sender's. Bounded: linear.
      /(?:^|[^a-z])(?:recipient|rcpt|destination)(?: address)?:? ?(?:<[^<>\s]{1,254}> ?)?(?:is )?not a valid (?:(?:rfc[- ]?\d{3,4}|smtp|e-?mail|internet) )?(?:address|mailbox|recipient)(?![a-z])(?! (?:for|to) relay)/,
      /bad destination mailbox/,
      /mailbox (?:is )?(?:not found|does not exist)/,
      /no (?:mail ?box|account) (?:here )?(?:by|with) that name/,
      /no mailbox here/,
      /recipient not (?:found|valid|ok|known|listed)/,
      /account (?:that )?you tried to reach does not exist/,
      /(?:e-?mail )?address (?:couldn'?t|could not|wasn'?t|was not) (?:be )?found/,
      /wasn'?t found at the destination/,
      /(?:e-?mail )?address (?:is )?(?:wrong|invalid|no longer valid)/,
      /doesn'?t have an? [^ ]{1,60} account/,
      /badrcptto/,
      /recipient name is not recognized/,
      /not (?:a )?(?:valid|known) (?:user|recipient)/,
      /user (?:is )?not (?:local|here|listed)/,
      /no account by that name/,
      /addressee unknown/,
      /destinataire inconnu/,
      /utilisateur inconnu/,
      /adresse (?:inconnue|invalide)/,
      /unbekannt/,
      /existiert nicht/,
      /usuario (?:desconocido|inexistente|no existe)/,
      /mailbox name not allowed/,
      /invalid mailbox/,
      /not our customer/,
      /no valid recipients/,
      new RegExp(`${JA_NOT_SENDERS}(?:ユーザ|ユーザー|宛先|アドレス|受信者)(?!に登録|帳|として)${JA_GAP}{0,80}(?:見つかりません|存在しません|不明)`),
      // Korean: '존재하지 않는 사용자', '수신자를 찾을 수 없습니다' (no such user, recipient not found); Russian: 'такого пользователя нет'
      /(?:사용자|수신자|계정|메일 ?주소|받는 ?사람)[^.\n]{0,30}(?:존재하지 않|없습니다|찾을 수 없)|존재하지 않는 (?:사용자|계정|주소|수신자|메일)|такого (?:пользователя|адреса|адресата|ящика) нет/,
    ],
    codes: ['1.1', '1.3', '1.0', '5.4.1'],
    broad: true,
    // A temporary reply (4xx, 4.x.x) is no verdict that the address does not exist, whatever its
    // words: RFC 5321's generic text of 450 is "mailbox unavailable", and a server that cannot check
    // its users right now answers 450 "user unknown, try again later". Removing the address on that
    // advice would lose a working one; the server asks for a retry.
    permanence: { temporary: { cause: 'delivery-delayed' } },
  },
  {
    id: 'not-authorized',
    category: 'authentication',
    title: 'The receiver did not authorise delivery from you',
    why: 'The reply only says delivery was not authorised (5.7.1, “access denied”). Receivers use this for failed sender authentication (SPF/DKIM/DMARC), for senders outside an allow-list, and for blocked senders; the reply gives no more detail.',
    fix: 'Check that your domain authenticates: SPF includes the sending server, DKIM signs with your From domain, DMARC passes (send a test to a Gmail address and read “Show original”). If it all passes, ask the recipient’s administrator whether they only accept mail from approved senders, and to allow-list you.',
    phrases: [
      /delivery not authori[sz]ed/,
      // An unauthorised envelope sender, MAIL FROM or sender ("550-Unauthorised Envelope Sender.", Imperial
      // College's Exim ACL; set 23): the sender not authorised, as "550 5.7.1 Unauthorized sender" reads by
      // its code. The predicate first, said of the sender's field itself ("unauthori[sz]ed use of …" is
      // sender-rejected's), not said not to be (NOT_SAID_BEFORE). Bounded: linear.
      new RegExp(String.raw`${WORD_START}${NOT_SAID_BEFORE}unauthori[sz]ed (?:envelope[- ]sender|envelope[- ]from|mail ?from|return[- ]path|sender)(?: address| domain)?${WORD_END}${NOT_A_FIELD_SAID_NO}`),
      /not authori[sz]ed to (?:deliver|send|relay) (?:mail|messages|e-?mail)? ?(?:to|from)?/,
      // Not allowed or permitted to send from or as a domain named ("You are not permitted to send as
      // a.example", "… to send as the domain gmail.com"): the sender not authorised to use that domain,
      // as set 16's "This sender is not authorized to send from a.example" (MailChannels' Domain
      // Lockdown), which recipient-filter's phrase leaves to this cause. The same shape as that
      // exclusion: a domain, or a host hidden as '_', or an address sent as ("send as
      // postmaster@b.example": Exchange's Send As right, as "no permission to send as" below); not an
      // address sent from, nor one named with this recipient after it (the recipient's filter).
      // No permission to send as or on behalf of an identity ("550 5.7.60 SMTP; Client does not have
      // permissions to send as this sender", Exchange's Send As right; "You do not have permission to send
      // as a.example"): the sender's identity, which PERMISSION_TO_SEND (a recipient's filter) leaves to
      // this cause. The identity said: this or the sender, user, address or mailbox, an address, a domain
      // or a host hidden as '_'. Only said lacking ("not", "no"), not asked ("…?"), nor with this
      // recipient after it (the recipient's filter, as the phrase below); after no other cause
      // (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE: "Try again later; …" keeps the delay), nor before a clear
      // one (CLEAR_CAUSE_AFTER). Bounded: linear.
      new RegExp(String.raw`(?:^|[^a-z])(?=you|client|sender|the sender|user|the user|your account)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?:you|client|sender|the sender|user|the user|your account)(?:(?: (?:do|does) not| (?:do|does)n't) have (?:the )?| (?:have|has) no )(?:permissions?|rights?) to (?:send|submit)(?: (?:(?:e-?)?mails?|messages?|(?:the|this) message))? (?:as|on behalf of) (?:(?:this|the|that)(?: specified)? (?:sender|user|address|mailbox|account|identity)(?![a-z])|[^\s@<>;,]{1,64}@[a-z0-9.-]{1,253}(?![a-z0-9.-])|(?:the (?:domain|address) )?(?:[_\uE000]{2,253}(?![_\uE000])|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9@])))(?! ?\?)(?! to (?:this|the|that) recipient(?![a-z]))${CLEAR_CAUSE_AFTER}`),
      /(?:you are|you're|sender is) not (?:allowed|permitted) to (?:send|deliver|e-?mail)(?: (?:(?:e-?)?mails?|messages?))? (?:(?:from|as) (?:the (?:domain|address) )?(?:[_\uE000]{2,253}(?![_\uE000])|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,63}(?![a-z0-9-]|\.[a-z0-9@]))|as <?[^\s@<>;,]{1,64}@[a-z0-9.-]{1,253}(?![a-z0-9.-])>?)(?! to (?:this|the|that) recipient(?![a-z]))/,
    ],
    codes: ['7.1', '7.3', '7.4', '7.5', '7.6', '7.7', '7.15', '7.19'],
  },
  {
    id: 'greylisted',
    category: 'transient',
    title: 'The receiver greylisted the message',
    why: 'Greylisting refuses the first delivery attempt from a sender it has not seen before with a temporary error, and accepts the retry a few minutes later. Real mail servers retry; many spam tools do not.',
    fix: 'Nothing to do if your server retries (all standard servers do): the message arrives after the retry delay. If it never does, check that your sending software queues and retries 4xx replies instead of giving up, and that retries come from the same IP.',
    concepts: [
      /grey ?list/,
      /gray ?list/,
    ],
    phrases: [
      /greylisted/,
      /graylisted/,
      /please come back later/,
      /try again in \d{1,4} (?:seconds|minutes)/,
      /deferred for \d{1,6} seconds/,
      // The greylist's key said not seen before: a triplet, tuple, or sender and recipient pair or set ("421
      // From/Recipient set not seen before, resubmit if intentional", LBBS; "triplet not seen before"), what a
      // greylist remembers. Not a sender, host or address alone said new (a reputation's "sender not seen
      // before"). Bounded: linear.
      /(?:^|[^a-z])(?:triplet|tuple|(?:from|sender|mail from|ip|client)(?: ?\/ ?| and )(?:recipient|rcpt|to)(?: ?\/ ?(?:ip|client|recipient))? (?:set|pair|combination|triplet|tuple)) (?:is |was |has )?(?:not (?:been )?|never (?:been )?)seen (?:before|yet)(?![a-z])/,
    ],
    broad: true,
    // A temporary reply that says greylisted names the reason whichever address it refuses ("450
    // Sender address rejected: Greylisted for 300 sec."); a 5xx refusal that mentions a greylist
    // ("550 sender rejected, greylist", "Unknown user; your triplet was greylisted earlier") is
    // the refusal, tried first, since greylisting is never permanent.
    earlierIfTemporary: { before: 'sender-rejected', orWords: /address rejected: gr[ae]y ?listed/ },
  },
  {
    id: 'delivery-expired',
    category: 'transient',
    title: 'Delivery kept failing until the sending server gave up',
    why: 'Your server could not hand the message over for several days (the receiving servers were unreachable, slow, or kept answering “try later”), and the message expired in the queue.',
    fix: 'Check whether the recipient’s domain receives mail at all (its MX records, and whether its servers answer on port 25). If it is a one-off outage, send again. If many domains time out, check your own server’s outbound connectivity on port 25 and its IP reputation.',
    concepts: [
      // Retries used up: attempts, retries or the time allowed × reached, exceeded, exhausted; in
      // German, French, Spanish, Italian, Portuguese the time allowed × run out.
      anyOf(near(['(?:delivery |retry |send(?:ing)? )?attempts', 'retries', 'retry (?:limit|count|period|time|interval)', 'number of (?:delivery )?(?:attempts|retries)', 'time ?limit', 'time allowed', 'allotted time', 'queue (?:lifetime|time(?: ?limit)?)', 'maximum (?:queue|delivery) time'], ['reached', 'exceeded', 'exhausted', 'expired', 'elapsed', 'used up', 'ran out', 'run out'], 30), near(['reached', 'exceeded', 'exhausted', 'used up'], ['(?:the )?(?:maximum|max|allowed|configured) (?:number of )?(?:delivery |send )?(?:attempts|retries|retry count)', '(?:the )?retry (?:limit|count|period)', '(?:the )?(?:delivery )?time ?limit'], 30), near(['zustellung', 'zustellversuch\\w*', 'zeitlimit', 'zeit(?:ü|ue)berschreitung', 'd(?:é|e)lai(?: de (?:remise|livraison|distribution))?', 'remise', 'tiempo(?: de entrega)?', 'plazo', 'entrega', 'consegna', 'tempo(?: di consegna)?', 'prazo', 'tentativ\\w*', 'intentos', 'versuche', 'zustellfrist', 'frist', 'nachricht', 'mensaje', 'messaggio', 'mensagem'], ['nicht (?:mehr )?zugestellt', 'abgelaufen', 'caducad[oa]', '(?:ü|ue)berschritten', 'abgebrochen', 'd(?:é|e)pass(?:é|e)', 'expir(?:é|e|ad[oa]|at[oa])', 'agotad[oa]', 'excedid[oa]', 'vencid[oa]', 'scadut[oa]', 'superat[oa]', 'esgotad[oa]', 'esaurit[oa]'], 30)),
      // Too many tries of the delivery itself, said as such ("Too many delivery attempts", "too many
      // failed delivery attempts"). Not bare failures or failed attempts: a receiver says that of a
      // client or a login ("550 Too many failed attempts from your IP", "421 Too many failed attempts to
      // authenticate"), a server still retrying of its tries ("451 Too many failures for b.example; will
      // retry"); only the sending server's own words in a report that it failed say it gave up (classify.ts).
      /(?:^|[^a-z])too many (?:delivery attempts|(?:delivery|send(?:ing)?) retries|(?:failed|unsuccessful) delivery attempts)(?![a-z])/,
      FAILED_ATTEMPTS,
      // Not delivered in the time limit (Exchange's): NOT_DELIVERED_IN_TIME_LIMIT says the guards.
      NOT_DELIVERED_IN_TIME_LIMIT,
      // Undeliverable *for* a stated time ("has been undeliverable to the following recipients for at
      // least 4 hours"), in one sentence: not "undeliverable … will retry in 30 minutes" (a delay), nor
      // an Outlook subject "Undeliverable: Offsite for 3 days" (the colon ends the verdict).
      /(?:^|[^a-z])undeliverable(?![a-z:])(?:(?!\.(?: |$)|will|retr|try|again|attempt)[^:;!?]){0,40}?[^a-z]for (?:at least |more than |over )?\d{1,3} (?:minutes?|hours?|days?)(?![a-z])/,
      // Delivery, the message or its retries said expired, timed out, given up or exceeded; not a hop,
      // delivery, recipient or connection limit exceeded ("Message hop limit exceeded" is a loop,
      // network-error's; "Message delivery limit exceeded" names no time run out, a cap: rate-limited's, as
      // a queue limit, a full queue: "Queue limit exceeded"). The queue's time limit is one ("queue time limit exceeded").
      anyOf(near(['deliver(?:y|ed)?', 'message', 'mail', 'envelope', 'retry', 'retries', 'attempts?', 'queue', 'send(?:ing)?'], ['expired', 'timed? ?out', 'too long', 'too old', 'gave up', 'given up', 'giving up', 'abandoned', 'aborted', '(?<!(?:^|[^a-z])(?:hops?|hop count|delivery|recipients?|connections?|queue) limit )exceeded', 'lifetime'], 30), near(['(?:not|n\'?t|could not|couldn\'?t|unable to|failed to|cannot|can\'?t) (?:be )?(?:been )?(?:deliver(?:ed)?|sen[dt]|complet(?:ed|e))'], ['(?:for|within|in|after|over) (?:the (?:last|past) |at least |more than |over )?\\d{1,3}(?:\\.\\d{1,2})? (?:days?|hours?|minutes?|hrs?)', 'for (?:several|many|a few) (?:days|hours)', 'within the (?:allowed|allotted|specified|maximum|configured) (?:time|period)'], 40), near(['(?:have|has) been', 'kept', 'continu\\w*', 'repeated(?:ly)?', 'all'], ['failing', 'unreachable', 'deferred'], 20), near(['aborted', 'gave up', 'given up', 'expired', 'failed', 'stopped', 'cancell?ed', 'deleted', 'returned'], ['after (?:\\d{1,3}(?:\\.\\d{1,2})?|several|many) ?(?:days?|hours?|hour\\(s\\)|day\\(s\\)|minutes?)'], 20), near(['despite', 'after', 'following', 'in spite of'], ['(?:repeated|several|multiple|numerous|many) (?:delivery |connection )?(?:attempts|retries|tries)'], 6), near(['undeliverable', 'failed', 'not (?:been )?delivered', "(?:could not|couldn'?t|cannot|can'?t|unable to) (?:be )?deliver(?:ed)?", 'bounced', 'returned'], ['after (?:\\d{1,3} |several |multiple |repeated |many |numerous |all )?(?:(?:delivery|connection|send) )?(?:retries|attempts|tries)'], 30)),
    ],
    phrases: [
      /(?:時間内|期限内|期間内)[^。\n]{0,20}(?:配送|送信|配信)[^。\n]{0,10}(?:でき|出来)ません|(?:配送|送信|配信)[^。\n]{0,10}(?:タイムアウト|期限切れ)|再送[^。\n]{0,10}(?:中止|打ち切|失敗)/,
      /retry (?:timeout|time|period) (?:exceeded|expired|reached)/,
      /(?:delivery|message) (?:time )?(?:has )?expired/,
      /expired after/,
      /message expired/,
      /lifetime (?:exceeded|expired)/,
      /has been (?:in|on) (?:the )?queue (?:too long|for)/,
      /too long in (?:the )?queue/,
      /could not (?:be )?deliver(?:ed)? (?:for|in|within) (?:the (?:last|past) )?\d{1,3} (?:hours?|days?)/,
      /(?:unable|could not) to deliver (?:for|within) \d{1,3}/,
      /(?:gave|giving|have given) up/,
      /was not delivered within/,
      /undeliverable for \d/,
      /maximum (?:delivery )?time/,
      /delivery (?:attempts|period) (?:has |have )?(?:expired|exceeded)/,
      /(?:delivery|retry) (?:time|period) exceeded/,
      /timeout waiting/,
      /delay(?:ed)? (?:for|more than|over) \d/,
      /(?:have|has) been failing for a long time/,
      /retry time not reached for any host/,
      /aborted after \d{1,3}(?:\.\d{1,2})? ?hour/,
      /delivery attempts will continue/,
      /message timed out/,
      /server did not respond/,
      /after (?:multiple|several|repeated) (?:retries|attempts)/,
      /not reachable within the allowed queue period/,
      /could not be delivered for more than/,
      /(?:in|on) the queue too long/,
      /could not find a gateway for/,
      /numerous attempts to deliver/,
      // Exchange NDR: 'The server has tried to deliver this message, without success, and has stopped trying.'
      /(?:tried|attempted) to deliver (?:this|the|your) message,? without success/,
      /(?:has|have) stopped trying/,
      // Mailgun (failed event, reason "old"): 'Too old'
      /^too old$/,
      // 'Delivery failed for the last 5 days', 'unable to deliver over the past 72 hours'
      /(?:failed|failing|undeliverable|unable to deliver|could not (?:be )?deliver(?:ed)?) (?:for|in|over|during) the (?:last|past) \d{1,3} ?(?:days?|hours?)/,
    ],
    codes: ['4.7'],
    // The sending server's retries said stopped, with no reason (STOPPED_RETRYING): only alone.
    lastResort: [STOPPED_RETRYING],
    lastResortYields: 'all',
    broad: true,
  },
  {
    id: 'network-error',
    category: 'transient',
    title: 'Your server could not reach the recipient’s mail server',
    why: 'The connection to the receiving server failed: it did not answer, refused or dropped the connection, DNS lookups failed temporarily, or mail looped between servers. This is usually temporary and your server retries.',
    fix: 'Usually wait: your server retries on its own. If it persists, check the recipient domain’s MX records and whether its servers answer on port 25 (`nc -v mx.example.com 25`), and whether your own network or host allows outbound port 25.',
    concepts: [
      near(['connection', 'connect(?:ing)?', 'host', 'server', 'network', 'socket', 'smtp session', 'remote (?:host|server|mta|system)'], ['timed? ?out', 'timeout', 'refused', 'reset', 'unreachable', 'not reachable', 'not responding', 'no response', 'did not respond', 'lost', 'dropped', 'closed', 'broken', 'failed'], 30),
      near(['dns', 'name ?server', 'name service', 'resolver', 'lookup', 'mx lookup', 'dns query', 'dkim key retrieval'], ['error', 'failure', 'failed', 'timeout', 'timed out', 'servfail', 'temporar\\w*', 'try again', "(?:did not|didn'?t|could not|couldn'?t) (?:be )?complet\\w*", 'incomplete'], 30),
      // The other way round: "Temporary failure in MX lookup", "timeout during DNS resolution".
      near(['failure', 'error', 'timeout', 'timed out', 'servfail'], ['(?:in|during|of|on) (?:the |an? )?(?:dns |mx |name |host ?name |domain name )?(?:lookup|resolution|query|queries)'], 12),
      // Errors of the transport itself ("Network error on destination MXs", "socket error"), and routes
      // to the destination that do not exist or are all blocked (OpenSMTPD).
      near(['network', 'socket', 'transport', 'tcp', 'connection'], ['error', 'failure'], 12),
      /(?:^|[^a-z])(?:no (?:valid )?routes?|all routes|routes?) to (?:the )?(?:destination|remote|host|mx)(?![a-z])(?:[^;!?]{0,30}?(?:blocked|failed|unavailable|unreachable))?/,
      // The receiving system would not take the connection ("did not accept our requests to connect",
      // "refused to accept a connection from your email system"); refusing the client's *connections*
      // for a reason is client-blocked, earlier.
      near(["(?:did not|didn'?t|would not|wouldn'?t|could not|couldn'?t|refused to|unable to) accept"], ['(?:our |the |a |any )?(?:requests? to connect|connection)(?!s)'], 12),
      near(['loop(?:s|ing)?', TOO_MANY_HOPS, 'hop count', 'hops? ?limit'], ['detected', 'back', `exceeded${NOT_A_FIELD_SAID_NO}`, 'found', 'mail', 'message', 'myself'], 20),
      // A loop detector that fired, said by its count or its verb ("Loop detection > 10 mal X-…",
      // Hornetsecurity's, under 5.5.6; "loop detection limit exceeded", "loop detection triggered"): not
      // the detector named as a setting ("loop detection disabled", "loop detection: ok").
      new RegExp(String.raw`(?:^|[^a-z])loop detection(?: (?:limit|count|threshold|counter))?:? ?(?:>=? ?[1-9]\d{0,3}(?![\d.])(?! (?:(?:hops?|received|headers?|times?) )?(?:checks?|tests?|passed|ok|allowed|permitted|max(?:imum)?|limit)(?![a-z]))|(?:exceeded|triggered|reached|hit|fired)(?![a-z])${NOT_A_FIELD_SAID_NO})`),
      // …with the loop said last ("possible mail loop", "forwarding loop"), or counted as RFC 5321 §6.3
      // counts it: too many Received header fields ("Too many received headers - possible mail loop").
      anyOf(/(?:^|[^a-z])(?:mail|e-?mail|message|forwarding|routing|delivery|alias|relay) loop(?:s|ing)?(?![a-z])/, near([`${NOT_SAID_BEFORE}(?<!n't(?: (?:a|an|any|the))? )too many`], ['received:?(?: header)?(?: lines| fields?|s| headers?)', 'hops'].map((counted) => `${counted}(?![a-z])${NOT_A_FIELD_SAID_NO}`), 6)),
      // Every mail exchanger tried and none took the message ("Tried all MXs", "all MX hosts failed").
      anyOf(near(['tried', 'attempted', 'exhausted'], ['all (?:the )?(?:mxs?|mx(?:es| hosts| servers| records)|mail exchangers?|hosts|servers|ips|addresses)(?![a-z])'], 6), near(['all (?:the )?(?:mxs?|mx(?:es| hosts| servers)|mail exchangers?|(?:destination |remote )?hosts)(?![a-z])'], ['failed', 'unreachable', 'unavailable', 'tried', 'down'], 16)),
      // The receiving server that could not be reached or contacted.
      near(["(?:could not|couldn'?t|unable to|cannot|can'?t|failed to) (?:contact|reach)"], ["(?:the )?(?:destination |remote |recipient'?s? |receiving |target )?(?:mail |smtp )?(?:server|host|mx|mail exchanger|system)"], 20),
      // A step of the SMTP dialogue that timed out ("rcpt handle timeout", "timeout after DATA"); a
      // delivery or message that timed out is an expiry, tried before.
      // A timeout of the receiver's own database, directory or storage ("Temporary system failure: database
      // timeout") is its system's trouble (remote-system-error), not the transport's.
      /(?:^|[^a-z])(?<!(?:database|db|ldap|directory|backend|storage|disk)(?: server| service| query| lookup| connection)? )(?:time-?out|timed out)(?![a-z])/,
    ],
    phrases: [
      /connection (?:timed? ?out|refused|reset|closed|lost|dropped|failed)/,
      /(?:connect|connection) to [^ ]{1,200} (?:failed|timed out|refused)/,
      /no route to host/,
      /(?:network|host) (?:is )?(?:unreachable|not reachable)/,
      /duplicated message-id/,
      /(?:dns|name server|nameserver|resolver) (?:error|failure|timeout|lookup failed|problem)/,
      /name service error [^\n]{0,200}try again/,
      /host not found, try again/,
      /temporary (?:dns|lookup|name resolution) (?:failure|error)/,
      /lost connection/,
      /broken pipe/,
      /socket error/,
      /did not accept our requests to connect/,
      // Could not, unable to, failed to or cannot connect (UNABLE_TO_CONNECT; under an X.3.x code the code's
      // reading stands, classify.ts).
      UNABLE_TO_CONNECT,
      // An error or a failure said of connecting to a remote host or port (ERROR_CONNECTING_TO_REMOTE; a narrow
      // reading, classify.ts, that decides only under no code, X.0.0 or X.4.x).
      ERROR_CONNECTING_TO_REMOTE,
      /conversation with [^ ]{1,120} timed out/,
      /read timeout/,
      /timed out while/,
      /timeout (?:while|during|after)/,
      /loops? back to myself/,
      /mail (?:forwarding )?loop/,
      /routing loop/,
      new RegExp(TOO_MANY_HOPS),
      new RegExp(`hop count exceeded(?![a-z])${NOT_A_FIELD_SAID_NO}`),
      /loop detected/,
      /mail for [^ ]{1,120} loops back/,
      /5\.4\.312/,
      /5\.4\.316/,
      /could not connect and send/,
      /dns records for the destination computer could not be found/,
      /host name lookup failure/,
      /malformed (?:or unexpected )?name server reply/,
      /forwarding loop/,
      /message looping/,
      /unable to resolve route/,
      /it would create a mail loop/,
      /loop was found/,
      // Sendmail usersmtp.c: 'reply: read error from mx.example'
      /read error from/,
      // RFC 3463 X.4.1 'No answer from host'
      /no answer from (?:the )?(?:remote |destination )?host/,
      // A communication(s) failure or error as the reason ("Unable to deliver the message due to a
      // communications failure", Exchange 4.0–5.5's MTA, KB Q172364; "communication error with mx.b.example"):
      // the link between the servers, as a connection lost reads. Not one said not to be ("no communication
      // failure"), nor before a clear cause (CLEAR_CAUSE_AFTER: "communication error; user unknown").
      // Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=communication)(?<!(?:no|not|without|any) )communications? (?:failure|failed|error|breakdown|problem|lost)(?![a-z])${CLEAR_CAUSE_AFTER}`),
    ],
    codes: ['4.0', '4.1', '4.2', '4.3', '4.6', '4.8', '4.4.4', '4.4.5', '5.4.312', '4.4.312', '5.4.316', '4.4.316'],
    broad: true,
    // A failed SPF/DKIM/DMARC lookup is the receiver's DNS trouble only when it says so (4xx, 4.x.x,
    // "temperror"); a refusal (550 5.7.1 "SPF record lookup failed") is a verdict on the sender's records.
    permanence: { permanent: { cause: 'authentication-failed', words: /\b(?:dmarc|spf|dkim)\b/, unless: /temperror|temporar/ } },
  },
  {
    id: 'remote-storage-full',
    category: 'transient',
    title: 'The receiving mail system is out of storage',
    why: 'The receiving server itself (not just one mailbox) has no space left or is overloaded. The problem is on the receiver’s side.',
    fix: 'Nothing to change on your side; your server retries. If it lasts more than a day, tell the recipient by another channel.',
    phrases: [
      /insufficient system storage/,
      /mail system full/,
      /system (?:disk|storage) (?:is )?full/,
      // …too full said of it ("421 4.3.2 mx.b.example disk is too full. Try later", KumoMTA): the same.
      /disk (?:is )?(?:too )?full/,
      /out of (?:disk|storage)/,
      /no space left/,
      /file system full/,
      /insufficient disk space/,
      /not (?:sufficient|enough) disk space/,
    ],
    codes: ['3.1'],
    broad: true,
  },
  {
    id: 'remote-system-error',
    category: 'transient',
    title: 'The receiving system had an internal error',
    why: 'The receiving server failed while processing the message (an internal error, a misconfiguration, a database or disk problem). Nothing in your message caused it.',
    fix: 'Retry later. If the same error keeps coming back, tell the recipient or the receiving domain’s postmaster, quoting the exact reply.',
    concepts: [
      near(['system', 'server', 'internal', 'local', 'backend', 'storage', 'database', 'i/o'], ['error', 'failure', 'problem', 'busy', 'overloaded', 'fault', 'malfunction', 'misconfigur\\w*', 'not (?:properly |correctly )?configured'], 8),
      // Its own content filter, scanner or milter that failed ("content filter unavailable", "milter
      // error"): nothing in the message was judged. (One that timed out is read as a timeout, above.)
      near(['(?:content|virus|anti-?virus|anti-?spam|spam|mail) (?:filter(?:ing|s)?|scanners?|scan(?:ning)? (?:engine|service)s?)', 'milters?', 'scanners?'], ['error', 'failure', 'failed', 'unavailable', 'not available', 'not responding'], 12),
      // Out of memory or resources: the receiving system's own trouble ("out of memory", "resources unavailable").
      anyOf(near(['out of', 'insufficient', 'not enough', 'no free', 'lack of'], ['memory', '(?:system )?resources'], 8), near(['memory', '(?:system )?resources'], ['unavailable', 'not available', 'exhausted', 'insufficient'], 8)),
    ],
    phrases: [
      // A verification callout that could not complete ("Could not complete recipient callout", VIPRE;
      // Exim's "Could not complete recipient verify callout", a temporary failure) or that failed for
      // now: the receiver could not verify the address, no verdict on it. A verdict said beside it
      // ("… : 550 user unknown") is an earlier cause. Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?:(?:could not|couldn't|cannot|can't|unable to|failed to|did not) complete (?:the |a )?(?:(?:recipient|sender|rcpt|address) )?(?:verify |verification )?call-?out|(?:(?:recipient|sender|rcpt|address) )?(?:verify |verification )?call-?out(?: verification)? (?:temporarily failed|failed temporarily|temporarily unavailable|timed out|(?:temporary )?time-?out|deferred))${WORD_END}`),
      /system error/,
      /internal (?:server )?error/,
      /service (?:is )?(?:currently |temporarily )?(?:unavailable|not available)/,
      /local error/,
      /temporary (?:failure|error|problem|local problem)/,
      /(?:system|server) (?:is )?(?:busy|overloaded|not available|unavailable|shutting down)/,
      // The receiving system's load said too high ("System load too high, try again later", smtp-gated's
      // refusal at connect; "server load average exceeded"): it is overloaded, as "server overloaded" reads.
      SYSTEM_LOAD_TOO_HIGH,
      /i\/o error/,
      /database (?:error|failure)/,
      /configuration error/,
      /misconfigur/,
      /not (?:properly )?configured/,
      /processing error/,
      /error in processing/,
      /requested action aborted/,
      /unexpected error/,
      /transient (?:failure|error)/,
      /try again$/,
      /can'?t create user output file/,
      /interrupted system call/,
      /local configuration error/,
      /local error in processing/,
      /queue file write error/,
      // A spool or queue file said not written or created, the verb first or the error named ("451 Could not
      // write spool file", masqmail; "451 Error writing spool file", "unable to create queue file"): the
      // receiving system failed to store the message, as Postfix's "queue file write error" reads (a delay
      // before, by the 4xx alone). Not a field answered no, nor before a clear cause (CLEAR_CAUSE_AFTER). Bounded:
      // linear.
      new RegExp(String.raw`${WORD_START}(?=could|couldn|cannot|can't|unable|failed|error|failure)(?:(?:could not|couldn't|cannot|can't|unable to|failed to) (?:write|create|save|store)|(?:error|failure) (?:while |when )?(?:writing|creating|saving)) (?:to )?(?:the |a |its )?(?:spool|queue) files?${WORD_END}${NOT_A_FIELD_SAID_NO}${CLEAR_CAUSE_AFTER}`),
      // The message said received but not saved, stored or written ("554 Your message was received but it
      // could not be saved. Please retry later.", hMailServer; set 23): the receiving system failed to
      // store it, as a queue file write error. The message or "it" said so; not said the other way
      // ("could not be saved, as the mailbox is full": mailbox-full, an earlier cause). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?:(?:the |your |this )?(?:message|mail|e-?mail)|it) (?:could not|couldn't|cannot|can't|was not|wasn't) be (?:saved|stored|written)${WORD_END}${NOT_A_FIELD_SAID_NO}`),
      /remote server is misconfigured/,
      /system config(?:uration)? error/,
      /temporary local problem/,
      /timeout waiting for input/,
      /encountered an error while (?:being )?processed/,
      /could not load drd/,
      /operation now in progress/,
      /no mdb/,
      // 'The mail server is temporarily unable to accept mail', 'temporarily unable to process'
      /temporarily unable to (?:accept|receive|process|deliver)/,
      // Congestion as the reason, RFC 3463's X.4.5 "mail system congestion" in words ("The recipient could not
      // be processed due to congestion in the message transfer service", Exchange 4.0–5.5's MTA, KB Q152666;
      // "the mail system is congested"): the receiving or relaying system too busy for now, as "server busy"
      // reads. Not one said not to be or avoided ("no congestion", "to avoid congestion"), nor TCP's
      // ("congestion control", "congestion window"), nor before a clear cause (CLEAR_CAUSE_AFTER:
      // "congestion; user unknown"). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=congest)(?<!(?:no|not|without|any|avoid|avoiding|prevent|preventing|reduce|reducing) )congest(?:ion|ed)(?![a-z])(?! (?:control|window|avoidance|algorithm)(?![a-z]))${CLEAR_CAUSE_AFTER}`),
    ],
    codes: ['3.0', '3.3', '3.5', '4.3.0', '4.5', '5.3.0', '5.3.5', '5.1.9', '4.1.9'],
    broad: true,
  },
  {
    id: 'local-delivery-error',
    category: 'other',
    title: 'A delivery program on the receiving host failed',
    why: 'The receiving host accepted the message but the local program that files it (a pipe to a script, procmail, a mailbox writer) exited with an error. That is a configuration problem on that host.',
    fix: 'If the host is yours, check the mail log for the program’s error (permissions, a missing script, a full disk) and fix it. Otherwise tell the recipient’s postmaster, quoting the error.',
    phrases: [
      /mail(?:er)? delivery program/,
      /command (?:died|failed|output)/,
      /pipe to \|/,
      /unable to execute/,
      /procmail/,
      /exited with (?:status|code)/,
      /local delivery failed/,
      /could not be delivered to (?:the )?program/,
      /mailbox writer/,
      /permission denied/,
    ],
    broad: true,
  },
  {
    id: 'smtp-protocol-error',
    category: 'other',
    title: 'The SMTP dialogue went wrong',
    why: 'The receiving server did not understand a command from the sending server, or got commands in the wrong order. This points at a bug or misconfiguration in the sending software (or something in between, like a firewall rewriting SMTP).',
    fix: 'Check the sending server’s software and any firewall or antivirus that proxies SMTP on port 25. If the message went out through a library you wrote code for, look at the command it sent just before this reply.',
    phrases: [
      /improper (?:sequence|use) of commands/,
      /bad sequence of commands/,
      /command (?:not )?(?:recogni[sz]ed|unrecogni[sz]ed|not implemented|unknown)/,
      /unrecogni[sz]ed command/,
      /syntax error/,
      /need (?:mail|rcpt|helo|ehlo) (?:command )?(?:first|before)?/,
      /pipelining (?:not allowed|violation)/,
      /line too long for protocol/,
    ],
    codes: ['5.0', '5.1', '5.2', '5.4', '5.5', '5.6'],
  },
  {
    id: 'delivery-delayed',
    category: 'transient',
    title: 'Delivery is delayed; your server keeps trying',
    why: 'The message has not been delivered yet because the receiving side answered with a temporary error or could not be reached. This is a warning, not a final failure.',
    fix: 'No action needed yet: your server keeps retrying for a few days and will send another notice if it gives up. If you get many of these for one provider, read the reply for throttling or reputation hints.',
    concepts: [
      // A message held back, not refused: message / delivery × on hold, held, deferred, queued, frozen,
      // postponed; and the notice that it will be tried again.
      anyOf(near(['message', 'mail', 'e-?mail', 'delivery', 'deliveries', 'nachricht', 'zustellung', 'livraison', 'entrega'], ['(?:is |was |has been |have been |being |remains? )?(?:on hold|held(?: back| in (?:the )?queue)?|deferred|frozen|queued|postponed|delayed|zur(?:ü|ue)ckgestellt|verz(?:ö|oe)gert|diff(?:é|e)r(?:é|e)e?|retard(?:é|e)e?|en attente|retrasad[oa]|aplazad[oa])'], 20), near(['(?:will|shall) (?:be )?(?:retried|re-?tried|tried again|re-?attempted|attempted again)', 'will (?:keep|continue)(?: trying| to try| retrying)', 'will (?:retry|re-?try|try again|re-?attempt)'], ['(?:until|for|later|again|automatically|periodically)', RETRY_AT_A_TIME], 30), near(['(?:delivery )?attempts', 'retries', 'retrying', 'delivery'], ['will (?:continue|be (?:continued|repeated|made))'], 12)),
      // A message that has not been delivered *yet*: a warning, not a failure ("This message has not yet
      // been delivered … after more than 24 hours", "message still undelivered after 4 hours").
      /(?:(?:has|have|had) not yet|(?:hasn'?t|haven'?t) yet|not yet|still not) (?:been )?deliver\w*|still undelivered/,
      // Delivery suspended, anything deferred, a server that asks for a later try: held back, not refused
      // (in a report that it failed, the sending server gave up: an expiry). Specific causes come first.
      /(?:^|[^a-z])(?:delivery|deliveries|sending) (?:is |was |has been )?(?:temporarily |momentarily )?suspended|(?:^|[^a-z])(?:deferred|deferral)(?![a-z])|(?:^|[^a-z])(?:please )?(?:try|retry|send) (?:it |again |your message )?later(?![a-z])/,
      // Deliveries said paused, to a destination or from a sender named between ("Deliveries to this
      // recipient domain from this RFC5321.MailFrom domain are paused", GreenArrow): held in the queue
      // until the pause is lifted, as suspended deliveries are. Deliveries, not an account's sending (an
      // ESP's "sending paused" for a bounce rate is the account's standing, and so are deliveries from an
      // account paused), with no reason after it ("… paused due to complaints": the reason, or nothing,
      // decides); in one sentence (a ". " only after a digit, where a run-on was split: "RFC5321.
      // MailFrom"); not denied; not "your" or an account's deliveries ("Your account deliveries are
      // paused": its standing); after no other cause (AFTER_ANOTHER_CAUSE, ABSENCE_BEFORE), nor before a
      // clear one (CLEAR_CAUSE_AFTER). Bounded: linear.
      new RegExp(String.raw`${WORD_START}(?=deliver)(?<!${AFTER_ANOTHER_CAUSE}|${ABSENCE_BEFORE})(?<!(?:account|your)(?:'s)? )${NOT_SAID_BEFORE}deliver(?:y|ies)(?![a-z])(?:(?!account)[^;!?\n](?<![^0-9]\. )){0,100}? (?:is|are|was|were|has been|have been)(?: (?:temporarily|currently))? paused${WORD_END}(?! (?:due to|because|for|after|following)(?![a-z]))${CLEAR_CAUSE_AFTER}`),
    ],
    phrases: [
      // Exim deliver.c warning: 'A message that you sent has not yet been delivered to one or more of its recipients after more than …'
      /(?:has|have) not yet been delivered/,
      // Exchange: 'This message hasn't been delivered yet. Delivery will continue to be attempted.'
      /(?:hasn'?t|has not|have not|haven'?t) been delivered yet/,
      /delivery will continue to be attempted/,
      /will (?:keep|continue) (?:trying|to try|to retry|retrying|to attempt)/,
      // Postfix bounce_templates.c delay notice: 'THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.' / 'It will be retried until it is N day(s) old.'
      /this is a warning only/,
      /(?:do not|don'?t) need to resend/,
      /will be retried/,
      // Sendmail deliver.c: 'Warning: could not send message for past 4 hours'
      /could not send message for past/,
      // 'Delivery differed' (deferred, misspelt: a French blog's "Delivery differed/momentarily suspended";
      // the French différé is read above). Only after "delivery" and not "differed from" (another
      // meaning of the English word), so no misspellings entry (wordlists/global/misspellings.yml).
      /(?:^|[^a-z])delivery (?:is |was |has been )?differed(?![a-z])(?! from)/,
      // Gmail: 'Delivery to the following recipient has been delayed'; Exchange: 'Message delivery has been delayed'
      /(?:delivery|message) (?:to [^ ]{1,120} )?(?:to the following recipients? )?(?:has been|is being|is|was) delayed/,
      /(?:delivery|message) delayed/,
      // Exim deliver.c: 'Message … has been frozen' (held in the queue until an administrator thaws it)
      /message (?:[^ ]{1,40} )?(?:has been |is )frozen/,
    ],
    // "550 Please try again later", "554 Transaction failed, deferred": the reply's class is permanent
    // (RFC 5321 §4.2.1, RFC 3463 class 5), so nothing retries it; the words name no reason.
    permanence: { refused: { cause: 'refused-unspecified' } },
  },
  {
    id: 'refused-unspecified',
    category: 'other',
    title: 'The receiving server refused the message without saying why',
    why: 'The bounce holds a refusal, but neither its status code nor the server’s words say what the reason was.',
    fix: 'Look at the full reply text below for a support link or reference number and follow it; otherwise ask the recipient (by another channel) to have their mail administrator look up your message in their logs.',
  },
];

export const CAUSE_BY_ID: ReadonlyMap<CauseId, Cause> = new Map(CAUSES.map((cause) => [cause.id, cause]));

export function cause(id: CauseId): Cause {
  return CAUSE_BY_ID.get(id) as Cause;
}
