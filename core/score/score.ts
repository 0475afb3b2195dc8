/**
 * Turns rule hits into points, a score and a level (DESIGN §1 "score"). Every point in the score
 * comes from a finding. A rule's points are `weight × min(strength, cap)`, shared among its hits in
 * proportion to their strength, so a word repeated fifty times counts as often as the cap allows.
 */
import { moreLikeIt } from '../messages/index.ts';
import type { Hit, HitColumns, HitLocation, Rule, RuleHit } from '../rules/rule.ts';
import { tenths } from '../report/report.ts';
import type { Finding, Location } from '../types.ts';

/** At most this many findings of one rule are listed; the cap already bounds their points. */
const MAX_FINDINGS_PER_RULE = 20;

export interface RuleResult {
  readonly rule: Rule;
  readonly weight: number;
  /**
   * as the rule returned them: only the hits shown are put in words (`render`); as columns
   * (`Rule.hitColumns`), only the hits shown are built at all
   */
  readonly hits: readonly Hit[] | HitColumns;
}

/**
 * Hits in an array read as columns. A class, not an object of closures: this wraps the result of
 * every rule of every analysis, and a closure made per call costs more than the call.
 */
class ArrayHits implements HitColumns {
  private readonly list: readonly Hit[];

  constructor(list: readonly Hit[]) {
    this.list = list;
  }

  get length(): number {
    return this.list.length;
  }

  strength(index: number): number {
    return this.list[index]?.strength ?? 1;
  }

  hit(index: number): Hit {
    return this.list[index] as Hit;
  }
}

/** Hits as columns: an array read by index, or the rule's own columns. */
function asColumns(hits: readonly Hit[] | HitColumns): HitColumns {
  return Array.isArray(hits) ? new ArrayHits(hits as readonly Hit[]) : (hits as HitColumns);
}

/** A hit already in words stays as it is (the default renderer; analyze passes the localizer's). */
function asWords(_rule: Rule, hit: Hit): RuleHit {
  if ('messageId' in hit) throw new Error(`A hit by message id (\`${hit.messageId}\`) needs a renderer.`);
  return hit;
}

/** Total strength a rule counts: the sum of its hits' strengths, capped. */
export function ruleStrength(rule: Rule, hits: readonly Pick<RuleHit, 'strength'>[]): number {
  const total = hits.reduce((sum, hit) => sum + (hit.strength ?? 1), 0);
  return Math.min(total, rule.cap);
}

/**
 * Indices of the `count` heaviest hits, heaviest first, earlier first among equals: one pass that
 * keeps a short sorted list, instead of sorting 100,000 hits to show twenty.
 */
function heaviest(hits: HitColumns, count: number): number[] {
  const kept: number[] = [];
  for (let index = 0; index < hits.length; index++) {
    const strength = hits.strength(index);
    if (kept.length === count && strength <= hits.strength(kept[count - 1] ?? 0)) continue;
    let at = kept.length;
    while (at > 0 && hits.strength(kept[at - 1] ?? 0) < strength) at--;
    kept.splice(at, 0, index);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

export function toFindings(
  results: readonly RuleResult[],
  locate: (location: HitLocation | undefined) => Location | undefined,
  render: (rule: Rule, hit: Hit) => RuleHit = asWords,
  /** "(and N more like it, counted here)" in the report's language (English by default) */
  moreLike: (count: number) => string = moreLikeIt,
): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    if (result.hits.length === 0) continue;
    const { rule, weight } = result;
    const hits = asColumns(result.hits);
    let total = 0;
    for (let index = 0; index < hits.length; index++) total += hits.strength(index);
    const rulePoints = tenths(weight * Math.min(total, rule.cap));
    // Only the heaviest hits become findings (a 10 MB paste can hold 100,000 of them); the points
    // of the rest are folded into the last one shown, so the findings still add up to the rule.
    const shown = heaviest(hits, MAX_FINDINGS_PER_RULE);
    const truncated = hits.length - shown.length;
    const shares = shown.map((index) => (total > 0 ? (rulePoints * hits.strength(index)) / total : 0));
    const points = shares.map((share) => Math.trunc(share));
    let remainder = rulePoints - points.reduce((a, b) => a + b, 0);
    if (truncated > 0) {
      points[points.length - 1] = (points[points.length - 1] ?? 0) + remainder;
      remainder = 0;
    }
    // Largest-remainder apportionment keeps the findings' tenths summing to the rule's tenths
    // (most rules show one hit, whose share is whole: nothing left to apportion, nothing sorted).
    if (remainder !== 0) {
      const byFraction = shares
        .map((share, position) => ({ position, fraction: Math.abs(share - Math.trunc(share)) }))
        .sort((a, b) => b.fraction - a.fraction || a.position - b.position);
      for (const { position } of byFraction) {
        if (remainder === 0) break;
        const step = Math.sign(remainder);
        points[position] = (points[position] ?? 0) + step;
        remainder -= step;
      }
    }
    shown.forEach((index, position) => {
      if (index >= hits.length) return;
      const raw = hits.hit(index);
      // Rendered here, for the ≤ 20 shown: a 10 MB paste's 100,000 hits are never put in words.
      const hit = render(rule, raw);
      const location = locate(hit.location);
      const last = position === shown.length - 1;
      const finding: Finding = {
        rule: rule.id,
        category: rule.category,
        points: (points[position] ?? 0) / 10,
        message: last && truncated > 0 ? `${hit.message} ${moreLike(truncated)}` : hit.message,
        suggestion: hit.suggestion,
        evidence: hit.evidence,
      };
      // Added last, as the spread of `{ location }` added it, without an object to spread.
      if (location) finding.location = location;
      findings.push(finding);
    });
  }
  return findings.sort(
    (a, b) =>
      b.points - a.points ||
      // Findings of one rule are side by side in most reports: equal ids need no collation.
      (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)) ||
      (a.location?.start ?? 0) - (b.location?.start ?? 0),
  );
}
