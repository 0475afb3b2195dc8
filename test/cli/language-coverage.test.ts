/**
 * `--language` takes every language with wordlists, and says what each one's phrases are: not every
 * language has trigger phrases (review user43: `--language it` read no phrase at all, unsaid).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_USAGE } from '../../cli/args.ts';
import { EXPLAIN_USAGE } from '../../cli/commands/explain.ts';
import { languageCoverageInWords, languagesOf } from '../../cli/options.ts';
import { UsageError } from '../../cli/source.ts';
import { defaultData } from '../../core/data/index.ts';
import { phraseCoverage } from '../../core/phrases/coverage.ts';

describe('--language and what it reads', () => {
  it('reads the coverage from the wordlists: full lists, scam lures only, opt-out wording only', () => {
    const coverage = phraseCoverage(defaultData.languages);
    for (const code of coverage.optOutOnly) expect(defaultData.languages.find((pack) => pack.language === code)?.phrases).toEqual([]);
    for (const code of coverage.lures) {
      const phrases = defaultData.languages.find((pack) => pack.language === code)?.phrases ?? [];
      expect(phrases.length).toBeGreaterThan(0);
      expect(phrases.every((entry) => entry.category === 'phishing' || entry.category === 'shady')).toBe(true);
    }
    expect([...coverage.full, ...coverage.lures, ...coverage.optOutOnly].sort()).toEqual(defaultData.languages.map((pack) => pack.language).sort());
    expect(coverage.full).toContain('en');
    expect(languageCoverageInWords()).toBe(
      [`trigger phrases: ${[...coverage.full].sort().join(', ')}`, `scam lures only: ${[...coverage.lures].sort().join(', ')}`, `opt-out wording only: ${[...coverage.optOutOnly].sort().join(', ')}`].join('; '),
    );
  });

  it('says it in --help (check and explain) and in the error for a code without wordlists', () => {
    for (const usage of [CHECK_USAGE, EXPLAIN_USAGE]) expect(usage).toContain(languageCoverageInWords());
    expect(languageCoverageInWords()).toMatch(/opt-out wording only: it\b/);
    expect(() => languagesOf(['xx'])).toThrow(UsageError);
    expect(() => languagesOf(['xx'])).toThrow(`got "xx" (${languageCoverageInWords()})`);
  });

  it('accepts a language without trigger phrases (its opt-out wording is read)', () => {
    expect(languagesOf(['it', 'nl,pt'])).toEqual(['it', 'nl', 'pt']);
  });
});
