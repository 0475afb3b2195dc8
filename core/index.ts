/**
 * spamrisk's public API (DESIGN §2): pure functions that run the same in Node, in the extension and
 * in a worker.
 */
import { createAnalyzer, type Analyzer } from './analyze.ts';
import { analyzeEmailWith, type RawEmail } from './email.ts';
import { explainWith, type ExplainInput, type ExplainOptions } from './explain/index.ts';
import type { AnalyzeOptions, EmailInput, Report } from './types.ts';
import { checkAnalyzeOptions, checkEmailInput } from './validate.ts';

export type * from './types.ts';
export { createAnalyzer, DEFAULT_THRESHOLD, type Analyzer } from './analyze.ts';
export { EmailParseError, emailToInput, type RawEmail } from './email.ts';
export { rules } from './rules/index.ts';

/** How many phrase configurations keep their built tries; a live editor uses one or two. */
const KEEP_ANALYZERS = 8;
const analyzers = new Map<string, Analyzer>();

/** The analyzer for a phrase configuration, built once and reused (its tries are the costly part). */
function analyzerFor(options: AnalyzeOptions | undefined): Analyzer {
  let key: string;
  try {
    key = JSON.stringify(options?.phrases ?? null);
  } catch {
    return createAnalyzer(options?.phrases); // not serialisable (a cycle): build one, cache nothing
  }
  let analyzer = analyzers.get(key);
  if (analyzer) {
    analyzers.delete(key);
  } else {
    analyzer = createAnalyzer(options?.phrases);
    if (analyzers.size >= KEEP_ANALYZERS) analyzers.delete(analyzers.keys().next().value as string);
  }
  analyzers.set(key, analyzer);
  return analyzer;
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
