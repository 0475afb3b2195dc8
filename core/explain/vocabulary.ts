/**
 * The wording and codes of causes.ts, compiled for matching: one regular expression per cause
 * (its phrases joined), tried in the causes' priority order, and the status codes that name a
 * cause by themselves.
 *
 * A vocabulary is a value: explain() uses the whole one; `npm run eval:bounces` builds others
 * without some items (every phrase that only one MTA family's bounces use, for the
 * leave-one-family-out figure) and watches which items each bounce uses.
 */
import { parse } from 'tldts';
import { CAUSES, LINKS, NAMES, SAID_UNDERSCORE, type Cause, type CauseId, type NameReading } from './causes.ts';

/** One phrase (a regular expression's source) or one status code of a cause. */
export interface VocabularyItem {
  readonly cause: CauseId;
  /** a concept of the grammar (subject × predicate), a fixed phrase, or a status code */
  readonly kind: 'concept' | 'phrase' | 'code';
  /** the pattern's source, or the code (`2.2`, `5.7.509`) */
  readonly text: string;
}

export interface VocabularyOptions {
  /** items left out */
  readonly exclude?: (item: VocabularyItem) => boolean;
  /** told of every item that matched, when its cause was looked for and found */
  readonly observe?: (item: VocabularyItem) => void;
}

export interface Vocabulary {
  /**
   * The first cause, in priority order, whose wording is in `words` (lower case, whitespace
   * collapsed); with the reply's class, a cause that says where it goes for a temporary reply
   * (Cause.earlierIfTemporary) is tried there. With `lastResort`, when none is, a cause's last-resort
   * wording (Cause.lastResort; the one said first, one that yields only alone) if no cause's own wording is in `words`; without it (the default: a
   * guard asking what else the words say), never.
   */
  first(words: string, allowed?: (cause: Cause) => boolean, reply?: ReplyKind, lastResort?: boolean): CauseId | null;
  /** whether `words` hold the wording of this cause */
  says(id: CauseId, words: string): boolean;
  /** whether `words` hold any cause's own wording (not a last resort); nothing observed */
  namesAny(words: string): boolean;
  /**
   * The cause a status code names by itself: the full code first (`5.7.509`), then the code without
   * its class (`7.26`); null when no cause claims it.
   */
  causeForCode(code: string): CauseId | null;
  /**
   * This vocabulary for one explain() call, its caller's to hold and drop: each text is read outside
   * names (withoutNames) once for each way causes read them, however often first() and says() are
   * asked of it in that call. Without it, one first() still reads each way once.
   */
  forOneCall(): Vocabulary;
}

/** What the reply's class says, for Cause.earlierIfTemporary. */
export interface ReplyKind {
  /** a 4xx reply or a 4.x.x code */
  readonly temporary: boolean;
  /** the server's own reply code is 5xx */
  readonly refusal: boolean;
}

interface Compiled {
  readonly cause: Cause;
  readonly pattern: RegExp | null;
  readonly phrases: readonly { readonly item: VocabularyItem; readonly pattern: RegExp }[];
  /** The cause's last-resort wording (Cause.lastResort), joined, and its phrases. */
  readonly lastResort: RegExp | null;
  readonly lastResortPhrases: readonly { readonly item: VocabularyItem; readonly pattern: RegExp }[];
}

/** A cause's patterns, concepts first, each with its item. */
function patternsOf(cause: Cause): { item: VocabularyItem; pattern: RegExp }[] {
  return [
    ...(cause.concepts ?? []).map((pattern) => ({ item: { cause: cause.id, kind: 'concept' as const, text: pattern.source }, pattern })),
    ...(cause.phrases ?? []).map((pattern) => ({ item: { cause: cause.id, kind: 'phrase' as const, text: pattern.source }, pattern })),
  ];
}

/** A cause's last-resort phrases (Cause.lastResort), each with its item. */
function lastResortOf(cause: Cause): { item: VocabularyItem; pattern: RegExp }[] {
  return (cause.lastResort ?? []).map((pattern) => ({ item: { cause: cause.id, kind: 'phrase' as const, text: pattern.source }, pattern }));
}

export function itemsOf(cause: Cause): VocabularyItem[] {
  return [
    ...patternsOf(cause).map(({ item }) => item),
    ...lastResortOf(cause).map(({ item }) => item),
    ...(cause.codes ?? []).map((code) => ({ cause: cause.id, kind: 'code' as const, text: code })),
  ];
}

/** Every phrase and code of every cause. */
export function vocabularyItems(): VocabularyItem[] {
  return CAUSES.flatMap(itemsOf);
}

export function createVocabulary(options: VocabularyOptions = {}): Vocabulary {
  const keep = (item: VocabularyItem) => !options.exclude?.(item);
  const compiled: Compiled[] = CAUSES.map((cause) => {
    const phrases = patternsOf(cause).filter(({ item }) => keep(item));
    const lastResortPhrases = lastResortOf(cause).filter(({ item }) => keep(item));
    const join = (list: readonly { pattern: RegExp }[]) => (list.length > 0 ? new RegExp(list.map(({ pattern }) => pattern.source).join('|')) : null);
    return { cause, pattern: join(phrases), phrases, lastResort: join(lastResortPhrases), lastResortPhrases };
  });
  const withLastResort = compiled.filter((entry) => entry.lastResort !== null);
  const byId = new Map(compiled.map((entry) => [entry.cause.id, entry]));
  const codes = new Map<string, CauseId>();
  for (const cause of CAUSES) {
    for (const code of cause.codes ?? []) {
      if (!codes.has(code) && keep({ cause: cause.id, kind: 'code', text: code })) codes.set(code, cause.id);
    }
  }

  // The causes tried earlier for a temporary reply, by the cause they are tried before.
  const earlier = new Map<CauseId, Compiled[]>();
  for (const entry of compiled) {
    const before = entry.cause.earlierIfTemporary?.before;
    if (before !== undefined) earlier.set(before, [...(earlier.get(before) ?? []), entry]);
  }
  const triedEarlier = (entry: Compiled, words: string, reply: ReplyKind | undefined): boolean => {
    const rule = entry.cause.earlierIfTemporary;
    return rule !== undefined && reply !== undefined && (reply.temporary || (!reply.refusal && rule.orWords?.test(words) === true));
  };

  const matches = (entry: Compiled, text: string, read: NameReader): boolean => {
    // A cause read outside names sees each name as blanks of its length (gaps keep their width).
    const words = read(text, entry.cause.outsideNames ?? 'hosts');
    if (!entry.pattern || !entry.pattern.test(words)) return false;
    if (options.observe) for (const phrase of entry.phrases) if (phrase.pattern.test(words)) options.observe(phrase.item);
    return true;
  };

  // Whether any cause's own wording (not a last resort) is in `text`; nothing observed.
  const anyReading = (text: string, read: NameReader): boolean => compiled.some((entry) => entry.pattern !== null && entry.pattern.test(read(text, entry.cause.outsideNames ?? 'hosts')));
  // The cause whose last-resort wording is said first in `text`, among the causes `allowed`, only when no
  // cause's own wording is in it (Cause.lastResort): "10 messages per minute exceeded; 100 messages per
  // hour exceeded" is the rate said first, not whichever cause comes first in CAUSES. A cause whose last
  // resort yields (Cause.lastResortYields) only when no other's is said: "Administratively denied: 500
  // messages per day exceeded" is the limit.
  const firstLastResort = (text: string, allowed: (cause: Cause) => boolean, read: NameReader): CauseId | null => {
    let first: { entry: Compiled; words: string; at: number; rank: number } | null = null;
    for (const entry of withLastResort) {
      if (!allowed(entry.cause) || !entry.lastResort) continue;
      const words = read(text, entry.cause.outsideNames ?? 'hosts');
      const at = entry.lastResort.exec(words)?.index;
      // 0 yields to none, 1 to those that do not yield, 2 ('all') to every other.
      const rank = entry.cause.lastResortYields === 'all' ? 2 : entry.cause.lastResortYields === true ? 1 : 0;
      if (at !== undefined && (first === null || (rank === first.rank ? at < first.at : rank < first.rank))) first = { entry, words, at, rank };
    }
    if (first === null || anyReading(text, read)) return null;
    const { entry, words } = first;
    if (options.observe) for (const phrase of entry.lastResortPhrases) if (phrase.pattern.test(words)) options.observe(phrase.item);
    return entry.cause.id;
  };

  const causeForCode = (code: string): CauseId | null => {
    const [klass, subject, detail] = code.split('.');
    const withoutClass = `${Number(subject)}.${Number(detail)}`;
    const full = `${klass}.${withoutClass}`;
    const id = codes.get(full) ?? codes.get(withoutClass) ?? null;
    if (id !== null) options.observe?.({ cause: id, kind: 'code', text: codes.has(full) ? full : withoutClass });
    return id;
  };

  // `kept`: the reader of one call (forOneCall), or none: then each first() keeps its own.
  const view = (kept: NameReader | undefined): Vocabulary => ({
    first(words, allowed = () => true, reply, lastResort = false) {
      if (!words) return null;
      const read = kept ?? keepingReader();
      for (const entry of compiled) {
        for (const early of earlier.get(entry.cause.id) ?? []) {
          if (allowed(early.cause) && triedEarlier(early, words, reply) && matches(early, words, read)) return early.cause.id;
        }
        if (allowed(entry.cause) && matches(entry, words, read)) return entry.cause.id;
      }
      // Nothing named, among the causes allowed: a last-resort wording, if no cause's own is said.
      return lastResort ? firstLastResort(words, allowed, read) : null;
    },
    says(id, words) {
      const entry = byId.get(id);
      return entry !== undefined && words !== '' && matches(entry, words, kept ?? withoutNames);
    },
    namesAny: (words) => words !== '' && anyReading(words, kept ?? withoutNames),
    causeForCode,
    forOneCall: () => view(keepingReader()),
  });
  return view(undefined);
}

/** The words a cause reads: `text` outside names, read `which` way (withoutNames). */
type NameReader = (text: string, which: NameReading) => string;

/** At most this many texts kept by one reader (a report's lines, each read for one cause, are many); then it starts over. */
const MAX_KEPT_TEXTS = 16;

/**
 * A reader (withoutNames) that keeps what it read, each text once each way, for as long as its
 * owner (one first(), or one explain() call's forOneCall()) keeps it.
 */
function keepingReader(): NameReader {
  const kept = new Map<string, Map<NameReading, string>>();
  return (text, which) => {
    let readings = kept.get(text);
    if (readings === undefined) {
      if (kept.size >= MAX_KEPT_TEXTS) kept.clear();
      kept.set(text, (readings = new Map()));
    }
    let words = readings.get(which);
    if (words === undefined) readings.set(which, (words = withoutNames(text, which)));
    return words;
  };
}

/**
 * The words with every name (causes.ts's NAMES: an address, a URL, a host name; or LINKS only) blanked,
 * length kept; with 'signatures' a virus signature's name kept (SIGNATURE), with 'zones' a DNS list's
 * (LIST_ZONE, or a name right after "listed in", "blocked using" or right before "listed").
 */
export function withoutNames(words: string, which: NameReading = 'names'): string {
  if (which === 'none') return words;
  if (which === 'links') return words.replace(LINKS, (name) => ' '.repeat(name.length));
  // Read by default, a run of '_' the reply holds is told from a host hidden as '_' (SAID_UNDERSCORE).
  const said = which === 'hosts' && words.includes('__') ? words.replace(SAID_RUN, (run) => SAID_UNDERSCORE.repeat(run.length)) : words;
  return said.replace(NAMES, (name: string, host: string | undefined, offset: number) => {
    // A vendor's Platform/Name ("JS/Phishing.Agent.Download", "W32/Virus.Win") is a signature too.
    // Two plain labels are a host only as a reserved name (reservedTwoLabels: "dnsbl.example", "via
    // greylisted.test"); else a sentence run on after a dot ("Message is SPAM.TEST"): words, in every reading.
    if (host !== undefined && TWO_PLAIN_LABELS.test(host) && !reservedTwoLabels(host, words, offset)) return name;
    // Read by default ('hosts'), an address or a URL stays words (a cause's phrase says of it).
    if (which === 'hosts' && (host === undefined || NAMED_HOSTS.test(host))) return name;
    if (which === 'signatures' && (SIGNATURE.test(name) || words[offset - 1] === '/')) return name;
    if (which === 'zones' && (LIST_ZONE.test(hostOf(name)) || LISTED_IN.test(words.slice(Math.max(0, offset - 20), offset)) || LISTED_AFTER.test(words.slice(offset + name.length, offset + name.length + 20)))) return name;
    const length = host === undefined ? name.length : hostNameLength(host);
    // Read by default, a host is hidden, not blanked: a phrase's gap for a name still takes it
    // ("messages from mail.c.example deferred"), no word is read in it ("relayed via mailbox-full.example").
    return (which === 'hosts' ? '_' : ' ').repeat(length) + name.slice(length);
  });
}

/** A run of '_' standing free, not inside a word or a name ("User ____ not found", not "a__b"). Linear: all or nothing at its start. */
const SAID_RUN = /(?<![a-z0-9_])_{2,}(?![a-z0-9_])/g;

/**
 * A virus signature's name as ClamAV writes it, Platform.Category.… ("heuristics.phishing.email",
 * "win.trojan.agent-1"), or a Sanesecurity signature ("Sanesecurity.Foxhole.Zip_fs217", of ClamAV's third-party
 * databases): a host such as mx.virus.example or virus-filter.example is none.
 */
const SIGNATURE = /^sanesecurity\.|^(?:win|doc|docx|xls|xlsx|ppt|pdf|html|js|email|unix|osx|andr|multi|txt|java|swf|img|rtf|ole2|vbs|php|asp|ios|heuristics|sanesecurity|legacy|archive|xml|embedded)\.(?:phishing|trojan|exploit|malware|worm|downloader|dropper|test|virus|spyware|adware|ransomware|packed|keylogger|coinminer|backdoor|macro|pua|infostealer|loader|rootkit|heuristics?|suspicious|encrypted)\./;
/** The host of a name: an address's domain, a URL's host, or the name itself. */
const hostOf = (name: string): string => name.replace(/^[^@]{0,64}@|^(?:https?|ftp):\/\//, '').replace(/[/?#:].*$/s, '');
/**
 * A host name of a DNS list's operator, its name a whole label before another ("zen.spamhaus.org",
 * "www.barracudanetworks.com"), or with a list's own label before another ("bl.spamcop.net",
 * "dnsbl-1.uceprotect.net", "ix.dnsbl.manitu.net"); not a host that only holds such a word in a
 * label ("rbl-filter.example", "spamhaus-fan.example", "blacklisted-words.example").
 */
const LIST_ZONE = /(?:^|\.)(?:spamhaus|spamcop|barracudacentral|barracudanetworks|sorbs|surbl|uribl|uceprotect|abuseat|mailspike|spamrats|invaluement|senderscore|(?:dnsbl|rbl|cbl|psbl|bl|sbl|xbl|pbl|sbl-xbl)(?:-\d{1,2})?)\./;
/** What says a name after it is a list's zone: "listed in", "blocked using". Anchored at the end: bounded slice. */
const LISTED_IN = /(?:(?<![a-z])listed (?:in|on|at|by)|blocked using) $/;
/** What says a name before it is listed ("spam.example.com listed", "mail.c.example is listed at …"). */
const LISTED_AFTER = /^ (?:is |was |has been |are )?listed(?![a-z])/;

/**
 * Names of RFC 2606 and RFC 6761 (example, test, invalid, localhost) and of private networks (local,
 * localdomain, lan, internal, corp, home, intranet): top-level labels of host names in replies that
 * are in no public suffix list.
 */
const RESERVED_TOP_LABELS = new Set(['example', 'test', 'invalid', 'localhost', 'local', 'localdomain', 'lan', 'internal', 'corp', 'home', 'intranet']);
/** The top-level names RFC 2606 and RFC 6761 reserve: a host of two labels when last ("dnsbl.example"). */
const RESERVED_NAMES = new Set(['example', 'test', 'invalid', 'localhost', 'localdomain']);
/** A name of two labels, no hyphen: NAMES takes it only with a reserved name last. */
const TWO_PLAIN_LABELS = /^[a-z0-9]{1,63}\.[a-z]{1,63}$/;
/**
 * Reserved names that are no word of a reply: a host of two labels wherever it is ("dnsbl.example").
 * Not test, invalid nor localhost, words of replies too ("Message rejected.localhost is not allowed").
 */
const RESERVED_NOT_WORDS = new Set(['example', 'localdomain']);
/** What says a name after it is a host: "via", "from", "at", "by", "host", "server" …, or an opening bracket. Anchored at the end: bounded slice. */
const HOST_BEFORE = /(?:(?:^|[^a-z])(?:via|from|at|by|to|on|host|hostname|server|relay|mx|helo|ehlo|domain)(?: ?:)? |[([<])$/;

/**
 * Whether a name of two plain labels is a host: its last label a reserved name that is no word of a
 * reply ("dnsbl.example", "b.localdomain"), or "test", "invalid" or "localhost" right after a word
 * that names a host or an opening bracket ("relayed via greylisted.test", "from b.invalid",
 * "(virus.invalid)"). Not a sentence run on after a dot with no case to tell ("550 Message is
 * SPAM.TEST", "classified as spam.invalid content", "contains virus.test", "Message
 * rejected.localhost is not allowed").
 */
function reservedTwoLabels(host: string, words: string, offset: number): boolean {
  const last = host.slice(host.indexOf('.') + 1);
  return RESERVED_NOT_WORDS.has(last) || (RESERVED_NAMES.has(last) && HOST_BEFORE.test(words.slice(Math.max(0, offset - 20), offset)));
}
/** Hosts a cause's own phrase names (authentication-failed's "spf.pobox.com", group-posting-refused's "groups.google.com/support"): read as words. */
const NAMED_HOSTS = /^(?:spf\.pobox\.com|groups\.google\.com)$/;
/**
 * How much of what NAMES took for a host name is one: its labels up to the last that is a top-level
 * domain (the public suffix list's ICANN section, tldts; or RESERVED_TOP_LABELS), still of three
 * labels or more, or of two with a hyphen in the first ("mx.spam.example" whole; "spam-like.rejected",
 * "spam.detected.by.filter" none; "mx.spam.example.rejected" its first three labels; "spam-filter.it"
 * whole). A label of two letters is a country's only as the last. A sentence run on after a dot
 * ("spam-like.It was refused") was split before lower-casing (classify.ts, wordsForMatching), so a
 * word that is also a top-level domain (it, no, you, now) needs no list here. At most nine labels: linear.
 */
function hostNameLength(host: string): number {
  const labels = host.split('.');
  for (let count = labels.length; count >= 2; count--) {
    const last = labels[count - 1] as string;
    if (count === 2 && !(labels[0] as string).includes('-') && !(labels.length === 2 && RESERVED_NAMES.has(last))) return 0;
    // A label of two letters followed by more is a word of a sentence ("spam.detected.by.filter").
    if (!/^[a-z][a-z0-9-]*$/.test(last) || (count < labels.length && last.length === 2)) continue;
    if (RESERVED_TOP_LABELS.has(last) || parse(last).isIcann === true) return labels.slice(0, count).join('.').length;
  }
  return 0;
}

/** Everything causes.ts knows. */
export const VOCABULARY: Vocabulary = createVocabulary();
