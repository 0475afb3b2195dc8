/**
 * Measures `explain()` against the labelled bounces in ../shared/corpus/bounces (sisimai's public
 * samples; see its README): the category of a report is that of its highest-points finding, and
 * it is compared with the manifest's category (for sisimai's `filtered`, a mailbox answer counts
 * as right too, as in the held-out measure).
 *
 * Prints overall agreement, per-category precision and recall, the confusion matrix (label ×
 * explain()'s category, with and without each family's own phrases), agreement per MTA family, and the
 * leave-one-family-out figure: each family's bounces explained by a vocabulary without the
 * phrases and vendor codes that only that family's bounces use, i.e. as if no wording had been
 * written for that family. That is the honest bound for hand-written rules: a phrase only one
 * family exercises is flagged, since nothing shows it generalises.
 *
 * Also printed: the same bounces read by the grammar alone (the causes' concepts, subject ×
 * predicate, and RFC 3463's subject.detail codes, without any fixed phrase or vendor code): what is
 * left for an MTA whose wording no one wrote down. With `--probes`, each probe set of documented
 * replies (test/explain/probe-sets.ts) is explained as a pasted line and inside a DSN with a generic
 * status, by the whole vocabulary and by the grammar alone: coverage of documented wording, not
 * accuracy on real mail.
 *
 *   npm run eval:bounces [-- <corpus folder>] [--errors] [--phrases] [--probes] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/index.ts';
import { explainWith } from '../core/explain/index.ts';
import { createVocabulary, vocabularyItems, type Vocabulary, type VocabularyItem } from '../core/explain/vocabulary.ts';
import { probeDsn, type Probe } from '../test/explain/probes.ts';
import { agreesWithLabel, familyWatch, notGrammar, parseBounceManifest, type LabelledBounce } from './eval/bounce-corpus.ts';
import { PROBE_SETS } from '../test/explain/probe-sets.ts';

const CATEGORIES = ['authentication', 'relay', 'reputation', 'content', 'policy', 'mailbox', 'transient', 'other'] as const;

const args = process.argv.slice(2);
const folderArg = args.find((arg) => !arg.startsWith('--'));
// The corpus sits next to the repository (<repo>/../shared/corpus/bounces), or next to the folder of worktrees.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [join(repoRoot, '..', 'shared', 'corpus', 'bounces'), join(repoRoot, '..', '..', 'shared', 'corpus', 'bounces')];
const folder = resolve(folderArg ?? candidates.find((candidate) => existsSync(join(candidate, 'manifest.tsv'))) ?? (candidates[0] as string));
const showErrors = args.includes('--errors');
const showPhrases = args.includes('--phrases');
const asJson = args.includes('--json');
const showProbes = args.includes('--probes');

type Bounce = LabelledBounce;

interface Outcome {
  got: string;
  rule: string;
}

let manifest: string;
try {
  manifest = readFileSync(join(folder, 'manifest.tsv'), 'utf8');
} catch {
  console.error(`eval-bounces: no manifest.tsv in ${folder} (pass the corpus folder as an argument)`);
  process.exit(2);
}
const bounces: Bounce[] = parseBounceManifest(manifest, folder);

const agrees = (bounce: Bounce, outcome: Outcome): boolean => agreesWithLabel(bounce, outcome.got);

function explainWithVocabulary(bounce: Bounce, vocabulary: Vocabulary): Outcome {
  const report = explainWith(analyze, bounce.text, undefined, vocabulary);
  const top = report.findings[0];
  return { got: top ? String(top.category) : 'other', rule: top?.rule ?? '(none)' };
}

// 1. Everything, watching which phrases and codes each bounce uses.
const { vocabulary: watched, readingFamily, familiesOf, familyOnly } = familyWatch();
const started = performance.now();
const outcomes = new Map<Bounce, Outcome>();
for (const bounce of bounces) {
  readingFamily(bounce.family);
  outcomes.set(bounce, explainWithVocabulary(bounce, watched));
}
const elapsed = performance.now() - started;

// 2. Each family again, without what only it uses.
const allItems = vocabularyItems();
const families = [...new Set(bounces.map((bounce) => bounce.family))].sort();
const heldOut = new Map<Bounce, Outcome>();
const familyItems = new Map<string, VocabularyItem[]>();
for (const family of families) {
  const own = allItems.filter((item) => familyOnly(item, family));
  familyItems.set(family, own);
  const vocabulary = own.length > 0 ? createVocabulary({ exclude: (item) => familyOnly(item, family) }) : null;
  for (const bounce of bounces.filter((entry) => entry.family === family)) {
    heldOut.set(bounce, vocabulary ? explainWithVocabulary(bounce, vocabulary) : (outcomes.get(bounce) as Outcome));
  }
}

// 2b. The grammar alone: concepts and RFC 3463 subject.detail codes, no fixed phrase, no vendor code.
const grammar = createVocabulary({ exclude: notGrammar });
const byGrammar = new Map<Bounce, Outcome>(bounces.map((bounce) => [bounce, explainWithVocabulary(bounce, grammar)]));

// 3. Figures.
const count = (outcome: Map<Bounce, Outcome>, which: readonly Bounce[] = bounces) => which.filter((bounce) => agrees(bounce, outcome.get(bounce) as Outcome)).length;
const strict = bounces.filter((bounce) => (outcomes.get(bounce) as Outcome).got === bounce.expected).length;
const perCategory = CATEGORIES.map((category) => {
  const actual = bounces.filter((bounce) => bounce.expected === category);
  const predicted = bounces.filter((bounce) => (outcomes.get(bounce) as Outcome).got === category);
  const right = (outcome: Map<Bounce, Outcome>) => actual.filter((bounce) => agrees(bounce, outcome.get(bounce) as Outcome)).length;
  return {
    category,
    support: actual.length,
    predicted: predicted.length,
    precision: predicted.length > 0 ? predicted.filter((bounce) => agrees(bounce, outcomes.get(bounce) as Outcome)).length / predicted.length : null,
    recall: actual.length > 0 ? right(outcomes) / actual.length : null,
    recallHeldOut: actual.length > 0 ? right(heldOut) / actual.length : null,
    recallGrammar: actual.length > 0 ? right(byGrammar) / actual.length : null,
  };
});
const perFamily = families.map((family) => {
  const members = bounces.filter((bounce) => bounce.family === family);
  return { family, bounces: members.length, agree: count(outcomes, members), heldOut: count(heldOut, members), ownItems: (familyItems.get(family) ?? []).length };
});
const usedItems = allItems.filter((item) => familiesOf(item) !== undefined);
const singleFamilyItems = usedItems.filter((item) => (familiesOf(item) as ReadonlySet<string>).size === 1 && !(item.kind === 'code' && item.text.split('.').length < 3));

if (asJson) {
  console.log(
    JSON.stringify(
      {
        folder,
        messages: bounces.length,
        agreement: count(outcomes) / bounces.length,
        strictAgreement: strict / bounces.length,
        leaveOneFamilyOut: count(heldOut) / bounces.length,
        grammarOnly: count(byGrammar) / bounces.length,
        ...(showProbes ? Object.fromEntries(PROBE_SETS.map((set) => [set.number === 1 ? 'probes' : `probes${set.number}`, probeFigures(set.probes)])) : {}),
        perCategory,
        perFamily,
        singleFamilyItems: singleFamilyItems.map((item) => ({ ...item, family: [...(familiesOf(item) as ReadonlySet<string>)][0] })),
        errors: bounces.filter((bounce) => !agrees(bounce, outcomes.get(bounce) as Outcome)).map((bounce) => ({ file: bounce.file, expected: bounce.expected, reason: bounce.reason, ...outcomes.get(bounce) })),
      },
      null,
      2,
    ),
  );
} else {
  const percent = (value: number | null) => (value === null ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`);
  const ratio = (right: number, total: number) => `${right}/${total} = ${((right / total) * 100).toFixed(1)}%`;
  console.log(`explain() on ${bounces.length} bounces of ${families.length} MTA families in ${folder}`);
  console.log(`${(elapsed / bounces.length).toFixed(2)} ms per message\n`);
  console.log('category         support  predicted  precision  recall  recall, family left out  recall, grammar only');
  for (const entry of perCategory) {
    console.log(
      `${entry.category.padEnd(16)} ${String(entry.support).padStart(7)}  ${String(entry.predicted).padStart(9)}  ${percent(entry.precision).padStart(9)}  ${percent(entry.recall).padStart(6)}  ${percent(entry.recallHeldOut).padStart(23)}  ${percent(entry.recallGrammar).padStart(20)}`,
    );
  }
  console.log('\nfamily               bounces  agree  family left out  phrases/codes only it uses');
  for (const entry of perFamily) {
    console.log(`${entry.family.padEnd(20)} ${String(entry.bounces).padStart(7)}  ${String(entry.agree).padStart(5)}  ${String(entry.heldOut).padStart(15)}  ${String(entry.ownItems).padStart(5)}`);
  }
  // Rows: the label; columns: explain()'s category (an accepted mailbox answer for `filtered` counts as the label's).
  const confusion = (outcome: Map<Bounce, Outcome>, title: string) => {
    console.log(`\n${title} (rows: label, columns: explain())`);
    console.log(`${''.padEnd(15)}${CATEGORIES.map((category) => category.slice(0, 6).padStart(7)).join('')}`);
    for (const expected of CATEGORIES) {
      const row = CATEGORIES.map((got) => bounces.filter((bounce) => bounce.expected === expected && (agrees(bounce, outcome.get(bounce) as Outcome) ? bounce.expected : (outcome.get(bounce) as Outcome).got) === got).length);
      console.log(`${expected.padEnd(15)}${row.map((n) => String(n || '.').padStart(7)).join('')}`);
    }
  };
  confusion(outcomes, 'confusion');
  confusion(heldOut, 'confusion, family left out');
  confusion(byGrammar, 'confusion, grammar only');
  console.log(`\noverall agreement:        ${ratio(count(outcomes), bounces.length)}  (exact category: ${ratio(strict, bounces.length)})`);
  console.log(`leave one family out:     ${ratio(count(heldOut), bounces.length)}  (each family explained without the ${singleFamilyItems.length} phrases and vendor codes only one family uses)`);
  console.log(`grammar only:             ${ratio(count(byGrammar), bounces.length)}  (concepts and RFC 3463 codes, no fixed phrase or vendor code)`);
  console.log(`vocabulary: ${allItems.length} concepts, phrases and codes (${allItems.filter((item) => item.kind === 'concept').length} concepts); ${usedItems.length} used by these bounces, ${singleFamilyItems.length} of them by one family only, ${allItems.length - usedItems.length} by none (written from RFCs and MTA documentation, untested here)`);
  if (showPhrases) {
    console.log('\nphrases and vendor codes only one family uses (nothing here shows they generalise):');
    for (const item of singleFamilyItems) console.log(`  ${[...(familiesOf(item) as ReadonlySet<string>)][0]?.padEnd(16)} ${item.cause.padEnd(22)} ${item.kind} ${item.text}`);
  }
  if (showProbes) {
    for (const { title, probes: set } of PROBE_SETS) {
      const figures = probeFigures(set);
      console.log(`\n${title}: documented replies, coverage not accuracy: ${figures.probes} replies of ${figures.sources} sources`);
      console.log(`  whole vocabulary: pasted line ${ratio(figures.line, figures.probes)}, in a DSN with a generic status ${ratio(figures.dsn, figures.probes)}`);
      console.log(`  grammar only:     pasted line ${ratio(figures.grammarLine, figures.probes)}, in a DSN with a generic status ${ratio(figures.grammarDsn, figures.probes)}`);
      for (const miss of figures.misses) console.log(`  ✗ ${miss}`);
    }
  }
  if (showErrors) {
    console.log('\ndisagreements (* wrong, also with its family left out; ! wrong, right with its family left out; - right, wrong with its family left out):');
    for (const bounce of bounces) {
      const outcome = outcomes.get(bounce) as Outcome;
      const left = heldOut.get(bounce) as Outcome;
      if (agrees(bounce, outcome) && agrees(bounce, left)) continue;
      const mark = agrees(bounce, outcome) ? '-' : agrees(bounce, left) ? '!' : '*';
      console.log(`${mark} ${bounce.file}  ${bounce.family}  ${bounce.expected} [${bounce.reason}]  →  ${outcome.got} [${outcome.rule}]${left.got !== outcome.got || left.rule !== outcome.rule ? `; family left out → ${left.got} [${left.rule}]` : ''}`);
    }
  }
}


function probeFigures(set: readonly Probe[]) {
  const categoryOf = (text: string, vocabulary: Vocabulary) => explainWith(analyze, text, { analyzeReturned: false }, vocabulary).findings[0]?.category;
  let line = 0;
  let dsn = 0;
  let grammarLine = 0;
  let grammarDsn = 0;
  const misses: string[] = [];
  for (const probe of set) {
    const pasted = categoryOf(probe.reply, watched);
    const inDsn = categoryOf(probeDsn(probe.reply), watched);
    if (pasted === probe.category) line += 1;
    if (inDsn === probe.category) dsn += 1;
    if (categoryOf(probe.reply, grammar) === probe.category) grammarLine += 1;
    if (categoryOf(probeDsn(probe.reply), grammar) === probe.category) grammarDsn += 1;
    if (pasted !== probe.category || inDsn !== probe.category) misses.push(`${probe.category} → ${pasted} / ${inDsn} (DSN): ${probe.reply.slice(0, 100)} [${probe.source}]${probe.miss ? ` — ${probe.miss}` : ''}`);
  }
  return { probes: set.length, sources: new Set(set.map((probe) => probe.source)).size, line, dsn, grammarLine, grammarDsn, misses };
}
