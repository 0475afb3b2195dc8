/**
 * The shape every trigger-phrase rule shares: the hits of one category, found once by the phrase
 * matcher, each worth its sureness, and repeats of one phrase sharply less (a button label said
 * ten times is one pitch). One rule per category so that each category gets its own
 * fitted weight (a money phrase and a "dear friend" opener do not predict spam equally).
 */
import { defineRule, inText, shorten, type MessageHit, type Rule } from './rule.ts';

export interface PhraseRuleSpec {
  readonly id: string;
  readonly categories: readonly string[];
  readonly description: string;
  readonly weight: number;
  readonly cap: number;
  /**
   * The English templates: `phrase` says why filters weigh this kind of phrase; it reads
   * `{phrase}` (the words found, as the user wrote them) and `{repeat}` (`yes` when the hit repeats
   * a phrase said before, which counts for less). `suggestion` is the change to make.
   */
  readonly messages: Readonly<{ phrase: string; suggestion: string }>;
}

export function definePhraseRule(spec: PhraseRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    category: 'phrases',
    description: spec.description,
    weight: spec.weight,
    cap: spec.cap,
    messages: spec.messages,
    check(context) {
      const { text, textRepeatWeight } = context.facts.triggers;
      const hits: MessageHit[] = [];
      text.forEach((hit, index) => {
        if (!spec.categories.includes(hit.definition.category)) return;
        // `repeat`: how much this hit counts among repeats of its phrase.
        const repeat = textRepeatWeight[index] ?? 1;
        const evidence = shorten(context.message.text.slice(hit.start, hit.end));
        hits.push({
          messageId: 'phrase',
          suggestionId: 'suggestion',
          data: { phrase: evidence, repeat: repeat < 1 ? 'yes' : 'no' },
          evidence,
          location: inText(hit.start, hit.end),
          strength: hit.definition.sureness * repeat,
        });
      });
      return hits;
    },
  });
}
