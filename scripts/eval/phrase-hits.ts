/**
 * Which messages of each set a phrase makes a phrase rule fire on, and their scores: the per-phrase
 * counts in wordlists/ notes (e.g. "strictly confidential", "impotence"). Usage:
 *
 *   npx tsx scripts/eval/phrase-hits.ts <regex> [--rules shady-phrase,subject-phrase] <kind> <folder> [<kind> <folder>…]
 *
 * `<regex>` (case-insensitive) is matched against each hit's phrase and evidence; kinds: `dev` (a
 * folder with manifest.tsv, as scripts/eval/eval.ts reads), `enron` (Enron-Spam's enronN/ folders, as
 * scripts/eval/external.ts reads them: subject and lower-cased body), `eml` and `mbox` (spam/ and
 * ham/ folders), `templates` (rendered templates with their manifest). Each set is read as its
 * evaluation reads it (a text once, per set) and scored with core/score/weights.ts; prints, per
 * group, the messages read, those with a matching hit, and their scores.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, emailToInput, rules, type EmailInput } from '../../core/index.ts';
import { fittedWeights } from '../../core/score/weights.ts';
import { readInput } from './corpus.ts';
import { emlMessages, enronParts, mboxMessages, readDistinct } from './collections.ts';
import { enronInput } from './enron.ts';
import { effectiveWeights, featuresOfInput, scoreOf } from './features.ts';
import { readManifest } from './manifest.ts';
import { readTemplateManifest } from '../templates/manifest.ts';

const USAGE = 'usage: npx tsx scripts/eval/phrase-hits.ts <regex> [--rules a,b] <dev|enron|eml|mbox|templates> <folder> …';
const fail = (message: string): never => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
};
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rules: { type: 'string', default: 'shady-phrase,subject-phrase,pharma-phrase' } } });
const [pattern, ...sets] = positionals;
if (!pattern || sets.length === 0 || sets.length % 2 !== 0) fail('a regex and pairs of kind and folder');
const phrase = new RegExp(pattern!, 'i');
const watched = new Set(values.rules!.split(','));
for (const id of watched) if (!rules.some((rule) => rule.id === id)) fail(`--rules: no rule \`${id}\``);

interface Item {
  readonly label: 'spam' | 'ham';
  readonly set: string;
  readonly group: string;
  readonly read: () => EmailInput | Promise<EmailInput>;
}
const items: Item[] = [];
for (let index = 0; index < sets.length; index += 2) {
  const kind = sets[index]!;
  const folder = resolve(sets[index + 1]!);
  const set = `${kind} ${folder}`;
  if (kind === 'dev')
    for (const entry of readManifest(folder)) {
      const label = entry.label ?? 'ham';
      items.push({ label, set, group: entry.group ?? label, read: () => readInput(join(folder, entry.file)) });
    }
  else if (kind === 'enron')
    for (const part of enronParts(folder, fail).parts)
      for (const label of ['spam', 'ham'] as const) for (const path of part.files[label]) items.push({ label, set, group: label, read: () => enronInput(path) });
  else if (kind === 'eml') for (const m of emlMessages(folder, fail)) items.push({ label: m.label, set, group: m.label, read: () => emailToInput(m.bytes()) });
  else if (kind === 'mbox') for (const m of mboxMessages(folder, fail).messages) items.push({ label: m.label, set, group: m.label, read: () => emailToInput(m.bytes()) });
  else if (kind === 'templates')
    for (const row of readTemplateManifest(folder)) items.push({ label: 'ham', set, group: 'templates', read: () => ({ html: readFileSync(join(folder, row.file), 'utf8') }) });
  else fail(`unknown kind \`${kind}\``);
}

const { unique } = await readDistinct(items, (item) => item.read(), (item) => item.set);
const analyzer = createAnalyzer();
const weights = effectiveWeights(rules, fittedWeights);
const groups = new Map<string, { read: number; scores: number[] }>();
for (const { item, input } of unique) {
  const key = `${item.set}: ${item.group}`;
  const group = groups.get(key) ?? { read: 0, scores: [] };
  groups.set(key, group);
  group.read++;
  const features = featuresOfInput(analyzer, rules, input);
  const context = analyzer.context(input);
  const matched = rules.some(
    (rule, index) =>
      watched.has(rule.id) &&
      features.fired[index] === 1 &&
      rule.check(context).some((hit) => phrase.test(`${'data' in hit ? String(hit.data?.['phrase'] ?? '') : ''} ${hit.evidence ?? ''}`)),
  );
  if (matched) group.scores.push(scoreOf(features.strengths, weights));
}
for (const [key, group] of groups) {
  const scores = group.scores.sort((a, b) => b - a).map((score) => score.toFixed(1));
  console.log(`${key}: ${group.read} read, ${scores.length} with a hit${scores.length ? `; scores ${scores.join(' ')}` : ''}`);
}
