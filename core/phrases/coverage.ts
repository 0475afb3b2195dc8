/**
 * What the phrase rules can read in each language of an analyzer's packs. wordlists/README.md: a
 * language has every trigger category (money, urgency, free offers, guarantees, …: `full`), scam
 * lures only (`phishing`, maybe `shady`: `lures`), or no trigger phrase at all, only its opt-out
 * wording (`optOutOnly`). The analyzer's advice (unchecked-language) and the CLI's `--language`
 * help and error read it from here, so they say the same of a language.
 */
import type { LanguagePack } from '../data/types.ts';

export interface PhraseCoverage {
  /** languages with trigger phrases beyond scam lures */
  readonly full: readonly string[];
  /** languages whose trigger phrases are scam lures only */
  readonly lures: readonly string[];
  /** languages with opt-out wording and no trigger phrase */
  readonly optOutOnly: readonly string[];
}

const LURE_CATEGORIES: ReadonlySet<string> = new Set(['phishing', 'shady']);

export function phraseCoverage(packs: readonly LanguagePack[]): PhraseCoverage {
  const full: string[] = [];
  const lures: string[] = [];
  const optOutOnly: string[] = [];
  for (const pack of packs) {
    if (pack.phrases.length === 0) optOutOnly.push(pack.language);
    else if (pack.phrases.some((entry) => !LURE_CATEGORIES.has(entry.category))) full.push(pack.language);
    else lures.push(pack.language);
  }
  return { full, lures, optOutOnly };
}
