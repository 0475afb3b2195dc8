// Shapes of the wordlist data that scripts/build-wordlists.ts generates next to this file.
// Hand-written: the generated <lang>.ts and global.ts files import these types.

/** The trigger-phrase categories; every phrase belongs to exactly one. */
export type PhraseCategory =
  | 'money'
  | 'urgency'
  | 'free-offer'
  | 'guarantee'
  | 'pharma'
  | 'finance'
  | 'greeting'
  | 'shady'
  | 'phishing';

export interface PhraseEntry {
  /** NFC, lowercase, words separated by single spaces (letters, marks, digits, `'` only). */
  readonly phrase: string;
  readonly category: PhraseCategory;
  /** 0–2: how specific the phrase is to spam; 2 = nearly never in legitimate mail, 1 = default. */
  readonly sureness: number;
  /**
   * false when the phrase counts only in company: beside another distinct phrase of its company
   * (core/phrases/company.ts; SpamAssassin's advance-fee sub-rules); absent when it counts alone.
   */
  readonly alone?: false;
  /**
   * With `alone: false`, how many other distinct phrases of its company the phrase counts beside
   * (2: three in all, SpamAssassin's ADVANCE_FEE_3_NEW); absent when one.
   */
  readonly company?: number;
  /**
   * Phrases of one group count as one distinct phrase where company is counted: wordings of one
   * SpamAssassin sub-rule (`invest this money`, `invest these funds`: __INVEST_MONEY) keep each
   * other no company (core/phrases/company.ts `isSamePhrase`); absent: the phrase is its own.
   */
  readonly group?: string;
  /**
   * 'plural' when the phrase's words match as written or in their plural only (-s, -es, -y → -ies),
   * not in every form their stems share: `loan offer` and "loan offers", not "loans offered to
   * you" (a verb; core/phrases/matcher.ts); absent: on stems, as every phrase.
   */
  readonly stem?: 'plural';
  /**
   * The phrase's words as the matcher keys them (tokenized, normalised, stemmed), computed by the
   * build so that an analyzer builds its tries without stemming thousands of phrases at start-up.
   */
  readonly keys: readonly string[];
}

/** Opt-out wording, with its matcher keys as for phrases. */
export interface OptOutEntry {
  readonly phrase: string;
  readonly keys: readonly string[];
}

/** How a language says "unsubscribe": what the opt-out fact looks for, and what suggestions say. */
export interface OptOutWords {
  /** the footer link's usual text: `Unsubscribe`, `Se désabonner` */
  readonly label: string;
  /** what an opt-out page's address contains (`unsub`, `desinscri`), decoded, lower case, accents folded */
  readonly addressParts: readonly string[];
  /** opt-out wording of legitimate mail (not triggers) */
  readonly phrases: readonly OptOutEntry[];
}

export interface LanguagePack {
  /** ISO 639-1 code, e.g. `en`. */
  readonly language: string;
  /** trigger phrases; none for a language we have only opt-out words for */
  readonly phrases: readonly PhraseEntry[];
  readonly optOut: OptOutWords;
}

/** A URL that forwards to whatever target its query (or path) carries. */
export interface OpenRedirector {
  /**
   * Lowercase hostname, e.g. `l.facebook.com`. A link's host matches it when equal or a
   * subdomain of it (Safe Links and the AMP cache put a per-tenant or per-page label in front).
   */
  readonly host: string;
  /** Path prefix, starting with `/`. */
  readonly path: string;
  /** Query parameter that carries the target; absent when the target is in the path. */
  readonly param?: string;
}

/** A query parameter name that conventionally carries a redirect's destination (`url`, `redirect_uri`). */
export interface RedirectParameter {
  /** lower case: `url`, `redirect` */
  readonly name: string;
  /** also the name followed by up to this many letters, digits or underscores (`redirect` 12: `redirect_uri`) */
  readonly tail?: number;
}

export interface SuspiciousTld {
  /** Without the leading dot, lowercase, e.g. `zip`. */
  readonly tld: string;
  /** 0–2, as for phrases. */
  readonly sureness: number;
}

/**
 * A free hosting, app-hosting, storage or form service: anyone can publish a page under its
 * shared domain in minutes, so phishing and short spam pitches park their landing pages there.
 */
export interface FreeHost {
  /**
   * Lowercase hostname; a link matches it or any subdomain of it (`x.web.app` matches `web.app`).
   * It may hold one `{region}`, ending a label, for any AWS region name: `s3.{region}.amazonaws.com`
   * (core/links/free-hosting.ts).
   */
  readonly host: string;
  /** Path prefix the link's path must start with (`/forms/` on `docs.google.com`); absent: any. */
  readonly path?: string;
  /** 0–2, as for phrases: how rarely legitimate mail links there. */
  readonly sureness: number;
}

/** A much-impersonated brand as a display name shows it, and what its own domains contain. */
export interface Brand {
  /** lower case, words separated by single spaces: `american express`, `crypto.com` */
  readonly brand: string;
  /** the brand as it spells itself in a finding (brands.yml `spelled`: `PayPal`, `iCloud`), else its words capitalised */
  readonly spelled: string;
  /** words of the brand's own sending domains, dots and hyphens removed: `americanexpress` */
  readonly domainWords: readonly string[];
  /**
   * the domain words that claim the brand in a host of someone else's and show the brand's domain
   * anywhere in a label: domainWords without the ordinary words, letter pairs and product names
   * other domains carry too (brands.yml `generic`: `live`, `wf`, `office365`), which show it only
   * in the brand's own domains listed whole, ownDomains (core/links/brand-domain.ts)
   */
  readonly claimWords: readonly string[];
  /**
   * registrable domains that are the brand's exactly (brands.yml `own`: `hotmail.com`, `fb.com`,
   * `securenorton.com`), the only domains a generic word shows: `hotmail.support`, `fb.xyz` or
   * `securenorton.net` are anyone's
   */
  readonly ownDomains: readonly string[];
}

/** An alarm word of display names, with how sure a sign it is (0–1). */
/** Wording that makes a wallet address a demand: extortion alone, or a deadline beside a payment demand. */
export interface WalletDemandWord {
  /** lower-case words of a-z, or `#` for a number, parted by single spaces */
  readonly phrase: string;
  readonly kind: 'extortion' | 'deadline' | 'payment';
}

/**
 * Wording of one language that warns against what follows it in the clause (`cue`: "never",
 * "if someone"; `asker`: a cue that itself asks, "anyone who asks"), which counts only beside an asking verb (`ask`: "ask", "request") or a sharing or
 * sending verb (`verb`: "share", "send", "click"); a `rel` word opens the warning's object only
 * after an asking verb ("ask you to verify"), after a sharing verb it opens the sender's purpose;
 * spam wording that holds a negation word (`spam`: "don't miss"), which takes the word for itself;
 * the imperatives a call to act opens with (`act`: "claim", "verify"), the relative and complement
 * words after which an asking verb carries a warning on (`rel`: "that", "to");
 * the words that end a warning's reach (`stop`: "so", "unless", "if"), the conjunctions a list
 * crosses but a warning's reach does not (`and`: "and", "or"), and the other words a list of lures
 * crosses (`glue`: "your", "any") (the trigger fact's `textWarned` and `subjectWarned`).
 */
export interface WarningCue {
  readonly language: string;
  /** words as wordlist phrases are written: lower case, single spaces, ASCII apostrophe */
  readonly phrase: string;
  readonly kind: WarningKind;
  /**
   * the phrase's matcher keys, computed by the build as for trigger phrases (PhraseEntry.keys); a
   * typographic apostrophe in the text (`don’t`) reads as the ASCII one (tokenize.ts normalizeWord)
   */
  readonly keys: readonly string[];
}

export type WarningKind = 'cue' | 'asker' | 'spam' | 'ask' | 'verb' | 'act' | 'rel' | 'stop' | 'and' | 'glue';

export interface AlarmWord {
  readonly word: string;
  readonly sureness: number;
}

/** A word of form field names (`pass`, `card`, `phone`) and what a field named with it asks for. */
export interface FormFieldWord {
  /** lower case; matched case-insensitively anywhere in the field's name, id, placeholder, autocomplete */
  readonly word: string;
  readonly asks: 'secret' | 'personal';
  /** only as a whole word (a word boundary on each side): `pin`, not `shipping` */
  readonly whole?: boolean;
  /** the rule that reads it: form-in-email (a field's name, id, placeholder, autocomplete), form-by-reply (a label written in the text) or both */
  readonly for: 'form-in-email' | 'form-by-reply' | 'both';
}

/** The word before the colon of a reply (`Re:`, `AW:`) or forward (`Fwd:`, `TR:`) prefix. */
export interface ReplyPrefix {
  readonly prefix: string;
  readonly kind: 'reply' | 'forward';
}

/**
 * Where a street word stands in its line, and so which reading of core/text/postal-address.ts takes
 * it: `number-name-type` "123 Main St" (US), `number-name` "1515 Broadway", `number-type-name` "12 rue de la Paix", `type-name-number`
 * "Via Roma 12", `type-grid` "Calle 72 # 10-34", `name-type-number` "Hauptstraße 5", "Kerkstraat 12".
 */
export type StreetOrder = 'number-name-type' | 'number-name' | 'number-type-name' | 'type-name-number' | 'type-grid' | 'name-type-number';

/** A street type or street word (`st`, `rue`, `via`, `straße`); `common`: a word of a sentence too, read more strictly. */
export interface StreetWord {
  readonly word: string;
  readonly order: StreetOrder;
  readonly common: boolean;
}

/**
 * A word a street's name holds in lower case (`de`, `della`, `d'`), and the reading that takes it:
 * `number-type-name` between a French type de voie and the name ("12 rue de la Paix"), `type-name-number`
 * among the capitalised words of a type-first name ("Calle de los Reyes 5"). A word ending in an
 * apostrophe is elided, joined to the word after it.
 */
export interface StreetNameWord {
  readonly word: string;
  readonly order: Extract<StreetOrder, 'number-type-name' | 'type-name-number'>;
}

/** How a post office box is written before its number (`p. o. box`, `postfach`); `capitals`: read in capitals only (`b.p.`). */
export interface PoBoxForm {
  readonly form: string;
  readonly capitals: boolean;
}

/**
 * Function words that vote for the language a text is written in: each word is in one entry only,
 * so every hit is a vote for one language.
 */
export interface FunctionWords {
  /** an ISO 639-1 code (`en`, `sv`), or a group's name (`nordic`) */
  readonly language: string;
  /** a language we have a pack for (wordlists/<lang>/): the detector may answer it */
  readonly pack: boolean;
  /** what a vote for a language we have no pack for reports, when not its own code (`und` for a group) */
  readonly reports?: string;
  /** lower case, NFC, as the tokenizer normalises words */
  readonly words: readonly string[];
}

/** One character read as another: a look-alike letter (`а` → `a`) or a leet digit or symbol (`@` → `a`). */
export interface CharacterMapping {
  /** one character */
  readonly from: string;
  /** one of a-z */
  readonly to: string;
}

/**
 * A word the obfuscation reading looks for (core/phrases/disguised.ts), with the plain words a
 * disguise of it could spell by accident and that the reading never takes (`vallum`).
 */
export interface DisguisedWord {
  /** a-z only */
  readonly word: string;
  readonly except: readonly string[];
  /**
   * Whether the word is a trigger phrase (a drug name: the disguise counts as the trigger it
   * spells) or a common word of spam whose plain spelling counts for nothing and whose disguise is
   * the sign (`m0rtgage`, `pr!ces`: SpamAssassin's FUZZY_MORTGAGE, FUZZY_PRICES).
   */
  readonly trigger: boolean;
  /**
   * Symbols in a row the reading takes between two letters, at most (SpamAssassin's `<inter Wn>`:
   * 0 where the rule has none), and letters it takes written twice (0 where the rule has no
   * `<post P2>`): the limits of the word's own rule.
   */
  readonly gap: number;
  readonly doubled: number;
}

/**
 * A mail provider's names (as mail-providers.txt writes them) and the mailbox domains it gives its users:
 * a first label (`hotmail`: every freemail domain that opens with it and a dot) or a whole domain (`mail.ru`);
 * none for a business product whose accounts are at its customers' own domains (Google Workspace).
 */
export interface MailProviderDomains {
  readonly names: readonly string[];
  readonly domains: readonly string[];
}

/** A misspelt key word of bounce replies and the word it stands for (`unknow` → `unknown`): one or two words of a-z each. */
export interface Misspelling {
  readonly from: string;
  readonly to: string;
}

/** Every list of wordlists/global/, as generated into global.ts. */
export interface GlobalLists {
  readonly urlShorteners: readonly string[];
  readonly openRedirectors: readonly OpenRedirector[];
  /** query parameter names that carry a redirect's destination */
  readonly redirectParameters: readonly RedirectParameter[];
  readonly freemailDomains: readonly string[];
  /** domains under which a mail service gives each customer a mailbox domain (`contoso.onmicrosoft.com`): an address there is the customer's, never the service's (the sender fact) */
  readonly tenantMailDomains: readonly string[];
  readonly suspiciousTlds: readonly SuspiciousTld[];
  readonly clickTrackingDomains: readonly string[];
  readonly clickTrackingLabels: readonly string[];
  /** parts of a URL path (case-insensitive) that mark a click-tracking redirect: `/ls/`, `redir` */
  readonly clickTrackingPaths: readonly string[];
  readonly bulkHeaders: readonly string[];
  readonly brands: readonly Brand[];
  /** lure and service words a combosquatting domain adds to a brand: `secure`, `login` */
  readonly combosquatWords: readonly string[];
  /** the combosquat words that ask for an account's secrets or a payment: `secure`, `login`, `verify` */
  readonly accountLureWords: readonly string[];
  readonly alarmWords: readonly AlarmWord[];
  /** words of form field names that ask for a secret or for contact details */
  readonly formFieldWords: readonly FormFieldWord[];
  /** hosts that serve web fonts only */
  readonly fontHosts: readonly string[];
  readonly replyPrefixes: readonly ReplyPrefix[];
  readonly freeHosting: readonly FreeHost[];
  /** for the recipient check */
  readonly disposableDomains: readonly string[];
  readonly roleLocalParts: readonly string[];
  readonly typoTargetDomains: readonly string[];
  /** domain endings that are mostly `.com` or `.net` mistyped (`con`, `cm`) */
  readonly typoSuffixes: readonly string[];
  readonly nearMissDomains: readonly string[];
  /** function words of our languages and of others, for language detection (core/text/language.ts) */
  readonly functionWords: readonly FunctionWords[];
  /** non-Latin letters that render like a Latin one, for the tokenizer (core/text/characters.ts) */
  readonly confusableLetters: readonly CharacterMapping[];
  /** digits and symbols that stand in for a letter inside a word, for the tokenizer */
  readonly leet: readonly CharacterMapping[];
  /** more characters the obfuscation reading of drug names takes for a letter (`!` for i, `l` for i) */
  readonly fuzzyLetters: readonly CharacterMapping[];
  /** drug names read through disguises ("vlagra", "v*1*@*g*r*a"), for the trigger fact */
  readonly disguisedWords: readonly DisguisedWord[];
  /** registrable domains of relays that give Outlook Express mail an ID of their own (forged-mail-client) */
  readonly relayIdDomains: readonly string[];
  /** street types and street words, for the postalAddress fact (core/text/postal-address.ts, through core/data/streets.ts) */
  readonly streetWords: readonly StreetWord[];
  /** the lower-case words a street's name holds (`de`, `della`, `d'`), for the postalAddress fact (through core/data/streets.ts) */
  readonly streetNameWords: readonly StreetNameWord[];
  /** how a post office box is written before its number (`p. o. box`, `postfach`, `b.p.`), for the postalAddress fact (through core/data/streets.ts) */
  readonly poBoxForms: readonly PoBoxForm[];
  /** the two-letter codes of the US states, DC and Puerto Rico (`CA`), read before a ZIP code, for the postalAddress fact (through core/data/streets.ts) */
  readonly usStates: readonly string[];
  /** salutations that translate "Dear", one or two words (`dear`, `sehr geehrter`), for address-greeting */
  readonly salutations: readonly string[];
  /** hyphenated compounds whose last word means "without" the first (`step-free`, `sugar-free`): no trigger phrase starts on that word (the trigger fact) */
  readonly freeCompounds: readonly string[];
  /** merge tags and template variables an ESP fills with the sender's postal address (`list:addressline`, `shop.address.street`), each name in full, for the addressMergeTag fact */
  readonly addressMergeTags: readonly string[];
  /** extortion, deadline and payment wording beside a Bitcoin address (crypto-wallet, through facts.walletWording) */
  readonly walletDemandWords: readonly WalletDemandWord[];
  /** negation and warning wording of each language, and spam wording that holds a negation (the trigger fact's `textWarned` and `subjectWarned`) */
  readonly warningCues: readonly WarningCue[];
  /** misspelt key words of bounce replies, read as the word they stand for (explain(), core/explain/classify.ts) */
  readonly misspellings: readonly Misspelling[];
  /** mail providers' names as replies write them (`gmail`, `office 365`), read between "your" and "account" (explain(), core/explain/causes.ts) */
  readonly mailProviders: readonly string[];
  /** which mailbox domains each of those providers gives its users (explain(), core/explain/classify.ts) */
  readonly mailProviderDomains: readonly MailProviderDomains[];
}

/** The global lists the content analyzer reads. */
export type ContentLists = Pick<
  GlobalLists,
  | 'urlShorteners'
  | 'openRedirectors'
  | 'redirectParameters'
  | 'freemailDomains'
  | 'tenantMailDomains'
  | 'suspiciousTlds'
  | 'clickTrackingDomains'
  | 'clickTrackingLabels'
  | 'clickTrackingPaths'
  | 'bulkHeaders'
  | 'brands'
  | 'combosquatWords'
  | 'accountLureWords'
  | 'alarmWords'
  | 'formFieldWords'
  | 'fontHosts'
  | 'replyPrefixes'
  | 'freeHosting'
  | 'relayIdDomains'
  | 'disguisedWords'
  | 'salutations'
  | 'freeCompounds'
  | 'addressMergeTags'
  | 'walletDemandWords'
  | 'warningCues'
  | 'functionWords'
>;

/**
 * What an analyzer is built from: the language packs it matches (a build that ships only some
 * languages passes only those) and the global lists.
 */
export interface AnalyzerData {
  readonly languages: readonly LanguagePack[];
  readonly lists: ContentLists;
}
