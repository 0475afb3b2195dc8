/**
 * `node --import tsx --cpu-prof scripts/bench-profile.ts [corpus] [--rounds N] [--owned]`: runs
 * analyze() over the corpus HTML (as `npm run bench` does) `rounds` times, for a CPU profile;
 * `tsx scripts/bench-profile.ts --summary <file.cpuprofile>` prints its self time by function and
 * by file. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, createAnalyzer } from '../core/index.ts';
import { defaultCorpus, loadCorpusHtml } from './bench-inputs.ts';

const args = process.argv.slice(2);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const summary = args.indexOf('--summary');
if (summary >= 0) {
  const profile = JSON.parse(readFileSync(args[summary + 1] ?? '', 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.replace(/^.*\/(node_modules\/|core\/|scripts\/)/, '$1') || '(native)';
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
  }
  const top = (map: Map<string, number>, count: number): void => {
    for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${key}`);
    }
  };
  console.log(`total ${(total / 1000).toFixed(0)} ms\n\nby function:`);
  top(byFunction, Number(args[args.indexOf('--top') + 1]) || 45);
  console.log('\nby file:');
  top(byFile, 30);
  // Inclusive time of the functions named with --inclusive a,b,c (each counted once per stack).
  const inclusiveFlag = args.indexOf('--inclusive');
  if (inclusiveFlag >= 0) {
    const names = new Set((args[inclusiveFlag + 1] ?? '').split(','));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const inclusive = new Map<string, number>();
    for (const [id, micros] of self) {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        const file = frame?.url.replace(/^.*\/(node_modules\/|core\/|scripts\/)/, '$1') ?? '';
        const name = frame?.functionName ?? '';
        for (const key of [name, `${file}:${name}`, file]) {
          if (!names.has(key) || seen.has(key)) continue;
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
        }
      }
    }
    console.log('\ninclusive:');
    top(inclusive, 100);
  }
  process.exit(0);
}

const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 3;
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? defaultCorpus());

const inputs = await loadCorpusHtml(root);
const owned = args.includes('--owned') ? createAnalyzer() : null;
const start = process.cpuUsage();
for (let round = 0; round < rounds; round++) for (const input of inputs) void (owned ? owned.analyze(input) : analyze(input));
const used = process.cpuUsage(start);
console.log(`${inputs.length} inputs × ${rounds} rounds: ${((used.user + used.system) / 1000 / rounds).toFixed(0)} ms CPU a round`);
