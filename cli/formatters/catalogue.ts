/** The content rules as the formatters describe them, and which of them say the check was partial. */
import { rules as allRules } from '../../core/index.ts';
import { ruleDocsUrl } from '../package-info.ts';
import type { RuleCatalogue } from './format.ts';

/** `spamrisk check`'s rules: the content rules, each documented in docs/rules/<id>.md. */
export const CONTENT_CATALOGUE: RuleCatalogue = { rules: allRules, docsUrl: ruleDocsUrl };

/**
 * The ids of the catalogue's rules whose findings say the check was partial (`Rule.partialCheck`):
 * a formatter that leaves advice out shows these always, since a partial check must not pass for a
 * whole one.
 */
export function partialCheckRules(catalogue: RuleCatalogue = CONTENT_CATALOGUE): ReadonlySet<string> {
  return new Set(catalogue.rules.filter((rule) => rule.partialCheck === true).map((rule) => rule.id));
}
