/**
 * The shape every trigger-phrase rule shares: the hits of one category, found once by the phrase
 * matcher, each worth its sureness. One rule per category so that each category gets its own
 * fitted weight (a money phrase and a "dear friend" opener do not predict spam equally).
 */
import type { PhraseHit } from '../phrases/matcher.ts';
import { defineRule, inText, shorten, type Rule, type RuleContext, type RuleHit } from './rule.ts';

export interface PhraseRuleSpec {
  readonly id: string;
  readonly categories: readonly string[];
  readonly description: string;
  readonly weight: number;
  readonly cap: number;
  /** why filters weigh this kind of phrase, in a few words */
  readonly why: string;
  readonly suggestion: (phrase: string) => string;
}

export function phraseHitToRuleHit(context: RuleContext, hit: PhraseHit, why: string, suggestion: string): RuleHit {
  const evidence = shorten(context.message.text.slice(hit.start, hit.end));
  return {
    message: `\`${evidence}\` ${why}`,
    suggestion,
    evidence,
    location: inText(hit.start, hit.end),
    strength: hit.definition.sureness,
  };
}

export function definePhraseRule(spec: PhraseRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    category: 'phrases',
    description: spec.description,
    weight: spec.weight,
    cap: spec.cap,
    check(context) {
      return context.facts.triggers.text
        .filter((hit) => spec.categories.includes(hit.definition.category))
        .map((hit) => phraseHitToRuleHit(context, hit, spec.why, spec.suggestion(hit.definition.phrase)));
    },
  });
}
