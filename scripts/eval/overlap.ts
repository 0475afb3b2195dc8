/**
 * `npx tsx scripts/eval/overlap.ts [--enron <folder>]`: how often two wording rules score the same
 * words (issue 11: "one phrase counted by two rules"). For every message of the dev corpus (its
 * groups, modern phishing, modern legitimate mail) and, with --enron, of Enron-Spam (read as
 * external.ts reads it), it runs each rule of the `phrases` category and the subject and
 * display-name rules on the message's rule context and counts, per pair of rules, the messages in
 * which a located hit of one overlaps a located hit of the other in the same view (text, subject),
 * with the points both rules give that message. phrase-density has no location: it counts every
 * trigger hit, so its row says how often it fires beside each phrase rule (it then counts that
 * rule's words too) and on how many messages it would stay silent without them. Nothing is kept;
 * rules are read as shipped (the fitted weights).
 */
import { createAnalyzer, rules, type EmailInput } from '../../core/index.ts';
import type { Hit, Rule, RuleContext } from '../../core/rules/rule.ts';
import { ruleStrength } from '../../core/score/score.ts';
import { fittedWeights } from '../../core/score/weights.ts';
import { isTriggerHit } from '../../core/facts/triggers.ts';
import { enronParts } from './collections.ts';
import { loadAllParts, readInput } from './corpus.ts';
import { enronInput } from './enron.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS } from './paths.ts';

/** The rules that read wording: the phrase rules and the header rules that read the subject or the display name. */
const EXTRA = new Set(['subject-adv-label', 'subject-all-caps', 'subject-currency-or-url', 'subject-shouting', 'display-name-urgency', 'display-name-brand', 'fake-reply-subject', 'recipient-in-subject']);
const wording: readonly Rule[] = rules.filter((rule) => rule.category === 'phrases' || EXTRA.has(rule.id));
const DENSITY = 'phrase-density';

interface Located {
  readonly rule: string;
  readonly view: string;
  readonly start: number;
  readonly end: number;
  readonly evidence: string;
}

interface PairCount {
  messages: number;
  /** the messages' ids, for ham (where a false positive would come from) */
  readonly examples: string[];
  /** the words each pair overlapped on, `first's evidence | second's`, by messages */
  readonly words: Map<string, number>;
}

const analyzer = createAnalyzer();

function pointsOf(rule: Rule, hits: readonly Hit[]): number {
  return Math.round((fittedWeights.get(rule.id) ?? rule.weight) * ruleStrength(rule, hits) * 10) / 10;
}

/** The phrase rule (by category) that owns each trigger hit counted by phrase-density. */
function densityCategories(context: RuleContext): Set<string> {
  const { triggers } = context.facts;
  const categories = new Set<string>();
  for (let index = 0; index < triggers.text.length; index++) {
    if (!isTriggerHit(triggers.text, triggers.textLone, triggers.textWarned, index)) continue;
    const category = triggers.text.definition(index)?.category;
    if (category) categories.add(category);
  }
  return categories;
}

function overlaps(a: Located, b: Located): boolean {
  return a.view === b.view && a.start < b.end && b.start < a.end;
}

type Set_ = Map<string, PairCount>;

function count(table: Set_, key: string, id: string, label: string, words: ReadonlySet<string> = new Set()): void {
  const entry: PairCount = table.get(key) ?? { messages: 0, examples: [], words: new Map<string, number>() };
  entry.messages++;
  for (const pair of words) entry.words.set(pair, (entry.words.get(pair) ?? 0) + 1);
  if (label === 'ham' && entry.examples.length < 5) entry.examples.push(id);
  table.set(key, entry);
}

function audit(input: EmailInput, id: string, label: string, table: Set_): void {
  const context = analyzer.context(input);
  const located: Located[] = [];
  const points = new Map<string, number>();
  for (const rule of wording) {
    if (rule.id === DENSITY) continue;
    const hits = rule.check(context);
    if (hits.length === 0) continue;
    points.set(rule.id, pointsOf(rule, hits));
    for (const hit of hits) {
      if (hit.location) located.push({ rule: rule.id, view: hit.location.in, start: hit.location.start, end: hit.location.end, evidence: hit.evidence.toLowerCase() });
    }
  }
  const pairs = new Map<string, Set<string>>();
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i]!;
      const b = located[j]!;
      if (a.rule === b.rule || !overlaps(a, b)) continue;
      const [first, second] = a.rule < b.rule ? [a.rule, b.rule] : [b.rule, a.rule];
      const words = a.rule < b.rule ? `${a.evidence} | ${b.evidence}` : `${b.evidence} | ${a.evidence}`;
      const key = `${first} + ${second}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(words));
    }
  }
  for (const [pair, words] of pairs) {
    const [first, second] = pair.split(' + ') as [string, string];
    count(table, pair, `${id} (${points.get(first) ?? 0} + ${points.get(second) ?? 0})`, label, words);
  }
  const density = wording.find((rule) => rule.id === DENSITY)!;
  const densityHits = density.check(context);
  if (densityHits.length > 0 && pointsOf(density, densityHits) > 0) {
    for (const category of densityCategories(context)) count(table, `${DENSITY} counts ${category}`, `${id} (${pointsOf(density, densityHits)})`, label);
  }
}

function print(name: string, total: number, table: Set_): void {
  console.log(`\n## ${name} (${total} messages)`);
  const rows = [...table.entries()].sort((a, b) => b[1].messages - a[1].messages || a[0].localeCompare(b[0]));
  if (rows.length === 0) console.log('  (no overlap)');
  for (const [key, entry] of rows) {
    const share = ((100 * entry.messages) / total).toFixed(1);
    console.log(`  ${key}: ${entry.messages} (${share} %)${entry.examples.length ? `  e.g. ${entry.examples.join(', ')}` : ''}`);
    const words = [...entry.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    if (words.length > 0) console.log(`    on: ${words.map(([pair, n]) => `"${pair}" ${n}`).join('; ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const enronAt = args.indexOf('--enron');
  const corpus = loadAllParts(process.env['SPAMRISK_CORPUS'] ?? DEFAULT_CORPUS);
  const groups = new Map<string, { label: string; total: number; table: Set_ }>();
  for (const message of corpus.messages) {
    const name = message.part.name === 'spamassassin' ? message.group : message.part.name;
    const group = groups.get(name) ?? { label: message.label, total: 0, table: new Map() };
    groups.set(name, group);
    group.total++;
    audit(await readInput(message.path, DEFAULT_CACHE_DIR), `${name}/${message.file}`, message.label, group.table);
  }
  if (enronAt >= 0) {
    const root = args[enronAt + 1];
    if (!root) throw new Error('--enron needs a folder');
    const { parts } = enronParts(root, (text) => {
      throw new Error(text);
    });
    for (const label of ['ham', 'spam'] as const) {
      const group = { label, total: 0, table: new Map() as Set_ };
      const seen = new Set<string>();
      for (const part of parts) {
        for (const file of part.files[label]) {
          const input = enronInput(file);
          const key = `${input.subject ?? ''}\n${input.text ?? ''}`.replace(/\s+/g, ' ');
          if (seen.has(key)) continue;
          seen.add(key);
          group.total++;
          audit(input, `${part.name}/${label}/${file.split('/').pop()}`, label, group.table);
        }
      }
      groups.set(`enron ${label}`, group);
    }
  }
  for (const [name, group] of groups) print(`${name} [${group.label}]`, group.total, group.table);
}

await main();
