/**
 * The content analyzer: parse once, match the wordlists once, run every rule over the shared
 * context, score. `createAnalyzer` takes its data (the language packs and lists to use, so a
 * build can ship only the languages it needs) and builds every trie and set at once; they never
 * change afterwards. Each analysis keeps its facts to itself. Two things are worth keeping between
 * analyses: word stems (about 6 % of an analysis of the dev corpus) and the parsed message
 * templates and `Intl` formats of a report's language (a fifth of a small draft's analysis when
 * built for every report). An analyzer remembers both unless built with `rememberStems: false`,
 * caches of its own that never change a result.
 */
import type { AnalyzerData, LanguagePack, WarningCue } from './data/types.ts';
import { createFacts } from './facts/index.ts';
import { charactersPer1000Px } from './facts/images.ts';
import { optOutVocabulary } from './facts/opt-out.ts';
import { walletWordingMatchers } from './facts/wallets.ts';
import { indexLureWords } from './links/brand-domain.ts';
import { indexFreeHosts } from './links/free-hosting.ts';
import { indexRedirectors } from './links/redirectors.ts';
import { textToSource } from './message/locate.ts';
import type { Message } from './message/message.ts';
import { parseMessage } from './message/parse.ts';
import { foldedNorms, languagesWritten, writtenPhrases, writtenStarts, type LanguageMatchers, type MatchedLanguage, type PlainLanguage, type SubjectLanguage } from './phrases/languages.ts';
import { indexBrandNames } from './phrases/brand-names.ts';
import { phraseCoverage } from './phrases/coverage.ts';
import { createDisguiseReader } from './phrases/disguised.ts';
import { createPhraseMatcher, tokenStems, type PhraseDefinition } from './phrases/matcher.ts';
import { rules as allRules } from './rules/index.ts';
import customPhrase from './rules/phrases/custom-phrase.ts';
import { settingFor } from './rules/settings.ts';
import { inWords, type HitLocation, type Lists, type Rule, type RuleContext } from './rules/rule.ts';
import { CATALOGUES, createLocalizer, moreLikeIt, prepareTemplates, REPORT_MESSAGES, type Localizer } from './messages/index.ts';
import { fittedWeights } from './score/weights.ts';
import { assembleReport } from './report/report.ts';
import { toFindings, type RuleResult } from './score/score.ts';
import { anyLiteral, escapeRegExp } from './text/literal-pattern.ts';
import { DETECTED_LANGUAGE, indexFunctionWords, wordlistLanguageOf } from './text/language.ts';
import { createStemmer, STEMMED_LANGUAGES, type Stem } from './text/stem.ts';
import type { AnalyzeOptions, EmailInput, Location, Report } from './types.ts';

const DEFAULT_LANGUAGE = 'en';
/** Report locales whose templates an analyzer keeps parsed (a UI speaks one or two). */
const MAX_LOCALIZERS = 8;

/** The ids of the rules that stop reading the text at `facts.scanEnd` (RuleContext's `scanEndRules`). */
const SCAN_END_RULES: readonly string[] = Object.freeze(allRules.filter((rule) => rule.stopsAtScanEnd === true).map((rule) => rule.id));

export interface Analyzer {
  analyze(input: EmailInput, options?: Pick<AnalyzeOptions, 'rules' | 'threshold' | 'languages' | 'locale'>): Report;
  /** the context rules see, for tools that inspect rule hits (evaluation, weight fitting) */
  context(input: EmailInput, options?: Pick<AnalyzeOptions, 'languages' | 'rules'>): RuleContext;
}

/** What an analyzer is built with. */
export interface AnalyzerOptions {
  /** the language packs and lists to match (core/data/index.ts has them all) */
  readonly data: AnalyzerData;
  /** the user's own trigger phrases and the words they allow (AnalyzeOptions.phrases) */
  readonly phrases?: AnalyzeOptions['phrases'];
  /**
   * Remember word stems from one analysis to the next (default true; at most 50,000 words per
   * language), and the parsed templates of the report languages used (at most 8 locales). False
   * makes the analyzer immutable, each analysis stemming its own words and parsing its own
   * templates: what a module-level analyzer must be.
   */
  readonly rememberStems?: boolean;
}

/**
 * A case-insensitive search for any of `literals` (the lists hold words, never patterns), those in
 * `wholeWords` only between word boundaries. An empty list, or only empty entries in a caller's
 * list, matches nothing.
 */
function anyOf(literals: readonly string[], wholeWords?: ReadonlySet<string>): RegExp {
  return anyLiteral(literals, wholeWords) ?? /(?!)/;
}

/** The longest tail a redirect parameter is read with, whatever the data says. */
const MAX_PARAMETER_TAIL = 40;

/**
 * The redirect parameter names as one whole-name test: each name escaped, with its bounded tail of
 * word characters (`redirect\w{0,12}`) when it has one. An empty list matches nothing.
 */
function parameterNames(given: AnalyzerData['lists']['redirectParameters']): RegExp {
  const parameters = given.filter((entry) => entry.name !== '');
  if (parameters.length === 0) return /(?!)/;
  // A tail beyond the cap (Infinity included) is the cap; no number or NaN is no tail.
  const tail = (count: number | undefined) =>
    count === undefined || Number.isNaN(count) ? '' : `\\w{0,${Math.min(MAX_PARAMETER_TAIL, Math.max(0, Math.trunc(count)))}}`;
  return new RegExp(`^(?:${parameters.map((entry) => `${escapeRegExp(entry.name)}${tail(entry.tail)}`).join('|')})$`);
}

/** The form-field words form-in-email reads that ask for `asks`, as one search. */
function fieldWords(words: AnalyzerData['lists']['formFieldWords'], asks: 'secret' | 'personal'): RegExp {
  const listed = words.filter((entry) => entry.asks === asks && entry.for !== 'form-by-reply');
  return anyOf(listed.map((entry) => entry.word), new Set(listed.filter((entry) => entry.whole === true).map((entry) => entry.word)));
}

function formLabels(words: AnalyzerData['lists']['formFieldWords']): Lists['formFields'] {
  const labels = words.filter((entry) => entry.for !== 'form-in-email').map((entry) => entry.word);
  return {
    secret: fieldWords(words, 'secret'),
    personal: fieldWords(words, 'personal'),
    labels: new Set(labels),
    labelEnds: new Set(labels.map((label) => label.slice(label.lastIndexOf(' ') + 1))),
  };
}

function buildLists({ languages, lists }: AnalyzerData): Lists {
  return {
    shorteners: new Set(lists.urlShorteners),
    redirectors: indexRedirectors(lists.openRedirectors),
    redirectParameter: parameterNames(lists.redirectParameters),
    freemail: new Set(lists.freemailDomains),
    tenantMail: new Set(lists.tenantMailDomains),
    suspiciousTlds: new Map(lists.suspiciousTlds.map((entry) => [entry.tld, entry.sureness])),
    optOut: optOutVocabulary(languages),
    clickTrackers: { domains: new Set(lists.clickTrackingDomains), labels: new Set(lists.clickTrackingLabels), paths: anyOf(lists.clickTrackingPaths) },
    formFields: formLabels(lists.formFieldWords),
    fontHosts: lists.fontHosts,
    bulkHeaders: lists.bulkHeaders,
    brands: lists.brands,
    brandNames: indexBrandNames(lists.brands),
    combosquatWords: indexLureWords(lists.combosquatWords),
    accountLureWords: indexLureWords(lists.accountLureWords),
    alarmWords: new Map(lists.alarmWords.map((entry) => [entry.word, entry.sureness])),
    replyPrefixes: new Map(lists.replyPrefixes.map((entry) => [entry.prefix, entry.kind])),
    freeHosting: indexFreeHosts(lists.freeHosting),
    relayIdDomains: new Set(lists.relayIdDomains),
    salutations: new Set(lists.salutations),
    freeCompounds: new Set(lists.freeCompounds),
    addressMergeTags: new Set(lists.addressMergeTags),
    disguisedWords: createDisguiseReader(lists.disguisedWords),
    walletWording: walletWordingMatchers(lists.walletDemandWords),
    languageVotes: indexFunctionWords(lists.functionWords),
  };
}

function customDefinitions(phrases: AnalyzeOptions['phrases'], language: string): PhraseDefinition[] {
  const added: readonly unknown[] = Array.isArray(phrases?.add) ? phrases.add : [];
  return added.flatMap((entry) => {
    const weighted = entry !== null && typeof entry === 'object' ? (entry as { phrase?: unknown; points?: unknown }) : null;
    const phrase = typeof entry === 'string' ? entry : weighted?.phrase;
    if (typeof phrase !== 'string' || phrase.trim() === '') return [];
    const points = weighted?.points;
    // A custom phrase's sureness is its points relative to a standard (1-point) trigger.
    const sureness = typeof points === 'number' && Number.isFinite(points) ? Math.max(0, Math.min(points, 5)) : 1;
    return [{ phrase, category: 'custom', sureness, language }];
  });
}

/**
 * The warning words of one language as phrases (category: their kind), with the keys the build
 * computed (WarningCue.keys); `don’t` in the text reads as `don't` (tokenize.ts normalizeWord).
 */
function warningDefinitions(cues: readonly WarningCue[], language: string): PhraseDefinition[] {
  return cues
    .filter((cue) => cue.language === language)
    .map((cue) => ({ phrase: cue.phrase, category: cue.kind, sureness: 1, language, keys: cue.keys }));
}

/** The matchers of one language: its pack (if the data has one) and the user's phrases. */
function buildMatchers(language: string, pack: LanguagePack | undefined, phrases: AnalyzeOptions['phrases'], cues: readonly WarningCue[]): LanguageMatchers {
  // Only phrases without precomputed keys (the user's own) are stemmed here.
  const stem = createStemmer(language);
  const triggerDefinitions: PhraseDefinition[] = [
    ...(pack?.phrases ?? []).map((entry) => ({ ...entry, language })),
    ...customDefinitions(phrases, language),
  ];
  const allowed: readonly unknown[] = Array.isArray(phrases?.allow) ? phrases.allow : [];
  const allowList = allowed.filter((word): word is string => typeof word === 'string' && word.trim() !== '');
  const triggers = createPhraseMatcher(language, triggerDefinitions, stem);
  return {
    language,
    triggers,
    written: writtenPhrases(triggers),
    unsubscribe: createPhraseMatcher(
      language,
      (pack?.optOut.phrases ?? []).map((entry) => ({ ...entry, category: 'unsubscribe', sureness: 1, language })),
      stem,
    ),
    warnings: createPhraseMatcher(language, warningDefinitions(cues, language), stem),
    allow: allowList.length
      ? createPhraseMatcher(language, allowList.map((phrase) => ({ phrase, category: 'allow', sureness: 1, language })), stem)
      : null,
  };
}

/**
 * The codes `languages` may name for an analyzer of `data` and `phrases` (besides 'auto'): the
 * languages of its packs, and, when it has phrases of its own, the languages it stems them in
 * (createAnalyzer builds those even without a pack). Any other code would match nothing.
 */
export function languagesRead(data: AnalyzerData, phrases?: AnalyzeOptions['phrases']): string[] {
  const own = Array.isArray(phrases?.add) && phrases.add.length > 0;
  return [...new Set([...data.languages.map((pack) => pack.language), ...(own ? STEMMED_LANGUAGES : [])])].sort();
}

export function createAnalyzer({ data, phrases, rememberStems = true }: AnalyzerOptions): Analyzer {
  const lists = buildLists(data);
  const { languageVotes } = lists;
  // Every language is built now, so the analyzer never changes after this line: the languages of
  // the data, and those we can stem (they match the user's own phrases even without a pack).
  const packs = new Map(data.languages.map((pack) => [pack.language, pack]));
  const matchers: ReadonlyMap<string, LanguageMatchers> = new Map(
    [...new Set([...packs.keys(), ...STEMMED_LANGUAGES])].map((language) => [language, buildMatchers(language, packs.get(language), phrases, data.lists.warningCues)]),
  );
  const stemmers: ReadonlyMap<string, Stem> | null = rememberStems ? new Map([...matchers.keys()].map((language) => [language, createStemmer(language)])) : null;
  // The languages a subject is also read in (two words or more): those with trigger phrases.
  const phraseLanguages = data.languages.filter((pack) => pack.phrases.length > 0).map((pack) => pack.language);
  // Their phrases' first two words as written, in that order (the gate before a subject is read in one).
  const phraseStarts = writtenStarts(phraseLanguages.map((language) => matchers.get(language)?.written ?? { words: [] }));
  // A pack is full when it has phrases beyond scam lures (wordlists/README.md: a language has every
  // category, or `phishing` and maybe `shady` only).
  const { full, lures } = phraseCoverage(data.languages);
  // The user's own phrases are read in the whole text, the text part's too (custom-phrase).
  const ownPhrases = Array.isArray(phrases?.add) && phrases.add.length > 0;
  const localizers: Map<string | undefined, Localizer> | null = rememberStems ? new Map() : null;
  // An analyzer that keeps no localizers parses the English templates now, once (English is what
  // most reports are written in); other languages are parsed by each report that uses them.
  const englishTemplates = localizers ? undefined : prepareTemplates([...allRules, REPORT_MESSAGES]);
  const localizerFor = (locale: string | undefined): Localizer => {
    if (!localizers) return createLocalizer(locale, CATALOGUES, englishTemplates);
    let localizer = localizers.get(locale);
    if (!localizer) {
      if (localizers.size >= MAX_LOCALIZERS) localizers.clear();
      localizers.set(locale, (localizer = createLocalizer(locale)));
    }
    return localizer;
  };

  const buildContext = (message: Message, requested: readonly string[] | undefined, rulesOff: ReadonlySet<string>): RuleContext => {
    const wanted = requested?.length ? requested : [DETECTED_LANGUAGE, DEFAULT_LANGUAGE];
    const codes = wanted.map((code) => wordlistLanguageOf(String(code))).map((code) => (code === DETECTED_LANGUAGE ? message.language : code));
    const languages = [...new Set(codes)].filter((code) => matchers.has(code));
    const detecting = wanted.some((code) => wordlistLanguageOf(String(code)) === DETECTED_LANGUAGE);
    const matched: MatchedLanguage[] = [];
    const subjectMatched: SubjectLanguage[] = [];
    const plainMatched: PlainLanguage[] = [];
    // The text part is read in the text's languages and, when the language is detected, in its own
    // (one more at most, and only one the wordlists have): a French pitch in the text part of an
    // English HTML is read in French, as the HTML's language would never ask.
    const own = message.plainLanguage;
    const plainLanguages = detecting && own !== null && matchers.has(own) && !languages.includes(own) ? [...languages, own] : languages;
    for (const language of plainLanguages) {
      const languageMatchers = matchers.get(language);
      if (!languageMatchers || message.plainTokens.length === 0) continue;
      const tokenStem = stemmers?.get(language) ?? createStemmer(language, false);
      plainMatched.push({ language, matchers: languageMatchers, plainStems: tokenStems(message.plainTokens, tokenStem) });
    }
    for (const language of languages) {
      const languageMatchers = matchers.get(language);
      if (!languageMatchers) continue;
      const remembered = stemmers?.get(language);
      const stem = remembered ?? createStemmer(language);
      // Without stems kept between analyses, the token stems need no second memory: tokenStems
      // keeps one per normal form of the message (the text's and the subject's).
      const tokenStem = remembered ?? createStemmer(language, false);
      matched.push({ language, matchers: languageMatchers, stem, textStems: tokenStems(message.tokens, tokenStem) });
      subjectMatched.push({ language, matchers: languageMatchers, subjectStems: tokenStems(message.subjectTokens, tokenStem), exact: false });
    }
    // A detected language (the default) reads the subject in the other languages too, for phrases
    // of two words or more written as listed (core/phrases/languages.ts); languages the caller
    // names are all it reads.
    // A language whose phrases no two words of the subject begin, as written, could keep no hit: it
    // is neither stemmed nor matched.
    if (detecting && message.subjectTokens.length > 1) {
      const held = languagesWritten(phraseStarts, phraseLanguages.length, foldedNorms(message.subjectTokens));
      for (let index = 0; index < phraseLanguages.length; index++) {
        const language = phraseLanguages[index] as string;
        const languageMatchers = matchers.get(language);
        if (!languageMatchers || languages.includes(language) || held[index] !== 1) continue;
        const tokenStem = stemmers?.get(language) ?? createStemmer(language, false);
        subjectMatched.push({ language, matchers: languageMatchers, subjectStems: tokenStems(message.subjectTokens, tokenStem), exact: true });
      }
    }
    const scanEndRules = rulesOff.size === 0 ? SCAN_END_RULES : SCAN_END_RULES.filter((id) => !rulesOff.has(id));
    return { message, facts: createFacts({ message, lists, matched, subjectMatched, plainMatched, wholePlain: ownPhrases && !rulesOff.has(customPhrase.id) }), languages, phraseLanguages: { full, lures, detecting }, lists, rulesOff, scanEndRules };
  };

  return {
    context(input, options = {}) {
      return buildContext(parseMessage(input ?? {}, languageVotes), options.languages, rulesOffIn(options.rules));
    },
    analyze(input, options = {}) {
      const message = parseMessage(input ?? {}, languageVotes);
      const context = buildContext(message, options.languages, rulesOffIn(options.rules));
      const results: RuleResult[] = [];
      const localizer = localizerFor(options.locale);
      for (const rule of allRules) {
        const setting = settingFor(options.rules, rule.id);
        if (setting === 'off') continue;
        const weight =
          setting && typeof setting === 'object' && Number.isFinite(setting.points)
            ? setting.points
            : (fittedWeights.get(rule.id) ?? rule.weight);
        results.push({ rule, weight, hits: runRule(rule, context) });
      }
      const locate = (location: HitLocation | undefined): Location | undefined => locateInSource(message, location);
      return assembleReport({ findings: toFindings(results, locate, (rule, hit) => inWords(rule, hit, localizer), (count) => moreLikeIt(count, localizer)), threshold: options.threshold, stats: statsOf(context) });
    },
  };
}

const NONE_OFF: ReadonlySet<string> = new Set();

/** The ids of the rules the caller turned off (`'off'`, under a rule's id or an old one). */
function rulesOffIn(settings: AnalyzeOptions['rules']): ReadonlySet<string> {
  if (!settings) return NONE_OFF;
  const off = allRules.filter((rule) => settingFor(settings, rule.id) === 'off').map((rule) => rule.id);
  return off.length > 0 ? new Set(off) : NONE_OFF;
}

/**
 * A rule that throws must not cost the user the whole report: its failure becomes advice with
 * no points, and the rest of the report stands.
 */
function runRule(rule: Rule, context: RuleContext): RuleResult['hits'] {
  try {
    // Columns when the rule offers them: only the hits a report shows are built.
    return rule.hitColumns ? rule.hitColumns(context) : rule.check(context);
  } catch (error) {
    return [
      {
        message: `The rule \`${rule.id}\` could not check this message (${error instanceof Error ? error.message : String(error)}).`,
        suggestion: 'Please report this message shape to the spamrisk maintainers.',
        evidence: rule.id,
        strength: 0,
      },
    ];
  }
}

function locateInSource(message: Message, location: HitLocation | undefined): Location | undefined {
  // the text part's offsets are the report's `text` offsets (types.ts, Location): left as they are
  if (location?.in === 'text-part') return { in: 'text', start: location.start, end: location.end };
  if (!location || location.in !== 'text' || !message.isHtml) return location;
  const source = textToSource(message.segments, location.start, location.end);
  return source ? { in: 'html', start: source.start, end: source.end } : undefined;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The report's stats, read from the facts the rules read (core/types.ts says which), so a figure
 * in the stats is the one a finding beside it judged. A fact no rule has read is computed here only
 * when its stat needs it (the visible text always: `words` is its count).
 */
function statsOf({ message, facts }: RuleContext): Report['stats'] {
  const { pictures, pictureArea } = facts.images;
  const ratio = pictureArea > 0 ? charactersPer1000Px(facts.visibleText.englishCharacters, pictureArea) : null;
  const { links, words: proseWords } = facts.linkDensity;
  return {
    words: facts.visibleText.words,
    links,
    images: pictures.length,
    imageArea: pictureArea,
    textToImageRatio: ratio === null ? null : round(ratio, 3),
    linksPerWord: proseWords > 0 ? round(links / proseWords, 4) : links,
    htmlBytes: message.htmlBytes,
    language: message.language,
    ...(message.clip ? { clippedAtByte: message.clip.byte } : {}),
  };
}
