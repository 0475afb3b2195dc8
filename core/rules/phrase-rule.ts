/**
 * The shape every trigger-phrase rule shares: the hits of one category, found once by the phrase
 * matcher, each worth its sureness, and repeats of one phrase sharply less (a button label said
 * ten times is one pitch). One rule per category so that each category gets its own
 * fitted weight (a money phrase and a "dear friend" opener do not predict spam equally).
 */
import { withinFormLabel } from '../facts/reply-form.ts';
import formByReply from './phrases/form-by-reply.ts';
import { isTriggerHit, type PhraseHitList } from '../facts/triggers.ts';
import type { PhraseHit } from '../phrases/matcher.ts';
import { BODY_SCAN_CHARS } from '../facts/scan-end.ts';
import { defineRule, inText, inTextPart, shorten, type HitColumns, type MessageHit, type Rule, type RuleContext } from './rule.ts';

/**
 * Whether hit `index` of the trigger fact's text lies within a label of the long form written into
 * the text (`facts.replyForm`, `withinFormLabel`): "Next of kin:" in a blank five-field form is
 * form-by-reply's label, and the phrase rules and phrase-density leave it to that rule, so its words
 * count once (issue 11). Not when the caller turned form-by-reply off: then the label is a phrase
 * again, or its words would count nowhere.
 */
export function isFormLabel(context: RuleContext, index: number): boolean {
  const form = context.facts.replyForm;
  if (form === null || context.rulesOff.has(formByReply.id)) return false;
  const { text } = context.facts.triggers;
  return withinFormLabel(form, text.start(index), text.end(index), context.message.text);
}

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
  readonly messages: Readonly<{ phrase: string; suggestion: string } & Record<string, string>>;
  /**
   * The ids of a hit's message and suggestion when a kind of phrase needs words of its own (both
   * in `messages`, reading the same `{phrase}` and `{repeat}`); `phrase` and `suggestion` when
   * absent or undefined.
   */
  readonly wordsFor?: (hit: PhraseHit) => { readonly messageId: string; readonly suggestionId: string } | undefined;
  /**
   * Whether hits past the body rules' cut count too (the fact `scanEnd`: the end of the first
   * 50,000 characters the reader sees, as SpamAssassin's body rules read `body_part_scan_size`):
   * only for the user's own watch list, which is not a spam signal but words the sender asked to be
   * shown wherever they are.
   */
  readonly wholeText?: boolean;
  /**
   * Whether a hit of these categories counts in this message; all do when absent. `view` says where
   * the hit is: the visible text, or the text/plain alternative of a message with HTML (the
   * trigger fact's `plain`).
   */
  readonly counts?: (hit: PhraseHit, context: RuleContext, view: 'text' | 'text-part') => boolean;
}

/**
 * The hits of one rule's categories, by index into the trigger fact's text hits, then into its
 * text-part hits (`triggers.plain`: the text/plain alternative's, those whose phrase a hit of the
 * text counted here says left out):
 * strengths read from the fact, a hit (its evidence, words and location) built only when asked for.
 * A class: one is made per phrase rule per analysis, and closures made per call cost more than the calls.
 */
class PhraseHits implements HitColumns {
  readonly length: number;
  private readonly context: RuleContext;
  private readonly text: PhraseHitList;
  private readonly repeats: Float64Array;
  /** the fact's index of each hit of these categories: counted, then filled, so no array grows */
  private readonly indices: Int32Array;
  private readonly plain: PhraseHitList;
  private readonly plainRepeats: Float64Array;
  /** the same for the text part's hits, which follow the text's */
  private readonly plainIndices: Int32Array;

  private readonly wordsFor: PhraseRuleSpec['wordsFor'];

  constructor(context: RuleContext, categories: ReadonlySet<string>, counts: PhraseRuleSpec['counts'], wholeText: boolean, wordsFor: PhraseRuleSpec['wordsFor']) {
    const { triggers } = context.facts;
    const { text, textRepeatWeight, plain, plainRepeatWeight, plainWarned } = triggers;
    const scanEnd = wholeText ? Number.POSITIVE_INFINITY : context.facts.scanEnd;
    // The hit as an object only for a rule that asks more than its category (shady-phrase).
    const counted = (index: number): boolean => {
      const definition = text.definition(index);
      if (definition === undefined || !categories.has(definition.category)) return false;
      if (text.start(index) >= scanEnd) return false;
      // a lure the sender warns against, or a company-only phrase without company, counts for nothing
      if (!isTriggerHit(text, triggers.textLone, triggers.textWarned, index)) return false;
      if (isFormLabel(context, index)) {
        inFormLabel.add(definition.phrase);
        return false;
      }
      if (counts === undefined) return true;
      const hit = text.get(index);
      return hit !== undefined && counts(hit, context, 'text');
    };
    /** the phrases of the HTML's hits that form-by-reply counts as its labels */
    const inFormLabel = new Set<string>();
    const indices = pickIndices(text.length, counted);
    // A phrase said in both parts counts once, where the HTML counts it: only the HTML's hits that
    // count here leave the text part's copy out. One the HTML says past its cut, as a warned lure,
    // or where this rule does not count it is no finding, and SpamAssassin renders each part into
    // the body it reads: padding the HTML must not hide the text part's pitch. A label of the form
    // written into the HTML is counted, by form-by-reply: the same form in the text part is not
    // counted again as a phrase (review rev41: "Next of kin:" in both parts of an HR mail).
    const said = new Set<string>(inFormLabel);
    for (const index of indices) said.add(text.definition(index)?.phrase ?? '');
    // The text part is a part of its own: read to its own cut, as SpamAssassin cuts each part
    // (body_part_scan_size), and it has no hidden text and no form written into the HTML.
    const plainEnd = wholeText ? Number.POSITIVE_INFINITY : BODY_SCAN_CHARS;
    const plainCounted = (index: number): boolean => {
      const definition = plain.definition(index);
      if (definition === undefined || !categories.has(definition.category)) return false;
      if (plain.start(index) >= plainEnd || said.has(definition.phrase)) return false;
      if (!isTriggerHit(plain, triggers.plainLone, plainWarned, index)) return false;
      if (counts === undefined) return true;
      const hit = plain.get(index);
      return hit !== undefined && counts(hit, context, 'text-part');
    };
    this.context = context;
    this.text = text;
    this.repeats = textRepeatWeight;
    this.indices = indices;
    this.plain = plain;
    this.plainRepeats = plainRepeatWeight;
    this.plainIndices = pickIndices(plain.length, plainCounted);
    this.length = this.indices.length + this.plainIndices.length;
    this.wordsFor = wordsFor;
  }

  /** The list, the fact's index and the repeat weight of hit `at` (the text's first, then the text part's), for a hit built. */
  private source(at: number): { readonly list: PhraseHitList; readonly index: number; readonly repeat: number; readonly inPart: boolean } {
    const { indices, plainIndices } = this;
    if (at < indices.length) {
      const index = indices[at] ?? -1;
      return { list: this.text, index, repeat: this.repeats[index] ?? 1, inPart: false };
    }
    const index = plainIndices[at - indices.length] ?? -1;
    return { list: this.plain, index, repeat: this.plainRepeats[index] ?? 1, inPart: true };
  }

  strength(at: number): number {
    // read in place, no object (the scorer asks it of every hit)
    const { indices, plainIndices } = this;
    if (at < indices.length) {
      const index = indices[at] ?? -1;
      return (this.text.definition(index)?.sureness ?? 0) * (this.repeats[index] ?? 1);
    }
    const index = plainIndices[at - indices.length] ?? -1;
    return (this.plain.definition(index)?.sureness ?? 0) * (this.plainRepeats[index] ?? 1);
  }

  hit(at: number): MessageHit {
    const { list, index, repeat, inPart } = this.source(at);
    const hit = list.get(index);
    if (!hit) throw new RangeError(`No phrase hit ${at}.`);
    const view = inPart ? (this.context.message.plainText ?? '') : this.context.message.text;
    const evidence = shorten(view.slice(hit.start, hit.end));
    const words = this.wordsFor?.(hit);
    return {
      messageId: words?.messageId ?? 'phrase',
      suggestionId: words?.suggestionId ?? 'suggestion',
      data: { phrase: evidence, repeat: repeat < 1 ? 'yes' : 'no' },
      evidence,
      location: inPart ? inTextPart(hit.start, hit.end) : inText(hit.start, hit.end),
      strength: hit.definition.sureness * repeat,
    };
  }
}

/** The indices below `length` that `counted` keeps: counted, then filled, so no array grows. */
function pickIndices(length: number, counted: (index: number) => boolean): Int32Array {
  let count = 0;
  for (let index = 0; index < length; index++) if (counted(index)) count++;
  const indices = new Int32Array(count);
  let at = 0;
  for (let index = 0; index < length && at < count; index++) {
    if (counted(index)) indices[at++] = index;
  }
  return indices;
}

export function definePhraseRule(spec: PhraseRuleSpec): Rule {
  const categories: ReadonlySet<string> = new Set(spec.categories);
  const wholeText = spec.wholeText === true;
  return defineRule({
    id: spec.id,
    category: 'phrases',
    description: spec.description,
    weight: spec.weight,
    cap: spec.cap,
    messages: spec.messages,
    ...(wholeText ? {} : { stopsAtScanEnd: true }),
    check(context) {
      const columns = new PhraseHits(context, categories, spec.counts, wholeText, spec.wordsFor);
      const hits: MessageHit[] = [];
      for (let at = 0; at < columns.length; at++) hits.push(columns.hit(at) as MessageHit);
      return hits;
    },
    hitColumns: (context) => new PhraseHits(context, categories, spec.counts, wholeText, spec.wordsFor),
  });
}
