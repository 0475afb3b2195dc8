/**
 * The shape every trigger-phrase rule shares: the hits of one category, found once by the phrase
 * matcher, each worth its sureness, and repeats of one phrase sharply less (a button label said
 * ten times is one pitch). One rule per category so that each category gets its own
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

/** `repeat`: how much this hit counts among repeats of its phrase (`facts.triggers.textRepeatWeight`). */
export function phraseHitToRuleHit(context: RuleContext, hit: PhraseHit, why: string, suggestion: string, repeat = 1): RuleHit {
  const evidence = shorten(context.message.text.slice(hit.start, hit.end));
  return {
    message: repeat < 1 ? `\`${evidence}\` ${why} It is a repeat of the same phrase, so it counts for less.` : `\`${evidence}\` ${why}`,
    suggestion,
    evidence,
    location: inText(hit.start, hit.end),
    strength: hit.definition.sureness * repeat,
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
      const { text, textRepeatWeight } = context.facts.triggers;
      const hits: RuleHit[] = [];
      text.forEach((hit, index) => {
        if (!spec.categories.includes(hit.definition.category)) return;
        hits.push(phraseHitToRuleHit(context, hit, spec.why, spec.suggestion(hit.definition.phrase), textRepeatWeight[index] ?? 1));
      });
      return hits;
    },
  });
}
