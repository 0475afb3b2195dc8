import { readFileSync } from 'node:fs';
import { createAnalyzer, emailToInput, rules } from '../../core/index.ts';
import { ruleStrength } from '../../core/score/score.ts';
const root = '/work/shared/corpus/';
const rows = readFileSync(root + 'manifest.tsv', 'utf8').trim().split('\n').slice(1).map(l => l.split('\t'));
const a = createAnalyzer();
let t0 = performance.now();
const inputs = [];
for (const r of rows) inputs.push(await emailToInput(readFileSync(root + r[0])));
let t1 = performance.now();
console.log('parse', rows.length, (t1 - t0).toFixed(0), 'ms');
const counts = new Map();
for (const inp of inputs) { const c = a.context(inp); for (const rule of rules) { const h = rule.check(c); if (h.length) counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1); } }
let t2 = performance.now();
console.log('analyze', (t2 - t1).toFixed(0), 'ms', counts);
