/**
 * Turns rule hits into points, a score and a level (DESIGN §1 "score"). Every point in the score
 * comes from a finding. A rule's points are `weight × min(strength, cap)`, shared among its hits in
 * proportion to their strength, so a word repeated fifty times counts as often as the cap allows.
 */
import type { Rule, RuleHit } from '../rules/rule.ts';
import type { Finding, Level, Location } from '../types.ts';

/** At most this many findings of one rule are listed; the cap already bounds their points. */
const MAX_FINDINGS_PER_RULE = 20;

export interface RuleResult {
  readonly rule: Rule;
  readonly weight: number;
  readonly hits: readonly RuleHit[];
}

export function levelOf(score: number, threshold: number): Level {
  if (score >= threshold) return 'high';
  if (score >= threshold / 2) return 'medium';
  return 'low';
}

/** Total strength a rule counts: the sum of its hits' strengths, capped. */
export function ruleStrength(rule: Rule, hits: readonly RuleHit[]): number {
  const total = hits.reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
  return Math.min(total, rule.cap);
}

/** Points in tenths, as integers, so that the score is exactly the sum of the findings' points. */
function tenths(value: number): number {
  return Math.round(value * 10);
}

export function toFindings(
  results: readonly RuleResult[],
  locate: (location: Location | undefined) => Location | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, weight, hits } of results) {
    if (hits.length === 0) continue;
    const total = hits.reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
    const counted = Math.min(total, rule.cap);
    const rulePoints = tenths(weight * counted);
    // Largest-remainder apportionment keeps the findings' tenths summing to the rule's tenths.
    const shares = hits.map((hit) => (total > 0 ? (rulePoints * (hit.strength ?? 1)) / total : 0));
    const floors = shares.map((share) => Math.trunc(share));
    let remainder = rulePoints - floors.reduce((a, b) => a + b, 0);
    const order = shares.map((share, index) => ({ index, frac: Math.abs(share - Math.trunc(share)) })).sort((a, b) => b.frac - a.frac || a.index - b.index);
    for (const { index } of order) {
      if (remainder === 0) break;
      const step = Math.sign(remainder);
      floors[index] = (floors[index] ?? 0) + step;
      remainder -= step;
    }
    const ruleFindings: Finding[] = hits.map((hit, index) => {
      const location = locate(hit.location);
      return {
        rule: rule.id,
        category: rule.category,
        points: (floors[index] ?? 0) / 10,
        message: hit.message,
        suggestion: hit.suggestion,
        evidence: hit.evidence,
        ...(location ? { location } : {}),
      };
    });
    // Keep the heaviest findings of the rule and fold the points of the rest into the last kept one.
    const kept = ruleFindings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => b.finding.points - a.finding.points || a.index - b.index);
    const shown = kept.slice(0, MAX_FINDINGS_PER_RULE).map((entry) => entry.finding);
    const foldedTenths = kept.slice(MAX_FINDINGS_PER_RULE).reduce((sum, entry) => sum + tenths(entry.finding.points), 0);
    const lastShown = shown[shown.length - 1];
    if (lastShown && kept.length > MAX_FINDINGS_PER_RULE) {
      lastShown.points = (tenths(lastShown.points) + foldedTenths) / 10;
      lastShown.message += ` (and ${kept.length - MAX_FINDINGS_PER_RULE} more like it, counted here)`;
    }
    findings.push(...shown);
  }
  return findings.sort(
    (a, b) =>
      b.points - a.points ||
      a.rule.localeCompare(b.rule) ||
      (a.location?.start ?? 0) - (b.location?.start ?? 0),
  );
}

export function totalScore(findings: readonly Finding[]): number {
  return findings.reduce((sum, finding) => sum + tenths(finding.points), 0) / 10;
}
