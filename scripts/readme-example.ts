/**
 * README's "What a report looks like" example, generated from a real analyze() run so that its
 * score, points, offsets and stats are what the code gives (a hand-edited one once showed
 * `score: 0.4` beside a 1.5-point finding). test/readme-example.test.ts fails when README differs.
 *
 *   npx tsx scripts/readme-example.ts           prints the example
 *   npx tsx scripts/readme-example.ts --write   writes it into README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type Finding } from '../core/index.ts';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

const HTML = '<p>Your order #1042 has shipped and arrives on Thursday: follow it at <a href="https://bit.ly/x">bit.ly/x</a>.</p><p>Acme Books, 12 Market Street, Leeds</p>';
const SUBJECT = 'Your order has shipped';
/** Words of a message or suggestion shown before it is cut with `…`. */
const WORDS = 60;

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const cut = (text: string): string => (text.length > WORDS ? `${text.slice(0, WORDS).replace(/\s+\S*$/, '')} …` : text);

function finding(found: Finding): string[] {
  const location = found.location ? `, location: { in: '${found.location.in}', start: ${found.location.start}, end: ${found.location.end} }` : '';
  return [
    `[{ rule: '${found.rule}', category: '${found.category}', points: ${found.points},`,
    `                message: ${quote(cut(found.message))}, suggestion: ${quote(cut(found.suggestion))},`,
    `                evidence: ${quote(found.evidence)}${location} }`,
  ];
}

/** The lines of the example from `const html` to the report's last line. */
export function readmeExample(): string {
  const report = analyze({ html: HTML, subject: SUBJECT });
  const [first, ...others] = report.findings;
  const stats = Object.entries(report.stats)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? quote(value) : String(value)}`)
    .join(', ');
  const findings = first ? finding(first) : ['['];
  const more = others.length > 0 ? `, … ${others.length} more${others.every((other) => other.points === 0) ? ' (advice, 0 points)' : ''}]` : ']';
  return [
    `const html = ${quote(HTML)};`,
    `const report = analyze({ html, subject: ${quote(SUBJECT)} });`,
    `// { version: ${report.version}, score: ${report.score}, level: '${report.level}', threshold: ${report.threshold},`,
    `//   findings: ${findings[0]}`,
    ...findings.slice(1, -1).map((line) => `//${line}`),
    `//${findings.at(-1) ?? ''}${more},`,
    `//   stats: { ${stats} } }`,
  ].join('\n');
}

/** README with the example replaced (from its `const html` line to the `stats` line). */
export function withExample(readme: string, example: string): string {
  const start = readme.indexOf('const html = ');
  const statsAt = readme.indexOf('//   stats: {', start);
  if (start < 0 || statsAt < 0) throw new Error('README.md: the report example (from "const html = " to "//   stats: {") was not found');
  const end = readme.indexOf('\n', statsAt);
  return readme.slice(0, start) + example + readme.slice(end < 0 ? readme.length : end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = readmeExample();
  if (process.argv.includes('--write')) writeFileSync(README, withExample(readFileSync(README, 'utf8'), example));
  else console.log(example);
}
