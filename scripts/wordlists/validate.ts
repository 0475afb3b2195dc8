// Parses and validates the wordlist sources (wordlists/**) into the data the generator writes.
// Pure: it takes the files' paths and texts and returns every violation with file:line, so the
// build script, the tests and an editor integration all see the same verdict.

import { LineCounter, Parser, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type {
  AlarmWord,
  Brand,
  CharacterMapping,
  DisguisedWord,
  FormFieldWord,
  FreeHost,
  FunctionWords,
  GlobalLists,
  LanguagePack,
  MailProviderDomains,
  Misspelling,
  OpenRedirector,
  PhraseCategory,
  RedirectParameter,
  PhraseEntry,
  PoBoxForm,
  ReplyPrefix,
  StreetNameWord,
  StreetOrder,
  StreetWord,
  SuspiciousTld,
  WalletDemandWord,
  WarningCue,
  WarningKind,
} from '../../core/data/types.ts';
import { registrableDomain } from '../../core/headers/fields.ts';
import { regionHostCovers } from '../../core/links/free-hosting.ts';
import { createDisguiseReader, MAX_DOUBLED, MAX_GAP } from '../../core/phrases/disguised.ts';
import { COMPANY_OF, MOST_COMPANY } from '../../core/phrases/company.ts';
import { phraseKeys } from '../../core/phrases/matcher.ts';
import { createStemmer, foldDiacritics, type Stem } from '../../core/text/stem.ts';
import {
  brandProblems,
  compareOrdinal,
  comparePhrases,
  domainWordProblems,
  fragmentProblems,
  freeCompoundProblems,
  freeHostProblems,
  headerNameProblems,
  hostnameProblems,
  labelProblems,
  localPartProblems,
  mailProviderProblems,
  phraseProblems,
  salutationProblems,
  mergeTagNameProblems,
  surenessProblems,
  tldProblems,
  wordProblems,
} from './checks.ts';

export type { GlobalLists } from '../../core/data/types.ts';

export interface SourceFile {
  /** Relative to the repository root, with `/` separators, e.g. `wordlists/en/money.yml`. */
  readonly path: string;
  readonly text: string;
}

export interface Violation {
  readonly file: string;
  /** 1-based; absent when the problem is the whole file (e.g. it is missing). */
  readonly line?: number;
  readonly message: string;
}

export interface WordlistData {
  /** Sorted by language code. */
  readonly packs: readonly LanguagePack[];
  readonly global: GlobalLists;
}

export interface ValidationResult {
  readonly violations: readonly Violation[];
  /** Built from whatever parsed, so it is only trustworthy when there are no violations. */
  readonly data: WordlistData;
}

/** A Record so that the compiler insists on every category; key order is the output order. */
const CATEGORY_SET: Record<PhraseCategory, true> = {
  money: true,
  urgency: true,
  'free-offer': true,
  guarantee: true,
  pharma: true,
  finance: true,
  greeting: true,
  shady: true,
  phishing: true,
};
export const PHRASE_CATEGORIES = Object.keys(CATEGORY_SET) as readonly PhraseCategory[];

/**
 * The opt-out vocabulary of each language (its label, the words of opt-out addresses, and opt-out
 * wording); read by the opt-out fact, not a trigger category. A language may have only this list.
 */
export const UNSUBSCRIBE_LIST = 'unsubscribe';

export const GLOBAL_FILES: { readonly [K in keyof GlobalLists]: string } = {
  urlShorteners: 'wordlists/global/url-shorteners.txt',
  openRedirectors: 'wordlists/global/open-redirectors.yml',
  redirectParameters: 'wordlists/global/redirect-parameters.yml',
  freemailDomains: 'wordlists/global/freemail-domains.txt',
  tenantMailDomains: 'wordlists/global/tenant-mail-domains.txt',
  suspiciousTlds: 'wordlists/global/suspicious-tlds.yml',
  clickTrackingDomains: 'wordlists/global/click-tracking-domains.txt',
  clickTrackingLabels: 'wordlists/global/click-tracking-labels.txt',
  clickTrackingPaths: 'wordlists/global/click-tracking-paths.txt',
  bulkHeaders: 'wordlists/global/bulk-headers.txt',
  brands: 'wordlists/global/brands.yml',
  combosquatWords: 'wordlists/global/combosquat-words.txt',
  accountLureWords: 'wordlists/global/account-lure-words.txt',
  alarmWords: 'wordlists/global/alarm-words.yml',
  formFieldWords: 'wordlists/global/form-field-words.yml',
  fontHosts: 'wordlists/global/font-hosts.txt',
  replyPrefixes: 'wordlists/global/reply-prefixes.yml',
  freeHosting: 'wordlists/global/free-hosting.yml',
  disposableDomains: 'wordlists/global/disposable-domains.txt',
  roleLocalParts: 'wordlists/global/role-local-parts.txt',
  typoTargetDomains: 'wordlists/global/typo-target-domains.txt',
  typoSuffixes: 'wordlists/global/typo-suffixes.txt',
  nearMissDomains: 'wordlists/global/near-miss-domains.txt',
  functionWords: 'wordlists/global/function-words.yml',
  confusableLetters: 'wordlists/global/confusable-letters.yml',
  leet: 'wordlists/global/leet.yml',
  fuzzyLetters: 'wordlists/global/fuzzy-letters.yml',
  disguisedWords: 'wordlists/global/disguised-words.yml',
  relayIdDomains: 'wordlists/global/relay-id-domains.txt',
  streetWords: 'wordlists/global/street-words.yml',
  streetNameWords: 'wordlists/global/street-name-words.yml',
  poBoxForms: 'wordlists/global/po-box-forms.yml',
  usStates: 'wordlists/global/us-states.yml',
  salutations: 'wordlists/global/salutations.txt',
  freeCompounds: 'wordlists/global/free-compounds.txt',
  addressMergeTags: 'wordlists/global/address-merge-tags.txt',
  walletDemandWords: 'wordlists/global/wallet-demand-words.yml',
  warningCues: 'wordlists/global/warning-cues.yml',
  misspellings: 'wordlists/global/misspellings.yml',
  mailProviders: 'wordlists/global/mail-providers.txt',
  mailProviderDomains: 'wordlists/global/mail-provider-domains.yml',
};

/** How each global list is read: a list of one value per line, or YAML records. */
const GLOBAL_PARSERS: { readonly [K in keyof GlobalLists]: (source: SourceFile, report: Reporter) => GlobalLists[K] } = {
  urlShorteners: (source, report) => parseLineList(source, report, hostnameProblems),
  openRedirectors: (source, report) => parseOpenRedirectors(source, report),
  redirectParameters: (source, report) => parseRedirectParameters(source, report),
  freemailDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  tenantMailDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  suspiciousTlds: (source, report) => parseSuspiciousTlds(source, report),
  clickTrackingDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  clickTrackingLabels: (source, report) => parseLineList(source, report, labelProblems),
  clickTrackingPaths: (source, report) => parseLineList(source, report, fragmentProblems),
  bulkHeaders: (source, report) => parseLineList(source, report, headerNameProblems),
  brands: (source, report) => parseBrands(source, report),
  combosquatWords: (source, report) => parseLineList(source, report, domainWordProblems),
  accountLureWords: (source, report) => parseLineList(source, report, domainWordProblems),
  alarmWords: (source, report) => parseAlarmWords(source, report),
  formFieldWords: (source, report) => parseFormFieldWords(source, report),
  walletDemandWords: (source, report) => parseWalletDemandWords(source, report),
  warningCues: (source, report) => parseWarningCues(source, report),
  fontHosts: (source, report) => parseLineList(source, report, hostnameProblems),
  replyPrefixes: (source, report) => parseReplyPrefixes(source, report),
  freeHosting: (source, report) => parseFreeHosting(source, report),
  disposableDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  roleLocalParts: (source, report) => parseLineList(source, report, localPartProblems),
  typoTargetDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  typoSuffixes: (source, report) => parseLineList(source, report, labelProblems),
  nearMissDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  functionWords: (source, report) => parseFunctionWords(source, report),
  confusableLetters: (source, report) => parseCharacterMappings(source, report, 'confusable'),
  leet: (source, report) => parseCharacterMappings(source, report, 'leet'),
  fuzzyLetters: (source, report) => parseCharacterMappings(source, report, 'fuzzy'),
  disguisedWords: (source, report) => parseDisguisedWords(source, report),
  relayIdDomains: (source, report) => parseLineList(source, report, hostnameProblems),
  streetWords: (source, report) => parseStreetWords(source, report),
  streetNameWords: (source, report) => parseStreetNameWords(source, report),
  poBoxForms: (source, report) => parsePoBoxForms(source, report),
  usStates: (source, report) => parseUsStates(source, report),
  salutations: (source, report) => parseLineList(source, report, salutationProblems),
  freeCompounds: (source, report) => parseLineList(source, report, freeCompoundProblems),
  addressMergeTags: (source, report) => parseLineList(source, report, mergeTagNameProblems),
  misspellings: (source, report) => parseMisspellings(source, report),
  mailProviders: (source, report) => parseLineList(source, report, mailProviderProblems),
  mailProviderDomains: (source, report) => parseMailProviderDomains(source, report),
};

const LANGUAGE_FILE = /^wordlists\/([a-z]{2})\/([a-z-]+)\.yml$/;

/** Keys each kind of YAML record may carry; anything else is most likely a typo. */
const PHRASE_KEYS = new Set(['phrase', 'sureness', 'alone', 'company', 'group', 'stem', 'note', 'source']);
/** A `group` name: the SpamAssassin sub-rule its phrases share (`__INVEST_MONEY`), or another short name. */
const GROUP_NAME = /^[A-Za-z0-9_-]{1,40}$/;
const UNSUBSCRIBE_KEYS = new Set(['phrase', 'note', 'source']);
const ADDRESS_KEYS = new Set(['part', 'note', 'source']);
/** What an opt-out page's address contains, compared with the decoded, lower-case address. */
const ADDRESS_PART = /^[a-z0-9_-]{4,40}$/;
const REDIRECTOR_KEYS = new Set(['host', 'path', 'param', 'note', 'source']);
const TLD_KEYS = new Set(['tld', 'sureness', 'note', 'source']);
const BRAND_KEYS = new Set(['brand', 'spelled', 'domains', 'generic', 'own', 'note', 'source']);
const ALARM_KEYS = new Set(['word', 'sureness', 'note', 'source']);
const PREFIX_KEYS = new Set(['prefix', 'kind', 'note', 'source']);
const WALLET_WORD_KEYS = new Set(['phrase', 'kind', 'note', 'source']);
/** Lower-case words of a-z, or `#` for a number, parted by single spaces. */
const WALLET_PHRASE = /^(?:[a-z]+|#)(?: (?:[a-z]+|#))*$/;
const WARNING_CUE_KEYS = new Set(['language', 'phrase', 'kind', 'note', 'source']);
const WARNING_KINDS: readonly WarningKind[] = ['cue', 'asker', 'spam', 'ask', 'verb', 'act', 'rel', 'stop', 'and', 'glue'];
const isWarningKind = (kind: string): kind is WarningKind => (WARNING_KINDS as readonly string[]).includes(kind);
const FIELD_WORD_KEYS = new Set(['word', 'asks', 'whole', 'for', 'note', 'source']);
/** A form-field entry: lower-case words of a-z and 0-9 parted by single spaces, as form-in-email reads a field's attributes. */
const FIELD_WORDS = /^(?=.{2,40}$)[a-z0-9]+(?: [a-z0-9]+)*$/;
const PARAMETER_KEYS = new Set(['name', 'tail', 'note', 'source']);
/** The longest tail a redirect parameter may allow after its name. */
const MAX_TAIL = 20;
const FREE_HOST_KEYS = new Set(['host', 'path', 'sureness', 'note', 'source']);
const FUNCTION_WORD_KEYS = new Set(['language', 'reports', 'words', 'note', 'source']);
const MAPPING_KEYS = new Set(['from', 'to', 'note', 'source']);
const DISGUISED_KEYS = new Set(['word', 'except', 'trigger', 'gap', 'doubled', 'note', 'source']);
const STREET_WORD_KEYS = new Set(['word', 'order', 'common', 'note', 'source']);
/** The orders of street-words.yml, in the order entries of one word are sorted by. */
const STREET_ORDERS: readonly StreetOrder[] = ['number-name-type', 'number-name', 'number-type-name', 'type-name-number', 'type-grid', 'name-type-number'];
const isStreetOrder = (order: string): order is StreetOrder => (STREET_ORDERS as readonly string[]).includes(order);
/** The orders whose reading has a stricter path for a word that is a word of a sentence too. */
const STREET_ORDERS_WITH_COMMON: ReadonlySet<StreetOrder> = new Set(['number-type-name', 'type-name-number', 'name-type-number']);
/** Letters, then a full stop for an abbreviation (`str.`, `avda.`): matched as a literal. */
const STREET_WORD = /^\p{L}{2,20}\.?$/u;
/** One to three letters and a slash (Correos' `c/`), which the reading takes with a space after it or none. */
const STREET_WORD_SLASH = /^\p{L}{1,3}\/$/u;
/** The only order whose reading takes a word ending in a slash. */
const STREET_ORDER_WITH_SLASH: StreetOrder = 'type-name-number';
const STREET_NAME_WORD_KEYS = new Set(['word', 'order', 'note', 'source']);
/** The orders of street-name-words.yml, in the order entries of one word are sorted by. */
const STREET_NAME_ORDERS: readonly StreetNameWord['order'][] = ['number-type-name', 'type-name-number'];
/** Letters, read as a word of their own, or letters and an apostrophe, elided and joined to the next word (`d'`, `dell'`). */
const STREET_NAME_WORD = /^\p{L}{1,12}'?$/u;
const PO_BOX_KEYS = new Set(['form', 'capitals', 'note', 'source']);
/** Words of a-z, each maybe ending in a full stop, apart by one space or, after a full stop, by none (`p. o. box`, `b.p.`). */
const PO_BOX_FORM = /^(?=.{2,40}$)[a-z]+(?:(?:\. ?| )[a-z]+)*\.?$/;
const US_STATE_KEYS = new Set(['code', 'name', 'note', 'source']);
const US_STATE_CODE = /^[A-Z]{2}$/;
/** A state's, district's or territory's name: capitalised words of a-z, maybe `of` ("District of Columbia"). */
const US_STATE_NAME = /^[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of))*$/;
const MISSPELLING_KEYS = new Set(['from', 'to', 'note', 'source']);
const PROVIDER_DOMAIN_KEYS = new Set(['names', 'domains', 'note', 'source']);
/** The domains of a product whose accounts live on its customers' own domains: none of freemail-domains.txt's. */
const NO_PROVIDER_DOMAINS = 'none';
/** A first label (`hotmail`, `t-online`) or a domain (`mail.ru`, `pm.me`) of a-z, 0-9 and "-". */
const PROVIDER_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,3}$/;
/** One or two words of a-z, joined by one space or one hyphen (`unknow`, `non existant`). */
const MISSPELLING_WORDS = /^[a-z]{2,30}(?:[ -][a-z]{2,30})?$/;

export function validateSources(sources: readonly SourceFile[]): ValidationResult {
  const report = new Reporter();
  const ordered = [...sources].sort((a, b) => compareOrdinal(a.path, b.path));
  const lists = new Map<string, PhraseList[]>();
  const global: { -readonly [K in keyof GlobalLists]?: GlobalLists[K] } = {};

  for (const source of ordered) {
    checkLayout(source, report);
    const globalKey = globalKeyOf(source.path);
    if (globalKey !== undefined) {
      readGlobal(global, globalKey, source, report);
    } else {
      const list = parsePhraseFile(source, report);
      if (list === undefined) continue;
      lists.set(list.language, [...(lists.get(list.language) ?? []), list]);
    }
  }

  for (const [key, path] of Object.entries(GLOBAL_FILES)) {
    if (!(key in global)) report.add(path, undefined, 'file is missing');
  }
  checkSubset(global.typoTargetDomains, global.freemailDomains, GLOBAL_FILES.typoTargetDomains, GLOBAL_FILES.freemailDomains, report);
  checkProviderDomains(global.mailProviderDomains, global.mailProviders, global.freemailDomains, report);
  const functionWords = markPacks(global.functionWords ?? [], new Set(lists.keys()), report);
  const packs = [...lists.keys()].sort(compareOrdinal).map((language) => {
    const languageLists = lists.get(language) ?? [];
    checkLanguageComplete(language, languageLists, report);
    checkUniqueAcrossLists(languageLists, report);
    checkDistinctStems(language, languageLists, report);
    return toPack(language, languageLists);
  });
  checkDisguisedAreTriggers(global.disguisedWords ?? [], packs, report);
  checkFreeCompounds(global.freeCompounds ?? [], packs, report);
  checkAccountLureWords(global.accountLureWords ?? [], global.combosquatWords ?? [], report);
  return {
    violations: report.violations,
    data: {
      packs,
      global: {
        urlShorteners: global.urlShorteners ?? [],
        openRedirectors: global.openRedirectors ?? [],
        redirectParameters: global.redirectParameters ?? [],
        freemailDomains: global.freemailDomains ?? [],
        tenantMailDomains: global.tenantMailDomains ?? [],
        suspiciousTlds: global.suspiciousTlds ?? [],
        clickTrackingDomains: global.clickTrackingDomains ?? [],
        clickTrackingLabels: global.clickTrackingLabels ?? [],
        clickTrackingPaths: global.clickTrackingPaths ?? [],
        bulkHeaders: global.bulkHeaders ?? [],
        brands: global.brands ?? [],
        combosquatWords: global.combosquatWords ?? [],
        accountLureWords: global.accountLureWords ?? [],
        alarmWords: global.alarmWords ?? [],
        formFieldWords: global.formFieldWords ?? [],
        walletDemandWords: global.walletDemandWords ?? [],
        warningCues: checkCueLanguages(global.warningCues ?? [], packs, report),
        fontHosts: global.fontHosts ?? [],
        replyPrefixes: global.replyPrefixes ?? [],
        freeHosting: global.freeHosting ?? [],
        disposableDomains: global.disposableDomains ?? [],
        roleLocalParts: global.roleLocalParts ?? [],
        typoTargetDomains: global.typoTargetDomains ?? [],
        typoSuffixes: global.typoSuffixes ?? [],
        nearMissDomains: global.nearMissDomains ?? [],
        functionWords,
        confusableLetters: global.confusableLetters ?? [],
        leet: global.leet ?? [],
        fuzzyLetters: global.fuzzyLetters ?? [],
        disguisedWords: global.disguisedWords ?? [],
        relayIdDomains: global.relayIdDomains ?? [],
        streetWords: global.streetWords ?? [],
        streetNameWords: global.streetNameWords ?? [],
        poBoxForms: global.poBoxForms ?? [],
        usStates: global.usStates ?? [],
        salutations: global.salutations ?? [],
        freeCompounds: global.freeCompounds ?? [],
        addressMergeTags: global.addressMergeTags ?? [],
        misspellings: global.misspellings ?? [],
        mailProviders: global.mailProviders ?? [],
        mailProviderDomains: global.mailProviderDomains ?? [],
      },
    },
  };
}

class Reporter {
  readonly violations: Violation[] = [];
  add(file: string, line: number | undefined, message: string): void {
    this.violations.push(line === undefined ? { file, message } : { file, line, message });
  }
}

function globalKeyOf(path: string): keyof GlobalLists | undefined {
  const entry = Object.entries(GLOBAL_FILES).find(([, file]) => file === path);
  return entry?.[0] as keyof GlobalLists | undefined;
}

function readGlobal<K extends keyof GlobalLists>(
  global: { -readonly [Key in keyof GlobalLists]?: GlobalLists[Key] },
  key: K,
  source: SourceFile,
  report: Reporter,
): void {
  global[key] = GLOBAL_PARSERS[key](source, report);
}

/**
 * Each provider's names are mail-providers.txt's, every name there in one entry only; each domain with a
 * dot is in freemail-domains.txt, and each first label opens one of its domains (`hotmail` hotmail.com):
 * the domains themselves live there, this file says only whose they are. Each domain or first label is
 * in one entry only, and a first label covers no domain another entry lists (`mail` opens mail.com and
 * mail.ru: Mail.ru's would be read as two providers', fixe28).
 */
function checkProviderDomains(
  entries: readonly MailProviderDomains[] | undefined,
  names: readonly string[] | undefined,
  freemail: readonly string[] | undefined,
  report: Reporter,
): void {
  if (entries === undefined || names === undefined || freemail === undefined) return;
  const path = GLOBAL_FILES.mailProviderDomains;
  const known = new Set(names);
  const grouped = new Set<string>();
  const domains = new Set(freemail);
  const labels = new Set(freemail.map((domain) => domain.slice(0, domain.indexOf('.'))));
  for (const entry of entries) {
    for (const name of entry.names) {
      if (!known.has(name)) report.add(path, undefined, `"${name}" is not in ${GLOBAL_FILES.mailProviders}; add it there too`);
      if (grouped.has(name)) report.add(path, undefined, `"${name}" is in more than one entry`);
      grouped.add(name);
    }
    for (const domain of entry.domains) {
      if (domain.includes('.') ? !domains.has(domain) : !labels.has(domain)) {
        report.add(path, undefined, domain.includes('.') ? `"${domain}" is not in ${GLOBAL_FILES.freemailDomains}; add it there too` : `"${domain}" opens no domain of ${GLOBAL_FILES.freemailDomains}`);
      }
    }
  }
  for (const name of names) if (!grouped.has(name)) report.add(path, undefined, `"${name}" of ${GLOBAL_FILES.mailProviders} is in no entry: say which domains are its`);
  const owners = new Map<string, MailProviderDomains>();
  for (const entry of entries) {
    for (const domain of entry.domains) {
      const owner = owners.get(domain);
      if (owner === undefined) owners.set(domain, entry);
      else if (owner !== entry) report.add(path, undefined, `"${domain}" is in more than one entry`);
    }
  }
  for (const entry of entries) {
    for (const label of entry.domains) {
      if (label.includes('.')) continue;
      for (const domain of freemail) {
        const owner = domain.slice(0, domain.indexOf('.')) === label ? owners.get(domain) : undefined;
        if (owner !== undefined && owner !== entry) report.add(path, undefined, `"${label}" covers ${domain}, which the entry of "${owner.names[0] ?? ''}" lists`);
      }
    }
  }
}

/** Every entry of `part` must also be in `whole` (a typo target is a mailbox domain). */
function checkSubset(
  part: readonly string[] | undefined,
  whole: readonly string[] | undefined,
  partPath: string,
  wholePath: string,
  report: Reporter,
): void {
  if (part === undefined || whole === undefined) return;
  const known = new Set(whole);
  for (const entry of part) {
    if (!known.has(entry)) report.add(partPath, undefined, `"${entry}" is not in ${wholePath}; add it there too`);
  }
}

// ---------------------------------------------------------------------------------------------
// Phrase lists: wordlists/<lang>/<category>.yml and wordlists/<lang>/unsubscribe.yml

interface PhraseRecord {
  readonly phrase: string;
  readonly sureness: number;
  /** false: counts only in company (core/phrases/company.ts) */
  readonly alone: boolean;
  /** with alone false, how many other distinct phrases of its company it counts beside; absent: one */
  readonly company?: number;
  /** phrases of one group count as one distinct phrase where company is counted (core/phrases/company.ts isSamePhrase) */
  readonly group?: string;
  /** 'plural': the words match as written or in their plural only (core/phrases/matcher.ts) */
  readonly stem?: 'plural';
  readonly line: number;
}

interface PhraseList {
  readonly path: string;
  readonly language: string;
  /** the opt-out list's label and address parts */
  readonly label?: string;
  readonly addressParts?: readonly string[];
  /** A PhraseCategory, or UNSUBSCRIBE_LIST. */
  readonly list: string;
  readonly entries: readonly PhraseRecord[];
}

/**
 * A group is two or more phrases of one list that count as one where company is counted: its
 * members agree on `alone` and `company` (they are one phrase to the company count), and a group
 * of one says nothing.
 */
function checkGroups(path: string, entries: readonly PhraseRecord[], report: Reporter): void {
  const groups = new Map<string, PhraseRecord[]>();
  for (const entry of entries) if (entry.group !== undefined) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  for (const [group, members] of groups) {
    const [first] = members as [PhraseRecord, ...PhraseRecord[]];
    if (members.length < 2) report.add(path, first.line, `group "${group}" has one phrase; a group is two or more phrases that count as one`);
    for (const member of members.slice(1)) {
      if (member.alone !== first.alone || member.company !== first.company) {
        report.add(path, member.line, `group "${group}": its phrases count as one, so they agree on "alone" and "company" (line ${first.line} differs)`);
      }
    }
  }
}

function parsePhraseFile(source: SourceFile, report: Reporter): PhraseList | undefined {
  const match = LANGUAGE_FILE.exec(source.path);
  const [, language, list] = match ?? [];
  if (language === undefined || list === undefined || !isKnownList(list)) {
    report.add(
      source.path,
      undefined,
      'unexpected file: wordlists/ holds <lang>/<category>.yml, <lang>/unsubscribe.yml and ' +
        `the global/ lists; categories are ${PHRASE_CATEGORIES.join(', ')}`,
    );
    return undefined;
  }
  const isUnsubscribe = list === UNSUBSCRIBE_LIST;
  checkHeader(source, report, false);
  const yaml = isUnsubscribe
    ? openYaml(source, report, ['category', 'language', 'label', 'addresses', 'entries'], ['addresses', 'entries'])
    : openYaml(source, report, ['category', 'language', 'entries']);
  if (yaml === undefined) return { path: source.path, language, list, entries: [] };

  yaml.expectValue('category', list);
  yaml.expectValue('language', language);
  const entries: PhraseRecord[] = [];
  for (const record of yaml.records(isUnsubscribe ? UNSUBSCRIBE_KEYS : PHRASE_KEYS)) {
    const phrase = record.string('phrase', true);
    const sureness = isUnsubscribe ? 1 : record.sureness(false);
    const alone = isUnsubscribe ? true : record.flag('alone', true);
    const note = record.string('note', false);
    const cited = record.string('source', false);
    if (phrase === undefined) continue;
    for (const problem of phraseProblems(phrase)) report.add(source.path, record.line, problem);
    // Only the marked case is written: `alone: true` says what every entry already is.
    if (record.value('alone') === true) report.add(source.path, record.line, '"alone: true" is every phrase\'s default; leave it out');
    else if (!alone && !COMPANY_OF.has(list)) {
      report.add(source.path, record.line, `"alone: false" (counts only in company) is read in ${[...COMPANY_OF.keys()].join(' and ')} lists only, not in ${list}`);
    }
    // `company` asks for more company than `alone: false`'s one other phrase; 1 is that default.
    const company = isUnsubscribe ? undefined : record.count('company', MOST_COMPANY);
    if (company === 1) report.add(source.path, record.line, '"company: 1" is "alone: false"\'s default; leave it out');
    else if (company !== undefined && alone) report.add(source.path, record.line, '"company" is read only with "alone: false" (a phrase that counts alone asks for no company)');
    const asked = company !== undefined && company > 1 && !alone ? { company } : {};
    // `group`: phrases that are one where company is counted (the wordings of one SpamAssassin sub-rule).
    const named = isUnsubscribe ? undefined : record.string('group', false);
    let group: string | undefined;
    if (named !== undefined && !GROUP_NAME.test(named)) report.add(source.path, record.line, `group "${named}": 1–40 of A-Z, a-z, 0-9, "_", "-"`);
    else if (named !== undefined && !COMPANY_OF.has(list)) report.add(source.path, record.line, `"group" is read where company is counted, in ${[...COMPANY_OF.keys()].join(' and ')} lists only, not in ${list}`);
    // The group's name is the sub-rule the entry's own note or source names: a name copied onto
    // another entry would merge its phrase into the group silently (review rev43b #4).
    else if (named !== undefined && !`${note ?? ''} ${cited ?? ''}`.includes(named)) report.add(source.path, record.line, `group "${named}" is named in neither the entry's note nor its source: say which sub-rule its phrases share`);
    else group = named;
    // `stem: plural`: the words match as written or in their English plural, not on every form of their stems.
    const stemmed = isUnsubscribe ? undefined : record.string('stem', false);
    let stem: 'plural' | undefined;
    if (stemmed !== undefined && stemmed !== 'plural') report.add(source.path, record.line, `stem "${stemmed}": the one value is "plural" (leave it out to match on stems)`);
    else if (stemmed !== undefined && language !== 'en') report.add(source.path, record.line, `"stem: plural" reads English plurals (-s, -es, -ies) and is read in en lists only, not in ${language}`);
    else stem = stemmed;
    entries.push({ phrase, sureness: sureness ?? 1, alone, ...asked, ...(group === undefined ? {} : { group }), ...(stem === undefined ? {} : { stem }), line: record.line });
  }
  checkOrder(source.path, entries.map(keyed('phrase')), comparePhrases, report);
  checkGroups(source.path, entries, report);
  if (!isUnsubscribe) return { path: source.path, language, list, entries };
  const label = yaml.text('label');
  const parts: { key: string; line: number }[] = [];
  for (const record of yaml.records(ADDRESS_KEYS, 'addresses')) {
    const part = record.string('part', true);
    record.string('note', false);
    record.string('source', false);
    if (part === undefined) continue;
    if (!ADDRESS_PART.test(part)) {
      report.add(source.path, record.line, `address part "${part}": 4–40 of a-z, 0-9, "-", "_" (addresses are compared decoded, lower case, accents folded)`);
    }
    parts.push({ key: part, line: record.line });
  }
  checkOrder(source.path, parts, compareOrdinal, report);
  return { path: source.path, language, list, entries, ...(label === undefined ? {} : { label }), addressParts: parts.map((part) => part.key) };
}

function isKnownList(list: string): boolean {
  return list === UNSUBSCRIBE_LIST || Object.hasOwn(CATEGORY_SET, list);
}

/** The sets of trigger lists a language may have short of every category. */
const SCAM_LURES: readonly (readonly string[])[] = [[], ['phishing'], ['phishing', 'shady']];

/**
 * A language has its opt-out list and one of four sets of trigger lists: none (its opt-out
 * vocabulary only helps find opt-outs), phishing lures only, scam lures (phishing, and `shady`
 * for prize, inheritance and extortion wording, which a phishing message would misname as a
 * credential lure), or every category. A lure in the reader's language means the same in every
 * market, and a fifth of modern phishing is written in languages without full lists; marketing
 * wording does not, so any other mix would score a language's wording unevenly without saying so.
 */
function checkLanguageComplete(language: string, lists: readonly PhraseList[], report: Reporter) {
  const present = new Set(lists.map((list) => list.list));
  const triggers = PHRASE_CATEGORIES.filter((category) => present.has(category));
  const partial = SCAM_LURES.some((set) => set.length === triggers.length && set.every((category) => present.has(category)));
  for (const list of partial ? [UNSUBSCRIBE_LIST] : [...PHRASE_CATEGORIES, UNSUBSCRIBE_LIST]) {
    if (!present.has(list)) report.add(`wordlists/${language}/${list}.yml`, undefined, 'file is missing');
  }
}

/** A phrase lives in one list of its language, or one hit would count twice (or contradict). */
function checkUniqueAcrossLists(lists: readonly PhraseList[], report: Reporter): void {
  const firstSeen = new Map<string, { path: string; line: number }>();
  for (const list of lists) {
    for (const entry of list.entries) {
      const first = firstSeen.get(entry.phrase);
      if (first === undefined) {
        firstSeen.set(entry.phrase, { path: list.path, line: entry.line });
      } else if (first.path !== list.path) {
        report.add(
          list.path,
          entry.line,
          `"${entry.phrase}" is also in ${first.path}:${first.line}; a phrase belongs to one list`,
        );
      }
    }
  }
}

/**
 * The core matches phrases by the stems of their words, so two phrases with the same stems
 * ("free gift", "free gifts"; "cher client", "chère cliente") are one entry to it, and only the
 * surer one would count. Uses the core's own tokenizer and stemmer to see what it sees.
 */
function checkDistinctStems(language: string, lists: readonly PhraseList[], report: Reporter): void {
  const stem = createStemmer(language);
  const firstSeen = new Map<string, { path: string; line: number; phrase: string }>();
  for (const list of lists) {
    if (list.list === UNSUBSCRIBE_LIST) continue;
    for (const entry of list.entries) {
      const keys = phraseKeys(entry.phrase, stem).join(' ');
      if (keys === '') {
        report.add(list.path, entry.line, 'the tokenizer finds no word in this phrase');
        continue;
      }
      const first = firstSeen.get(keys);
      if (first === undefined) {
        firstSeen.set(keys, { path: list.path, line: entry.line, phrase: entry.phrase });
      } else if (first.phrase !== entry.phrase) {
        report.add(
          list.path,
          entry.line,
          `"${entry.phrase}" matches the same words as "${first.phrase}" (${first.path}:${first.line}); ` +
            'the matcher compares stems, so keep one',
        );
      }
    }
  }
}

/** The pack of one language, each phrase with its matcher keys (what the core's tokenizer and stemmer make of it). */
function toPack(language: string, lists: readonly PhraseList[]): LanguagePack {
  const stem = createStemmer(language);
  const phrases: PhraseEntry[] = [];
  for (const category of PHRASE_CATEGORIES) {
    for (const entry of lists.find((list) => list.list === category)?.entries ?? []) {
      phrases.push({ phrase: entry.phrase, category, sureness: entry.sureness, ...(entry.alone ? {} : { alone: false as const }), ...(entry.company === undefined ? {} : { company: entry.company }), ...(entry.group === undefined ? {} : { group: entry.group }), ...(entry.stem === undefined ? {} : { stem: entry.stem }), keys: phraseKeys(entry.phrase, stem) });
    }
  }
  const optOut = lists.find((list) => list.list === UNSUBSCRIBE_LIST);
  return {
    language,
    phrases,
    optOut: {
      label: optOut?.label ?? '',
      addressParts: optOut?.addressParts ?? [],
      phrases: (optOut?.entries ?? []).map((entry) => ({ phrase: entry.phrase, keys: phraseKeys(entry.phrase, stem) })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Global lists

/** A list of one value per line, each checked by `problemsOf`; `#` comments on lines of their own. */
function parseLineList(source: SourceFile, report: Reporter, problemsOf: (value: string) => string[]): string[] {
  const lines = source.text.replace(/\n$/, '').split('\n');
  checkHeader(source, report, true);
  const hosts: { key: string; line: number }[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text === '' || text.startsWith('#')) return;
    if (text.trim() !== text) report.add(source.path, line, 'leading or trailing whitespace');
    if (text.includes('#')) {
      report.add(source.path, line, 'put comments on a line of their own, starting with #');
      return;
    }
    for (const problem of problemsOf(text.trim())) report.add(source.path, line, problem);
    hosts.push({ key: text.trim(), line });
  });
  checkOrder(source.path, hosts, compareOrdinal, report);
  return hosts.map((host) => host.key);
}

function parseOpenRedirectors(source: SourceFile, report: Reporter): OpenRedirector[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const redirectors: (OpenRedirector & { line: number })[] = [];
  for (const record of yaml.records(REDIRECTOR_KEYS)) {
    const host = record.string('host', true);
    const path = record.string('path', true);
    const param = record.string('param', false);
    record.string('note', true);
    record.string('source', false);
    if (host === undefined || path === undefined) continue;
    for (const problem of hostnameProblems(host)) report.add(source.path, record.line, problem);
    if (!/^\/[^\s?#]*$/.test(path)) {
      report.add(source.path, record.line, 'path must start with "/" and hold no space, "?" or "#"');
    }
    if (param !== undefined && !/^[A-Za-z0-9_.[\]-]+$/.test(param)) {
      report.add(source.path, record.line, `"${param}" is not a query parameter name`);
    }
    const base = { host, path, line: record.line };
    redirectors.push(param === undefined ? base : { ...base, param });
  }
  // Ordered by host, then path, then param: NUL sorts below every character of a URL.
  const keys = redirectors.map((r) => ({
    key: [r.host, r.path, r.param ?? ''].join('\u0000'),
    label: `${r.host}${r.path}${r.param === undefined ? '' : `?${r.param}=`}`,
    line: r.line,
  }));
  checkOrder(source.path, keys, compareOrdinal, report);
  return redirectors.map(({ line: _line, ...redirector }) => redirector);
}

/** Query parameter names that carry a redirect's destination, each optionally with a bounded tail. */
function parseRedirectParameters(source: SourceFile, report: Reporter): RedirectParameter[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const parameters: (RedirectParameter & { line: number })[] = [];
  for (const record of yaml.records(PARAMETER_KEYS)) {
    const name = record.string('name', true);
    const tail = record.count('tail', MAX_TAIL);
    record.string('note', true);
    record.string('source', false);
    if (name === undefined) continue;
    if (!/^[a-z0-9_-]{1,40}$/.test(name)) {
      report.add(source.path, record.line, `"${name}" is not a lower-case query parameter name (1–40 of a-z, 0-9, "_", "-")`);
    }
    parameters.push({ name, ...(tail === undefined ? {} : { tail }), line: record.line });
  }
  checkOrder(source.path, parameters.map(keyed('name')), compareOrdinal, report);
  return parameters.map(({ line: _line, ...entry }) => entry);
}

/** Free hosting and form services: a host, an optional path prefix, a sureness and why it is listed. */
function parseFreeHosting(source: SourceFile, report: Reporter): FreeHost[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const hosts: (FreeHost & { line: number })[] = [];
  for (const record of yaml.records(FREE_HOST_KEYS)) {
    const host = record.string('host', true);
    const path = record.string('path', false);
    const sureness = record.sureness(true);
    record.string('note', true);
    record.string('source', false);
    if (host === undefined || sureness === undefined) continue;
    for (const problem of freeHostProblems(host)) report.add(source.path, record.line, problem);
    if (path !== undefined && !/^\/[^\s?#]*$/.test(path)) {
      report.add(source.path, record.line, 'path must start with "/" and hold no space, "?" or "#"');
    }
    hosts.push({ host, ...(path === undefined ? {} : { path }), sureness, line: record.line });
  }
  // Ordered by host, then path: NUL sorts below every character of a path.
  const keys = hosts.map((entry) => ({ key: [entry.host, entry.path ?? ''].join('\u0000'), label: `${entry.host}${entry.path ?? ''}`, line: entry.line }));
  checkOrder(source.path, keys, compareOrdinal, report);
  // A host a `{region}` entry already covers would be a second, silent entry for the same links.
  for (const entry of hosts) {
    const covering = hosts.find((other) => other.path === entry.path && regionHostCovers(other.host, entry.host));
    if (covering) report.add(source.path, entry.line, `"${entry.host}" is already covered by "${covering.host}" (line ${covering.line})`);
  }
  return hosts.map(({ line: _line, ...entry }) => entry);
}

function parseSuspiciousTlds(source: SourceFile, report: Reporter): SuspiciousTld[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const tlds: (SuspiciousTld & { line: number })[] = [];
  for (const record of yaml.records(TLD_KEYS)) {
    const tld = record.string('tld', true);
    const sureness = record.sureness(true);
    record.string('note', true);
    record.string('source', false);
    if (tld === undefined || sureness === undefined) continue;
    for (const problem of tldProblems(tld)) report.add(source.path, record.line, problem);
    tlds.push({ tld, sureness, line: record.line });
  }
  checkOrder(source.path, tlds.map(keyed('tld')), compareOrdinal, report);
  return tlds.map(({ tld, sureness }) => ({ tld, sureness }));
}

function parseMailProviderDomains(source: SourceFile, report: Reporter): MailProviderDomains[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const entries: (MailProviderDomains & { line: number; first: string })[] = [];
  for (const record of yaml.records(PROVIDER_DOMAIN_KEYS)) {
    const names = record.string('names', true);
    const domains = record.string('domains', true);
    record.string('note', false);
    record.string('source', false);
    if (names === undefined || domains === undefined) continue;
    const nameList = names.split(', ');
    for (const name of nameList) for (const problem of mailProviderProblems(name)) report.add(source.path, record.line, problem);
    if ([...nameList].sort(compareOrdinal).join(', ') !== names) report.add(source.path, record.line, 'names: sorted by code point, separated by ", "');
    // `none`: a product whose accounts live on its customers' own domains (Google Workspace, Microsoft 365).
    const domainList = domains === NO_PROVIDER_DOMAINS ? [] : domains.split(' ');
    if (domainList.includes(NO_PROVIDER_DOMAINS)) report.add(source.path, record.line, `domains: "${NO_PROVIDER_DOMAINS}" stands alone`);
    else if (!domainList.every((domain) => PROVIDER_DOMAIN.test(domain))) report.add(source.path, record.line, 'domains: first labels or domains of a-z, 0-9 and "-", separated by single spaces');
    if (domainList.length > 0 && [...domainList].sort(compareOrdinal).join(' ') !== domains) report.add(source.path, record.line, 'domains: sorted by code point, no duplicates');
    else if (new Set(domainList).size !== domainList.length) report.add(source.path, record.line, 'domains: sorted by code point, no duplicates');
    entries.push({ names: nameList, domains: domainList.filter((domain) => domain !== NO_PROVIDER_DOMAINS), line: record.line, first: nameList[0] ?? '' });
  }
  checkOrder(source.path, entries.map((entry) => ({ key: entry.first, line: entry.line })), compareOrdinal, report);
  return entries.map(({ names, domains }) => ({ names, domains }));
}

function parseBrands(source: SourceFile, report: Reporter): Brand[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const brands: (Brand & { line: number })[] = [];
  for (const record of yaml.records(BRAND_KEYS)) {
    const brand = record.string('brand', true);
    const domains = record.string('domains', true);
    const generic = record.string('generic', false);
    const own = record.string('own', false);
    const spelled = record.string('spelled', false);
    record.string('note', false);
    record.string('source', false);
    if (brand === undefined || domains === undefined) continue;
    for (const problem of brandProblems(brand)) report.add(source.path, record.line, problem);
    const domainWords = domains.split(' ');
    if (!domainWords.every((word) => /^[a-z0-9]+$/.test(word))) {
      report.add(source.path, record.line, 'domains: words of a-z and 0-9 (dots and hyphens removed), separated by single spaces');
    }
    const genericWords = generic === undefined ? [] : generic.split(' ');
    const inOrder = domainWords.filter((word) => genericWords.includes(word));
    if (new Set(genericWords).size !== genericWords.length || inOrder.join(' ') !== genericWords.join(' ')) {
      report.add(source.path, record.line, `generic: words of its domains ("${domains}"), in their order, each once`);
    } else if (genericWords.length > 0 && genericWords.length === domainWords.length) {
      // A brand whose every word is generic could never be claimed by a host: say so, not silently.
      report.add(source.path, record.line, `generic: every domain word is generic, so no host can claim "${brand}": add a distinctive word to domains (its name joined, as \`cryptocom\`)`);
    }
    if (spelled !== undefined && foldDiacritics(spelled.toLowerCase()) !== brand) {
      report.add(source.path, record.line, `spelled: "${spelled}" must be "${brand}" with other capitals (accents aside)`);
    }
    const ownDomains = own === undefined ? [] : own.split(' ');
    // A domain's first label, the word that would name it (`microsoft` of microsoft.com; a domain without a dot whole).
    const firstLabel = (domain: string): string => domain.split('.')[0] ?? domain;
    for (const domain of ownDomains) {
      const problems = hostnameProblems(domain);
      for (const problem of problems) report.add(source.path, record.line, `own: ${problem}`);
      // Compared with a registrable domain, so one that is not (`mail.hotmail.com`, `co.uk`) would never match.
      // (a name under one of its hosts' registrable domain is that domain itself: `co.uk` and `mail.hotmail.com` are not)
      if (problems.length === 0 && registrableDomain(`host.${domain}`) !== domain) {
        report.add(source.path, record.line, `own: "${domain}" is not a registrable domain (one label before a public suffix of the Public Suffix List's ICANN section)`);
      } else if (problems.length === 0 && genericWords.length > 0 && !genericWords.includes(firstLabel(domain))) {
        report.add(source.path, record.line, `own: "${domain}" is named by no generic word of this brand ("${firstLabel(domain)}")`);
      }
    }
    if (new Set(ownDomains).size !== ownDomains.length) report.add(source.path, record.line, 'own: each domain once');
    // own lists what the generic words name, nothing else: a distinctive word already makes its domains the brand's.
    if (ownDomains.length > 0 && genericWords.length === 0) report.add(source.path, record.line, 'own: only with generic (the domains its generic words name)');
    // A generic word shows the brand's domain only as the domains listed whole under own: one naming none would be the brand's nowhere.
    for (const word of genericWords) {
      if (!ownDomains.some((domain) => firstLabel(domain) === word)) report.add(source.path, record.line, `generic: "${word}" names no domain of own; list the brand's domains it names there, whole ("${word}.com")`);
    }
    // Without a spelling of its own, the brand's words capitalised (`Wells Fargo`).
    const shown = spelled ?? brand.replace(/(^| )(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    brands.push({ brand, spelled: shown, domainWords, claimWords: domainWords.filter((word) => !genericWords.includes(word)), ownDomains, line: record.line });
  }
  checkOrder(source.path, brands.map(keyed('brand')), comparePhrases, report);
  // Whether a word is ordinary is the word's, not one brand's: `office` claims no brand or every one.
  const genericWord = new Map<string, { generic: boolean; brand: string }>();
  for (const { brand, domainWords, claimWords, line } of brands) {
    for (const word of domainWords) {
      const generic = !claimWords.includes(word);
      const seen = genericWord.get(word);
      if (seen === undefined) genericWord.set(word, { generic, brand });
      else if (seen.generic !== generic) report.add(source.path, line, `generic: "${word}" is ${seen.generic ? '' : 'not '}generic for "${seen.brand}"; a word is generic for every brand that lists it or for none`);
    }
  }
  return brands.map(({ brand, spelled, domainWords, claimWords, ownDomains }) => ({ brand, spelled, domainWords, claimWords, ownDomains }));
}

function parseAlarmWords(source: SourceFile, report: Reporter): AlarmWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const words: (AlarmWord & { line: number })[] = [];
  for (const record of yaml.records(ALARM_KEYS)) {
    const word = record.string('word', true);
    const sureness = record.sureness(true);
    record.string('note', false);
    record.string('source', false);
    if (word === undefined || sureness === undefined) continue;
    for (const problem of wordProblems(word)) report.add(source.path, record.line, problem);
    words.push({ word, sureness, line: record.line });
  }
  checkOrder(source.path, words.map(keyed('word')), comparePhrases, report);
  return words.map(({ word, sureness }) => ({ word, sureness }));
}

/** Words of form field names: what the field asks for, and whether only the whole word counts. */
function parseFormFieldWords(source: SourceFile, report: Reporter): FormFieldWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const words: (FormFieldWord & { line: number })[] = [];
  for (const record of yaml.records(FIELD_WORD_KEYS)) {
    const word = record.string('word', true);
    const asks = record.string('asks', true);
    const whole = record.flag('whole');
    const reader = record.string('for', true);
    record.string('note', false);
    const sourced = record.string('source', false);
    if (word === undefined || asks === undefined || reader === undefined) continue;
    if (reader !== 'form-in-email' && reader !== 'form-by-reply' && reader !== 'both') {
      report.add(source.path, record.line, `for must be "form-in-email", "form-by-reply" or "both", not "${reader}"`);
      continue;
    }
    // A label form-by-reply reads is one a SpamAssassin field tag reads: the entry names it.
    if (reader !== 'form-in-email' && !/\bFF_[A-Z]+\d\b/.test(sourced ?? '')) {
      report.add(source.path, record.line, `"${word}" is read by form-by-reply: its source names the SpamAssassin field tag (FF_A1, FF_N1, …) that reads it`);
    }
    // form-in-email reads a field as lower-case words parted by single spaces: an entry with any
    // other character could never match.
    if (!FIELD_WORDS.test(word)) {
      report.add(source.path, record.line, `"${word}" is not field words: 2–40 characters, words of a-z and 0-9 parted by single spaces`);
    }
    if (asks !== 'secret' && asks !== 'personal') {
      report.add(source.path, record.line, `asks must be "secret" or "personal", not "${asks}"`);
      continue;
    }
    words.push({ word, asks, ...(whole ? { whole } : {}), for: reader, line: record.line });
  }
  checkOrder(source.path, words.map(keyed('word')), compareOrdinal, report);
  return words.map(({ line: _line, ...entry }) => entry);
}

/** Wording that makes a wallet address a demand: extortion, a deadline, a payment demand. */
function parseWalletDemandWords(source: SourceFile, report: Reporter): WalletDemandWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const words: (WalletDemandWord & { line: number })[] = [];
  for (const record of yaml.records(WALLET_WORD_KEYS)) {
    const phrase = record.string('phrase', true);
    const kind = record.string('kind', true);
    record.string('note', false);
    record.string('source', false);
    if (phrase === undefined || kind === undefined) continue;
    if (!WALLET_PHRASE.test(phrase)) {
      report.add(source.path, record.line, `a phrase is lower-case words of a-z or "#", parted by single spaces, not "${phrase}"`);
      continue;
    }
    if (!/[a-z]/.test(phrase)) report.add(source.path, record.line, `"${phrase}" needs a word`);
    if (kind !== 'extortion' && kind !== 'deadline' && kind !== 'payment') {
      report.add(source.path, record.line, `kind must be "extortion", "deadline" or "payment", not "${kind}"`);
      continue;
    }
    words.push({ phrase, kind, line: record.line });
  }
  checkOrder(source.path, words.map(keyed('phrase')), compareOrdinal, report);
  return words.map(({ line: _line, ...entry }) => entry);
}

/**
 * Negation and warning wording by language, and spam wording that holds a negation: phrases as
 * wordlist phrases are written, sorted by language, then phrase; each phrase once per language.
 */
function parseWarningCues(source: SourceFile, report: Reporter): WarningCue[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const cues: (WarningCue & { line: number })[] = [];
  const stemmers = new Map<string, Stem>();
  for (const record of yaml.records(WARNING_CUE_KEYS)) {
    const language = record.string('language', true);
    const phrase = record.string('phrase', true);
    const kind = record.string('kind', true);
    record.string('note', false);
    record.string('source', false);
    if (language === undefined || phrase === undefined || kind === undefined) continue;
    if (!/^[a-z]{2}$/.test(language)) report.add(source.path, record.line, `language must be a two-letter code, not "${language}"`);
    for (const problem of phraseProblems(phrase)) report.add(source.path, record.line, problem);
    if (!isWarningKind(kind)) {
      report.add(source.path, record.line, `kind must be one of ${WARNING_KINDS.join(', ')}, not "${kind}"`);
      continue;
    }
    let stem = stemmers.get(language);
    if (!stem) stemmers.set(language, (stem = createStemmer(language)));
    cues.push({ language, phrase, kind, keys: phraseKeys(phrase, stem), line: record.line });
  }
  checkOrder(source.path, cues.map((cue) => ({ key: `${cue.language} ${cue.phrase}`, line: cue.line })), (a, b) => compareOrdinal(a.slice(0, 2), b.slice(0, 2)) || comparePhrases(a.slice(3), b.slice(3)), report);
  return cues.map(({ line: _line, ...entry }) => entry);
}

/** Warning cues are read in the languages that have trigger phrases: a cue of another is dead data. */
function checkCueLanguages(cues: readonly WarningCue[], packs: readonly LanguagePack[], report: Reporter): WarningCue[] {
  const triggered = new Set(packs.filter((pack) => pack.phrases.length > 0).map((pack) => pack.language));
  for (const language of new Set(cues.map((cue) => cue.language))) {
    if (!triggered.has(language)) report.add(GLOBAL_FILES.warningCues, undefined, `"${language}" has no trigger phrases for its cues to govern`);
  }
  return [...cues];
}

function parseReplyPrefixes(source: SourceFile, report: Reporter): ReplyPrefix[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const prefixes: (ReplyPrefix & { line: number })[] = [];
  for (const record of yaml.records(PREFIX_KEYS)) {
    const prefix = record.string('prefix', true);
    const kind = record.string('kind', true);
    record.string('note', false);
    record.string('source', false);
    if (prefix === undefined || kind === undefined) continue;
    // The subject check reads one to six letters before the colon.
    for (const problem of wordProblems(prefix)) report.add(source.path, record.line, problem);
    if ([...prefix].length > 6) report.add(source.path, record.line, 'a prefix has at most six letters');
    if (kind !== 'reply' && kind !== 'forward') {
      report.add(source.path, record.line, `kind must be "reply" or "forward", not "${kind}"`);
      continue;
    }
    prefixes.push({ prefix, kind, line: record.line });
  }
  checkOrder(source.path, prefixes.map(keyed('prefix')), comparePhrases, report);
  return prefixes.map(({ prefix, kind }) => ({ prefix, kind }));
}

/**
 * Street types and street words: a lower-case word of letters, an abbreviation's full stop at its
 * end; where it stands in its line (`order`); `common` only where the reading has a stricter path
 * for it. Each (word, order) once, sorted by word, then by order as STREET_ORDERS lists them.
 */
function parseStreetWords(source: SourceFile, report: Reporter): StreetWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const entries: (StreetWord & { line: number })[] = [];
  for (const record of yaml.records(STREET_WORD_KEYS)) {
    const word = record.string('word', true);
    const order = record.string('order', true);
    const common = record.flag('common');
    record.string('note', false);
    record.string('source', false);
    if (word === undefined || order === undefined) continue;
    if (word.normalize('NFC') !== word) report.add(source.path, record.line, 'word is not NFC-normalized (use precomposed characters)');
    else if (word.toLowerCase() !== word) report.add(source.path, record.line, `word must be lowercase: write "${word.toLowerCase()}"`);
    else if (!STREET_WORD.test(word) && !STREET_WORD_SLASH.test(word)) {
      report.add(source.path, record.line, `"${word}" is not a street word: 2 to 20 letters, then a full stop if it is an abbreviation, or 1 to 3 letters and a slash`);
    }
    if (!isStreetOrder(order)) {
      report.add(source.path, record.line, `order must be one of ${STREET_ORDERS.join(', ')}, not "${order}"`);
      continue;
    }
    if (STREET_WORD_SLASH.test(word) && order !== STREET_ORDER_WITH_SLASH) {
      report.add(source.path, record.line, `"${word}" ends in a slash, which only order ${STREET_ORDER_WITH_SLASH} reads, not ${order}`);
    }
    if (common && !STREET_ORDERS_WITH_COMMON.has(order)) {
      report.add(source.path, record.line, `"common" has no reading in order ${order}: only ${[...STREET_ORDERS_WITH_COMMON].join(', ')} read a common word more strictly`);
    }
    entries.push({ word, order, common, line: record.line });
  }
  // One key per (word, order), compared by word, then by the order's place in STREET_ORDERS.
  const rank = (order: StreetOrder): string => String.fromCharCode(0x41 + STREET_ORDERS.indexOf(order));
  const keys = entries.map(({ word, order, line }) => ({ key: `${word} ${rank(order)}`, label: `${word} (${order})`, line }));
  checkOrder(
    source.path,
    keys,
    (a, b) => comparePhrases(a.slice(0, -2), b.slice(0, -2)) || compareOrdinal(a.slice(-1), b.slice(-1)),
    report,
  );
  return entries.map(({ word, order, common }) => ({ word, order, common }));
}

/**
 * The lower-case words a street's name holds: letters, or letters and an ASCII apostrophe for an
 * elided article (the reading takes the typographic one too); `order` the reading that takes it.
 * Each (word, order) once, sorted by word, then by order as STREET_NAME_ORDERS lists them.
 */
function parseStreetNameWords(source: SourceFile, report: Reporter): StreetNameWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const entries: (StreetNameWord & { line: number })[] = [];
  for (const record of yaml.records(STREET_NAME_WORD_KEYS)) {
    const word = record.string('word', true);
    const order = record.string('order', true);
    record.string('note', false);
    record.string('source', false);
    if (word === undefined || order === undefined) continue;
    const problem =
      word.normalize('NFC') !== word
        ? 'word is not NFC-normalized (use precomposed characters)'
        : word.toLowerCase() !== word
          ? `word must be lowercase: write "${word.toLowerCase()}"`
          : word.includes('’')
            ? `write the ASCII apostrophe: "${word.replaceAll('’', "'")}" (the reading takes both)`
            : !STREET_NAME_WORD.test(word)
              ? `"${word}" is not a word of a street's name: 1 to 12 letters, then an apostrophe if it is elided`
              : undefined;
    if (problem !== undefined) {
      report.add(source.path, record.line, problem);
      continue;
    }
    const known = (STREET_NAME_ORDERS as readonly string[]).indexOf(order);
    if (known < 0) {
      report.add(source.path, record.line, `order must be one of ${STREET_NAME_ORDERS.join(', ')}, not "${order}"`);
      continue;
    }
    entries.push({ word, order: STREET_NAME_ORDERS[known] as StreetNameWord['order'], line: record.line });
  }
  const rank = (order: StreetNameWord['order']): string => String.fromCharCode(0x41 + STREET_NAME_ORDERS.indexOf(order));
  const keys = entries.map(({ word, order, line }) => ({ key: `${word} ${rank(order)}`, label: `${word} (${order})`, line }));
  checkOrder(
    source.path,
    keys,
    (a, b) => comparePhrases(a.slice(0, -2), b.slice(0, -2)) || compareOrdinal(a.slice(-1), b.slice(-1)),
    report,
  );
  return entries.map(({ word, order }) => ({ word, order }));
}

/**
 * How a post office box is written: words of a-z, each maybe ending in a full stop, apart by one
 * space or, after a full stop, by none; `capitals` to read it in capitals only. Each form once, sorted.
 */
function parsePoBoxForms(source: SourceFile, report: Reporter): PoBoxForm[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const forms: (PoBoxForm & { line: number })[] = [];
  for (const record of yaml.records(PO_BOX_KEYS)) {
    const form = record.string('form', true);
    const capitals = record.flag('capitals');
    record.string('note', false);
    record.string('source', false);
    if (form === undefined) continue;
    if (!PO_BOX_FORM.test(form)) {
      report.add(source.path, record.line, `"${form}" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`);
      continue;
    }
    forms.push({ form, capitals, line: record.line });
  }
  checkOrder(source.path, forms.map(keyed('form')), comparePhrases, report);
  return forms.map(({ form, capitals }) => ({ form, capitals }));
}

/** US state codes: two capitals, each with its name; each code and each name once, sorted by code. Only the codes are generated. */
function parseUsStates(source: SourceFile, report: Reporter): string[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const states: { code: string; line: number }[] = [];
  const names = new Map<string, number>();
  for (const record of yaml.records(US_STATE_KEYS)) {
    const code = record.string('code', true);
    const name = record.string('name', true);
    record.string('note', false);
    record.string('source', false);
    if (code === undefined || name === undefined) continue;
    if (!US_STATE_CODE.test(code)) {
      report.add(source.path, record.line, `"${code}" is not a state code: two capital letters A-Z`);
      continue;
    }
    if (!US_STATE_NAME.test(name)) report.add(source.path, record.line, `"${name}" is not a state's name: capitalised words of letters a-z, maybe "of"`);
    const nameLine = names.get(name);
    if (nameLine !== undefined) report.add(source.path, record.line, `the name "${name}" is already line ${nameLine}'s`);
    else names.set(name, record.line);
    states.push({ code, line: record.line });
  }
  checkOrder(source.path, states.map(keyed('code')), compareOrdinal, report);
  return states.map(({ code }) => code);
}

/** A language code (`sv`) or a group's name (`da-no`, `nordic`). */
const FUNCTION_WORD_LANGUAGE = /^[a-z]{2,12}(?:-[a-z]{2,12})?$/;
/** What a vote may report: a language code, or `und`. */
const REPORTED_LANGUAGE = /^(?:[a-z]{2}|und)$/;

/**
 * Function words by language: each word in one entry only (a word two languages share would be a
 * vote for both), lower case and in the form the tokenizer gives a word, sorted within the entry.
 * Whether an entry is one of ours (a pack's language) is settled by markPacks.
 */
function parseFunctionWords(source: SourceFile, report: Reporter): FunctionWords[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const entries: (FunctionWords & { line: number })[] = [];
  const firstSeen = new Map<string, { language: string; line: number }>();
  for (const record of yaml.records(FUNCTION_WORD_KEYS)) {
    const language = record.string('language', true);
    const reports = record.string('reports', false);
    const words = record.string('words', true);
    record.string('note', false);
    record.string('source', false);
    if (language === undefined || words === undefined) continue;
    if (!FUNCTION_WORD_LANGUAGE.test(language)) {
      report.add(source.path, record.line, `language "${language}": an ISO 639-1 code (\`sv\`) or a group's name of a-z and one "-" (\`da-no\`)`);
    }
    if (reports !== undefined && !REPORTED_LANGUAGE.test(reports)) {
      report.add(source.path, record.line, `reports "${reports}": an ISO 639-1 code or "und"`);
    }
    if (reports === undefined && !/^[a-z]{2}$/.test(language)) {
      report.add(source.path, record.line, `"${language}" is a group, not a language: say what a vote for it reports ("reports: und")`);
    }
    const list = words.split(' ');
    for (const word of list) {
      if (word === '') {
        report.add(source.path, record.line, 'words: separated by single spaces, with no empty entry');
        continue;
      }
      const problems = wordProblems(word);
      for (const problem of problems) report.add(source.path, record.line, problem);
      // The tokenizer compares NFKC, lower-cased words: any other form could never be counted.
      if (problems.length === 0 && word.normalize('NFKC').toLowerCase() !== word) {
        report.add(source.path, record.line, `"${word}" is not in the form the tokenizer gives a word: write "${word.normalize('NFKC').toLowerCase()}"`);
      }
      const first = firstSeen.get(word);
      if (first !== undefined) {
        report.add(source.path, record.line, `"${word}" is also a word of ${first.language} (line ${first.line}); a function word votes for one language only`);
      } else firstSeen.set(word, { language, line: record.line });
    }
    checkOrder(source.path, list.filter((word) => word !== '').map((key) => ({ key, line: record.line })), comparePhrases, report);
    entries.push({ language, pack: false, ...(reports === undefined ? {} : { reports }), words: list.filter((word) => word !== ''), line: record.line });
  }
  checkOrder(source.path, entries.map(keyed('language')), compareOrdinal, report);
  return entries.map(({ line: _line, ...entry }) => entry);
}

/**
 * Marks the entries of the languages we have packs for, which the detector may answer, and reports
 * a pack language without function words (it could never win the vote) or one that says it
 * reports another language.
 */
function markPacks(entries: readonly FunctionWords[], packLanguages: ReadonlySet<string>, report: Reporter): FunctionWords[] {
  const path = GLOBAL_FILES.functionWords;
  const listed = new Set(entries.map((entry) => entry.language));
  for (const language of [...packLanguages].sort(compareOrdinal)) {
    if (!listed.has(language)) report.add(path, undefined, `"${language}" has a pack in wordlists/${language}/ but no function words`);
  }
  return entries.map((entry) => {
    if (!packLanguages.has(entry.language)) return entry;
    if (entry.reports !== undefined) report.add(path, undefined, `"${entry.language}" has a pack, so a vote for it reports itself: drop "reports"`);
    const { reports: _reports, ...rest } = entry;
    return { ...rest, pack: true };
  });
}

/**
 * Characters read as a Latin letter: `confusable` ones are letters outside a-z that look like one
 * (lower case, since the tokenizer looks them up in lower-cased words); `leet` ones are digits or
 * symbols, never letters, of one UTF-16 unit. Each maps one character to one of a-z, and appears once.
 */
function parseCharacterMappings(source: SourceFile, report: Reporter, kind: 'confusable' | 'leet' | 'fuzzy'): CharacterMapping[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const mappings: (CharacterMapping & { line: number })[] = [];
  for (const record of yaml.records(MAPPING_KEYS)) {
    const from = record.string('from', true);
    const to = record.string('to', true);
    record.string('note', false);
    record.string('source', false);
    if (from === undefined || to === undefined) continue;
    if ([...from].length !== 1) {
      report.add(source.path, record.line, `from "${from}": exactly one character`);
    } else if (kind === 'confusable' && (!/^\p{L}$/u.test(from) || /^[a-z]$/i.test(from) || from.toLowerCase() !== from)) {
      // Not NFKC-checked: the look-alike rules also look up raw characters (`ϲ`, which NFKC folds to `ς`).
      report.add(source.path, record.line, `from "${from}": one lower-case letter outside a-z (words are looked up lower-cased)`);
    } else if (kind === 'leet' && (/^[\p{L}\p{M}]$/u.test(from) || /\s/u.test(from))) {
      report.add(source.path, record.line, `from "${from}": a digit or a symbol that stands in for a letter, not a letter or a space`);
    } else if (kind === 'leet' && from.length !== 1) {
      // The tokenizer looks leet characters up by UTF-16 unit (core/text/tokenize.ts, LEET_UNITS).
      report.add(source.path, record.line, `from "${from}": a character of one UTF-16 unit (U+0000–U+FFFF), not one past the BMP (the tokenizer reads leet by unit)`);
    } else if (kind === 'fuzzy' && (/\s/u.test(from) || from.toLowerCase() !== from || from === to)) {
      report.add(source.path, record.line, `from "${from}": one lower-case character that is not a space, other than the letter it stands for`);
    }
    if (!/^[a-z]$/.test(to)) report.add(source.path, record.line, `to "${to}": one letter of a-z`);
    mappings.push({ from, to, line: record.line });
  }
  // A character may stand for several letters in the obfuscation reading (`!` for i or l): there
  // the pair is the key, elsewhere the character.
  const key = (mapping: CharacterMapping & { line: number }) => ({ key: kind === 'fuzzy' ? `${mapping.from}\u0000${mapping.to}` : mapping.from, line: mapping.line, label: kind === 'fuzzy' ? `${mapping.from} → ${mapping.to}` : mapping.from });
  checkOrder(source.path, mappings.map(key), compareOrdinal, report);
  return mappings.map(({ from, to }) => ({ from, to }));
}

/** Drug names for the obfuscation reading: a-z, five letters or more, each with the plain words it must never read. */
function parseDisguisedWords(source: SourceFile, report: Reporter): DisguisedWord[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const words: (DisguisedWord & { line: number })[] = [];
  for (const record of yaml.records(DISGUISED_KEYS)) {
    const word = record.string('word', true);
    const except = record.string('except', false);
    const kind = record.string('trigger', false);
    if (kind !== undefined && kind !== 'no') report.add(source.path, record.line, `trigger "${kind}": "no" (a spam word whose disguise alone counts), or leave it out (a trigger phrase)`);
    // The word's own rule's limits (SpamAssassin's <inter Wn> and <post P2>); left out, the widest the reading takes.
    const limit = (key: string, most: number): number => {
      const text = record.string(key, false);
      if (text === undefined) return most;
      if (!/^\d$/.test(text) || Number(text) > most) report.add(source.path, record.line, `${key} "${text}": a whole number from 0 to ${most}`);
      return Math.min(most, Number(text) || 0);
    };
    const gap = limit('gap', MAX_GAP);
    const doubled = limit('doubled', MAX_DOUBLED);
    if (kind !== undefined && (record.string('gap', false) === undefined || record.string('doubled', false) === undefined)) {
      report.add(source.path, record.line, 'a spam word (trigger: no) states its rule\'s limits: gap and doubled');
    }
    record.string('note', false);
    record.string('source', false);
    if (word === undefined) continue;
    // Five letters at least: SpamAssassin's 20_drugs.cf "only use sufficiently long drug name to make name unique".
    if (!/^[a-z]{5,}$/.test(word)) report.add(source.path, record.line, `word "${word}": five letters of a-z or more`);
    const plain = except === undefined ? [] : except.split(' ');
    if (!plain.every((other) => /^\p{Ll}+$/u.test(other) && other.normalize('NFC') === other && other !== word)) {
      report.add(source.path, record.line, 'except: lower-case words (NFC) other than the word, separated by single spaces');
    } else {
      // An exception the reading would not take as the word anyway is stale or misspelled.
      const reader = createDisguiseReader([{ word, except: [], trigger: true, gap, doubled }]);
      for (const other of plain) {
        if (!reader.find(other).some((match) => match.start === 0 && match.end === other.length)) {
          report.add(source.path, record.line, `except "${other}": not read as "${word}" by the reading (core/phrases/disguised.ts), so it excepts nothing`);
        }
      }
    }
    words.push({ word, except: plain, trigger: kind === undefined, gap, doubled, line: record.line });
  }
  checkOrder(source.path, words.map(keyed('word')), compareOrdinal, report);
  return words.map(({ word, except, trigger, gap, doubled }) => ({ word, except, trigger, gap, doubled }));
}

/**
 * Misspelt words and the word each stands for: one or two words of a-z each, a `to` other than its
 * `from`, never itself a `from` (the list is read in one pass, so a chain would stop half-way), each
 * entry with its `source` (where it is spelt so); sorted and unique by `from`.
 */
function parseMisspellings(source: SourceFile, report: Reporter): Misspelling[] {
  checkHeader(source, report, true);
  const yaml = openYaml(source, report, ['entries']);
  if (yaml === undefined) return [];
  const entries: (Misspelling & { line: number })[] = [];
  for (const record of yaml.records(MISSPELLING_KEYS)) {
    const from = record.string('from', true);
    const to = record.string('to', true);
    record.string('note', false);
    record.string('source', true);
    if (from === undefined || to === undefined) continue;
    for (const [field, value] of [['from', from], ['to', to]] as const) {
      if (!MISSPELLING_WORDS.test(value)) report.add(source.path, record.line, `${field} "${value}": one or two words of a-z, joined by one space or hyphen`);
    }
    if (from === to) report.add(source.path, record.line, `"${from}" stands for itself`);
    entries.push({ from, to, line: record.line });
  }
  const froms = new Set(entries.map((entry) => entry.from));
  for (const entry of entries) {
    if (entry.to !== entry.from && froms.has(entry.to)) report.add(source.path, entry.line, `to "${entry.to}" is misspelt itself (a from): the list is read in one pass, write the last word`);
  }
  checkOrder(source.path, entries.map(keyed('from')), compareOrdinal, report);
  return entries.map(({ from, to }) => ({ from, to }));
}

/** A phrase with its accents taken off, as the two checks below compare phrases. */
function plainPhrase(phrase: string): string {
  return phrase.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Each disguised drug name must be a one-word trigger of some pack, so that reading it scores it;
 * a spam word marked `trigger: no` must be none (else its disguise would count twice: as the
 * trigger and as the disguise of a word that is none).
 */
function checkDisguisedAreTriggers(words: readonly DisguisedWord[], packs: readonly LanguagePack[], report: Reporter): void {
  const triggers = new Set(packs.flatMap((pack) => pack.phrases.filter((entry) => !entry.phrase.includes(' ')).map((entry) => plainPhrase(entry.phrase))));
  for (const { word, trigger } of words) {
    if (trigger && !triggers.has(word)) report.add(GLOBAL_FILES.disguisedWords, undefined, `"${word}" is no one-word trigger phrase of any language`);
    if (!trigger && triggers.has(word)) report.add(GLOBAL_FILES.disguisedWords, undefined, `"${word}" is a one-word trigger phrase: leave out "trigger: no"`);
  }
}

/**
 * A compound of free-compounds.txt stops a trigger phrase starting on its last word: its two words
 * must not be a trigger phrase themselves (`risk-free` is the offer "risk free"), and its last word
 * must open one (else the entry does nothing). Phrases compared as written, accents folded.
 */
function checkFreeCompounds(compounds: readonly string[], packs: readonly LanguagePack[], report: Reporter): void {
  const phrases = new Set(packs.flatMap((pack) => pack.phrases.map((entry) => plainPhrase(entry.phrase))));
  const firstWords = new Set([...phrases].map((phrase) => phrase.split(' ')[0]));
  for (const compound of compounds) {
    // a malformed entry is reported as such, once
    if (freeCompoundProblems(compound).length > 0) continue;
    const [head = '', tail = ''] = compound.split('-');
    if (phrases.has(`${head} ${tail}`) || phrases.has(`${head}${tail}`)) {
      report.add(GLOBAL_FILES.freeCompounds, undefined, `"${compound}" is the trigger phrase "${head} ${tail}": an offer, leave it out`);
    }
    if (!firstWords.has(tail)) report.add(GLOBAL_FILES.freeCompounds, undefined, `"${compound}": "${tail}" opens no trigger phrase of any language, so the entry does nothing`);
  }
}

/**
 * The account lure words are those combosquat words that ask for an account's secrets or a payment
 * (brand-link-mismatch's disguise): each must be a combosquat word too, or a host holding it beside
 * a brand would be a disguise without first counting as a combosquat at all.
 */
function checkAccountLureWords(accountLure: readonly string[], combosquat: readonly string[], report: Reporter): void {
  const words = new Set(combosquat);
  for (const word of accountLure) {
    if (!words.has(word)) report.add(GLOBAL_FILES.accountLureWords, undefined, `"${word}" is no word of ${GLOBAL_FILES.combosquatWords}: an account lure word is one of those, add it there too`);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared checks

function keyed<K extends string>(field: K) {
  return (item: Record<K, string> & { line: number }) => ({ key: item[field], line: item.line });
}

/** Sorted and unique, reported at the later line so the message points where to edit. */
function checkOrder(
  file: string,
  items: readonly { key: string; line: number; label?: string }[],
  compare: (a: string, b: string) => number,
  report: Reporter,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const label = item.label ?? item.key;
    const firstLine = seen.get(item.key);
    if (firstLine !== undefined) {
      report.add(file, item.line, `"${label}" is a duplicate of line ${firstLine}`);
      return;
    }
    seen.set(item.key, item.line);
    const previous = items[index - 1];
    if (previous !== undefined && compare(previous.key, item.key) > 0) {
      const previousLabel = previous.label ?? previous.key;
      report.add(
        file,
        item.line,
        `"${label}" is out of order: it belongs before "${previousLabel}" (line ${previous.line})`,
      );
    }
  });
}

/** Every list opens with a comment saying what it is; global lists also name their sources. */
function checkHeader(source: SourceFile, report: Reporter, needsSources: boolean): void {
  const header: string[] = [];
  for (const line of source.text.split('\n')) {
    if (!line.startsWith('#')) break;
    header.push(line);
  }
  if (header.length === 0 || header[0]?.replace(/^#\s*/, '') === '') {
    report.add(source.path, 1, 'the file must open with a "# what this list is" comment');
  } else if (needsSources && !/\bsources?\b/i.test(header.join('\n'))) {
    report.add(source.path, 1, 'the header comment must name the sources of the list ("Sources: …")');
  }
}

/** One style for every list, so diffs show only real changes. */
function checkLayout(source: SourceFile, report: Reporter): void {
  if (source.text.includes('\r')) report.add(source.path, undefined, 'use LF line endings');
  if (!source.text.endsWith('\n')) {
    report.add(source.path, source.text.split('\n').length, 'the file must end with a newline');
  }
}

// ---------------------------------------------------------------------------------------------
// YAML access with line numbers

interface YamlRecord {
  readonly line: number;
  /** The field as a string; reports it when it is missing (and required) or not text. */
  string(key: string, required: boolean): string | undefined;
  sureness(required: boolean): number | undefined;
  /** An optional true/false field; `absent` (false unless given) when absent, reported when it is not a boolean. */
  flag(key: string, absent?: boolean): boolean;
  /** The field's value as written, undefined when absent (no check of its own). */
  value(key: string): unknown;
  /** An optional whole number from 1 to `max`; reported when it is anything else. */
  count(key: string, max: number): number | undefined;
}

interface YamlList {
  expectValue(key: string, expected: string): void;
  /** A top-level text value (reported when it is not text). */
  text(key: string): string | undefined;
  /** The records of a top-level sequence, `entries` unless named. */
  records(allowedKeys: ReadonlySet<string>, sequence?: string): YamlRecord[];
}

/**
 * Parses a YAML list file whose top level is a map with exactly `topKeys`, of which those in
 * `sequences` (`entries` unless named) are sequences of maps. Returns undefined, with violations,
 * when it cannot be read.
 */
function openYaml(
  source: SourceFile,
  report: Reporter,
  topKeys: readonly string[],
  sequences: readonly string[] = ['entries'],
): YamlList | undefined {
  const { path, text } = source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    report.add(path, lineOf(problem.pos[0]), `YAML: ${problem.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0) return undefined;

  const top = doc.contents;
  if (!isMap(top)) {
    report.add(path, 1, `the file must be a map with the keys ${topKeys.join(', ')}`);
    return undefined;
  }
  const topPairs = new Map<string, Pair>();
  for (const pair of top.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(nodeStart(pair.key));
    if (topKeys.includes(key)) topPairs.set(key, pair);
    else report.add(path, line, `unexpected key "${key}"; expected ${topKeys.join(', ')}`);
  }
  for (const key of topKeys) {
    if (!topPairs.has(key)) report.add(path, 1, `missing key "${key}"`);
  }
  const lists = new Map<string, YamlNode[]>();
  let firstList = Infinity;
  for (const key of sequences) {
    const pair = topPairs.get(key);
    if (pair === undefined) return undefined;
    if (!isSeq(pair.value)) {
      report.add(path, lineOf(nodeStart(pair.key)), `"${key}" must be a list`);
      return undefined;
    }
    lists.set(key, pair.value.items as YamlNode[]);
    firstList = Math.min(firstList, nodeStart(pair.key));
  }
  checkNoCommentsAfter(source, firstList, lineOf, report);

  return {
    expectValue(key, expected) {
      const node = topPairs.get(key)?.value;
      const value = isScalar(node) ? node.value : undefined;
      if (node !== undefined && value !== expected) {
        report.add(path, lineOf(nodeStart(node)), `${key} must be "${expected}" (from the file's path)`);
      }
    },
    text(key) {
      const node = topPairs.get(key)?.value;
      if (node === undefined) return undefined;
      if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
      report.add(path, lineOf(nodeStart(node)), `"${key}" must be non-empty text`);
      return undefined;
    },
    records(allowedKeys, sequence = 'entries') {
      return (lists.get(sequence) ?? []).map((item) => toRecord(path, item, allowedKeys, lineOf, report));
    },
  };
}

function toRecord(
  path: string,
  item: unknown,
  allowedKeys: ReadonlySet<string>,
  lineOf: (offset: number) => number,
  report: Reporter,
): YamlRecord {
  const line = lineOf(nodeStart(item));
  const fields = new Map<string, { value: unknown; line: number }>();
  if (isMap(item)) {
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyLine = lineOf(nodeStart(pair.key));
      if (!allowedKeys.has(key)) {
        report.add(path, keyLine, `unknown field "${key}"; allowed: ${[...allowedKeys].join(', ')}`);
      } else if (!isScalar(pair.value)) {
        report.add(path, keyLine, `"${key}" must be a single value`);
      } else {
        fields.set(key, { value: pair.value.value, line: keyLine });
      }
    }
  } else {
    report.add(path, line, 'each entry must be a map, e.g. "- phrase: cash bonus"');
  }
  const field = (key: string, required: boolean) => {
    const found = fields.get(key);
    if (found === undefined && required && isMap(item)) report.add(path, line, `missing "${key}"`);
    return found;
  };
  return {
    line,
    string(key, required) {
      const found = field(key, required);
      if (found === undefined) return undefined;
      if (typeof found.value === 'string' && (found.value !== '' || key !== 'note')) return found.value;
      report.add(path, found.line, `"${key}" must be non-empty text; quote it if YAML reads it otherwise`);
      return undefined;
    },
    sureness(required) {
      const found = field('sureness', required);
      if (found === undefined) return undefined;
      const problems = surenessProblems(found.value);
      for (const problem of problems) report.add(path, found.line, problem);
      return problems.length === 0 ? (found.value as number) : undefined;
    },
    flag(key, absent = false) {
      const found = field(key, false);
      if (found === undefined) return absent;
      if (typeof found.value === 'boolean') return found.value;
      report.add(path, found.line, `"${key}" must be true or false`);
      return absent;
    },
    value(key) {
      return field(key, false)?.value;
    },
    count(key, max) {
      const found = field(key, false);
      if (found === undefined) return undefined;
      if (typeof found.value === 'number' && Number.isInteger(found.value) && found.value >= 1 && found.value <= max) return found.value;
      report.add(path, found.line, `"${key}" must be a whole number from 1 to ${max}`);
      return undefined;
    },
  };
}

/**
 * Comments inside `entries` are lost in the generated data and drift from the entry they
 * explain; the reason for an entry goes in its `note`, and file-level remarks in the header.
 */
function checkNoCommentsAfter(
  source: SourceFile,
  offset: number,
  lineOf: (offset: number) => number,
  report: Reporter,
): void {
  for (const commentOffset of commentOffsets(source.text)) {
    if (commentOffset > offset) {
      report.add(
        source.path,
        lineOf(commentOffset),
        'no comments inside entries: put the reason in the entry\'s "note" field',
      );
    }
  }
}

/** Offsets of every `#` comment, found in yaml's concrete syntax tree (so `#` in text is safe). */
function commentOffsets(text: string): number[] {
  const offsets: number[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (token === null || typeof token !== 'object') return;
    const record = token as Record<string, unknown>;
    if (record['type'] === 'comment' && typeof record['offset'] === 'number') {
      offsets.push(record['offset']);
    }
    for (const value of Object.values(record)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return offsets;
}

function nodeStart(node: unknown): number {
  return (node as YamlNode | undefined)?.range?.[0] ?? 0;
}
