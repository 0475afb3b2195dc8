/**
 * What a caller may set for a rule (`options.rules` of analyze(), `rules` of spamrisk.config.json):
 * the ids it may name (every rule's, and the old ids of renamed rules, core/rules/renamed.json), the
 * nearest id to a mistyped one, and the points it may give. One home, so that the API and the
 * CLI's config accept and refuse the same settings.
 */
import { suggest } from '../text/suggest.ts';
import { rules as allRules } from './index.ts';
import renamed from './renamed.json' with { type: 'json' };

/** A rule as a setting sees it: its id, and its default points (negative for a reassuring rule). */
export interface KnownRule {
  readonly id: string;
  readonly weight: number;
}

/** Old id → current id: configs written before a rename keep working (STYLE §2). */
export const RENAMED_RULES: ReadonlyMap<string, string> = new Map(Object.entries((renamed as { renamed: Record<string, string> }).renamed));

/** Every id a setting may name: the rules', then the old ids of renamed rules (with the current rule's default points). */
export const KNOWN_RULES: readonly KnownRule[] = Object.freeze([
  ...allRules.map((rule) => ({ id: rule.id, weight: rule.weight })),
  ...[...RENAMED_RULES].flatMap(([old, current]) => {
    const rule = allRules.find((candidate) => candidate.id === current);
    return rule ? [{ id: old, weight: rule.weight }] : [];
  }),
]);

/** The known id a mistyped one was probably meant to be (`link-shortner` → `link-shortener`), if one is close. */
export function nearestRuleId(id: string, known: readonly KnownRule[] = KNOWN_RULES): string | undefined {
  return suggest(
    id,
    known.map((rule) => rule.id),
  );
}

/**
 * Why `points` cannot be given to `rule`, or null: 0 or more for a risk signal, so that a setting
 * cannot turn a risk into a bonus that hides other findings ('off' is the way to silence a rule);
 * 0 or less for a reassuring rule (negative default), as the fitted weights are
 * (core/score/weights.ts). `rule` undefined (an unknown id) is held to the risk signals' rule.
 */
export function pointsProblem(rule: KnownRule | undefined, points: number): string | null {
  if (rule && rule.weight < 0) return points > 0 ? `points must be 0 or less for a reassuring rule (default ${rule.weight}), got ${points}` : null;
  return points < 0 ? `points must be 0 or more, got ${points} (negative points would lower the score of every template; use "off" to turn the rule off)` : null;
}
