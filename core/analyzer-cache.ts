/**
 * An analyzer kept while the phrase settings stay the same, for a caller that scores one input
 * after another with options that rarely change (the extension's background, the CLI's threads).
 * An analyzer one owns remembers word stems between analyses, and its tries are built once per
 * phrase settings, where `analyze()` keeps no memory and builds them on every call when there are
 * phrases of one's own. The cache lives in the returned function's closure, so the caller owns it
 * (core/ keeps no module state); it is not part of the package's API.
 */
import { createAnalyzer } from './index.ts';
import type { Analyzer, AnalyzerOptions } from './analyze.ts';
import type { AnalyzeOptions, EmailInput, Report } from './types.ts';

/** Scores one input with the analyzer for `options.phrases`, built on first use and whenever they change. */
export type CachedAnalyze = (input: EmailInput, options: AnalyzeOptions) => Report;

export function analyzerCache(create: (options: Partial<AnalyzerOptions>) => Analyzer = createAnalyzer): CachedAnalyze {
  let owned: { key: string; analyzer: Analyzer } | null = null;
  return (input, { phrases, ...callOptions }) => {
    const key = JSON.stringify(phrases ?? null);
    if (owned?.key !== key) owned = { key, analyzer: create(phrases ? { phrases } : {}) };
    // Its phrases are its own, given when it was built; a call with them again is refused.
    return owned.analyzer.analyze(input, callOptions);
  };
}
