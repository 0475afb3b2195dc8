/**
 * Measures `explain()` against the labelled bounces in ../shared/corpus/bounces (sisimai's public
 * samples; see its README): the category of a report is that of its highest-points finding, and
 * it is compared with the manifest's category. Prints per-category precision and recall, overall
 * agreement, and the disagreements.
 *
 *   npm run eval:bounces [-- <corpus folder>] [--errors] [--json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { explain } from '../core/explain/index.ts';

const CATEGORIES = ['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other'] as const;

const args = process.argv.slice(2);
const folderArg = args.find((arg) => !arg.startsWith('--'));
// The corpus sits next to the repository: <repo>/../shared/corpus/bounces.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(folderArg ?? join(repoRoot, '..', 'shared', 'corpus', 'bounces'));
const showErrors = args.includes('--errors');
const asJson = args.includes('--json');

interface Row {
  file: string;
  expected: string;
  reason: string;
  got: string;
  rule: string;
}

let manifest: string;
try {
  manifest = readFileSync(join(folder, 'manifest.tsv'), 'utf8');
} catch {
  console.error(`eval-bounces: no manifest.tsv in ${folder} (pass the corpus folder as an argument)`);
  process.exit(2);
}
const [headerLine, ...lines] = manifest.trim().split('\n');
const columns = (headerLine ?? '').split('\t');
const fileColumn = columns.indexOf('file');
const categoryColumn = columns.indexOf('category');
const reasonColumn = columns.indexOf('sisimai_reason');

const rows: Row[] = [];
const started = performance.now();
let bytes = 0;
for (const line of lines) {
  const cells = line.split('\t');
  const file = cells[fileColumn] as string;
  const expected = cells[categoryColumn] as string;
  const text = readFileSync(join(folder, file), 'utf8');
  bytes += text.length;
  const report = explain(text);
  const top = report.findings[0];
  rows.push({ file, expected, reason: cells[reasonColumn] ?? '', got: top ? String(top.category) : 'other', rule: top?.rule ?? '(none)' });
}
const elapsed = performance.now() - started;

const agree = rows.filter((row) => row.expected === row.got).length;
const perCategory = CATEGORIES.map((category) => {
  const truePositives = rows.filter((row) => row.got === category && row.expected === category).length;
  const predicted = rows.filter((row) => row.got === category).length;
  const actual = rows.filter((row) => row.expected === category).length;
  return {
    category,
    support: actual,
    predicted,
    precision: predicted > 0 ? truePositives / predicted : null,
    recall: actual > 0 ? truePositives / actual : null,
  };
});
const outside = rows.filter((row) => !(CATEGORIES as readonly string[]).includes(row.got));

if (asJson) {
  console.log(JSON.stringify({ folder, messages: rows.length, agreement: agree / rows.length, perCategory, errors: rows.filter((row) => row.expected !== row.got) }, null, 2));
} else {
  const percent = (value: number | null) => (value === null ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`);
  console.log(`explain() on ${rows.length} bounces in ${folder}`);
  console.log(`${(elapsed / rows.length).toFixed(2)} ms per message, ${((bytes / 1024 / 1024) / (elapsed / 1000)).toFixed(1)} MB/s\n`);
  console.log('category         support  predicted  precision  recall');
  for (const entry of perCategory) {
    console.log(`${entry.category.padEnd(16)} ${String(entry.support).padStart(7)}  ${String(entry.predicted).padStart(9)}  ${percent(entry.precision).padStart(9)}  ${percent(entry.recall).padStart(6)}`);
  }
  if (outside.length > 0) console.log(`(${outside.length} reports whose top finding is not a bounce category)`);
  console.log(`\noverall agreement: ${agree}/${rows.length} = ${((agree / rows.length) * 100).toFixed(1)}%`);
  if (showErrors) {
    console.log('\ndisagreements (file, expected [sisimai reason], got [rule]):');
    for (const row of rows.filter((entry) => entry.expected !== entry.got)) {
      console.log(`  ${row.file}  ${row.expected} [${row.reason}]  →  ${row.got} [${row.rule}]`);
    }
  }
}
