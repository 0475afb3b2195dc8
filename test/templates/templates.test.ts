// False positives on the public templates that `npm run templates:fetch` renders (issue #11, item 4).
// They live outside git (node_modules/.cache/spamrisk-templates/): without them this file skips, saying so once.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../core/index.ts';
import { parseManifest } from '../../scripts/eval/manifest.ts';
import { TEMPLATES_DIR } from '../../scripts/templates/paths.ts';
import { scoreTemplates, type ScoredTemplate } from '../../scripts/templates/score.ts';

const manifestPath = join(TEMPLATES_DIR, 'manifest.tsv');
const present = existsSync(manifestPath);
if (!present) {
  console.info(`templates: skipped, no rendered templates at ${relative(process.cwd(), TEMPLATES_DIR)} (run \`npm run templates:fetch\`)`);
}

function described(template: ScoredTemplate): string {
  const findings = template.report.findings.filter((finding) => finding.points !== 0).map((finding) => `${finding.rule} ${finding.points}`);
  return `${template.row.file} ${template.report.score} (${findings.join(', ')})`;
}

describe.skipIf(!present)('public templates rendered by templates:fetch', () => {
  let templates: ScoredTemplate[] = [];
  beforeAll(() => {
    templates = scoreTemplates(TEMPLATES_DIR);
  });

  it('are at least 100 legitimate messages that `npm run eval -- <folder>` reads', () => {
    const entries = parseManifest(readFileSync(manifestPath, 'utf8'), 'templates', manifestPath);
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(entries).toHaveLength(templates.length);
    expect(entries.every((entry) => entry.label === 'ham')).toBe(true);
    expect(entries.filter((entry) => !existsSync(join(TEMPLATES_DIR, entry.file))).map((entry) => entry.file)).toEqual([]);
    expect(templates.filter((template) => template.row.licence === '' || !/^npm:.+@\d[^:]*:.+/.test(template.row.source)).map((t) => t.row.file)).toEqual([]);
  });

  it(`score under ${DEFAULT_THRESHOLD} for all but 1 % of them`, () => {
    const flagged = templates.filter((template) => template.report.score >= DEFAULT_THRESHOLD);
    const allowed = Math.floor(templates.length * 0.01);
    expect(flagged.length, `flagged: ${flagged.map(described).join('; ')}`).toBeLessThanOrEqual(allowed);
  });

  it(`never reach ${DEFAULT_THRESHOLD} because of placeholder text ({{ }}, {% %}, *|MERGE|*, %%var%%)`, () => {
    const withPlaceholders = templates.filter((template) => template.withoutPlaceholders !== null);
    expect(withPlaceholders.length).toBeGreaterThan(0); // the set does exercise placeholders
    const pushedOver = withPlaceholders.filter(
      (template) => template.report.score >= DEFAULT_THRESHOLD && template.withoutPlaceholders!.score < DEFAULT_THRESHOLD,
    );
    expect(pushedOver.map((template) => `${described(template)}; ${template.withoutPlaceholders!.score} without placeholders`)).toEqual([]);
  });

  it('keep the language they are written in when their placeholders are taken out', () => {
    const changed = templates.filter(
      (template) => template.withoutPlaceholders !== null && template.withoutPlaceholders.stats.language !== template.report.stats.language,
    );
    expect(changed.map((t) => `${t.row.file}: ${t.report.stats.language}, ${t.withoutPlaceholders!.stats.language} without`)).toEqual([]);
  });
});
