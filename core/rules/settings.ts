/**
 * What a caller may set for a rule (`options.rules` of analyze(), `rules` of spamrisk.config.json):
 * the ids it may name (every rule's, and the old ids of renamed rules, core/rules/renamed.json), the
 * nearest id to a mistyped one, and the points it may give. One home, so that the API and the
 * CLI's config accept and refuse the same settings.
 */
import { suggest } from '../text/suggest.ts';
import type { RuleSetting } from '../types.ts';
import { rules as allRules } from './index.ts';
import renamed from './renamed.json' with { type: 'json' };

/** A rule as a setting sees it: its id, and its default points (negative for a reassuring rule). */
export interface KnownRule {
  readonly id: string;
  readonly weight: number;
}

/**
 * The source repository, package.json's `repository` (test/rules/meta.test.ts holds them equal):
 * core/ reads no files, so errors that point at the documentation name it from here.
 */
export const REPOSITORY = 'https://github.com/spamrisk/spamrisk';

/** Where every rule's page is (docs/rules/<id>.md; the folder is not in the npm package). */
export const RULE_DOCS = `${REPOSITORY}/tree/main/docs/rules`;

/** Old id → current id: configs written before a rename keep working (STYLE §2). */
export const RENAMED_RULES: ReadonlyMap<string, string> = new Map(Object.entries((renamed as { renamed: Record<string, string> }).renamed));

/** The old ids of each current rule, from a map of old id → current id. */
export function oldIdsOf(renamed: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const [old, current] of renamed) map.set(current, [...(map.get(current) ?? []), old]);
  return map;
}

const OLD_IDS = oldIdsOf(RENAMED_RULES);

/** The caller's setting for a rule: under its id, else under one of its old ids (`oldIds`, renamed.json's by default). */
export function settingFor(settings: Readonly<Record<string, RuleSetting>> | undefined, id: string, oldIds: ReadonlyMap<string, readonly string[]> = OLD_IDS): RuleSetting | undefined {
  if (!settings) return undefined;
  if (Object.hasOwn(settings, id)) return settings[id];
  for (const old of oldIds.get(id) ?? []) if (Object.hasOwn(settings, old)) return settings[old];
  return undefined;
}

/** Every id a setting may name: the rules', then the old ids of renamed rules (with the current rule's default points). */
export const KNOWN_RULES: readonly KnownRule[] = Object.freeze([
  ...allRules.map((rule) => ({ id: rule.id, weight: rule.weight })),
  ...[...RENAMED_RULES].flatMap(([old, current]) => {
    const rule = allRules.find((candidate) => candidate.id === current);
    return rule ? [{ id: old, weight: rule.weight }] : [];
  }),
]);

/**
 * The current id a mistyped one was probably meant to be (`link-shortner` → `link-shortener`), if
 * one is close. A near old id of a renamed rule gives the rule's current id: the suggestion is what
 * to write now.
 */
export function nearestRuleId(id: string, known: readonly KnownRule[] = KNOWN_RULES, renamed: ReadonlyMap<string, string> = RENAMED_RULES): string | undefined {
  const near = suggest(
    id,
    known.map((rule) => rule.id),
  );
  return near === undefined ? undefined : (renamed.get(near) ?? near);
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
