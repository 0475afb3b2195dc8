// Every rule's page ends with its prior: the default points the weight fit starts from and pulls
// toward (docs/evaluation.md), why, and where the number comes from. The page must state the
// rule's actual default, so the two cannot drift apart; a proposed new default may sit beside it
// (issue #11), and the rule may already carry it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';

const repo = join(import.meta.dirname, '../..');

/** The `## Prior` section of a page: its text, and whether it is the last section. */
function priorSection(markdown: string): { text: string; last: boolean; count: number } | null {
  const headings = [...markdown.matchAll(/^## (.+)$/gm)];
  const prior = headings.filter((heading) => heading[1]!.trim() === 'Prior');
  if (prior.length === 0) return null;
  const at = prior[0]!.index!;
  const next = headings.find((heading) => heading.index! > at);
  return { text: markdown.slice(at, next ? next.index : undefined), last: next === undefined, count: prior.length };
}

const points = (text: string, label: 'Default' | 'Proposed'): number | null => {
  const match = new RegExp(`\\*\\*${label}: (-?\\d+(?:\\.\\d+)?) points\\*\\*`).exec(text);
  return match ? Number(match[1]) : null;
};

describe('docs/rules: every rule documents its prior', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const page = readFileSync(join(repo, 'docs/rules', `${id}.md`), 'utf8');
    const section = priorSection(page);
    expect(section, `docs/rules/${id}.md has no "## Prior" section`).not.toBeNull();
    expect(section!.count, 'one Prior section').toBe(1);
    expect(section!.last, 'the Prior section ends the page').toBe(true);

    const stated = points(section!.text, 'Default');
    const proposed = points(section!.text, 'Proposed');
    expect(stated, 'states "**Default: N points**"').not.toBeNull();
    // The rule carries the stated default, or the proposal once it has been applied.
    expect([stated, proposed], `core/rules weight of ${id} is ${rule.weight}`).toContain(rule.weight);
    if (proposed !== null) {
      expect(proposed, 'a proposal changes the default').not.toBe(stated);
      expect(Math.sign(proposed) * Math.sign(rule.weight || proposed), 'a proposal keeps the rule risk or reassuring').toBeGreaterThanOrEqual(0);
    }

    // Why: some words after the number; where from: a Source line naming something.
    const why = /\*\*Default: [^*]+\*\*([^\n]*)/.exec(section!.text)![1]!.trim();
    expect(why.length, 'says why').toBeGreaterThan(40);
    const source = /^Source: (.+)$/m.exec(section!.text);
    expect(source, 'has a "Source:" line').not.toBeNull();
    expect(source![1]!, 'names a filter, a provider, a standard or says there is none').toMatch(/SpamAssassin|rspamd|Gmail|Yahoo|Microsoft|RFC|CAN-SPAM|WCAG|house estimate|no filter|No SpamAssassin|user's configuration/i);
  });
});
