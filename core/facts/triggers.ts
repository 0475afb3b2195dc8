/**
 * Trigger phrases found in the text and the subject, in every matched language, with the phrases
 * the user allowed taken out; and the trigger a single word is (for words spelled out letter by
 * letter), from the same matchers, so the user's own phrases and allowed words count there too.
 */
import type { PhraseDefinition, PhraseHit } from '../phrases/matcher.ts';
import { overlapCursor } from '../text/ranges.ts';
import type { FactSources } from './index.ts';

export interface Triggers {
  readonly text: readonly PhraseHit[];
  readonly subject: readonly PhraseHit[];
  /**
   * For each token of the text (and of the subject): 1 + the index of the phrase hit that covers
   * it, or 0. Built once, so rules asking "is this word part of a trigger?" need no set of their own.
   */
  readonly textHitAt: Int32Array;
  readonly subjectHitAt: Int32Array;
  /**
   * For each hit of `text`, how much it counts among repeats of its phrase: 1 for the first,
   * 1/k² for the k-th. A product grid's ten "BUY NOW" buttons, a menu repeated in header and
   * footer, say the phrase once to a reader, not ten times (issue #11: one template scored 10.6).
   */
  readonly textRepeatWeight: Float64Array;
  /**
   * The trigger one lower-case word is in the matched languages (a one-word phrase, or a phrase
   * written together: `ordernow`), or null when it is none or the user allowed it.
   */
  word(word: string): PhraseDefinition | null;
}

/** Drops hits that overlap a phrase the user allowed. Both lists are in text order. */
function withoutAllowed(hits: PhraseHit[], allowed: readonly PhraseHit[]): PhraseHit[] {
  if (allowed.length === 0) return hits;
  const isAllowed = overlapCursor(allowed);
  return hits.filter((hit) => !isAllowed(hit.start, hit.end));
}

/** For each token, 1 + the index of the hit covering it, or 0. */
function hitIndex(hits: readonly PhraseHit[], tokens: number): Int32Array {
  const at = new Int32Array(tokens);
  hits.forEach((hit, index) => at.fill(index + 1, hit.firstToken, hit.lastToken));
  return at;
}

/** 1 for the first hit of each phrase, 1/k² for its k-th (all of them add up to at most π²/6 ≈ 1.64). */
export function repeatWeights(hits: readonly PhraseHit[]): Float64Array {
  const weights = new Float64Array(hits.length);
  const seen = new Map<string, number>();
  hits.forEach((hit, index) => {
    const key = hit.definition.phrase;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    weights[index] = 1 / (occurrence * occurrence);
  });
  return weights;
}

/** Hits from several languages can overlap: keep the longest, then the first. */
export function mergeHits(groups: readonly PhraseHit[][]): PhraseHit[] {
  // One language's hits are already in order and apart (most mail is matched in one language).
  const found = groups.filter((group) => group.length > 0);
  if (found.length <= 1) return found[0] ?? [];
  const all = found.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhraseHit[] = [];
  let reach = -1;
  for (const hit of all) {
    if (hit.start < reach) continue;
    merged.push(hit);
    reach = hit.end;
  }
  return merged;
}

export function matchTriggers({ message, matched }: FactSources): Triggers {
  const textHits: PhraseHit[][] = [];
  const subjectHits: PhraseHit[][] = [];
  for (const { matchers, textStems, subjectStems } of matched) {
    const allowedText = matchers.allow?.match(message.tokens, textStems) ?? [];
    const allowedSubject = matchers.allow?.match(message.subjectTokens, subjectStems) ?? [];
    textHits.push(withoutAllowed(matchers.triggers.match(message.tokens, textStems), allowedText));
    subjectHits.push(withoutAllowed(matchers.triggers.match(message.subjectTokens, subjectStems), allowedSubject));
  }
  const text = mergeHits(textHits);
  const subject = mergeHits(subjectHits);
  return {
    text,
    subject,
    textHitAt: hitIndex(text, message.tokens.length),
    textRepeatWeight: repeatWeights(text),
    subjectHitAt: hitIndex(subject, message.subjectTokens.length),
    word(word) {
      for (const { matchers, stem } of matched) {
        if (matchers.allow?.word(word, stem)) return null;
        const found = matchers.triggers.word(word, stem);
        if (found) return found;
      }
      return null;
    },
  };
}
