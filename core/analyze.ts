/**
 * The content analyzer: parse once, match the wordlists once, run every rule over the shared
 * context, score. `createAnalyzer` builds the wordlist tries and sets once; `analyze` keeps one
 * analyzer per distinct phrase configuration so that a live editor re-scoring on every pause
 * never rebuilds them.
 */
import { freemailDomains, languagePacks, openRedirectors, suspiciousTlds, urlShorteners } from './data/index.ts';
import { createFacts } from './facts/index.ts';
import { optOutVocabulary } from './facts/opt-out.ts';
import { indexRedirectors } from './links/redirectors.ts';
import { textToSource } from './message/locate.ts';
import type { Message } from './message/message.ts';
import { parseMessage } from './message/parse.ts';
import type { LanguageMatchers, MatchedLanguage } from './phrases/languages.ts';
import { createPhraseMatcher, type PhraseDefinition } from './phrases/matcher.ts';
import { rules as allRules } from './rules/index.ts';
import type { Lists, Rule, RuleContext } from './rules/rule.ts';
import { fittedWeights } from './score/weights.ts';
import { assembleReport } from './report/report.ts';
import { toFindings, type RuleResult } from './score/score.ts';
import { createStemmer, STEMMED_LANGUAGES } from './text/stem.ts';
import renamed from './rules/renamed.json' with { type: 'json' };
import type { AnalyzeOptions, EmailInput, Location, Report, RuleSetting } from './types.ts';

const DEFAULT_LANGUAGE = 'en';

export interface Analyzer {
  analyze(input: EmailInput, options?: Pick<AnalyzeOptions, 'rules' | 'threshold' | 'languages'>): Report;
  /** the context rules see, for tools that inspect rule hits (evaluation, weight fitting) */
  context(input: EmailInput, options?: Pick<AnalyzeOptions, 'languages'>): RuleContext;
}

function buildLists(): Lists {
  return {
    shorteners: new Set(urlShorteners),
    redirectors: indexRedirectors(openRedirectors),
    freemail: new Set(freemailDomains),
    suspiciousTlds: new Map(suspiciousTlds.map((entry) => [entry.tld, entry.sureness])),
    optOut: optOutVocabulary(languagePacks.values()),
  };
}

function customDefinitions(phrases: AnalyzeOptions['phrases'], language: string): PhraseDefinition[] {
  return (phrases?.add ?? []).flatMap((entry: string | { phrase: string; points?: number }) => {
    const phrase = typeof entry === 'string' ? entry : entry?.phrase;
    if (typeof phrase !== 'string' || phrase.trim() === '') return [];
    const points = typeof entry === 'string' ? undefined : entry.points;
    // A custom phrase's sureness is its points relative to a standard (1-point) trigger.
    const sureness = typeof points === 'number' && Number.isFinite(points) ? Math.max(0, Math.min(points, 5)) : 1;
    return [{ phrase, category: 'custom', sureness, language }];
  });
}

/** What an analyzer is built with. */
export interface AnalyzerOptions {
  /** the user's own trigger phrases and the words they allow (AnalyzeOptions.phrases) */
  readonly phrases?: AnalyzeOptions['phrases'];
}

export function createAnalyzer({ phrases }: AnalyzerOptions = {}): Analyzer {
  const lists = buildLists();
  const matchers = new Map<string, LanguageMatchers>();

  const matchersFor = (language: string): LanguageMatchers | null => {
    const cached = matchers.get(language);
    if (cached) return cached;
    const pack = languagePacks.get(language);
    if (!pack && !STEMMED_LANGUAGES.includes(language)) return null;
    const stem = createStemmer(language);
    const triggerDefinitions: PhraseDefinition[] = [
      ...(pack?.phrases ?? []).map((entry) => ({ ...entry, language })),
      ...customDefinitions(phrases, language),
    ];
    const allowList = (phrases?.allow ?? []).filter((word): word is string => typeof word === 'string' && word.trim() !== '');
    const built: LanguageMatchers = {
      language,
      triggers: createPhraseMatcher(language, triggerDefinitions, stem),
      unsubscribe: createPhraseMatcher(
        language,
        (pack?.unsubscribe ?? []).map((phrase) => ({ phrase, category: 'unsubscribe', sureness: 1, language })),
        stem,
      ),
      allow: allowList.length
        ? createPhraseMatcher(language, allowList.map((phrase) => ({ phrase, category: 'allow', sureness: 1, language })), stem)
        : null,
    };
    matchers.set(language, built);
    return built;
  };

  const languagesFor = (message: Message, requested: readonly string[] | undefined): string[] => {
    const wanted = requested?.length ? requested : [message.language, DEFAULT_LANGUAGE];
    return [...new Set(wanted.map((code) => String(code).toLowerCase()))].filter((code) => matchersFor(code) !== null);
  };

  const buildContext = (message: Message, requested: readonly string[] | undefined): RuleContext => {
    const languages = languagesFor(message, requested);
    const matched: MatchedLanguage[] = [];
    for (const language of languages) {
      const matchers = matchersFor(language);
      if (!matchers) continue;
      matched.push({
        language,
        matchers,
        textStems: new Array<string | undefined>(message.tokens.length),
        subjectStems: new Array<string | undefined>(message.subjectTokens.length),
      });
    }
    return { message, facts: createFacts({ message, lists, matched }), languages, lists };
  };

  return {
    context(input, options = {}) {
      return buildContext(parseMessage(input ?? {}), options.languages);
    },
    analyze(input, options = {}) {
      const message = parseMessage(input ?? {});
      const context = buildContext(message, options.languages);
      const results: RuleResult[] = [];
      for (const rule of allRules) {
        const setting = settingFor(options.rules, rule.id);
        if (setting === 'off') continue;
        const weight =
          setting && typeof setting === 'object' && Number.isFinite(setting.points)
            ? setting.points
            : (fittedWeights.get(rule.id) ?? rule.weight);
        results.push({ rule, weight, hits: runRule(rule, context) });
      }
      const locate = (location: Location | undefined): Location | undefined => locateInSource(message, location);
      return assembleReport({ findings: toFindings(results, locate), threshold: options.threshold, stats: statsOf(message) });
    },
  };
}

/** Old ids of each rule (core/rules/renamed.json), so configs written before a rename keep working. */
const OLD_IDS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [old, current] of Object.entries(renamed.renamed as Record<string, string>)) map.set(current, [...(map.get(current) ?? []), old]);
  return map;
})();

function settingFor(settings: AnalyzeOptions['rules'], id: string): RuleSetting | undefined {
  if (!settings) return undefined;
  if (Object.hasOwn(settings, id)) return settings[id];
  for (const old of OLD_IDS.get(id) ?? []) if (Object.hasOwn(settings, old)) return settings[old];
  return undefined;
}

/**
 * A rule that throws must not cost the user the whole report: its failure becomes advice with
 * no points, and the rest of the report stands.
 */
function runRule(rule: Rule, context: RuleContext) {
  try {
    return rule.check(context);
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

function locateInSource(message: Message, location: Location | undefined): Location | undefined {
  if (!location || location.in !== 'text' || !message.isHtml) return location;
  const source = textToSource(message.segments, location.start, location.end);
  return source ? { in: 'html', start: source.start, end: source.end } : undefined;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function statsOf(message: Message): Report['stats'] {
  const imageArea = message.images.reduce(
    (sum, image) => sum + (image.width !== null && image.height !== null ? Math.max(0, image.width) * Math.max(0, image.height) : 0),
    0,
  );
  const visibleChars = message.text.replace(/\s+/g, '').length;
  return {
    words: message.visibleWords,
    links: message.links.length,
    images: message.images.length,
    imageArea,
    textToImageRatio: imageArea > 0 ? round(visibleChars / (imageArea / 1000), 3) : null,
    linksPerWord: message.visibleWords > 0 ? round(message.links.length / message.visibleWords, 4) : message.links.length,
    htmlBytes: message.htmlBytes,
    language: message.language,
    ...(message.clip ? { clippedAtByte: message.clip.byte } : {}),
  };
}
