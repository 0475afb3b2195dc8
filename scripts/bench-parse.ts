/**
 * `tsx scripts/bench-parse.ts [corpus] [--rounds N] [--only parse|message|context]`: where an
 * analysis's time goes, stage by stage, on the corpus HTML (CPU time, fastest and median rounds):
 * htmlparser2's DOM parse (the yardstick), our HTML parse, the whole Message (parse, tokens,
 * language, links), the rule context with its facts, and a whole analyze(). `--only` runs one
 * stage in a loop, for a profile. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { analyze, createAnalyzer, type EmailInput } from '../core/index.ts';
import { defaultCorpus, loadCorpusHtml } from './bench-inputs.ts';
import { FACT_NAMES } from '../core/facts/index.ts';
import { parseHtml } from '../core/message/parse-html.ts';
import { parseMessage } from '../core/message/parse.ts';
import { functionWords } from '../core/data/global.ts';
import { indexFunctionWords } from '../core/text/language.ts';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 8;
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? args[onlyFlag + 1] : undefined;
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--only') ?? defaultCorpus());

const inputs = await loadCorpusHtml(root);
const analyzer = createAnalyzer({ rememberStems: false });
// The function words an analyzer on the default data counts, so `message` measures the same work as before.
const votes = indexFunctionWords(functionWords);
const stages: [string, (input: EmailInput) => void][] = [
  ['parseDocument (DOM)', (input) => void parseDocument(input.html ?? '')],
  ['parse', (input) => void parseHtml(input.html ?? '')],
  ['message', (input) => void parseMessage(input, votes)],
  [
    'context',
    (input) => {
      const context = analyzer.context(input);
      for (const fact of FACT_NAMES) void context.facts[fact];
    },
  ],
  ['analyze', (input) => void analyze(input)],
];
const chosen = only ? stages.filter(([name]) => name === only) : stages;
const times = new Map<string, number[]>(chosen.map(([name]) => [name, []]));
for (let round = 0; round < rounds + 1; round++) {
  for (const [name, run] of chosen) {
    const start = process.cpuUsage();
    for (const input of inputs) run(input);
    const used = process.cpuUsage(start);
    if (round > 0) times.get(name)?.push((used.user + used.system) / 1000);
  }
}
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
const dom = sorted(times.get('parseDocument (DOM)') ?? [])[0];
console.log(`${inputs.length} messages, ${rounds} rounds (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`);
for (const [name, values] of times) {
  const s = sorted(values);
  const fastest = s[0] ?? 0;
  console.log(`${name.padEnd(22)} fastest ${fastest.toFixed(0).padStart(6)} ms  median ${(s[Math.floor(s.length / 2)] ?? 0).toFixed(0).padStart(6)} ms CPU${dom ? `   ${(fastest / dom).toFixed(2)}× the DOM parse` : ''}`);
}
