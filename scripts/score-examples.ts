/**
 * The main job of README's Quick start: score every template in examples/ (or the folders and
 * files given) and print each report in plain words. The `spamrisk` CLI does this with more
 * formats; this script needs nothing but the core.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, analyzeEmail, type Report } from '../core/index.ts';

const targets = process.argv.slice(2);
const roots = targets.length ? targets : [join(import.meta.dirname, '../examples')];

function files(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
  return /\.(html?|eml)$/i.test(path) ? [path] : [];
}

function print(file: string, report: Report): void {
  console.log(`\n${relative(process.cwd(), file)}: ${report.score.toFixed(1)} points, ${report.level} risk (threshold ${report.threshold})`);
  for (const finding of report.findings.filter((f) => f.points > 0).slice(0, 8)) {
    console.log(`  +${finding.points.toFixed(1)}  ${finding.rule}: ${finding.message}`);
    console.log(`         → ${finding.suggestion}`);
  }
  const advice = report.findings.filter((f) => f.points <= 0).length;
  if (advice) console.log(`  (${advice} piece${advice === 1 ? '' : 's'} of advice with no points)`);
}

let risky = 0;
for (const file of roots.flatMap((root) => files(resolve(root)))) {
  const raw = readFileSync(file);
  const report = file.endsWith('.eml') ? await analyzeEmail(raw) : analyze({ html: raw.toString('utf8') });
  print(file, report);
  if (report.level === 'high') risky++;
}
console.log(`\n${risky} template(s) at or above the threshold.`);
