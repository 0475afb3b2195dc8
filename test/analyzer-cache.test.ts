import { describe, expect, it } from 'vitest';
import { analyzerCache } from '../core/analyzer-cache.ts';
import { analyze, createAnalyzer, type Analyzer, type AnalyzeOptions, type AnalyzerOptions } from '../core/index.ts';

/** A createAnalyzer that records what each analyzer it built was built with and called with. */
function recording() {
  const built: { options: Partial<AnalyzerOptions>; calls: unknown[] }[] = [];
  const create = (options: Partial<AnalyzerOptions>): Analyzer => {
    const analyzer = createAnalyzer(options);
    const entry = { options, calls: [] as unknown[] };
    built.push(entry);
    return {
      analyze(input, callOptions) {
        entry.calls.push(callOptions);
        return analyzer.analyze(input, callOptions);
      },
      context: (input, callOptions) => analyzer.context(input, callOptions),
    };
  };
  return { built, create };
}

const html = '<p>Our acme widget is here, act now.</p>';
const acme: AnalyzeOptions['phrases'] = { add: [{ phrase: 'acme widget', points: 3 }] };

describe('analyzerCache', () => {
  it('keeps one analyzer (and its stem memory) while the phrases stay the same', () => {
    const { built, create } = recording();
    const score = analyzerCache(create);
    score({ html }, { phrases: acme });
    // Equal settings, not the same object: a settings change event gives a fresh copy.
    score({ html }, { phrases: structuredClone(acme), threshold: 50 });
    expect(built).toHaveLength(1);
    expect(built[0]?.options).toEqual({ phrases: acme });
    expect(built[0]?.calls).toHaveLength(2);
  });

  it('builds a new one when the phrases change, and one without phrases when there are none', () => {
    const { built, create } = recording();
    const score = analyzerCache(create);
    score({ html }, {});
    score({ html }, { phrases: acme });
    score({ html }, { phrases: { allow: ['act now'] } });
    score({ html }, {});
    expect(built.map((entry) => entry.options)).toEqual([{}, { phrases: acme }, { phrases: { allow: ['act now'] } }, {}]);
  });

  it('never gives the phrases to a call (the analyzer has them, and refuses them twice)', () => {
    const { built, create } = recording();
    const score = analyzerCache(create);
    score({ html }, { phrases: acme, locale: 'fr', rules: { 'urgency-phrase': 'off' } });
    score({ html }, { phrases: { allow: ['act now'] }, threshold: 40 });
    const calls = built.flatMap((entry) => entry.calls);
    expect(calls).toEqual([{ locale: 'fr', rules: { 'urgency-phrase': 'off' } }, { threshold: 40 }]);
  });

  it("gives analyze()'s report for the same input and options", () => {
    const score = analyzerCache();
    for (const options of [{}, { phrases: acme }, { phrases: acme, threshold: 30 }, { phrases: { allow: ['act now'] } }]) {
      expect(score({ html }, options)).toEqual(analyze({ html }, options));
    }
  });

  it('is one cache per call of analyzerCache(), not one shared by all', () => {
    const first = recording();
    const second = recording();
    analyzerCache(first.create)({ html }, { phrases: acme });
    analyzerCache(second.create)({ html }, { phrases: acme });
    expect([first.built.length, second.built.length]).toEqual([1, 1]);
  });
});
