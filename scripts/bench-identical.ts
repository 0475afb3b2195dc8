/**
 * `tsx scripts/bench-identical.ts <out-file>`: every report, in full, for a fixed set of inputs, one
 * line per input, so a speed change can be proved not to change behaviour: run it before and after
 * and `cmp` the two files (they must be byte-identical).
 *
 * Inputs: every .eml/.html in ../shared/corpus (or ../../shared/corpus from a worktree; when present), test/fixtures, test/rules and
 * examples/, analysed with analyze() (English) and, for every tenth input, again in French with a
 * reused analyzer of one's own (stems remembered) and the rules' context facts listed; then a
 * handful of generated inputs that hit the many-findings paths (truncated findings, hidden spans,
 * thousands of links, thousands of distinct, mismatched and non-ASCII-host links, deep nesting). Nothing here is timed.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, createAnalyzer, emailToInput, type EmailInput } from '../core/index.ts';
import { FACT_NAMES } from '../core/facts/index.ts';
import { distinctLinks, distinctNonAsciiHosts } from './bench-inputs.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/bench-identical.ts <out-file>');
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '..');
// The corpus sits beside the repository (../shared/corpus); a worktree one level deeper reaches it at ../../shared.
const corpus = [join(repo, '../shared/corpus'), join(repo, '../../shared/corpus')].find((folder) => existsSync(folder)) ?? join(repo, '../shared/corpus');
const folders = [corpus, join(repo, 'test/fixtures'), join(repo, 'test/rules'), join(repo, 'examples')];

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
      return /\.(eml|html?)$/.test(name) ? [path] : [];
    });
}

/** Facts as plain data (Maps, Sets and regexes spelled out), so a changed fact shows in the diff. */
function plain(value: unknown, depth = 0): unknown {
  if (depth > 8) return '…';
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [plain(k, depth + 1), plain(v, depth + 1)]) };
  if (value instanceof Set) return { set: [...value].map((v) => plain(v, depth + 1)) };
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'function') return 'fn';
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  // A view over column storage (a message's links) lists what it stands for, not its storage.
  if (value && typeof (value as { toJSON?: unknown }).toJSON === 'function') return plain((value as { toJSON: () => unknown }).toJSON(), depth);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, depth + 1)]));
  return value;
}

const lines: string[] = [];
const owned = createAnalyzer();
let count = 0;
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.log(`(skipped: ${folder} is absent)`);
    continue;
  }
  for (const path of walk(folder)) {
    const raw = readFileSync(path);
    let input: EmailInput;
    try {
      input = path.endsWith('.eml') ? await emailToInput(raw) : { html: raw.toString('utf8') };
    } catch (error) {
      lines.push(`${relative(repo, path)}\tunparsed: ${String(error)}`);
      continue;
    }
    const name = relative(repo, path);
    lines.push(`${name}\t${JSON.stringify(analyze(input))}`);
    if (count++ % 10 === 0) {
      lines.push(`${name}\tfr+owned\t${JSON.stringify(owned.analyze(input, { locale: 'fr', languages: ['auto', 'en', 'fr'] }))}`);
      const context = owned.context(input);
      const facts = Object.fromEntries(FACT_NAMES.map((fact) => [fact, plain(context.facts[fact])]));
      lines.push(`${name}\tfacts\t${JSON.stringify(facts)}`);
    }
  }
}

const repeatTo = (piece: string, length: number): string => piece.repeat(Math.ceil(length / piece.length));
const generated: [string, string][] = [
  ['plain words', repeatTo('Hello world this is plain text FREE money act now ', 200_000)],
  ['capitalised words', repeatTo('Spring Sale Starts Today With Great Offers For Everyone ', 200_000)],
  ['hidden spans', repeatTo('<span style="display:none">a</span>b ', 200_000)],
  ['links', repeatTo('<a href="http://bit.ly/x">www.paypal.com</a> ', 200_000)],
  ['onclick links', repeatTo('<a onclick="x" href="http://a.b/">y</a>', 100_000)],
  ['nested divs', '<div>'.repeat(5000) + 'FREE money'],
  ['unclosed fonts', repeatTo('<font color=red>x ', 100_000)],
  ['mismatched', repeatTo('<b><i></b></i>', 100_000)],
  ['distinct links', distinctLinks(200_000, false)],
  ['distinct mismatched links', distinctLinks(200_000, true)],
  ['distinct non-ASCII hosts', distinctNonAsciiHosts(200_000)],
  ['leet and confusables', repeatTo('V1agra fr€e Р\u0430yР\u0430l c\u200bash $ave @ttention 100% GUARANTEED ', 100_000)],
];
for (const [label, html] of generated) {
  lines.push(`generated: ${label}\t${JSON.stringify(analyze({ html, subject: 'FREE!!! Act now' }))}`);
  lines.push(`generated: ${label} (fr)\t${JSON.stringify(analyze({ html }, { locale: 'fr' }))}`);
}
lines.push(`generated: plain text\t${JSON.stringify(analyze({ text: repeatTo('Click here to WIN $$$ http://bit.ly/abc now ', 100_000) }))}`);

writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} lines written to ${out}`);
