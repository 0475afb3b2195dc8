/**
 * `tsx scripts/bench-alloc.ts [corpus | links | distinct | distinct-mismatched | non-ascii | hidden | plain | caps | divs | font | mismatched | onclick | disguised | split | lookalikes] [--top N | --phases]`: where
 * analyze() allocates, by function (native allocations such as `split` or `Map#set` are charged
 * to the core/ function that called them), from V8's sampling heap profiler with collected
 * objects included, so garbage counts too: the collector's share of a profile (6–11 %) follows
 * what is allocated, and peak memory on the hostile inputs follows what is allocated at once.
 * `corpus` (the default) is one round over the dev corpus HTML after a warm-up round; the others
 * are the hostile inputs of `npm run bench`. Prints figures; asserts nothing.
 *
 * `--phases` instead runs one hostile input through the analyzer's steps one at a time (the
 * parse, then each fact, then each rule, keeping the hits as analyze() does) and prints the peak
 * RSS of this process after each step that raised it, and the live heap: where the peak is made,
 * which the sampling profile (allocations, garbage included) does not say.
 */
import { Session } from 'node:inspector/promises';
import { analyze, createAnalyzer, rules, type EmailInput } from '../core/index.ts';
import { FACT_NAMES } from '../core/facts/index.ts';
import type { RuleContext } from '../core/rules/rule.ts';
import { defaultCorpus, distinctLinks, distinctNonAsciiHosts, loadCorpusHtml } from './bench-inputs.ts';

const args = process.argv.slice(2);
const which = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? 'corpus';
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const MB = 1024 * 1024;
// Flat, as `npm run bench` reads it from a file: `repeat` makes a rope, which the first regex or
// trim over it would copy, an allocation the real input never pays.
const repeatTo = (piece: string, bytes: number): string => Buffer.from(piece.repeat(Math.ceil(bytes / piece.length))).toString('latin1');
const HOSTILE: Record<string, () => string> = {
  links: () => repeatTo('<a href="http://bit.ly/x">www.paypal.com</a> ', 10 * MB),
  distinct: () => distinctLinks(10 * MB, false),
  'distinct-mismatched': () => distinctLinks(10 * MB, true),
  'non-ascii': () => distinctNonAsciiHosts(10 * MB),
  hidden: () => repeatTo('<span style="display:none">a</span>b ', 10 * MB),
  plain: () => repeatTo('Hello world this is plain text FREE money act now ', 10 * MB),
  caps: () => repeatTo('Spring Sale Starts Today With Great Offers For Everyone ', 10 * MB),
  divs: () => repeatTo('<div>', 10 * MB),
  font: () => repeatTo('<font color=red>x ', 2 * MB),
  mismatched: () => repeatTo('<b><i></b></i>', 2 * MB),
  onclick: () => repeatTo('<a onclick="x" href="http://a.b/">y</a>', 2 * MB),
  disguised: () => repeatTo('vi-agra v*1*@*g*r*a xanaax V I A G R A ', 10 * MB),
  split: () => repeatTo(`${'a-'.repeat(59)}a `, 10 * MB),
  lookalikes: () => repeatTo(`l${'1!|l'.repeat(29)} `, 10 * MB),
};

interface SampleNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SampleNode[];
}

if (args.includes('--phases')) {
  const make = HOSTILE[which];
  if (!make) throw new Error(`unknown input ${which}: ${Object.keys(HOSTILE).join(', ')}`);
  const peakMb = (): number => process.resourceUsage().maxRSS / 1024;
  const heapMb = (): number => process.memoryUsage().heapUsed / MB;
  const analyzer = createAnalyzer();
  analyzer.analyze({ html: '<p>warm</p>' });
  const idle = peakMb();
  let last = idle;
  const html = make();
  const inputMb = html.length / MB;
  const step = (label: string, run: () => unknown): unknown => {
    const start = performance.now();
    const value = run();
    const peak = peakMb();
    const ms = performance.now() - start;
    if (peak - last >= 1 || ms >= 50) {
      console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  peak ${peak.toFixed(0).padStart(5)} MB (+${(peak - last).toFixed(0).padStart(3)})  heap ${heapMb().toFixed(0).padStart(5)} MB`);
    }
    last = Math.max(last, peak);
    return value;
  };
  console.log(`${which}: ${inputMb.toFixed(1)} MB of HTML, warm process peaks at ${idle.toFixed(0)} MB\n`);
  const context = step('parse + tokens + stems (context)', () => analyzer.context({ html })) as RuleContext;
  for (const name of FACT_NAMES) step(`fact ${name}`, () => context.facts[name]);
  const kept: unknown[] = [];
  for (const rule of rules) kept.push(step(`rule ${rule.id}`, () => (rule.hitColumns ? rule.hitColumns(context) : rule.check(context))));
  const above = last - idle;
  console.log(`\npeak ${last.toFixed(0)} MB, +${above.toFixed(0)} MB above the warm process: ${(above / inputMb).toFixed(1)}× the input (analyze() also builds the report)`);
  process.exit(0);
}

let inputs: EmailInput[];
if (which === 'corpus') {
  inputs = await loadCorpusHtml(defaultCorpus());
  for (const input of inputs) analyze(input);
} else {
  const make = HOSTILE[which];
  if (!make) throw new Error(`unknown input ${which}: corpus, ${Object.keys(HOSTILE).join(', ')}`);
  inputs = [{ html: make() }];
  analyze({ html: '<p>warm</p>' });
}

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (const input of inputs) analyze(input);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SampleNode } };
session.disconnect();

const bySite = new Map<string, number>();
const walk = (node: SampleNode, owner: string): void => {
  const { functionName, url } = node.callFrame;
  const inCore = url.includes('/core/');
  const name = `${functionName || '(anonymous)'}  ${url.replace(/^.*\/(core\/|node_modules\/)/, '$1') || '(native)'}`;
  const key = inCore || !owner ? name : `${name}  <- ${owner}`;
  bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, inCore ? name : owner);
};
walk(profile.head, '');
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
console.log(`${which}: ${(total / MB).toFixed(0)} MB allocated by ${inputs.length} ${inputs.length === 1 ? 'analysis' : 'analyses'} (sampled), peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
for (const [key, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(bytes / MB).toFixed(1).padStart(7)} MB  ${((bytes / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
}
