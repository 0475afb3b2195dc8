// Each rule page shows its rule on a line or two of HTML marked `<!-- fires -->` or `<!-- does
// not -->`. A reader copies those lines to see the rule at work, so each self-contained line must
// do what its mark says when analysed alone. A line that elides its body (`…`) or needs a From:
// address given beside the block is left to the rule's own fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';

const docs = join(import.meta.dirname, '../../docs/rules');
const MARK = /^(.*\S)\s+<!-- (fires|does not)\b[^>]*-->\s*$/;

interface Example { rule: string; line: number; html: string; fires: boolean }

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of readdirSync(docs).filter((name) => name.endsWith('.md')).sort()) {
    const rule = file.slice(0, -3);
    const lines = readFileSync(join(docs, file), 'utf8').split('\n');
    let block: number[] | null = null;
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index]!;
      if (block === null) {
        if (/^```html\s*$/.test(text)) block = [];
        continue;
      }
      if (/^```\s*$/.test(text)) {
        // A block that gives a sender beside its lines is read with it; those lines need it.
        const needsContext = block.some((at) => /<!-- From:/.test(lines[at]!));
        for (const at of block) {
          const match = MARK.exec(lines[at]!);
          if (!match || needsContext || match[1]!.includes('…')) continue;
          found.push({ rule, line: at + 1, html: match[1]!, fires: match[2] === 'fires' });
        }
        block = null;
        continue;
      }
      block.push(index);
    }
  }
  return found;
}

const cases = examples();

describe('docs/rules: each marked example does what its mark says', () => {
  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
  it.each(cases.map((example) => [`${example.rule}.md:${example.line}`, example] as const))('%s', (_, example) => {
    const report = analyze({ html: example.html });
    const fired = report.findings.some((finding) => finding.rule === example.rule);
    expect(fired, `${example.html}\n→ ${report.findings.map((finding) => finding.rule).join(', ') || 'no findings'}`).toBe(example.fires);
  });
});
