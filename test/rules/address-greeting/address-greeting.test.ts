import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import rule from '../../../core/rules/phrases/address-greeting.ts';
import { testRule } from '../test-rule.ts';

testRule('address-greeting', import.meta.dirname);

const analyzer = createAnalyzer();
const hits = (text: string) => rule.check(analyzer.context({ text }));

describe('address-greeting on hostile input', () => {
  it('reads only the opening of the text: a greeting after it is not found', () => {
    expect(hits(`${'word '.repeat(500)}\nDear jane@example.org,\nhello`)).toEqual([]);
    expect(hits(`${'word '.repeat(10)}\nDear jane@example.org,\nhello`)).toHaveLength(1);
  });

  it('reads long hostile lines only up to their bound, and finds what that bound holds', () => {
    // A greeting past MAX_LINE on one line is not read: the line is cut, never scanned whole.
    expect(hits(`Hi ${'a'.repeat(200_000)}@example.org`)).toEqual([]);
    expect(hits(`Dear ${'a.'.repeat(100_000)}@x`)).toEqual([]);
    expect(hits(`Hi ${'a@'.repeat(100_000)}`)).toEqual([]);
    expect(hits(`${'Dear\n@\n'.repeat(50_000)}`)).toEqual([]);
    expect(hits(`${'Hi a@b '.repeat(50_000)}`)).toEqual([]);
    expect(hits(`${'x\n'.repeat(50)}Hi a@b\n${'Hi a@b '.repeat(50_000)}`)).toHaveLength(1);
  });

  it('needs the salutation to be a word of the list, not a part of a longer word', () => {
    expect(hits('Highlights jane@example.org')).toEqual([]);
    expect(hits('Hi jane@example.org')).toHaveLength(1);
  });

  it('reads a salutation written with a combining accent as the listed word', () => {
    expect(hits('Ola\u0301, jane@example.org')).toHaveLength(1);
  });
});
