// Validates wordlists/** and generates core/data/<lang>.ts, core/data/global.ts and
// core/data/characters.ts from them. The generated files are build output (git ignores them):
// `npm ci` runs this as `prepare`, and `npm test` runs it before anything else.
//
//   npx tsx scripts/build-wordlists.ts           validate, then write the generated files
//   npx tsx scripts/build-wordlists.ts --check   validate, then fail if they are out of date
//
// Exit codes: 0 fine, 1 violations or out-of-date files, 2 usage error.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGenerated, readSources } from './wordlists/files.ts';
import { CHARACTERS_OUTPUT, renderCharacterMaps } from './wordlists/render.ts';

/** The character maps' own sources: their violations stop the build before anything is written. */
const CHARACTER_SOURCES = ['confusable-letters.yml', 'leet.yml', 'fuzzy-letters.yml'].map((name) => `wordlists/global/${name}`);
/** How many runs came before this one: each validates with the character maps the one before wrote. */
const RUNS_BEFORE = 'SPAMRISK_WORDLISTS_RUNS_BEFORE';
/** A run from empty maps, then one with the sources' maps: never more. */
const MOST_RUNS_BEFORE = 2;

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  if (args.some((arg) => arg !== '--check')) {
    console.error('usage: tsx scripts/build-wordlists.ts [--check]');
    return 2;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  // The validator reads phrases with the tokenizer, and the tokenizer reads the character maps
  // this build generates (core/data/characters.ts is not in git). Without them, start from empty
  // maps; when the maps this run loaded are not the ones the sources give, write those and
  // validate again in a fresh process that loads them.
  const charactersPath = join(root, CHARACTERS_OUTPUT);
  const bootstrapped = !existsSync(charactersPath);
  if (bootstrapped && check) {
    console.error(`${CHARACTERS_OUTPUT}: missing\n\nGenerated wordlist data is missing: run \`npm run wordlists\`.`);
    return 1;
  }
  const empty = renderCharacterMaps({ confusableLetters: [], leet: [], fuzzyLetters: [] });
  if (bootstrapped) {
    mkdirSync(dirname(charactersPath), { recursive: true });
    writeFileSync(charactersPath, empty);
  }
  const loaded = readFileSync(charactersPath, 'utf8');
  const runsBefore = Number(process.env[RUNS_BEFORE] ?? 0);
  const mayRunAgain = runsBefore < MOST_RUNS_BEFORE;
  /** Writes `maps`, validates again in a process that loads them, and puts back what was there if that run fails. */
  const runAgainWith = (maps: string): number => {
    writeFileSync(charactersPath, maps);
    const second = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
      env: { ...process.env, [RUNS_BEFORE]: String(runsBefore + 1) },
    });
    if (second.status === 0) {
      console.log(`wrote ${CHARACTERS_OUTPUT}`);
      return 0;
    }
    writeFileSync(charactersPath, loaded);
    return second.status ?? 1;
  };
  let build: typeof import('./wordlists/build.ts');
  try {
    build = await import('./wordlists/build.ts');
  } catch (error) {
    // A character-map module that no longer fits the tokenizer (an export added since it was
    // written): start again from empty maps, once.
    if (check || !mayRunAgain) throw error;
    return runAgainWith(empty);
  }
  const { buildWordlists, describeDrift, formatViolation } = build;
  const { violations: found, outputs } = buildWordlists(readSources(root));
  const characters = outputs.get(CHARACTERS_OUTPUT);
  const stale = characters !== undefined && characters !== loaded;
  // Read with maps that are not the sources' own, the phrases may show problems they do not have:
  // then only the character sources' own problems are reported.
  const violations = stale ? found.filter((violation) => CHARACTER_SOURCES.includes(violation.file)) : found;
  if (stale && check && violations.length === 0) {
    console.error(`${CHARACTERS_OUTPUT}: out of date\n\nGenerated wordlist data is out of date: run \`npm run wordlists\`.`);
    return 1;
  }
  if (stale && !check && violations.length === 0) {
    if (mayRunAgain) return runAgainWith(characters);
    console.error(`${CHARACTERS_OUTPUT}: the character maps did not settle after ${MOST_RUNS_BEFORE} runs; nothing was generated.`);
    return 1;
  }
  if (violations.length > 0) {
    for (const violation of violations) console.error(formatViolation(violation));
    console.error(`\n${violations.length} wordlist problem(s); nothing was generated.`);
    return 1;
  }
  const drift = describeDrift(outputs, readGenerated(root));
  if (check) {
    if (drift.length === 0) return 0;
    console.error(drift.join('\n'));
    console.error('\nGenerated wordlist data is out of date: run `npm run wordlists`.');
    return 1;
  }
  const changed = write(root, outputs, readGenerated(root));
  console.log(changed.length === 0 ? 'wordlists: generated files already up to date' : changed.join('\n'));
  return 0;
}

/** Writes only what changed (so file times stay meaningful); returns one line per change. */
function write(
  root: string,
  outputs: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): string[] {
  const changed: string[] = [];
  for (const [path, text] of outputs) {
    if (current.get(path) === text) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    changed.push(`wrote ${path}`);
  }
  // A generated file whose language was removed would otherwise keep shipping stale data.
  for (const path of current.keys()) {
    if (outputs.has(path)) continue;
    rmSync(join(root, path));
    changed.push(`removed ${path}`);
  }
  return changed;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
