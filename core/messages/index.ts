/**
 * Finding messages in the user's language (DESIGN §2 `locale`). English lives in each rule file,
 * next to the code that fills it in (`messages`, like ESLint's `meta.messages`); the other
 * languages are data: `core/messages/<lang>/<family>.ts`, keyed `<rule-id>/<message-id>`, joined by
 * `core/messages/<lang>/index.ts`. A key a catalogue lacks, or a translation that does not parse,
 * falls back to the rule's English; test/messages/catalogues.test.ts fails on either.
 */
import de from './de/index.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import { DEFAULT_NUMBER_STYLE, parseMessage, renderMessage, type Formatters, type MessageData, type MessageNode, type NumberStyle } from './format.ts';

export { parseMessage, argumentsOf, MessageSyntaxError, type MessageData, type MessageReference, type MessageValue } from './format.ts';

/** One language's translations: `<rule-id>/<message-id>` → template. */
export type Catalogue = Readonly<Record<string, string>>;

/** The languages findings can be written in; English is the rules' own text. */
export const MESSAGE_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const CATALOGUES: Catalogues = { fr, de, es };

/** The key of a rule's message in a catalogue. */
export function messageKey(ruleId: string, messageId: string): string {
  return `${ruleId}/${messageId}`;
}

/** A locale tag's language if we have it (`fr-CA` → `fr`), else English; the tag itself still formats numbers. */
export function resolveLocale(locale: string | undefined): { language: MessageLanguage; tag: string } {
  if (locale === undefined) return { language: 'en', tag: 'en' };
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return { language: 'en', tag: 'en' };
  }
  const language = tag.split('-')[0]?.toLowerCase() ?? 'en';
  return (MESSAGE_LANGUAGES as readonly string[]).includes(language) ? { language: language as MessageLanguage, tag } : { language: 'en', tag: 'en' };
}

/**
 * Whether a locale option names a language findings can be written in (core/validate.ts): a
 * well-formed BCP 47 tag whose language is one of MESSAGE_LANGUAGES (`fr`, `fr-CA`, `es-419`).
 * Any other tag is a wrong call (DESIGN §2): the caller maps an unsupported UI language to `'en'`.
 */
export function isLocaleTag(locale: string): boolean {
  try {
    const [tag] = Intl.getCanonicalLocales(locale);
    const language = tag?.split('-')[0]?.toLowerCase();
    return language !== undefined && (MESSAGE_LANGUAGES as readonly string[]).includes(language);
  } catch {
    return false;
  }
}

/** What a rule offers a localizer: its id and its English templates. */
export interface MessageSource {
  readonly id: string;
  readonly messages?: Readonly<Record<string, string>>;
}

export interface Localizer {
  /** the language findings are written in */
  readonly language: MessageLanguage;
  /** a rule's message in this language (its English when untranslated); `{id}` when the rule has no such message */
  text(rule: MessageSource, messageId: string, data?: MessageData): string;
}

function parsed(template: string | undefined): MessageNode[] | null {
  if (template === undefined) return null;
  try {
    return parseMessage(template);
  } catch {
    return null;
  }
}

/** The translations a localizer reads: the findings' (CATALOGUES) unless told otherwise (explain()'s are core/messages/explain/). */
export type Catalogues = Readonly<Record<Exclude<MessageLanguage, 'en'>, Catalogue>>;

/**
 * Tags whose numbers are written in ASCII digits without grouping below 1000 (their default
 * numbering system is `latn`): a whole number there is its `String`, no `Intl` call needed.
 */
const LATIN_DIGIT_TAGS: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es']);

/**
 * A whole number `Intl.NumberFormat` would write as `String(value)` in a LATIN_DIGIT_TAGS locale
 * with this style: no percent, no forced decimals, and below 1000 or without grouping (-0 is
 * "-0" there, "0" here: left to Intl).
 */
function isPlainInteger(value: number, style: NumberStyle): boolean {
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return false;
  if (style.style !== undefined || (style.minimumFractionDigits ?? 0) > 0) return false;
  return value < 1000 || style.useGrouping === false;
}

/** A template of a rule in one language: its translation when the catalogue has one that parses, else its English. */
function templateOf(rule: MessageSource, messageId: string, catalogue: Catalogue | null): MessageNode[] | null {
  const key = messageKey(rule.id, messageId);
  const english = rule.messages && Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
  const translated = english !== undefined && catalogue && Object.hasOwn(catalogue, key) ? parsed(catalogue[key]) : null;
  return translated ?? parsed(english);
}

/** Every template of some rules in one language, parsed once and never changed (`prepareTemplates`). */
export interface PreparedTemplates {
  readonly language: MessageLanguage;
  readonly templates: ReadonlyMap<MessageSource, ReadonlyMap<string, MessageNode[] | null>>;
  /**
   * The `Intl` objects of the locale tag they were prepared for, built at once (an `Intl`
   * constructor costs more than most reports' formatting; they never change once built): the
   * plural rules, the list format and a number format for every style the templates use.
   */
  readonly tag: string;
  readonly pluralRules: Intl.PluralRules;
  readonly listFormat: Intl.ListFormat;
  readonly numberFormats: ReadonlyMap<string, Intl.NumberFormat>;
}

/** The key of a number style among a localizer's formats. */
function styleKey(style: NumberStyle): string {
  return `${style.style ?? ''}/${style.minimumFractionDigits ?? ''}/${style.maximumFractionDigits ?? ''}/${String(style.useGrouping ?? '')}`;
}

/** Every number style some templates use. */
function numberStyles(nodes: readonly MessageNode[], into: NumberStyle[]): NumberStyle[] {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.kind === 'number') into.push(node.style);
    else if (node.kind === 'plural' || node.kind === 'select') for (const option of node.options.values()) numberStyles(option, into);
  }
  return into;
}

/**
 * Parses every message of `sources` in a locale's language now, for an analyzer that keeps no
 * localizers (the immutable one behind analyze()): each report then parses none of them again.
 * Parsing the templates a report used cost about a tenth of analysing the dev corpus.
 */
export function prepareTemplates(sources: readonly MessageSource[], locale?: string, catalogues: Catalogues = CATALOGUES): PreparedTemplates {
  const { language, tag } = resolveLocale(locale);
  const catalogue: Catalogue | null = language === 'en' ? null : catalogues[language];
  const templates = new Map<MessageSource, ReadonlyMap<string, MessageNode[] | null>>();
  const styles: NumberStyle[] = [DEFAULT_NUMBER_STYLE];
  for (const source of sources) {
    const ofSource = new Map<string, MessageNode[] | null>();
    for (const messageId of Object.keys(source.messages ?? {})) {
      const nodes = templateOf(source, messageId, catalogue);
      ofSource.set(messageId, nodes);
      if (nodes) numberStyles(nodes, styles);
    }
    templates.set(source, ofSource);
  }
  const numberFormats = new Map<string, Intl.NumberFormat>();
  for (const style of styles) if (!numberFormats.has(styleKey(style))) numberFormats.set(styleKey(style), new Intl.NumberFormat(tag, style));
  return {
    language,
    templates,
    tag,
    pluralRules: new Intl.PluralRules(tag),
    listFormat: new Intl.ListFormat(tag, { type: 'conjunction' }),
    numberFormats,
  };
}

/**
 * A localizer for one report: it keeps its number formats and plural rules for the report's
 * lifetime (building an `Intl` object costs more than formatting with it), nothing longer.
 * `prepared` templates, when they are in this locale's language, are read instead of parsed.
 */
export function createLocalizer(locale?: string, catalogues: Catalogues = CATALOGUES, prepared?: PreparedTemplates): Localizer {
  const { language, tag } = resolveLocale(locale);
  const catalogue: Catalogue | null = language === 'en' ? null : catalogues[language];
  const preparedTemplates = prepared?.language === language ? prepared.templates : null;
  const preparedIntl = prepared?.tag === tag ? prepared : null;
  const latinDigits = LATIN_DIGIT_TAGS.has(tag);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  let defaultFormat: Intl.NumberFormat | null = preparedIntl?.numberFormats.get(styleKey(DEFAULT_NUMBER_STYLE)) ?? null;
  let pluralRules: Intl.PluralRules | null = preparedIntl?.pluralRules ?? null;
  const plurals = new Map<number, Intl.LDMLPluralRule>();
  let listFormat: Intl.ListFormat | null = preparedIntl?.listFormat ?? null;

  // Parsed once per report: a rule may report thousands of hits with the same two templates.
  // Keyed by the rule, then the message id (no key string built per lookup).
  const templates = new Map<MessageSource, Map<string, MessageNode[] | null>>();
  const template = (rule: MessageSource, messageId: string): MessageNode[] | null => {
    const ready = preparedTemplates?.get(rule)?.get(messageId);
    if (ready !== undefined) return ready;
    let ofRule = templates.get(rule);
    if (!ofRule) templates.set(rule, (ofRule = new Map()));
    const known = ofRule.get(messageId);
    if (known !== undefined) return known;
    const nodes = templateOf(rule, messageId, catalogue);
    ofRule.set(messageId, nodes);
    return nodes;
  };

  const number = (value: number, style: NumberStyle): string => {
    if (latinDigits && isPlainInteger(value, style)) return String(value);
    if (style === DEFAULT_NUMBER_STYLE) return (defaultFormat ??= new Intl.NumberFormat(tag, style)).format(value);
    const key = styleKey(style);
    let format = preparedIntl?.numberFormats.get(key) ?? numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, style);
      numberFormats.set(key, format);
    }
    return format.format(value);
  };
  const plural = (value: number): Intl.LDMLPluralRule => {
    let category = plurals.get(value);
    if (category === undefined) {
      // An analyzer keeps its localizers: bound what one remembers of an open set of numbers.
      if (plurals.size >= 1024) plurals.clear();
      pluralRules ??= new Intl.PluralRules(tag);
      plurals.set(value, (category = pluralRules.select(value)));
    }
    return category;
  };
  const list = (items: readonly string[]): string => {
    listFormat ??= new Intl.ListFormat(tag, { type: 'conjunction' });
    return listFormat.format(items);
  };
  // One set of formatters per rule (what `lookup` reads), not one per message rendered.
  const formatters = new Map<MessageSource, Formatters>();
  const formattersFor = (rule: MessageSource): Formatters => {
    let found = formatters.get(rule);
    if (!found) formatters.set(rule, (found = { number, plural, list, lookup: (messageId: string) => template(rule, messageId) }));
    return found;
  };

  return {
    language,
    text(rule, messageId, data = {}) {
      const nodes = template(rule, messageId);
      return nodes ? renderMessage(nodes, data, formattersFor(rule)) : `{${messageId}}`;
    },
  };
}

/**
 * The report's own words, not a rule's: English here, translations in `core/messages/<lang>/report.ts`
 * (bundled with the findings' catalogues, since analyze() writes them).
 */
export const REPORT_MESSAGES = {
  id: 'report',
  messages: {
    /** after the last finding a rule shows when it had more hits than it shows (core/score/score.ts) */
    'more-like-it': '(and {count, number, ::group-off} more like it, counted here)',
  },
} as const satisfies MessageSource;

/**
 * "(and 3 more like it, counted here)" in a report's language: what the last finding a rule shows
 * adds when the rule's other `count` hits are folded into it. Give the report's localizer (one per
 * report, so its `Intl` objects are reused), or a locale tag (`'fr'`, `'fr-CA'`; default English).
 * English is what core/score/score.ts writes today, byte for byte; the caller puts a space before it.
 */
export function moreLikeIt(count: number, locale?: string | Localizer): string {
  const localizer = typeof locale === 'object' ? locale : createLocalizer(locale);
  return localizer.text(REPORT_MESSAGES, 'more-like-it', { count });
}
