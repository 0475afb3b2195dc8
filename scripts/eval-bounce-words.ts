/**
 * Experiment (issue 11): would a small learned word model read unseen vendors' bounce wording better
 * than more hand-written readings? Nothing here ships; it measures, prequentially.
 *
 * The model: multinomial naive Bayes (binary counts, Laplace α = 0.5) over the reply's words after
 * wordsForMatching, addresses, URLs, IPs, host names, status codes and numbers masked to placeholders,
 * lower-case words and word bigrams; classes are explain()'s eight categories, plus "none" (not a
 * bounce reason) learned from pasted paragraphs of the dev ham. Its input is the line explain() takes
 * as the server's words (Diagnosis.words), or the pasted text. Training is deterministic.
 *
 * It only speaks where explain() reads no reason: a refusal read as refused-unspecified (no status
 * or a generic X.0.0) and a bounce whose reason is unknown (policy A: one of the eight categories), and
 * (policy B) also a pasted text explain() does not recognise (there "none" may win, and explain()'s
 * "unrecognised" stays). It never overrides a status code that names a cause, nor a reading of the words.
 *
 * Prequential: for each probe set k = 11..19, the model is trained on the dev bounces and probe sets
 * 1..k−1 only, and set k is read by explain() as it was at set k's first try (the commit each set's
 * file names, extracted with `git archive` into a temporary folder) with and without the model; and
 * by today's explain() (which was since fixed on set k, so not held out) with and without it. Dev
 * bounces: agreement (model trained on everything), leave-one-family-out (explain() without the
 * family's own phrases as in eval-bounces, the model trained without the family) and grammar only
 * (same model). Ham: of pasted dev-ham paragraphs that explain() leaves unrecognised, how many the
 * model would read as a bounce reason (trained on the even-numbered ones, counted on the odd).
 *
 *   npx tsx scripts/eval-bounce-words.ts [<corpus root>]
 *
 * Needs the git history (first tries) and ../shared/corpus (skips with a line when it is absent).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { wordsForMatching } from '../core/explain/classify.ts';
import { probeDsn } from '../test/explain/probes.ts';
import { PROBE_SETS } from '../test/explain/probe-sets.ts';
import { createVocabulary, vocabularyItems } from '../core/explain/vocabulary.ts';
import { agreesWithLabel, familyWatch, notGrammar, parseBounceManifest } from './eval/bounce-corpus.ts';

const CATEGORIES = ['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other', 'none'] as const;
const NONE = 'none';
const ALPHA = 0.5;
/** The commit each set's first try ran on (its file's header; set 12's label commit also held its fixes, so its parent). */
const FIRST_TRY: Readonly<Record<number, string>> = { 11: '7b74b90', 12: '66f247e^', 13: '9441981', 14: '42542bb', 15: 'bb98b66', 16: '4c079ae', 17: '7c4c0ae', 18: '7b54dad', 19: '462c398' };
const HELD_OUT = [11, 12, 13, 14, 15, 16, 17, 18, 19];

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusArg = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const corpus = resolve(corpusArg ?? process.env.SPAMRISK_CORPUS ?? [join(repoRoot, '..', 'shared', 'corpus'), join(repoRoot, '..', '..', 'shared', 'corpus')].find((path) => existsSync(join(path, 'bounces', 'manifest.tsv'))) ?? join(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(join(corpus, 'bounces', 'manifest.tsv'))) {
  console.log(`eval-bounce-words: no labelled bounces in ${join(corpus, 'bounces')}: skipped`);
  process.exit(0);
}

interface Reading { category: string; rule: string; basis: string; status?: string; words: string }
interface Explainer { read: (text: string, vocabulary?: unknown) => Reading }

/** explain() of one core folder (today's, or a first try's), with the main recipient's diagnosis. */
async function explainerOf(core: string): Promise<Explainer> {
  const load = (path: string) => import(pathToFileURL(join(core, path)).href);
  const [{ analyze }, { explainWith }, { readBounce }, { diagnoseRecipient, recipientCases }] = await Promise.all([load('index.ts'), load('explain/index.ts'), load('explain/bounce.ts'), load('explain/classify.ts')]);
  const read = (text: string, vocabulary?: unknown): Reading => {
    const top = explainWith(analyze, text, { analyzeReturned: false }, vocabulary).findings[0];
    const category = top ? String(top.category) : 'other';
    const rule = top?.rule ?? '(none)';
    const facts = readBounce(text);
    if (facts.kind === 'bounce') {
      const cases = recipientCases(facts);
      const diagnosis = cases.length > 0 ? diagnoseRecipient(facts, cases[0], cases.length === 1, vocabulary) : null;
      return diagnosis ? { category, rule, basis: diagnosis.basis, status: diagnosis.status, words: diagnosis.words } : { category, rule, basis: 'none', words: '' };
    }
    return { category, rule, basis: 'pasted', words: String(facts.notification).slice(0, 600) };
  };
  return { read };
}

/** A first try's core, extracted once into the temporary folder (with node_modules linked for its imports). */
function firstTryCore(commit: string): string {
  const hash = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', commit], { encoding: 'utf8' }).trim();
  const folder = join(tmpdir(), 'spamrisk-first-try', hash);
  if (!existsSync(join(folder, 'core', 'index.ts'))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${repoRoot}" archive ${hash} core | tar -x -C "${folder}"`]);
  }
  // A link left by another checkout may dangle (existsSync follows it): replace it.
  const modules = join(folder, 'node_modules');
  if (!existsSync(modules)) {
    rmSync(modules, { force: true });
    symlinkSync(join(repoRoot, 'node_modules'), modules);
  }
  return join(folder, 'core');
}

// ---- tokens and the model
/** Masked words and bigrams of a reply: what names a host, an address or a number is never a reason. */
function tokens(text: string): string[] {
  const masked = wordsForMatching(text, 600)
    .replace(/(?:https?|ftp):\/\/\S{1,2000}|\bwww\.\S{1,500}/g, ' zurl ')
    .replace(/[^\s<>()[\]"',;:]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}/g, ' zaddr ')
    .replace(/\[?\b\d{1,3}(?:\.\d{1,3}){3}\b\]?|\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/g, ' zip ')
    .replace(/\b[245]\.\d{1,3}\.\d{1,3}\b/g, ' zstatus ')
    .replace(/\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}\b/g, (host) => (/[a-z]/.test(host.slice(host.lastIndexOf('.') + 1)) ? ' zhost ' : ' znum '))
    .replace(/\d+/g, ' znum ');
  const words = masked.split(/[^a-z\u00c0-\uffff]+/).filter((word) => word.length > 1);
  const out = new Set<string>();
  words.forEach((word, index) => {
    out.add(word);
    if (index + 1 < words.length) out.add(`${word} ${words[index + 1]}`);
  });
  return [...out];
}

interface Example { tokens: string[]; label: string; family?: string }
/** The best category for the tokens; `none` (not a bounce reason) only when `allowNone`. */
type Model = (tokens: string[], allowNone: boolean) => string;

function trainNaiveBayes(examples: readonly Example[]): Model {
  const K = CATEGORIES.length;
  const counts = new Map<string, number[]>();
  const totals = new Array<number>(K).fill(0);
  const documents = new Array<number>(K).fill(0);
  for (const example of examples) {
    const k = CATEGORIES.indexOf(example.label as (typeof CATEGORIES)[number]);
    documents[k] = (documents[k] ?? 0) + 1;
    for (const token of example.tokens) {
      let row = counts.get(token);
      if (!row) counts.set(token, (row = new Array<number>(K).fill(0)));
      row[k] = (row[k] ?? 0) + 1;
      totals[k] = (totals[k] ?? 0) + 1;
    }
  }
  const size = counts.size;
  return (input, allowNone) => {
    const score = documents.map((count) => Math.log((count + 1) / (examples.length + K)));
    for (const token of input) {
      const row = counts.get(token);
      if (row) for (let k = 0; k < K; k++) score[k] = (score[k] ?? 0) + Math.log(((row[k] ?? 0) + ALPHA) / ((totals[k] ?? 0) + ALPHA * size));
    }
    if (!allowNone) score[CATEGORIES.indexOf(NONE)] = -Infinity;
    return CATEGORIES[score.indexOf(Math.max(...score))] as string;
  };
}

/** Where the model may speak: explain() read no reason, and no code that names one. */
const genericStatus = (status?: string) => status === undefined || /^\d\.0\.0$/.test(status);
type Policy = (reading: Reading, text: string, model: Model) => string;
const policy = (pasted: boolean): Policy => (reading, text, model) => {
  const open = (reading.rule === 'refused-unspecified' && genericStatus(reading.status)) || (reading.rule === 'bounce-reason-unknown' && reading.words !== '') || (pasted && reading.rule === 'unrecognised-input');
  if (!open) return reading.category;
  // A refusal is a bounce whatever its words: "none" is a choice only for a pasted text.
  const got = model(tokens(text), reading.rule === 'unrecognised-input');
  return got === NONE ? reading.category : got;
};
const POLICIES: readonly (readonly [string, Policy])[] = [
  ['explain() alone', (reading) => reading.category],
  ['A: + model on refusals with no reason', policy(false)],
  ['B: A + on unrecognised pasted text', policy(true)],
];

// ---- data
const dev = parseBounceManifest(readFileSync(join(corpus, 'bounces', 'manifest.tsv'), 'utf8'), join(corpus, 'bounces'));

const today = await explainerOf(join(repoRoot, 'core'));
const devReadings = dev.map((bounce) => today.read(bounce.text));
// Leave one family out and grammar only, as scripts/eval-bounces.ts does (scripts/eval/bounce-corpus.ts).
const { vocabulary: watched, readingFamily, familyOnly } = familyWatch();
for (const bounce of dev) {
  readingFamily(bounce.family);
  today.read(bounce.text, watched);
}
const items = vocabularyItems();
const lofoReadings = dev.map((bounce) => (items.some((item) => familyOnly(item, bounce.family)) ? today.read(bounce.text, createVocabulary({ exclude: (item) => familyOnly(item, bounce.family) })) : today.read(bounce.text, watched)));
const grammar = createVocabulary({ exclude: notGrammar });
const grammarReadings = dev.map((bounce) => today.read(bounce.text, grammar));

// Pasted paragraphs of the dev ham: the "none" class (even-numbered) and the false-reading count (odd-numbered).
const hamFolder = join(corpus, 'ham');
const hamPastes = (existsSync(hamFolder) ? readdirSync(hamFolder).filter((file) => file.endsWith('.eml')).sort() : []).flatMap((file) => {
  const body = readFileSync(join(hamFolder, file), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n').replace(/<[^>]{0,200}>/g, ' ').replace(/\s+/g, ' ').trim();
  return [body.slice(0, 200), body.slice(200, 400)].filter((text) => text.length >= 20);
}).filter((text) => today.read(text).rule === 'unrecognised-input');
const noneExamples: Example[] = hamPastes.filter((_, index) => index % 2 === 0).map((text) => ({ tokens: tokens(text), label: NONE }));
const hamHeldOut = hamPastes.filter((_, index) => index % 2 === 1);

const devExamples: Example[] = dev.map((bounce, index) => ({ tokens: tokens((devReadings[index] as Reading).words), label: bounce.expected, family: bounce.family })).filter((example) => example.tokens.length > 0);
const setExamples = (number: number): Example[] => (PROBE_SETS.find((set) => set.number === number)?.probes ?? []).map((probe) => ({ tokens: tokens(probe.reply), label: probe.category }));
const setsBefore = (number: number) => PROBE_SETS.filter((set) => set.number < number).flatMap((set) => setExamples(set.number));

// ---- prequential table
const rows = POLICIES.map(() => ({ first: [] as number[], firstDsn: [] as number[], today: [] as number[], todayDsn: [] as number[] }));
const sizes: number[] = [];
for (const number of HELD_OUT) {
  const probes = PROBE_SETS.find((set) => set.number === number)?.probes ?? [];
  sizes.push(probes.length);
  const model = trainNaiveBayes([...devExamples, ...noneExamples, ...setsBefore(number)]);
  const first = await explainerOf(firstTryCore(FIRST_TRY[number] as string));
  const readings = probes.map((probe) => ({ probe, first: first.read(probe.reply), firstDsn: first.read(probeDsn(probe.reply)), today: today.read(probe.reply), todayDsn: today.read(probeDsn(probe.reply)) }));
  POLICIES.forEach(([, combine], index) => {
    const row = rows[index] as (typeof rows)[number];
    const count = (which: 'first' | 'firstDsn' | 'today' | 'todayDsn') => readings.filter((entry) => combine(entry[which], entry.probe.reply, model) === entry.probe.category).length;
    row.first.push(count('first'));
    row.firstDsn.push(count('firstDsn'));
    row.today.push(count('today'));
    row.todayDsn.push(count('todayDsn'));
  });
}
const mean = (counts: readonly number[]) => `${(counts.reduce((sum, count, index) => sum + (100 * count) / (sizes[index] as number), 0) / counts.length).toFixed(1)} %`;
console.log(`Prequential: set k read with the model trained on the dev bounces and sets 1..k−1 (counts of ${sizes.join(' / ')} replies; mean of the sets' percentages)\n`);
for (const [label, key] of [['explain() at set k\'s first try, pasted line', 'first'], ['explain() at set k\'s first try, in a DSN with a generic status', 'firstDsn'], ['explain() today (fixed on set k: not held out), pasted line', 'today'], ['explain() today, in a DSN', 'todayDsn']] as const) {
  console.log(label);
  console.log(`  ${'set'.padEnd(40)}${HELD_OUT.map((number) => String(number).padStart(4)).join('')}    mean`);
  POLICIES.forEach(([name], index) => {
    const counts = (rows[index] as (typeof rows)[number])[key];
    console.log(`  ${name.padEnd(40)}${counts.map((count) => String(count).padStart(4)).join('')}  ${mean(counts).padStart(7)}`);
  });
}

// ---- dev bounces and ham
const all = trainNaiveBayes([...devExamples, ...noneExamples, ...PROBE_SETS.flatMap((set) => setExamples(set.number))]);
const withoutFamily = new Map([...new Set(dev.map((bounce) => bounce.family))].map((family) => [family, trainNaiveBayes([...devExamples.filter((example) => example.family !== family), ...noneExamples, ...PROBE_SETS.flatMap((set) => setExamples(set.number))])]));
console.log(`\nDev bounces (${dev.length}): agreement / leave one family out / grammar only; pasted ham paragraphs explain() leaves unrecognised, read as a reason (held-out half)`);
for (const [name, combine] of POLICIES) {
  const figure = (readings: readonly Reading[], modelOf: (family: string) => Model) => dev.filter((bounce, index) => agreesWithLabel(bounce, combine(readings[index] as Reading, (readings[index] as Reading).words, modelOf(bounce.family)))).length;
  const ham = hamHeldOut.filter((text) => combine(today.read(text), text, all) !== 'other').length;
  console.log(`  ${name.padEnd(40)}${String(figure(devReadings, () => all)).padStart(5)} ${String(figure(lofoReadings, (family) => withoutFamily.get(family) as Model)).padStart(5)} ${String(figure(grammarReadings, (family) => withoutFamily.get(family) as Model)).padStart(5)}   ham ${ham}/${hamHeldOut.length}`);
}
