/**
 * `tsx scripts/bench-compare.ts <old-tree> [corpus] [--rounds N]`: analyze() of this tree against
 * analyze() of another checkout of the project (`git archive <commit> core package.json | tar -x -C
 * <old-tree>`, with node_modules beside it), in one process, rounds alternating old/new over the
 * corpus HTML, so both see the same load. Prints each side's fastest and median round (CPU time,
 * GC threads included), the new/old ratio of the fastest rounds and the median of per-round ratios,
 * and the load average before and after. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type EmailInput, type Report } from '../core/index.ts';
import { defaultCorpus, loadCorpusHtml } from './bench-inputs.ts';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 10;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const oldTree = positional[0];
if (!oldTree) {
  console.error('usage: tsx scripts/bench-compare.ts <old-tree> [corpus] [--rounds N]');
  process.exit(2);
}
const root = resolve(positional[1] ?? defaultCorpus());
const load = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const old = (await import(pathToFileURL(join(resolve(oldTree), 'core/index.ts')).href)) as { analyze: (input: EmailInput) => Report };
const inputs = await loadCorpusHtml(root);
const cpuOf = (run: (input: EmailInput) => unknown): number => {
  const start = process.cpuUsage();
  for (const input of inputs) run(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
console.log(`${inputs.length} inputs, ${rounds} rounds alternating (first pair discarded), load average ${load()}`);
const times = { old: [] as number[], new: [] as number[] };
for (let round = 0; round <= rounds; round++) {
  // Alternate which side goes first, so neither always runs after the other's garbage.
  const order = round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  const pair = { old: 0, new: 0 };
  for (const side of order) pair[side] = cpuOf(side === 'old' ? old.analyze : analyze);
  if (round === 0) continue;
  times.old.push(pair.old);
  times.new.push(pair.new);
}
const min = (values: number[]): number => Math.min(...values);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ratios = times.new.map((value, index) => value / (times.old[index] ?? value));
console.log(`old: fastest ${min(times.old).toFixed(0)} ms CPU, median ${median(times.old).toFixed(0)} ms`);
console.log(`new: fastest ${min(times.new).toFixed(0)} ms CPU, median ${median(times.new).toFixed(0)} ms`);
console.log(`new / old: ${(min(times.new) / min(times.old)).toFixed(3)} fastest rounds, ${median(ratios).toFixed(3)} median of per-round ratios (load average now ${load()})`);
