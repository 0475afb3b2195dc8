/**
 * `npx tsx scripts/eval/languages.ts <out.tsv> [--enron <folder>] [--templates <folder>]`: the
 * language the detection reads in every message of the dev corpus (all default parts: the
 * SpamAssassin set, legit-modern, phishing-modern), of an optional folder of .html templates and of
 * an optional Enron-Spam checkout (its parts as scripts/eval/external.ts reads them: a part's spam is
 * left out when SpamAssassin owns it), one `set<TAB>path<TAB>language` line a message.
 *
 * `npx tsx scripts/eval/languages.ts --compare <before.tsv> <after.tsv> [--sample N]`: how many
 * messages of each set changed language, a table of the changes (old → new) and N of them named, so
 * a change to the detection can be measured on whole sets rather than on the message that asked.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { functionWords } from '../../core/data/index.ts';
import { parseMessage } from '../../core/message/parse.ts';
import { indexFunctionWords } from '../../core/text/language.ts';
import { enronParts } from './collections.ts';
import { loadAllParts, readInput } from './corpus.ts';
import { enronInput } from './enron.ts';
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS } from './paths.ts';
import { commandLine, numberOption, usageFailure } from '../usage.ts';

const USAGE = 'usage: npx tsx scripts/eval/languages.ts <out.tsv> [--enron folder] [--templates folder] | --compare <before.tsv> <after.tsv> [--sample 40]';
const fail: (message: string) => never = usageFailure(USAGE);

async function write(out: string, enron: string | undefined, templates: string | undefined): Promise<void> {
  const votes = indexFunctionWords(functionWords);
  const lines: string[] = [];
  for (const message of loadAllParts(DEFAULT_CORPUS).messages) {
    const input = await readInput(message.path, DEFAULT_CACHE_DIR);
    lines.push(`${message.part.name}\t${relative(DEFAULT_CORPUS, message.path)}\t${parseMessage(input, votes).language}`);
  }
  if (templates) {
    for (const name of readdirSync(templates).filter((file) => /\.html?$/.test(file)).sort()) {
      lines.push(`templates\t${name}\t${parseMessage({ html: readFileSync(join(templates, name), 'utf8') }, votes).language}`);
    }
  }
  if (enron) {
    const { parts } = enronParts(enron, fail);
    for (const part of parts) {
      for (const label of ['ham', 'spam'] as const) {
        for (const path of part.files[label]) lines.push(`enron\t${relative(enron, path)}\t${parseMessage(enronInput(path), votes).language}`);
      }
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} messages → ${out}`);
}

function read(path: string): Map<string, { set: string; language: string }> {
  const rows = new Map<string, { set: string; language: string }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [set, file, language] = line.split('\t');
    if (set && file && language) rows.set(`${set}\t${file}`, { set, language });
  }
  return rows;
}

function compare(beforePath: string, afterPath: string, sample: number): void {
  const before = read(beforePath);
  const after = read(afterPath);
  const totals = new Map<string, { messages: number; changed: number }>();
  const moves = new Map<string, number>();
  const changed: string[] = [];
  for (const [key, old] of before) {
    const now = after.get(key);
    if (!now) continue;
    const total = totals.get(old.set) ?? { messages: 0, changed: 0 };
    total.messages++;
    totals.set(old.set, total);
    if (now.language === old.language) continue;
    total.changed++;
    const move = `${old.set}\t${old.language} → ${now.language}`;
    moves.set(move, (moves.get(move) ?? 0) + 1);
    changed.push(`${key}\t${old.language} → ${now.language}`);
  }
  console.log('set\tmessages\tchanged');
  for (const [set, { messages, changed: count }] of totals) console.log(`${set}\t${messages}\t${count}`);
  console.log('\nset\told → new\tmessages');
  for (const [move, count] of [...moves].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1])) console.log(`${move}\t${count}`);
  if (sample > 0 && changed.length > 0) {
    console.log(`\n${Math.min(sample, changed.length)} of the ${changed.length} changes, spread:`);
    const step = Math.max(1, Math.floor(changed.length / sample));
    for (let index = 0; index < changed.length && index / step < sample; index += step) console.log(changed[index]);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, {
    allowPositionals: true,
    options: {
      compare: { type: 'boolean', default: false },
      sample: { type: 'string' },
      enron: { type: 'string' },
      templates: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.compare) {
    if (positionals.length !== 2) fail('--compare takes two files.');
    compare(positionals[0] as string, positionals[1] as string, numberOption(fail, values.sample, 'sample', 40));
    return;
  }
  if (positionals.length !== 1) fail('name one output file.');
  await write(positionals[0] as string, values.enron, values.templates);
}

await main();
