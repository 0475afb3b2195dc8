/**
 * `npx tsx scripts/eval/external.ts <layout> <folder>`: scores a labelled collection from outside
 * this repository (issue 11: validate across sources, not only across folds of the dev corpus) and
 * prints recall at 5.0 and 2.5, ROC AUC against its ham, false positives per ham group, the rules
 * that fire per label and the classes of the spam that scores low. Nothing of the collection is kept.
 *
 * Layouts:
 *   enron  the Enron-Spam collection (Metsis et al., 2006) as published: <folder>/enronN/{ham,spam}/
 *          *.txt, each file `Subject: …` then the lower-cased body (no other header, no HTML).
 *          The spam of a part whose Summary.txt names SpamAssassin as its owner is left out: it is
 *          drawn from the SpamAssassin corpus, which is the dev set or reserved; a part without a
 *          Summary.txt that names its spam's owner, or without any file, is refused. Obtain it with
 *            git clone https://github.com/DungQuangUiT/enron_dataset /tmp/enron-src
 *            git -C /tmp/enron-src archive 293b93383d232e9a5790b708d3d746ee048ed70d \
 *              enron1 enron2 enron3 enron4 enron5 enron6 | tar -x -C /tmp/enron
 *          (no licence is stated: read it there, never copy it into the repository).
 *   eml    raw messages (full headers, MIME): <folder>/spam/** and/or <folder>/ham/**, any file
 *          name; the group is the first folder below spam/ or ham/ (e.g. a year), read through
 *          emailToInput() as analyzeEmail() does. One such collection: GlitchyZorua/E-mail-SPAM-Archive
 *          on GitHub at commit 28f21168b606baa15e9d1f09c6d8973cbd76bb57 (spam one person received,
 *          2023–2025, mostly advance-fee; its README grants use without restriction):
 *            git -C <clone> archive 28f21168b606baa15e9d1f09c6d8973cbd76bb57 2023 2024 2025 \
 *              | tar -x -C /tmp/glitchy/spam
 *          Its publisher replaced addresses with `[removed]` (From, To, Message-ID), so score it with
 *          --off missing-message-id,undisclosed-recipients to read what the rest says.
 *   mbox   Unix mbox files (RFC 4155; split by scripts/eval/mbox.ts): <folder>/spam/** and/or
 *          <folder>/ham/**, every file an mbox (one that does not start with a From_ line is refused,
 *          not skipped), each message read through emailToInput(); the group is the file's path below
 *          spam/ or ham/. One such collection: Jose Nazario's phishing corpus (phishing he received,
 *          hand-picked from his spam; monkey.org/~jose/phishing), as mirrored in shaeferd/Phishing-Detection
 *          on GitHub at commit 47ddb8e9ec1bac76b5db25efa1add5b81657149d: 20051114.mbox, phishing0.mbox
 *          (414 messages, Nov 2004 – Jun 2005, byte for byte the size Nazario's page gives) and
 *          phishing1.mbox (Jun – Nov 2005, mostly the same mail as 20051114.mbox), 1,308 From_ lines
 *          and 733 distinct texts, raw headers and MIME, mostly HTML (the mirror's phishing2.mbox and
 *          phishing3.mbox, Nov 2005 – Aug 2007, are in that commit but were not measured: left out).
 *          A text found in two files is credited to the first in sorted order, so phishing1.mbox's
 *          row counts only what 20051114.mbox does not hold:
 *            git clone https://github.com/shaeferd/Phishing-Detection /tmp/nazario-src
 *            mkdir -p /tmp/nazario/spam && git -C /tmp/nazario-src archive \
 *              47ddb8e9ec1bac76b5db25efa1add5b81657149d 20051114.mbox phishing0.mbox phishing1.mbox \
 *              | tar -x -C /tmp/nazario/spam
 *          (the mirror states no licence; Nazario's own site is where his terms are: read them there,
 *          never copy the corpus into the repository). Leave out the mirror's enronN/ folders (Enron-
 *          Spam, with its own layout) and its phish/ folder (the mirror's own subject-and-text split).
 *          Its era is 2004–2005: its figures speak to phishing of the SpamAssassin corpus's era, not to
 *          modern phishing; and a few of its messages are eBay's own marketing mail to the collector.
 *
 * Options: --dev-ham (also rank the collection's spam against the dev corpus's ham groups and its
 * SpamAssassin ham pooled, as the dev figures' "phishing vs ham" does, from SPAMRISK_CORPUS or
 * ../shared/corpus), --threshold N (default 5), --low N (default 2.5: what counts
 * as scoring low), --rules N (rules listed per label, default 25), --limit N (read at most N files
 * per label, evenly spread; 0 = all), --off rule,… (score as if those rules had 0 points: for a
 * collection whose publisher rewrote the headers those rules read). Exact duplicates (after collapsing white space) are read once
 * per label, and a text found under both labels is left out.
 *
 * The spam classes printed for the low scorers come from a few coarse topic words below: they sort
 * the misses into kinds for a person to read, they are not a detector, and nothing is tuned on them.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createAnalyzer, DEFAULT_THRESHOLD, emailToInput, rules, type EmailInput } from '../../core/index.ts';
import { fittedWeights } from '../../core/score/weights.ts';
import { loadAllParts } from './corpus.ts';
import { enronParts, emlMessages, mboxMessages, readDistinct, type Label } from './collections.ts';
import { enronInput } from './enron.ts';
import { effectiveWeights, extractFeatures, featuresOfInput, scoreOf } from './features.ts';
import { rocAuc } from './metrics.ts';
import { DEFAULT_CORPUS } from './paths.ts';
import { fixed, percent, progress, table } from './report.ts';
import { commandLine, numberOption, usageFailure } from '../usage.ts';

const USAGE =
  'usage: npx tsx scripts/eval/external.ts <enron|eml|mbox> <folder> [--dev-ham] [--threshold 5] [--low 2.5] [--rules 25] [--limit 0] [--off rule,…]';

const fail: (message: string) => never = usageFailure(USAGE);

interface Item {
  readonly label: Label;
  /** sub-collection, for per-group figures */
  readonly group: string;
  readonly path: string;
  readonly read: () => EmailInput | Promise<EmailInput>;
}

interface Row {
  readonly label: Label;
  readonly group: string;
  readonly score: number;
  readonly fired: Uint8Array;
  /** subject and text, lower-cased, for the class of a low scorer */
  readonly words: string;
}

function enronItems(root: string): { items: Item[]; notes: string[] } {
  const { parts, notes } = enronParts(root, fail);
  const items: Item[] = [];
  for (const part of parts) {
    for (const label of ['ham', 'spam'] as const) {
      const group = label === 'spam' ? `${part.name} (${part.spamOwner})` : part.name;
      for (const path of part.files[label]) items.push({ label, group, path, read: () => enronInput(path) });
    }
  }
  return { items, notes };
}

function emlItems(root: string): { items: Item[]; notes: string[] } {
  const items = emlMessages(root, fail).map(({ label, path, below, bytes }): Item => {
    const folder = below.split('/');
    return { label, group: folder.length > 1 ? `${label}/${folder[0]}` : label, path, read: () => emailToInput(bytes()) };
  });
  return { items, notes: [] };
}

function mboxItems(root: string): { items: Item[]; notes: string[] } {
  const { messages, files } = mboxMessages(root, fail);
  const items = messages.map(({ label, path, below, index, bytes }): Item => ({
    label,
    group: `${label}/${below}`,
    path: `${path}#${index}`,
    read: () => emailToInput(bytes()),
  }));
  return { items, notes: [`${files} mbox files hold ${items.length} messages`] };
}

/** Files of one label spread evenly, when a limit asks for fewer. */
function spread<T>(list: readonly T[], limit: number): T[] {
  if (limit <= 0 || list.length <= limit) return [...list];
  return Array.from({ length: limit }, (_, index) => list[Math.floor((index * list.length) / limit)]!);
}

/**
 * Topic words that sort the low scorers into kinds for the printout (first match wins). Coarse on
 * purpose: a person reads the counts to see which kinds the rules miss.
 */
const CLASSES: readonly (readonly [string, RegExp])[] = [
  ['stock tip', /\b(otcbb|otc ?bb|pink ?sheets|stock|shares|investor|symbol ?:|trading)\b/],
  ['software', /\b(software|oem|adobe|photoshop|microsoft|windows ?xp|office ?(xp|200\d)|macromedia)\b/],
  ['pharma', /\b(viagra|cialis|levitra|pharmacy|prescription|pills?|meds|medication|vicodin|xanax|valium|phentermine|soma|drugs?)\b/],
  ['loan / mortgage', /\b(mortgage|refinanc\w*|loans?|debt|credit|interest rate|lender)\b/],
  ['replica / watches', /\b(replica|rolex|watches)\b/],
  ['adult / dating', /\b(sex|sexual|dating|singles|girls|porn|penis|enlarg\w*|horny|adult)\b/],
  ['degree', /\b(diploma|degree|university)\b/],
  ['money / job', /\b(income|earn|work from home|business opportunity|cash|\$\d[\d,]*)\b/],
  ['casino', /\b(casino|poker|gambl\w*)\b/],
];

function classOf(words: string): string {
  for (const [name, pattern] of CLASSES) if (pattern.test(words)) return name;
  return 'other';
}

function share(count: number, of: number): string {
  return of > 0 ? `${percent(count / of)} (${count})` : '—';
}

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, {
    allowPositionals: true,
    options: {
      'dev-ham': { type: 'boolean', default: false },
      threshold: { type: 'string' },
      low: { type: 'string' },
      rules: { type: 'string' },
      limit: { type: 'string' },
      off: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [layout, folder] = positionals;
  if (positionals.length !== 2 || (layout !== 'enron' && layout !== 'eml' && layout !== 'mbox')) fail('name a layout (enron, eml or mbox) and a folder.');
  const root = resolve(folder!);
  if (!existsSync(root)) fail(`no folder ${root}`);
  if (!statSync(root).isDirectory()) fail(`${root} is a file: name the folder that holds the collection`);
  const threshold = numberOption(fail, values.threshold, 'threshold', DEFAULT_THRESHOLD);
  const low = numberOption(fail, values.low, 'low', 2.5);
  const ruleRows = numberOption(fail, values.rules, 'rules', 25);
  const limit = numberOption(fail, values.limit, 'limit', 0);

  const loaded = layout === 'enron' ? enronItems(root) : layout === 'eml' ? emlItems(root) : mboxItems(root);
  const picked = [
    ...spread(loaded.items.filter((item) => item.label === 'spam'), limit),
    ...spread(loaded.items.filter((item) => item.label === 'ham'), limit),
  ];

  const off = new Set((values.off ?? '').split(',').map((id) => id.trim()).filter(Boolean));
  for (const id of off) if (!rules.some((rule) => rule.id === id)) fail(`--off: no rule \`${id}\``);
  const weights = effectiveWeights(rules, fittedWeights).map((weight, index) => (off.has(rules[index]!.id) ? 0 : weight));
  const analyzer = createAnalyzer();
  // Each text's first reading; a text seen under both labels is left out.
  const { unique, unreadable } = await readDistinct(picked, (item) => item.read());

  const bar = progress('scoring');
  const started = performance.now();
  const rows: Row[] = [];
  let done = 0;
  for (const { item, input } of unique) {
    done++;
    const features = featuresOfInput(analyzer, rules, input);
    rows.push({
      label: item.label,
      group: item.group,
      score: scoreOf(features.strengths, weights),
      fired: features.fired,
      words: `${input.subject ?? ''}\n${input.text ?? input.html ?? ''}`.toLowerCase(),
    });
    if (done % 200 === 0) bar.update(done, unique.length);
  }
  bar.end();
  const seconds = (performance.now() - started) / 1000;

  const spam = rows.filter((row) => row.label === 'spam');
  const ham = rows.filter((row) => row.label === 'ham');
  const spamScores = spam.map((row) => row.score);
  const hamScores = ham.map((row) => row.score);
  const at = (scores: readonly number[], cut: number): number => scores.filter((score) => score >= cut).length;

  const out: string[] = [];
  out.push(`spamrisk external (${layout}): ${relative(process.cwd(), root) || '.'}`);
  out.push(`  ${picked.length} messages read, ${rows.length} scored after duplicates (${spam.length} spam, ${ham.length} ham); ${fixed(rows.length / seconds, 0)} messages/s scored on one thread (reading and duplicate detection not counted)`);
  if (unreadable > 0) out.push(`  ${unreadable} files or messages could not be read and are left out`);
  for (const note of loaded.notes) out.push(`  ${note}`);
  if (off.size > 0) out.push(`  scored without: ${[...off].join(', ')} (--off)`);
  out.push(`  weights: core/score/weights.ts (${rules.filter((rule) => fittedWeights.has(rule.id)).length} of ${rules.length} rules fitted on the dev corpus), threshold ${fixed(threshold, 1)}`);
  out.push('');
  out.push(`Spam recall: ${share(at(spamScores, threshold), spam.length)} at ${fixed(threshold, 1)}, ${share(at(spamScores, low), spam.length)} at ${fixed(low, 1)}; score 0: ${share(spamScores.filter((s) => s === 0).length, spam.length)}`);
  if (ham.length > 0) {
    out.push(`Ham flagged: ${share(at(hamScores, threshold), ham.length)} at ${fixed(threshold, 1)}, ${share(at(hamScores, low), ham.length)} at ${fixed(low, 1)}`);
    out.push(`ROC AUC spam vs its ham: ${fixed(rocAuc(spamScores, hamScores))}`);
  }

  const groups = [...new Set(rows.map((row) => `${row.label}\t${row.group}`))].sort();
  out.push('', 'Per group');
  out.push(
    ...table([
      ['label', 'group', 'messages', `≥ ${fixed(threshold, 1)}`, `≥ ${fixed(low, 1)}`, 'AUC vs all its ham'],
      ...groups.map((key) => {
        const [label, group] = key.split('\t') as [Label, string];
        const scores = rows.filter((row) => row.label === label && row.group === group).map((row) => row.score);
        return [
          label,
          group,
          String(scores.length),
          share(at(scores, threshold), scores.length),
          share(at(scores, low), scores.length),
          label === 'spam' && ham.length > 0 ? fixed(rocAuc(scores, hamScores)) : '',
        ];
      }),
    ]),
  );

  if (values['dev-ham']) {
    const dev = loadAllParts(DEFAULT_CORPUS).messages.filter((message) => message.label === 'ham');
    const devBar = progress('dev ham');
    const table_ = await extractFeatures(dev.map((message) => message.path), { onProgress: devBar.update });
    devBar.end();
    const byGroup = new Map<string, number[]>();
    // The SpamAssassin ham pooled as well: the dev figures' "phishing vs ham" ranks against all of it.
    const pooled: number[] = [];
    dev.forEach((message, index) => {
      const row = table_.rows[index]!;
      if (row.error !== null) return;
      const score = scoreOf(row.strengths, weights);
      const name = message.part.name === 'spamassassin' ? message.group : message.part.name;
      byGroup.set(name, [...(byGroup.get(name) ?? []), score]);
      if (message.part.name === 'spamassassin') pooled.push(score);
    });
    if (pooled.length > 0) byGroup.set('SpamAssassin ham, all', pooled);
    out.push('', `This collection's spam against the dev corpus's ham (${relative(process.cwd(), DEFAULT_CORPUS)})`);
    out.push(
      ...table([
        ['dev ham group', 'messages', `≥ ${fixed(threshold, 1)}`, `≥ ${fixed(low, 1)}`, 'AUC spam vs it'],
        ...[...byGroup].map(([name, scores]) => [
          name,
          String(scores.length),
          share(at(scores, threshold), scores.length),
          share(at(scores, low), scores.length),
          fixed(rocAuc(spamScores, scores)),
        ]),
      ]),
    );
  }

  // What fires, per label: the share of each label's messages a rule fires on, and its points per unit of strength (its weight).
  const fires = (list: readonly Row[], index: number): number => list.filter((row) => row.fired[index] === 1).length;
  const ranked = rules
    .map((rule, index) => ({ rule, index, spam: fires(spam, index), ham: fires(ham, index) }))
    .filter((entry) => entry.spam + entry.ham > 0)
    .sort((a, b) => b.spam / Math.max(1, spam.length) + b.ham / Math.max(1, ham.length) - (a.spam / Math.max(1, spam.length) + a.ham / Math.max(1, ham.length)) || a.rule.id.localeCompare(b.rule.id));
  out.push('', `Rules that fire, by share of each label (the ${Math.min(ruleRows, ranked.length)} most frequent of ${ranked.length})`);
  out.push(
    ...table([
      ['rule', `spam (${spam.length})`, `ham (${ham.length})`, 'points/unit'],
      ...ranked.slice(0, ruleRows).map(({ rule, index, spam: s, ham: h }) => [rule.id, share(s, spam.length), share(h, ham.length), fixed(weights[index]!, 2)]),
    ]),
  );

  // The spam that scores low: its kinds, and what little fires on it.
  const lows = spam.filter((row) => row.score < low);
  const classes = new Map<string, { all: number; low: number }>();
  for (const row of spam) {
    const name = classOf(row.words);
    const entry = classes.get(name) ?? { all: 0, low: 0 };
    entry.all++;
    if (row.score < low) entry.low++;
    classes.set(name, entry);
  }
  out.push('', `Spam scoring under ${fixed(low, 1)}: ${share(lows.length, spam.length)}, by kind (coarse topic words, first match)`);
  out.push(
    ...table([
      ['kind', 'spam', `under ${fixed(low, 1)}`, 'share of the kind'],
      ...[...classes].sort((a, b) => b[1].low - a[1].low).map(([name, entry]) => [name, String(entry.all), String(entry.low), percent(entry.low / entry.all)]),
    ]),
  );
  const lowFires = rules
    .map((rule, index) => ({ id: rule.id, count: fires(lows, index) }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
  out.push(`  firing on them: ${lowFires.map((entry) => `${entry.id} ${entry.count}`).join(', ') || 'nothing'}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
