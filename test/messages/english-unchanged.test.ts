/**
 * The English text of every finding on every rule fixture, pinned: moving a rule's wording into
 * message templates (core/messages/) must not change one byte of what English readers see. The
 * snapshot was recorded before the first rule family was converted; a deliberate rewording
 * updates it in the same commit, where the diff shows exactly what changed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions, type EmailInput } from '../../core/index.ts';
import { loadFixture } from '../rules/test-rule.ts';

const RULES = join(import.meta.dirname, '..', 'rules');

function fixturesOf(rule: string): string[] {
  return ['fail', 'pass'].flatMap((kind) => {
    const folder = join(RULES, rule, kind);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names.filter((name) => /\.(html|txt|json)$/.test(name)).sort().map((name) => join(folder, name));
  });
}

const rules = readdirSync(RULES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('English findings on the rule fixtures', () => {
  for (const rule of rules) {
    it(`${rule}`, () => {
      const lines = fixturesOf(rule).flatMap((path) => {
        const { phrases, ...input } = loadFixture(path) as EmailInput & { phrases?: AnalyzeOptions['phrases'] };
        const report = analyze(input, phrases ? { phrases } : undefined);
        return [`# ${path.slice(RULES.length + 1)}`, ...report.findings.flatMap((finding) => [`${finding.rule}: ${finding.message}`, `  → ${finding.suggestion}`])];
      });
      expect(lines.join('\n')).toMatchSnapshot();
    });
  }
});
