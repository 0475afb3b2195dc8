/**
 * `npx tsx scripts/eval/spamassassin.ts [sources] [options]`: scores the same messages with
 * SpamAssassin and with spamrisk, side by side (issue 11), and lists the SpamAssassin rules that
 * fire on the spam spamrisk scores low, with their hit rates per source and where each is defined.
 * OPTIONAL: it needs SpamAssassin installed, it is never part of `npm test`, and no test imports it.
 *
 * Install (Debian 12: SpamAssassin 4.0.1 with the rules its package ships; no sa-update is needed
 * or used, so the rules are the release's: /usr/share/spamassassin, plus /var/lib/spamassassin/
 * <version> when an sa-update has been run on the machine, which then takes its place):
 *   apt-get install -y spamassassin
 *
 * How SpamAssassin is run: one Perl process per job (`--jobs`, default 1, at most 2 advised on a
 * shared machine) through the Mail::SpamAssassin API, each message checked as
 *   spamassassin --local --test-mode --prefspath=<prefs>     (the same as `spamassassin -L -t -p <prefs>`)
 * would check it: `local_tests_only` (no DNS, no DNSBL/URIBL, no Razor/Pyzor/DCC), and a prefs file
 * that sets `use_bayes 0`, `bayes_auto_learn 0`, `skip_rbl_checks 1`, `use_razor2 0`, `use_pyzor 0`,
 * `use_dcc 0`. With the network and Bayes off SpamAssassin uses score set 0 (the worker prints the
 * set and refuses any other). The auto-whitelist and TxRep are not loaded by Debian's .pre files;
 * the worker's state dir is a fresh temporary folder, so nothing is learnt or kept between runs.
 * Per message it keeps SpamAssassin's score and the rules that hit with their points.
 *
 * spamrisk's score is the one scripts/eval/external.ts computes: every rule run over the parsed
 * input, summed under the fitted weights (core/score/weights.ts).
 *
 * Sources (each optional; at least one):
 *   --dev <corpus>     the dev corpus (../shared/corpus): the SpamAssassin part by manifest group,
 *                      phishing-modern/ and legit-modern/ (an .html template of legit-modern is
 *                      wrapped for SpamAssassin as a header-less text/html message)
 *   --enron <folder>   Enron-Spam as external.ts reads it (parts whose spam is SpamAssassin's are
 *                      left out); SpamAssassin sees each file as a minimal RFC 5322 message:
 *                      `Subject: <the subject>`, an empty line, the lower-cased body, and no other
 *                      header, so its MISSING_* header rules fire on every message of both labels.
 *                      `--enron-sample N` (default 1500) draws N spam and N ham, spread evenly over
 *                      the parts, by a seeded shuffle (`--seed`, default 27); 0 reads all.
 *   --eml <folder>     raw messages under <folder>/spam and/or <folder>/ham (external.ts's eml
 *                      layout), e.g. the Glitchy archive; `--eml-off rule,…` scores spamrisk without
 *                      those rules (Glitchy: missing-message-id,undisclosed-recipients, as its
 *                      publisher rewrote those headers)
 *   --mbox <folder>    mbox files under <folder>/spam and/or <folder>/ham (external.ts's mbox
 *                      layout), e.g. Nazario's phishing
 * Exact duplicate texts are read once per source, and a text under both labels is left out, as in
 * external.ts.
 *
 * Options: --jobs N (SpamAssassin processes, default 1), --low N (spamrisk score that counts as a
 * miss, default 2.5), --threshold N (default 5), --rules N (rows of the rule table, default 40),
 * --cache <file> (SpamAssassin results by message hash, JSON lines: a second run reads them instead
 * of re-checking), --rules-dir <dir> (where SpamAssassin's .cf files are, default
 * /usr/share/spamassassin), --dump <file> (every message's two scores and SpamAssassin's hits, JSON).
 *
 * Rules that read what a draft cannot carry (relays and Received lines, rDNS, HELO, envelope, DNS
 * lists, DKIM/SPF/DMARC, Bayes, AWL) are left out of the rule table by name and by what their
 * definition reads, and so are the meta rules built on them; the table marks header rules that a
 * sender's draft would carry (From, To, Subject, Date, Message-ID, MIME headers, X-Mailer) as
 * `header`. Output is Markdown.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { createAnalyzer, DEFAULT_THRESHOLD, emailToInput, rules, type EmailInput } from '../../core/index.ts';
import { fittedWeights } from '../../core/score/weights.ts';
import { readInput } from './corpus.ts';
import { enronParts, emlMessages, mboxMessages, readDistinct, type Label } from './collections.ts';
import { enronInput } from './enron.ts';
import { effectiveWeights, featuresOfInput, scoreOf } from './features.ts';
import { readManifest } from './manifest.ts';
import { mulberry32 } from './logistic.ts';
import { rocAuc } from './metrics.ts';
import { fixed, percent, progress } from './report.ts';
import { commandLine, numberOption, usageFailure } from '../usage.ts';

const USAGE =
  'usage: npx tsx scripts/eval/spamassassin.ts [--dev corpus] [--enron folder] [--eml folder] [--mbox folder] [--jobs 1] [--enron-sample 1500] [--seed 27] [--eml-off rule,…] [--low 2.5] [--threshold 5] [--rules 40] [--cache file] [--rules-dir /usr/share/spamassassin] [--dump file]';
const fail: (message: string) => never = usageFailure(USAGE);

interface Item {
  /** dev, enron, eml or mbox: the collection */
  readonly source: string;
  /** the group a hit rate is given for: a manifest group, an Enron label, a collection */
  readonly group: string;
  readonly label: Label;
  readonly id: string;
  /** what SpamAssassin reads */
  readonly raw: () => Uint8Array;
  /** what spamrisk reads */
  readonly input: () => Promise<EmailInput>;
  /** rules scored as 0 for this item (a publisher's rewritten headers) */
  readonly off: ReadonlySet<string>;
}

interface SaResult {
  readonly score: number;
  /** rule → points, as SpamAssassin counted them */
  readonly hits: Readonly<Record<string, number>>;
}

interface Row {
  readonly item: Item;
  readonly ours: number;
  readonly ourRules: readonly string[];
  readonly sa: SaResult;
}

// ---------------------------------------------------------------- reading the sources

const encoder = new TextEncoder();

/** A header-less HTML file as the smallest message SpamAssassin reads as HTML. */
function wrapHtml(html: string): Uint8Array {
  return encoder.encode(`MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n${html}`);
}

function devItems(root: string): Item[] {
  const items: Item[] = [];
  const none = new Set<string>();
  for (const [sub, name] of [['.', null], ['phishing-modern', 'phishing-modern'], ['legit-modern', 'legit-modern']] as const) {
    const dir = resolve(root, sub);
    if (!existsSync(join(dir, 'manifest.tsv'))) continue;
    for (const entry of readManifest(dir)) {
      const path = join(dir, entry.file);
      const html = /\.html?$/i.test(path);
      items.push({
        source: 'dev',
        group: name ?? entry.group,
        label: entry.label,
        id: relative(root, path),
        raw: () => (html ? wrapHtml(readFileSync(path, 'utf8')) : readFileSync(path)),
        input: () => readInput(path),
        off: none,
      });
    }
  }
  if (items.length === 0) fail(`no manifest.tsv under ${root}`);
  return items;
}


function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

function enronItems(root: string, sample: number, seed: number): { items: Item[]; notes: string[] } {
  const { parts, notes } = enronParts(root, fail);
  const byLabel: Record<Label, string[][]> = { spam: [], ham: [] };
  for (const part of parts) {
    for (const label of ['spam', 'ham'] as const) if (part.files[label].length > 0) byLabel[label].push([...part.files[label]]);
  }
  const random = mulberry32(seed);
  const items: Item[] = [];
  const none = new Set<string>();
  for (const label of ['spam', 'ham'] as const) {
    const lists = byLabel[label];
    const picked: string[] = [];
    if (sample <= 0) for (const list of lists) picked.push(...list);
    else {
      // an even share from each part, the remainder to the first parts; a part short of its share gives what it has
      lists.forEach((list, index) => {
        const share = Math.floor(sample / lists.length) + (index < sample % lists.length ? 1 : 0);
        picked.push(...shuffled(list, random).slice(0, share));
      });
    }
    for (const path of picked.sort()) {
      items.push({
        source: 'enron',
        group: `enron ${label}`,
        label,
        id: relative(root, path),
        raw: () => {
          const input = enronInput(path);
          // latin1 in, latin1 out: the bytes SpamAssassin reads are the file's
          return Buffer.from(`Subject: ${input.subject ?? ''}\n\n${input.text ?? ''}`, 'latin1');
        },
        input: async () => enronInput(path),
        off: none,
      });
    }
  }
  return { items, notes };
}

function emlItems(root: string, off: ReadonlySet<string>): Item[] {
  const name = basename(root);
  return emlMessages(root, fail).map(({ label, path, bytes }) => ({
    source: name, group: `${name} ${label}`, label, id: relative(root, path), raw: bytes, input: () => emailToInput(bytes()), off,
  }));
}

function mboxItems(root: string): Item[] {
  const name = basename(root);
  const none = new Set<string>();
  return mboxMessages(root, fail).messages.map(({ label, path, index, bytes }) => ({
    source: name, group: `${name} ${label}`, label, id: `${relative(root, path)}#${index}`, raw: bytes, input: () => emailToInput(bytes()), off: none,
  }));
}

// ---------------------------------------------------------------- SpamAssassin

const PREFS = ['use_bayes 0', 'bayes_auto_learn 0', 'skip_rbl_checks 1', 'use_razor2 0', 'use_pyzor 0', 'use_dcc 0', 'time_limit 60'].join('\n');

/** The worker: reads `<id>\t<length>\n<bytes>` records from stdin, prints `<id>\t<score>\t<RULE=points,…>`. */
const WORKER = String.raw`
use strict; use warnings;
use Mail::SpamAssassin;
my ($prefs, $home) = @ARGV;
my $sa = Mail::SpamAssassin->new({ local_tests_only => 1, userprefs_filename => $prefs, dont_copy_prefs => 1,
  home_dir_for_helpers => $home, userstate_dir => $home });
$sa->compile_now(1); # 1: read the user prefs (use_bayes 0 …); with 0 they are ignored and Bayes learns as it goes
my $set = $sa->{conf}->get_score_set();
die "score set $set, not 0: Bayes or network tests are on\n" unless $set == 0;
print STDERR "spamassassin " . Mail::SpamAssassin::Version() . ", score set $set\n";
binmode STDIN; binmode STDOUT; $| = 1;
while (defined(my $line = <STDIN>)) {
  chomp $line; my ($id, $len) = split /\t/, $line;
  my $raw = ''; my $got = 0;
  while ($got < $len) { my $n = read(STDIN, $raw, $len - $got, $got); die "short read\n" unless $n; $got += $n; }
  my $msg = $sa->parse($raw);
  my $status = $sa->check($msg);
  die "score set changed to " . $sa->{conf}->get_score_set() . "\n" unless $sa->{conf}->get_score_set() == 0;
  printf "%s\t%.3f\t%s\n", $id, $status->get_score(), $status->get_names_of_tests_hit_with_scores();
  $status->finish; $msg->finish;
}
`;

function parseHits(list: string): Record<string, number> {
  const hits: Record<string, number> = {};
  for (const pair of list.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at > 0) hits[pair.slice(0, at)] = Number(pair.slice(at + 1));
  }
  return hits;
}

/** Checks every message with `jobs` SpamAssassin processes, one message in flight per process. */
async function runSpamAssassin(work: readonly { key: string; raw: Uint8Array }[], jobs: number, onDone: (key: string, result: SaResult) => void): Promise<void> {
  if (work.length === 0) return;
  const home = mkdtempSync(join(tmpdir(), 'spamrisk-sa-'));
  const prefs = join(home, 'user_prefs');
  writeFileSync(prefs, `${PREFS}\n`);
  let next = 0;
  const bar = progress('spamassassin');
  let done = 0;
  const one = (): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const child = spawn('perl', ['-e', WORKER, prefs, home], { stdio: ['pipe', 'pipe', 'inherit'] });
      let buffer = '';
      let current: string | null = null;
      const feed = (): void => {
        if (next >= work.length) {
          current = null;
          child.stdin.end();
          return;
        }
        const { key, raw } = work[next++]!;
        current = key;
        child.stdin.write(`${key}\t${raw.length}\n`);
        child.stdin.write(raw);
      };
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          const [key, score, list] = line.split('\t');
          if (key !== current) {
            reject(new Error(`spamassassin answered for ${key}, expected ${current}`));
            child.kill();
            return;
          }
          onDone(key!, { score: Number(score), hits: parseHits(list ?? '') });
          bar.update(++done, work.length);
          feed();
        }
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 && current === null ? resolvePromise() : reject(new Error(`spamassassin worker exited with ${code} (is Mail::SpamAssassin installed? apt-get install spamassassin)`))));
      feed();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, work.length) }, one));
  } finally {
    bar.end();
    rmSync(home, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- rule definitions

interface RuleDefinition {
  readonly kind: string;
  readonly text: string;
  readonly where: string;
  describe?: string;
}

/** The first definition of each rule in the .cf files (in the order SpamAssassin reads them), with file:line. */
function ruleDefinitions(dir: string): Map<string, RuleDefinition> {
  const out = new Map<string, RuleDefinition>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cf')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const definition = /^\s*(header|body|rawbody|uri|full|meta|mimeheader|uri_detail)\s+(\w+)\s+(.*)$/.exec(line);
        if (definition && !out.has(definition[2]!)) out.set(definition[2]!, { kind: definition[1]!, text: definition[3]!.trim(), where: `${file}:${index + 1}` });
        const describe = /^\s*describe\s+(\w+)\s+(.*)$/.exec(line);
        if (describe) {
          const rule = out.get(describe[1]!);
          if (rule && rule.describe === undefined) rule.describe = describe[2]!.trim();
        }
      });
  }
  return out;
}

/** Rule names that read relays, the envelope, DNS, authentication, Bayes or sender history. */
const UNSEEN_NAME =
  /^(RDNS_|RCVD_|DKIM|SPF_|DMARC|URIBL|RBL|DNSWL|BAYES|HELO_|FSL_HELO|AWL|TXREP|USER_IN_|ALL_TRUSTED|NO_RELAYS|UNPARSEABLE_RELAY|DYN_RDNS|DOS_|TVD_RCVD|KHOP_|RAZOR|PYZOR|DCC_|SPOOFED_|FORGED_.*RCVD|.*_NO_?RDNS|.*_RDNS|.*ENVFROM|.*_RELAY|DATE_IN_(PAST|FUTURE)|ACCESSDB|ASN_|HEADER_FROM_DIFFERENT_DOMAINS)/;
const UNSEEN_DEFINITION = /Received|X-Spam-Relays|EnvelopeFrom|X-Envelope|Return-Path|check_rbl|check_dkim|check_spf|check_dmarc|rdns|helo|check_for_forged_received|check_relays|check_bayes|check_access|_RDNS|RCVD_|check_uridnsbl|check_hashbl|check_rcvd|check_equal_from_domains|X-Originating-IP/i;
/** Header rules a sender's own draft carries (what the compose window or the sending program writes). */
const DRAFT_HEADER = /^(From|To|Cc|Subject|Date|Message-Id|MESSAGEID|Reply-To|MIME-Version|Content-Type|Content-Transfer-Encoding|X-Mailer|User-Agent|X-Priority|Importance|X-MSMail-Priority|Organization|List-|Precedence|ALL|ToCc)\b/i;

function classify(name: string, definitions: ReadonlyMap<string, RuleDefinition>, seen = new Set<string>()): 'unseen' | 'header' | 'content' {
  if (UNSEEN_NAME.test(name)) return 'unseen';
  const definition = definitions.get(name);
  if (!definition) return 'content';
  // a meta's own text is read term by term below (its negated relay terms only spare some mail)
  if (definition.kind !== 'meta' && UNSEEN_DEFINITION.test(definition.text)) return 'unseen';
  if (definition.kind === 'meta') {
    seen.add(name);
    let header = false;
    // A negated term (`!__VIA_ML`, `!__RCVD_…`) only spares some mail: without relays the rule still fires on content.
    for (const [, negated, part] of definition.text.matchAll(/(!\s*)?\b([A-Z_][A-Z0-9_]{2,})\b/g)) {
      if (negated || seen.has(part!) || !definitions.has(part!)) continue;
      const kind = classify(part!, definitions, seen);
      if (kind === 'unseen') return 'unseen';
      if (kind === 'header') header = true;
    }
    return header ? 'header' : 'content';
  }
  if (definition.kind === 'header' || definition.kind === 'mimeheader') {
    const field = /^(?:exists:)?(\S+?)(:|\s|=~|!~|$)/.exec(definition.text)?.[1] ?? '';
    return DRAFT_HEADER.test(field) || /^eval:/.test(definition.text) ? 'header' : 'unseen';
  }
  return 'content';
}

// ---------------------------------------------------------------- report

function share(count: number, of: number): string {
  return of > 0 ? percent(count / of) : '—';
}

async function main(): Promise<void> {
  const { values } = commandLine(USAGE, {
    options: {
      dev: { type: 'string' },
      enron: { type: 'string' },
      eml: { type: 'string' },
      mbox: { type: 'string' },
      jobs: { type: 'string' },
      'enron-sample': { type: 'string' },
      seed: { type: 'string' },
      'eml-off': { type: 'string' },
      low: { type: 'string' },
      threshold: { type: 'string' },
      rules: { type: 'string' },
      cache: { type: 'string' },
      'rules-dir': { type: 'string' },
      dump: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const jobs = numberOption(fail, values.jobs, 'jobs', 1);
  const low = numberOption(fail, values.low, 'low', 2.5);
  const threshold = numberOption(fail, values.threshold, 'threshold', DEFAULT_THRESHOLD);
  const ruleRows = numberOption(fail, values.rules, 'rules', 40);
  const sample = numberOption(fail, values['enron-sample'], 'enron-sample', 1500);
  const seed = numberOption(fail, values.seed, 'seed', 27);
  const rulesDir = values['rules-dir'] ?? '/usr/share/spamassassin';
  const emlOff = new Set((values['eml-off'] ?? '').split(',').map((id) => id.trim()).filter(Boolean));
  for (const id of emlOff) if (!rules.some((rule) => rule.id === id)) fail(`--eml-off: no rule \`${id}\``);

  const notes: string[] = [];
  const items: Item[] = [];
  if (values.dev) items.push(...devItems(resolve(values.dev)));
  if (values.enron) {
    const loaded = enronItems(resolve(values.enron), sample, seed);
    items.push(...loaded.items);
    notes.push(...loaded.notes);
  }
  if (values.eml) items.push(...emlItems(resolve(values.eml), emlOff));
  if (values.mbox) items.push(...mboxItems(resolve(values.mbox)));
  if (items.length === 0) fail('name at least one source (--dev, --enron, --eml, --mbox).');

  // Read what spamrisk reads, and drop duplicate texts per source as external.ts does.
  const { unique, unreadable } = await readDistinct(items, (item) => item.input(), (item) => item.source);

  // spamrisk
  const analyzer = createAnalyzer();
  const baseWeights = effectiveWeights(rules, fittedWeights);
  const ours = unique.map(({ item, input }) => {
    const features = featuresOfInput(analyzer, rules, input);
    const weights = item.off.size === 0 ? baseWeights : baseWeights.map((weight, index) => (item.off.has(rules[index]!.id) ? 0 : weight));
    return {
      score: scoreOf(features.strengths, weights),
      fired: rules.filter((rule, index) => features.fired[index] === 1 && !item.off.has(rule.id)).map((rule) => rule.id),
    };
  });

  // SpamAssassin, by the hash of the bytes it reads (cached across runs when --cache is given)
  const results = new Map<string, SaResult>();
  if (values.cache && existsSync(values.cache)) {
    for (const line of readFileSync(values.cache, 'utf8').split('\n')) {
      if (!line) continue;
      const { key, score, hits } = JSON.parse(line) as { key: string } & SaResult;
      results.set(key, { score, hits });
    }
  }
  const raws = unique.map(({ item }) => item.raw());
  const hashes = raws.map((raw) => createHash('sha1').update(raw).digest('hex'));
  const work: { key: string; raw: Uint8Array }[] = [];
  const queued = new Set<string>();
  hashes.forEach((key, index) => {
    if (!results.has(key) && !queued.has(key)) {
      queued.add(key);
      work.push({ key, raw: raws[index]! });
    }
  });
  const started = performance.now();
  await runSpamAssassin(work, jobs, (key, result) => {
    results.set(key, result);
    if (values.cache) appendFileSync(values.cache, `${JSON.stringify({ key, ...result })}\n`);
  });
  const seconds = (performance.now() - started) / 1000;

  const rows: Row[] = unique.map(({ item }, index) => ({ item, ours: ours[index]!.score, ourRules: ours[index]!.fired, sa: results.get(hashes[index]!)! }));
  if (values.dump) writeFileSync(values.dump, JSON.stringify(rows.map((row) => ({ source: row.item.source, group: row.item.group, label: row.item.label, id: row.item.id, ours: row.ours, ourRules: row.ourRules, sa: row.sa.score, saHits: row.sa.hits }))));

  const definitions = ruleDefinitions(rulesDir);
  const kindOf = new Map<string, ReturnType<typeof classify>>();
  const kind = (name: string): ReturnType<typeof classify> => {
    let known = kindOf.get(name);
    if (known === undefined) kindOf.set(name, (known = classify(name, definitions)));
    return known;
  };
  /** SpamAssassin's score without the rules a draft cannot show: what it makes of the content and the draft's headers */
  const saDraft = (row: Row): number => Object.entries(row.sa.hits).reduce((sum, [name, points]) => (kind(name) === 'unseen' ? sum : sum + points), 0);

  const out: string[] = [];
  out.push(`# SpamAssassin and spamrisk on the same messages`, '');
  out.push(`${items.length} messages read, ${rows.length} scored after duplicates${unreadable > 0 ? `, ${unreadable} unreadable left out` : ''}; SpamAssassin checked ${work.length} (${results.size - work.length} from the cache) in ${fixed(seconds, 0)} s with ${jobs} process(es). Rules from ${rulesDir}.`);
  for (const note of notes) out.push(`- ${note}`);
  if (emlOff.size > 0) out.push(`- eml collection scored by spamrisk without: ${[...emlOff].join(', ')}`);
  out.push('');

  const groups = [...new Set(rows.map((row) => row.item.group))];
  const byGroup = (group: string): Row[] => rows.filter((row) => row.item.group === group);
  const atLeast = (scores: readonly number[], cut: number): number => scores.filter((score) => score >= cut).length;
  const hamPools: Record<string, Row[]> = {
    'dev SpamAssassin ham': rows.filter((row) => row.item.source === 'dev' && row.item.label === 'ham' && row.item.group !== 'legit-modern'),
    'Enron ham': rows.filter((row) => row.item.source === 'enron' && row.item.label === 'ham'),
  };
  out.push(`## Per group: recall or false positives at ${fixed(threshold, 1)}, and ROC AUC`, '');
  out.push(`"SA draft" is SpamAssassin's score without the rules a draft cannot carry (relays, rDNS, HELO, envelope, DNS, authentication).`);
  if (hamPools['Enron ham']!.length > 0) {
    // Enron-Spam keeps a Subject and the body only: MISSING_DATE, MISSING_FROM, MISSING_HEADERS and MISSING_MID add 5.2.
    out.push(`Enron-Spam's messages have no headers but the Subject, so SpamAssassin's missing-header rules alone give each about 5.2 points: its ≥ ${fixed(threshold, 1)} columns on Enron say nothing, its AUC does.`);
  }
  out.push('');
  const pools = Object.entries(hamPools).filter(([, list]) => list.length > 0);
  out.push(`| group | label | n | spamrisk ≥ ${fixed(threshold, 1)} | SA ≥ ${fixed(threshold, 1)} | SA draft ≥ ${fixed(threshold, 1)} | spamrisk < ${fixed(low, 1)} |${pools.map(([name]) => ` AUC vs ${name}: spamrisk / SA / SA draft |`).join('')}`);
  out.push(`|---|---|---:|---:|---:|---:|---:|${pools.map(() => '---:|').join('')}`);
  for (const group of groups) {
    const list = byGroup(group);
    const label = list[0]!.item.label;
    const cells = pools.map(([, ham]) =>
      label === 'spam'
        ? `${fixed(rocAuc(list.map((row) => row.ours), ham.map((row) => row.ours)))} / ${fixed(rocAuc(list.map((row) => row.sa.score), ham.map((row) => row.sa.score)))} / ${fixed(rocAuc(list.map(saDraft), ham.map(saDraft)))}`
        : '',
    );
    out.push(
      `| ${group} | ${label} | ${list.length} | ${share(atLeast(list.map((row) => row.ours), threshold), list.length)} | ${share(atLeast(list.map((row) => row.sa.score), threshold), list.length)} | ${share(atLeast(list.map(saDraft), threshold), list.length)} | ${share(list.filter((row) => row.ours < low).length, list.length)} |${cells.map((cell) => ` ${cell} |`).join('')}`,
    );
  }
  out.push('');

  // The rule table: SpamAssassin rules with points that fire on spam spamrisk scores low.
  const lows = rows.filter((row) => row.item.label === 'spam' && row.ours < low);
  const counts = new Map<string, number>();
  const points = new Map<string, number>();
  for (const row of lows) {
    for (const [name, value] of Object.entries(row.sa.hits)) {
      if (value <= 0) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      points.set(name, value);
    }
  }
  for (const row of rows) for (const [name, value] of Object.entries(row.sa.hits)) if (!points.has(name)) points.set(name, value);
  const rate = (group: string, name: string): string => {
    const list = byGroup(group);
    return share(list.filter((row) => name in row.sa.hits).length, list.length);
  };
  const ranked = [...counts].filter(([name]) => kind(name) !== 'unseen').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const left = [...counts].filter(([name]) => kind(name) === 'unseen').sort((a, b) => b[1] - a[1]);
  out.push(`## SpamAssassin rules (points > 0) on the ${lows.length} spam spamrisk scores under ${fixed(low, 1)}`, '');
  out.push(`Low spam per group: ${groups.filter((group) => byGroup(group)[0]!.item.label === 'spam').map((group) => `${group} ${lows.filter((row) => row.item.group === group).length}`).join(', ')}.`, '');
  out.push(`| rule | kind | points | low spam hit | ${groups.join(' | ')} | defined |`);
  out.push(`|---|---|---:|---:|${groups.map(() => '---:|').join('')}---|`);
  for (const [name, count] of ranked.slice(0, ruleRows)) {
    const definition = definitions.get(name);
    out.push(`| ${name} | ${kind(name)} | ${fixed(points.get(name) ?? 0, 2)} | ${count} | ${groups.map((group) => rate(group, name)).join(' | ')} | ${definition ? `${definition.where} (${definition.kind})` : 'not in the .cf files'} |`);
  }
  out.push('', `Left out as unseen before sending (relays, rDNS, HELO, envelope, DNS, authentication, Bayes): ${left.slice(0, 30).map(([name, count]) => `${name} ${count}`).join(', ') || 'none'}.`);
  out.push('', '### What the listed rules test', '');
  for (const [name] of ranked.slice(0, ruleRows)) {
    const definition = definitions.get(name);
    out.push(`- **${name}** (${definition?.where ?? '?'}): ${definition?.describe ?? 'no describe line'} — \`${(definition ? `${definition.kind} ${definition.text}` : '').slice(0, 200).replace(/`/g, "'")}\``);
  }
  out.push('', '### spamrisk rules that fire on the same low-scoring spam', '');
  const ourCounts = new Map<string, number>();
  for (const row of lows) for (const id of row.ourRules) ourCounts.set(id, (ourCounts.get(id) ?? 0) + 1);
  out.push([...ourCounts].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([id, count]) => `${id} ${count}`).join(', ') || 'none');
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
