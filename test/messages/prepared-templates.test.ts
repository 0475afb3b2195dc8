/**
 * An analyzer that keeps no localizers (the one behind analyze()) parses the English templates
 * once, when it is built (prepareTemplates): a localizer reading them must write exactly what one
 * that parses them itself writes, and templates of another language must not be read for it.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';
import { argumentsOf, createLocalizer, parseMessage, prepareTemplates, REPORT_MESSAGES, CATALOGUES } from '../../core/messages/index.ts';

const sources = [...rules, REPORT_MESSAGES];

/** Data for a template: every argument it reads, a number for plurals, a case for selects, else a number. */
function sampleData(template: string): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (const [name, keys] of argumentsOf(parseMessage(template))) {
    const cases = [...keys].filter((key) => key !== 'other');
    data[name] = keys.has('one') || cases.length === 0 ? 3 : (cases[0] ?? 'other');
  }
  return data;
}

/** What a localizer writes, or the error it throws: both must agree. */
function written(text: () => string): string {
  try {
    return text();
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe('prepared templates', () => {
  const english = prepareTemplates(sources);

  it('hold every message of every rule', () => {
    const count = sources.reduce((sum, source) => sum + Object.keys(source.messages ?? {}).length, 0);
    const held = [...english.templates.values()].reduce((sum, ofSource) => sum + ofSource.size, 0);
    expect(count).toBeGreaterThan(100);
    expect(held).toBe(count);
  });

  it('write what a localizer parsing its own templates writes', () => {
    const prepared = createLocalizer('en', CATALOGUES, english);
    const parsing = createLocalizer('en');
    for (const source of sources) {
      for (const [messageId, template] of Object.entries(source.messages ?? {})) {
        const data = sampleData(template);
        const text = written(() => prepared.text(source, messageId, data));
        expect(text, `${source.id}/${messageId}`).toBe(written(() => parsing.text(source, messageId, data)));
        expect(text).not.toMatch(/^threw|^\{/);
      }
    }
  });

  it('are not read for a report in another language', () => {
    const french = createLocalizer('fr', CATALOGUES, english);
    const source = rules.find((rule) => rule.id === 'money-phrase');
    expect(source).toBeDefined();
    if (!source) return;
    const data = { phrase: 'argent facile', repeat: 'no' };
    expect(french.text(source, 'phrase', data)).toBe(createLocalizer('fr').text(source, 'phrase', data));
    expect(french.text(source, 'phrase', data)).not.toBe(createLocalizer('en').text(source, 'phrase', data));
  });
});
