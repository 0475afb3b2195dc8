/**
 * `npm run eval:templates [-- folder] [--threshold 5] [--list 12]`: false positives of the public
 * analyze() on the public templates that `npm run templates:fetch` rendered (issue #11, item 4).
 * Prints the count, the templates at or over the threshold and at medium (≥ threshold / 2) by kind
 * and by package, whether the detected language matches the message's, the rules that carry the most
 * points with how often they fire, the highest-scoring templates with their findings, and what the
 * placeholder text adds. `--defaults` scores with every rule at its default points instead of the
 * fitted weights. Exit codes: 0 done, 2 usage or missing folder.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_THRESHOLD } from '../../core/index.ts';
import { TEMPLATES_DIR } from './paths.ts';
import { baseLanguage, placeholderPoints, scoreTemplates, type ScoredTemplate } from './score.ts';
import { commandLine, usageFailure } from '../usage.ts';

const USAGE = 'usage: npm run eval:templates -- [folder] [--threshold 5] [--list 12] [--defaults]';

const fail: (message: string) => never = usageFailure(USAGE);

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`);
}

function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function groupedCounts(templates: readonly ScoredTemplate[], keyOf: (t: ScoredTemplate) => string, threshold: number): string[] {
  const keys = [...new Set(templates.map(keyOf))].sort();
  return table([
    ['', 'templates', `≥ ${threshold.toFixed(1)}`, `medium (≥ ${(threshold / 2).toFixed(1)})`, 'mean score'],
    ...keys.map((key) => {
      const own = templates.filter((t) => keyOf(t) === key);
      const high = own.filter((t) => t.report.score >= threshold).length;
      const medium = own.filter((t) => t.report.score >= threshold / 2 && t.report.score < threshold).length;
      const mean = own.reduce((sum, t) => sum + t.report.score, 0) / own.length;
      return [key, String(own.length), String(high), String(medium), mean.toFixed(2)];
    }),
  ]);
}

function main(): void {
  const { values, positionals } = commandLine(USAGE, {
    allowPositionals: true,
    options: {
      threshold: { type: 'string' },
      list: { type: 'string' },
      defaults: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) fail('name one folder (default: the one templates:fetch writes).');
  const folder = resolve(positionals[0] ?? TEMPLATES_DIR);
  if (!existsSync(join(folder, 'manifest.tsv'))) fail(`No rendered templates at ${relative(process.cwd(), folder) || '.'}: run \`npm run templates:fetch\` first.`);
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
  const listed = values.list === undefined ? 12 : Number(values.list);
  if (!Number.isFinite(threshold) || threshold <= 0) fail(`--threshold expects a number > 0, got \`${values.threshold}\``);
  if (!Number.isInteger(listed) || listed < 0) fail(`--list expects a whole number ≥ 0, got \`${values.list}\``);

  const templates = scoreTemplates(folder, threshold, values.defaults ? 'defaults' : 'fitted');
  const medium = threshold / 2;
  const high = templates.filter((t) => t.report.score >= threshold);
  const mediumOrMore = templates.filter((t) => t.report.score >= medium);
  const packages = new Set(templates.map((t) => t.packageName));
  const languages = new Set(templates.map((t) => baseLanguage(t.lang)));
  const out: string[] = [];
  out.push(
    `spamrisk eval:templates: ${templates.length} legitimate public templates from ${packages.size} npm packages, ${languages.size} languages (${relative(process.cwd(), folder)})`,
    `  HTML only, no subject or headers; ${values.defaults ? "every rule at its default points (--defaults)" : "today's weights (core/score/weights.ts)"}; threshold ${threshold.toFixed(1)}`,
    '',
    `False positives at ${threshold.toFixed(1)}: ${high.length} of ${templates.length} (${percent(high.length, templates.length)}; target ≤ 1 %)`,
    `Medium or more (≥ ${medium.toFixed(1)}): ${mediumOrMore.length} of ${templates.length} (${percent(mediumOrMore.length, templates.length)})`,
    '',
    'By kind',
    ...groupedCounts(templates, (t) => t.row.kind, threshold),
    '',
    'By package',
    ...groupedCounts(templates, (t) => t.packageName, threshold),
  );

  // Which language the analyzer detects, against the language the message is written in.
  const wrongLanguage = templates.filter((t) => baseLanguage(t.lang) !== t.report.stats.language);
  out.push('', `Detected language differs from the message's: ${wrongLanguage.length} of ${templates.length}`);
  const confusions = new Map<string, string[]>();
  for (const t of wrongLanguage) {
    const key = `${baseLanguage(t.lang)} → ${t.report.stats.language}`;
    confusions.set(key, [...(confusions.get(key) ?? []), t.row.file]);
  }
  for (const [key, files] of [...confusions].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`  ${key}: ${files.length} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`);
  }

  // Rules by the points they add over the whole set.
  const byRule = new Map<string, { fired: number; points: number; max: number; inMedium: number }>();
  for (const t of templates) {
    const seen = new Set<string>();
    for (const finding of t.report.findings) {
      const entry = byRule.get(finding.rule) ?? { fired: 0, points: 0, max: 0, inMedium: 0 };
      if (!seen.has(finding.rule)) {
        entry.fired += 1;
        if (t.report.score >= medium) entry.inMedium += 1;
        seen.add(finding.rule);
      }
      entry.points += finding.points;
      byRule.set(finding.rule, entry);
    }
  }
  const ranked = [...byRule].sort((a, b) => b[1].points - a[1].points || b[1].fired - a[1].fired);
  const withPoints = ranked.filter(([, entry]) => entry.points > 0);
  out.push(
    '',
    'Rules that add points, most points first (fired = templates it fires on; in medium+ = of those, how many score ≥ medium)',
    ...table([
      ['rule', 'fired', 'share', 'points in all', 'mean when fired', 'in medium+'],
      ...withPoints.map(([rule, entry]) => [
        rule,
        String(entry.fired),
        percent(entry.fired, templates.length),
        entry.points.toFixed(1),
        (entry.points / entry.fired).toFixed(2),
        String(entry.inMedium),
      ]),
    ]),
  );
  const silent = ranked.filter(([, entry]) => entry.points === 0);
  if (silent.length > 0) out.push(`  Also firing, 0 points: ${silent.map(([rule, entry]) => `${rule} ${entry.fired}`).join(', ')}`);

  // Highest scores with what drove them.
  const top = [...templates].sort((a, b) => b.report.score - a.report.score || a.row.file.localeCompare(b.row.file)).slice(0, listed);
  if (top.length > 0) {
    out.push('', `Highest-scoring templates (${top.length} of ${templates.length})`);
    for (const t of top) {
      out.push(`  ${t.report.score.toFixed(1).padStart(5)}  ${t.row.file}  [${t.row.kind}, ${t.lang} → detected ${t.report.stats.language}]`);
      for (const finding of t.report.findings.filter((f) => f.points !== 0).slice(0, 6)) {
        out.push(`           ${finding.points.toFixed(1).padStart(4)}  ${finding.rule}  \`${quote(finding.evidence)}\``);
      }
    }
  }

  // What the placeholder text itself adds.
  const withPlaceholders = templates.filter((t) => t.withoutPlaceholders !== null);
  const adding = withPlaceholders.filter((t) => placeholderPoints(t) !== 0).sort((a, b) => placeholderPoints(b) - placeholderPoints(a));
  out.push(
    '',
    `Placeholders: ${withPlaceholders.length} templates keep template syntax; with it neutralised, ${adding.length} score differently` +
      ` (${withPlaceholders.filter((t) => t.report.score >= threshold && t.withoutPlaceholders!.score < threshold).length} cross ${threshold.toFixed(1)} only because of it)`,
  );
  for (const t of adding.slice(0, 10)) {
    const without = t.withoutPlaceholders!;
    const rulesOf = (report: typeof without) => new Set(report.findings.filter((f) => f.points !== 0).map((f) => f.rule));
    const withRules = rulesOf(t.report);
    const withoutRules = rulesOf(without);
    const gained = [...withRules].filter((rule) => !withoutRules.has(rule));
    const lost = [...withoutRules].filter((rule) => !withRules.has(rule));
    const language = t.report.stats.language !== without.stats.language ? `; language ${t.report.stats.language}, ${without.stats.language} without` : '';
    const sign = placeholderPoints(t) > 0 ? '+' : '';
    out.push(
      `  ${sign}${placeholderPoints(t).toFixed(1).padStart(4)}  ${t.row.file}  (${t.report.score.toFixed(1)}, ${without.score.toFixed(1)} without${language})` +
        `${gained.length > 0 ? `  only with them: ${gained.join(', ')}` : ''}${lost.length > 0 ? `  only without them: ${lost.join(', ')}` : ''}`,
    );
  }
  const languageChanges = withPlaceholders.filter((t) => t.report.stats.language !== t.withoutPlaceholders!.stats.language);
  out.push(`  Placeholders change the detected language of ${languageChanges.length} of ${withPlaceholders.length}${languageChanges.length > 0 ? `: ${languageChanges.map((t) => `${t.row.file} (${t.report.stats.language}, ${t.withoutPlaceholders!.stats.language} without)`).join(', ')}` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
