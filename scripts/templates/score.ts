/**
 * Scores the rendered templates with the public analyze(), as a user pasting them would (HTML only, no
 * subject or headers: the same input `npm run eval` gives an .html file). Shared by
 * `npm run eval:templates` and test/templates/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, DEFAULT_THRESHOLD, rules, type AnalyzeOptions, type Report } from '../../core/index.ts';
import { languageOf, packageOf, readTemplateManifest, type TemplateRow } from './manifest.ts';
import { neutralisePlaceholders } from './placeholders.ts';

export interface ScoredTemplate {
  readonly row: TemplateRow;
  readonly lang: string;
  readonly packageName: string;
  readonly report: Report;
  /** the score with every placeholder neutralised; null for templates without placeholders */
  readonly withoutPlaceholders: Report | null;
}

/**
 * `fitted`: the weights users get (core/score/weights.ts). `defaults`: every rule at its own default
 * points, as a fit that keeps its priors would start from (issue #11, item 1).
 */
export type Weights = 'fitted' | 'defaults';

export function scoreTemplates(folder: string, threshold = DEFAULT_THRESHOLD, weights: Weights = 'fitted'): ScoredTemplate[] {
  const options: AnalyzeOptions = {
    threshold,
    ...(weights === 'defaults' ? { rules: Object.fromEntries(rules.map((rule) => [rule.id, { points: rule.weight }])) } : {}),
  };
  return readTemplateManifest(folder).map((row) => {
    const html = readFileSync(join(folder, row.file), 'utf8');
    const report = analyze({ html }, options);
    return {
      row,
      lang: languageOf(row),
      packageName: packageOf(row),
      report,
      withoutPlaceholders: row.hasPlaceholders ? analyze({ html: neutralisePlaceholders(html) }, options) : null,
    };
  });
}

/**
 * Points the placeholder text adds: the score minus the score of the neutralised copy (0 without
 * placeholders). A template is flagged "because of placeholders" when this crosses the threshold.
 */
export function placeholderPoints(template: ScoredTemplate): number {
  return template.withoutPlaceholders === null ? 0 : Math.round((template.report.score - template.withoutPlaceholders.score) * 10) / 10;
}

/** `pt-BR` → `pt`, `en-GB` → `en`: the ISO 639-1 code the analyzer reports. */
export function baseLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}
