/**
 * `tsx scripts/bench-alloc.ts [corpus | links | hidden | plain | caps | divs] [--top N]`: where
 * analyze() allocates, by function (native allocations such as `split` or `Map#set` are charged
 * to the core/ function that called them), from V8's sampling heap profiler with collected
 * objects included, so garbage counts too: the collector's share of a profile (6–11 %) follows
 * what is allocated, and peak memory on the hostile inputs follows what is allocated at once.
 * `corpus` (the default) is one round over the dev corpus HTML after a warm-up round; the others
 * are the 10 MB hostile inputs of `npm run bench`. Prints figures; asserts nothing.
 */
import { Session } from 'node:inspector/promises';
import { analyze, type EmailInput } from '../core/index.ts';
import { defaultCorpus, loadCorpusHtml } from './bench-inputs.ts';

const args = process.argv.slice(2);
const which = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? 'corpus';
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const MB = 1024 * 1024;
const repeatTo = (piece: string, bytes: number): string => piece.repeat(Math.ceil(bytes / piece.length));
const HOSTILE: Record<string, () => string> = {
  links: () => repeatTo('<a href="http://bit.ly/x">www.paypal.com</a> ', 10 * MB),
  hidden: () => repeatTo('<span style="display:none">a</span>b ', 10 * MB),
  plain: () => repeatTo('Hello world this is plain text FREE money act now ', 10 * MB),
  caps: () => repeatTo('Spring Sale Starts Today With Great Offers For Everyone ', 10 * MB),
  divs: () => '<div>'.repeat(2 * MB),
};

interface SampleNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SampleNode[];
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
