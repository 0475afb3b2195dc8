/**
 * spamrisk's public API (DESIGN §2): pure functions that run the same in Node, in the extension and
 * in a worker.
 */
import { createAnalyzer as createAnalyzerOf, languagesRead, type Analyzer, type AnalyzerOptions } from './analyze.ts';
import { defaultData } from './data/index.ts';
import { analyzeEmailWith, type RawEmail } from './email.ts';
import { explainWith, type ExplainInput, type ExplainOptions } from './explain/index.ts';
import type { AnalyzeOptions, EmailInput, Report } from './types.ts';
import { checkAnalyzeOptions, checkAnalyzerCallOptions, checkAnalyzerOptions, checkEmailInput } from './validate.ts';

export type * from './types.ts';
export type { Analyzer, AnalyzerOptions } from './analyze.ts';
export type { AnalyzerData, LanguagePack } from './data/types.ts';
export { assembleReport, DEFAULT_THRESHOLD, EMPTY_STATS, levelOf, mediumFrom, shorten, thresholdOf, type ReportParts } from './report/report.ts';
export { EmailParseError, emailToInput, type RawEmail } from './email.ts';
export { rules } from './rules/index.ts';

/**
 * An analyzer you own: build it once (with your phrases, or with only the languages you ship as
 * `data`) and reuse it: it remembers the stems of the words it has seen, so a live editor or a
 * batch of files pays for stemming once per word. The default data is every language and list in
 * wordlists/.
 */
export function createAnalyzer(options: Partial<AnalyzerOptions> = {}): Analyzer {
  checkAnalyzerOptions(options, 'createAnalyzer()');
  const data = options.data ?? defaultData;
  const analyzer = createAnalyzerOf({ ...options, data });
  // Its calls are checked as analyze()'s are, against the languages of its own data; phrases are
  // refused there, since they are the analyzer's own, given here.
  const languages = languagesRead(data, options.phrases);
  return {
    analyze(input, analyzeOptions) {
      checkEmailInput(input, 'analyzer.analyze()');
      checkAnalyzerCallOptions(analyzeOptions, 'analyzer.analyze()', languages);
      return analyzer.analyze(input, analyzeOptions);
    },
    context(input, contextOptions) {
      checkEmailInput(input, 'analyzer.context()');
      checkAnalyzerCallOptions(contextOptions, 'analyzer.context()', languages);
      return analyzer.context(input, contextOptions);
    },
  };
}

/**
 * The analyzer behind `analyze()` when no phrases of one's own are given, built once, here, at
 * import, and immutable (tries and sets only; it remembers no stems, each analysis keeps its own
 * stems and facts), so it is no module state. Built lazily it would be state that changes on
 * first use; built per call it would cost every keystroke of a live editor its build: about 2–6 ms
 * with the phrase stems precomputed by the wordlist build, against 30–100 ms when every phrase
 * was stemmed here (`npm run bench` prints it as "createAnalyzer()"). What it gives up is the
 * stem memory of an analyzer you own (`npm run bench` prints both).
 */
const DEFAULT_ANALYZER = createAnalyzerOf({ data: defaultData, rememberStems: false });

/** The user's own phrases need their own tries; without them the default analyzer serves. */
function analyzerFor(options: AnalyzeOptions | undefined): Analyzer {
  const phrases = options?.phrases;
  const own = (Array.isArray(phrases?.add) && phrases.add.length > 0) || (Array.isArray(phrases?.allow) && phrases.allow.length > 0);
  // Checked by the caller (analyze(), analyzeEmail()) already.
  return own ? createAnalyzerOf({ data: defaultData, phrases }) : DEFAULT_ANALYZER;
}

/** Scores an email's content. Pure and synchronous: the same input and options give the same report. */
export function analyze(input: EmailInput, options?: AnalyzeOptions): Report {
  checkEmailInput(input, 'analyze()');
  checkAnalyzeOptions(options, 'analyze()');
  return analyzerFor(options).analyze(input, options);
}

/** Parses a raw .eml (string or bytes) with postal-mime, then scores it with its subject, headers and parts. */
export async function analyzeEmail(raw: RawEmail, options?: AnalyzeOptions): Promise<Report> {
  checkAnalyzeOptions(options, 'analyzeEmail()');
  return analyzeEmailWith(analyzerFor(options), raw, options);
}

/** A bounce or a message's headers → causes and fixes; a returned message is content-checked by `analyze`. */
export function explain(input: ExplainInput, options?: ExplainOptions): Report {
  return explainWith(analyze, input, options);
}
export { EXPLAIN_POINTS, type ExplainInput, type ExplainOptions } from './explain/index.ts';
export {
  checkDomain,
  inspectDomain,
  domainReport,
  DnsLookupError,
  DomainCheckError,
  type DnsResolver,
  type DomainCheckOptions,
} from './dns-records/index.ts';
export { checkRecipients, recipientFindings, suggestDomain, type RecipientOptions } from './recipients/index.ts';
