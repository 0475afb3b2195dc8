/**
 * `npm run bench`: how fast analyze() is on real mail, against a bare htmlparser2 parse of the same
 * HTML (the floor any HTML-reading analyzer pays). Prints figures; asserts nothing.
 *
 *   npm run bench [-- <corpus folder>] [--rounds N] [--corpus-only | --hostile-only] [--interleaved] [--only TEXT]
 *
 * --corpus-only stops after the corpus figures (no single draft, no hostile inputs); --hostile-only
 * runs only the hostile and huge inputs (the largest corpus message is still read for one of them);
 * --only TEXT runs only the hostile inputs whose label contains TEXT (`--hostile-only --only
 * 'distinct'` runs the two distinct-links inputs), and none of the hostile bounces.
 * --interleaved then also times the three, one after the other in each round, and prints the median
 * of the per-round ratios and the ratio of the fastest rounds: on a loaded machine both drift less
 * than ratios of medians taken minutes apart.
 *
 * HTML is extracted from the .eml files first (postal-mime, not timed), then each round times the
 * whole set: the bare parse as a DOM (htmlparser2 parseDocument, what cheerio builds), a bare
 * streaming parse with no callbacks (the tokenizer alone), analyze() with the subject (its
 * default analyzer remembers no stems between calls), and one analyzer of your own, reused (it
 * remembers the stems of the words it has seen, as the CLI's and a live editor's should).
 * Each hostile input runs in a child process of its own, so its peak memory (maxRSS) is its own; its
 * time is wall time, then CPU time (the collector's threads included, so it can pass the wall time
 * on an idle machine; on a busy one it is the figure that waits for no one).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Parser, parseDocument } from 'htmlparser2';
import { analyze, analyzeEmail, createAnalyzer, EmailParseError, explain, type EmailInput } from '../core/index.ts';
import { defaultCorpus, distinctLinks, distinctNonAsciiHosts, loadCorpusHtml, randomBytes } from './bench-inputs.ts';

const args = process.argv.slice(2);

// Child mode: analyse one file, print time, score and this process's peak memory. A `.json` file
// is a whole analyze() input (HTML and a text part, or a text-only message), an `.eml` raw bytes
// for analyzeEmail() (its score `refused` when it throws its EmailParseError), any other HTML.
const one = args.indexOf('--one');
if (one >= 0) {
  const file = args[one + 1] ?? '';
  const raw = file.endsWith('.eml') ? new Uint8Array(readFileSync(file)) : null;
  const read = raw ? '' : readFileSync(file, 'utf8');
  const input: EmailInput = file.endsWith('.json') ? (JSON.parse(read) as EmailInput) : { html: read };
  const start = performance.now();
  const startCpu = process.cpuUsage();
  let score: number | string = 0;
  if (raw) score = await analyzeEmail(raw).then((report) => report.score, (error: unknown) => (error instanceof EmailParseError ? 'refused' : Promise.reject(error)));
  else if (input.html || input.text) score = analyze(input).score;
  const ms = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, score, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 5;
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? (args[onlyFlag + 1] ?? '') : undefined;
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--only') ?? defaultCorpus());

/**
 * Median wall time and median CPU time (this process, GC threads included) of `rounds` passes.
 * The ratios use CPU time: on a machine shared with other work, wall time measures the others.
 */
function time(label: string, inputs: EmailInput[], run: (input: EmailInput) => void): number {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds + 1; round++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (const input of inputs) run(input);
    const used = process.cpuUsage(startCpu);
    if (round === 0) continue; // round 0 warms the JIT and the caches
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(`${label.padEnd(34)} ${median(wall).toFixed(0).padStart(7)} ms wall ${median(cpu).toFixed(0).padStart(7)} ms CPU   (medians of ${rounds} rounds)`);
  return median(cpu);
}

const inputs = await loadCorpusHtml(root);
const bytes = inputs.reduce((sum, input) => sum + (input.html?.length ?? 0), 0);
console.log(`spamrisk bench: ${inputs.length} HTML messages, ${(bytes / 1e6).toFixed(1)} MB of HTML, from ${root} (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})\n`);

if (!args.includes('--hostile-only')) {
  const dom = time('htmlparser2 parseDocument (DOM)', inputs, (input) => void parseDocument(input.html ?? ''));
  const stream = time('htmlparser2 Parser, no callbacks', inputs, (input) => new Parser({}).end(input.html ?? ''));
  const full = time('spamrisk analyze()', inputs, (input) => void analyze(input));
  const ownAnalyzer = createAnalyzer();
  const owned = time('spamrisk analyzer.analyze(), reused', inputs, (input) => void ownAnalyzer.analyze(input));

  console.log(`\nanalyze / parseDocument:      ${(full / dom).toFixed(2)}× (CPU time)`);
  console.log(`own analyzer / parseDocument: ${(owned / dom).toFixed(2)}×`);
  console.log(`analyze / streaming parse:    ${(full / stream).toFixed(2)}×`);
  console.log(`messages per second:          ${Math.round((inputs.length / full) * 1000)}`);
  console.log(`MB of HTML per second:        ${((bytes / 1e6) / (full / 1000)).toFixed(1)}`);

  if (args.includes('--interleaved')) {
    const cpuOf = (run: (input: EmailInput) => void): number => {
      const start = process.cpuUsage();
      for (const input of inputs) run(input);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    const runs: { dom: number; full: number; owned: number }[] = [];
    for (let round = 0; round < rounds + 1; round++) {
      const dom = cpuOf((input) => void parseDocument(input.html ?? ''));
      const full = cpuOf((input) => void analyze(input));
      const owned = cpuOf((input) => void ownAnalyzer.analyze(input));
      if (round > 0) runs.push({ dom, full, owned });
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const min = (values: number[]): number => Math.min(...values);
    console.log(`\ninterleaved (${rounds} rounds): parseDocument min ${min(runs.map((r) => r.dom)).toFixed(0)} ms CPU, analyze min ${min(runs.map((r) => r.full)).toFixed(0)} ms, reused min ${min(runs.map((r) => r.owned)).toFixed(0)} ms`);
    console.log(`  analyze / parseDocument:      ${median(runs.map((r) => r.full / r.dom)).toFixed(2)}× median of rounds, ${(min(runs.map((r) => r.full)) / min(runs.map((r) => r.dom))).toFixed(2)}× fastest rounds`);
    console.log(`  own analyzer / parseDocument: ${median(runs.map((r) => r.owned / r.dom)).toFixed(2)}× median of rounds, ${(min(runs.map((r) => r.owned)) / min(runs.map((r) => r.dom))).toFixed(2)}× fastest rounds`);
  }
  if (args.includes('--corpus-only')) process.exit(0);
}

const big = `<html><body>${'<p>Our spring collection is here: <a href="https://shop.example.com/p/1">new arrivals</a> at great prices.</p>'.repeat(1000)}</body></html>`;
const singleRounds: number[] = [];
for (let i = 0; i < (args.includes('--hostile-only') ? 0 : 20); i++) {
  const start = performance.now();
  analyze({ html: big });
  singleRounds.push(performance.now() - start);
}
singleRounds.sort((a, b) => a - b);
if (singleRounds.length > 0) console.log(`one ${Math.round(big.length / 1024)} KB draft:            ${(singleRounds[10] ?? 0).toFixed(1)} ms (median of 20)`);

// Hostile and huge inputs: every one must come back with a report; the figures say how fast.
const repeatTo = (piece: string, bytes: number): string => piece.repeat(Math.ceil(bytes / piece.length));
const MB = 1024 * 1024;
const analyzerRounds: number[] = [];
for (let i = 0; i < 21; i++) {
  const start = performance.now();
  createAnalyzer();
  analyzerRounds.push(performance.now() - start);
}
analyzerRounds.sort((a, b) => a - b);
console.log(`createAnalyzer():                ${(analyzerRounds[10] ?? 0).toFixed(1)} ms (median of 21; analyze() builds one at import)`);

/** Runs `input` (HTML, or a whole input) through analyze(), or raw bytes through analyzeEmail(), in a child process: time, score, peak RSS of the child. */
function inChild(input: string | EmailInput | Uint8Array): { ms: number; cpuMs: number; score: number | string; maxRssMb: number } {
  const folder = mkdtempSync(join(tmpdir(), 'spamrisk-bench-'));
  try {
    const file = join(folder, typeof input === 'string' ? 'input.html' : input instanceof Uint8Array ? 'input.eml' : 'input.json');
    writeFileSync(file, typeof input === 'string' || input instanceof Uint8Array ? input : JSON.stringify(input));
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', file], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`child failed: ${child.stderr.slice(0, 500)}`);
    return JSON.parse(child.stdout) as { ms: number; cpuMs: number; score: number | string; maxRssMb: number };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const hostile: [string, string | EmailInput | Uint8Array][] = [
  ['10 MB: a real template repeated', repeatTo(inputs.reduce((a, b) => ((b.html?.length ?? 0) > (a.html?.length ?? 0) ? b : a)).html ?? '', 10 * MB)],
  ['10 MB: one base64 data-URI image', `<p>Hello</p><img src="data:image/png;base64,${'A'.repeat(10 * MB)}">`],
  ['10 MB: nested <div> (depth past the limit)', '<div>'.repeat(2 * MB)],
  ['2 MB: unclosed <font> tags', repeatTo('<font color=red>x ', 2 * MB)],
  ['2 MB: mismatched closing tags', repeatTo('<b><i></b></i>', 2 * MB)],
  ['10 MB: plain words (2 million)', repeatTo('Hello world this is plain text FREE money act now ', 10 * MB)],
  // The text/plain alternative is read too (the trigger phrases of the text part, text-part-mismatch):
  // a huge one beside small HTML, and a text-only message, whose text is `text`.
  ['10 MB text part beside small HTML', { html: '<p>Hello, our news of the week.</p>', text: repeatTo('Hello world this is plain text FREE money act now ', 10 * MB) }],
  ['10 MB text-only message (plain words)', { text: repeatTo('Hello world this is plain text FREE money act now ', 10 * MB) }],
  // form-by-reply: every piece between commas is a field label, so the run never ends.
  ['10 MB: form labels parted by commas (name, address, …)', repeatTo('name, address, phone, age, occupation, ', 10 * MB)],
  // ... and every label is a trigger phrase too, which the phrase rules leave to the form (facts.replyForm).
  ['10 MB: form labels that are trigger phrases (next of kin:)', repeatTo('Next of kin:\n', 10 * MB)],
  ['10 MB: capitalised words', repeatTo('Spring Sale Starts Today With Great Offers For Everyone ', 10 * MB)],
  ['10 MB: hidden spans', repeatTo('<span style="display:none">a</span>b ', 10 * MB)],
  ['2 MB: links with onclick handlers', repeatTo('<a onclick="x" href="http://a.b/">y</a>', 2 * MB)],
  ['10 MB: 230,000 links', repeatTo('<a href="http://bit.ly/x">www.paypal.com</a> ', 10 * MB)],
  // The links above repeat one href, so whatever is read once per distinct href is read once:
  // here every host, path and text differs, and then every text shows a domain its href does not.
  ['10 MB: distinct links', distinctLinks(10 * MB, false)],
  ['10 MB: distinct mismatched links', distinctLinks(10 * MB, true)],
  // Distinct hosts and texts none of them ASCII: each read as a browser reads it (UTS #46).
  ['10 MB: distinct non-ASCII hosts', distinctNonAsciiHosts(10 * MB)],
  // The obfuscation reading of drug names (core/phrases/disguised.ts): symbols between letters
  // keep paths through its trie alive; characters that stand for two letters (`l1!|`) the most.
  ['10 MB: letters split by symbols (a-a-a-…)', repeatTo(`${'a-'.repeat(59)}a `, 10 * MB)],
  ['10 MB: two-letter look-alikes (l1!|l1!|…)', repeatTo(`l${'1!|l'.repeat(29)} `, 10 * MB)],
  ['10 MB: disguised drug names (vi-agra …)', repeatTo('vi-agra v*1*@*g*r*a xanaax V I A G R A ', 10 * MB)],
  // large-sum-lure's sum (core/text/large-sum.ts) is searched only beside two lures: give it them,
  // then figures, separators, signs and currency words that never make a sum.
  ['10 MB: two lures, then figures and currencies (1 , 2 . 3 $ 1 2 …)', `next of kin, strictly confidential ${repeatTo('1 , 2 . 3 $ 1 2 3 millions usd 999 999 € 20 m² ', 10 * MB)}`],
  // Binary content (a .msg, a PNG, random bytes) given to analyzeEmail(): refused as the CLI refuses such a file.
  ['analyzeEmail: 10 MB of random bytes', randomBytes(10 * MB)],
];
const idle = inChild('');
console.log(`\nload average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(`hostile and huge inputs (one run each, each in a child process; a child that analyses nothing peaks at ${idle.maxRssMb.toFixed(0)} MB):`);
for (const [label, input] of hostile) {
  if (only !== undefined && !label.includes(only)) continue;
  const { ms, cpuMs, score, maxRssMb } = inChild(input);
  const above = maxRssMb - idle.maxRssMb;
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input instanceof Uint8Array ? input.length : Buffer.byteLength(input.html ?? '') + Buffer.byteLength(input.text ?? '');
  const ratio = above / (bytes / 1024 / 1024);
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms (${cpuMs.toFixed(0).padStart(5)} ms CPU)   score ${String(score).padEnd(5)} peak ${maxRssMb.toFixed(0).padStart(5)} MB (+${above.toFixed(0)} MB, ${ratio.toFixed(1)}× the input)`);
}

const hostileBounces: [string, string | Uint8Array][] = [
  ['explain: 1.6 MB of "550 " reply codes', '550 '.repeat(400_000)],
  ['explain: 100,000 nested <script> tags', `Content-Type: text/html\n\n${'<script>'.repeat(100_000)}`],
  ['explain: 200,000 open parentheses in a header', `From: a@b.example\nAuthentication-Results: x; ${'('.repeat(200_000)}\n\nbody`],
  ['explain: a 600 KB host name', `host ${'a.'.repeat(300_000)} does not exist`],
  ['explain: 10 MB of random bytes', randomBytes(10 * MB)],
];
if (only !== undefined) process.exit(0);
console.log('\nhostile bounces (one run each):');
for (const [label, text] of hostileBounces) {
  const start = performance.now();
  const report = explain(text);
  console.log(`  ${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms   ${report.findings[0]?.category ?? '-'} (${report.findings[0]?.rule ?? '-'})`);
}
