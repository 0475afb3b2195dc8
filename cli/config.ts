/**
 * spamrisk.config.json: found from the working directory upwards (stopping at the repository
 * root), or named with --config. It is validated before anything runs, and every problem is
 * reported at once with its path in the file, so a typo in a rule id never silently scores
 * with the defaults.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalyzeOptions, RuleSetting } from '../core/index.ts';
import { KNOWN_RULES, nearestRuleId, pointsProblem, type KnownRule } from '../core/rules/settings.ts';
import { suggest } from '../core/text/suggest.ts';
import { isWordlistLanguage, unknownOptionProblems, wordlistLanguagesInWords } from '../core/validate.ts';
import { InputError, readFileBytes, UsageError } from './source.ts';

export const CONFIG_FILE = 'spamrisk.config.json';

export type FailOn = 'medium' | 'high';
export const FAIL_ON: readonly FailOn[] = ['medium', 'high'];

export interface Config {
  readonly threshold?: number;
  readonly failOn?: FailOn;
  readonly languages?: string[];
  readonly rules?: Record<string, RuleSetting>;
  readonly phrases?: { add?: (string | { phrase: string; points?: number })[]; allow?: string[] };
}

export interface LoadedConfig {
  readonly config: Config;
  /** absolute path of the file, or null when none was found */
  readonly path: string | null;
}

const TOP_LEVEL = ['$schema', 'threshold', 'failOn', 'languages', 'rules', 'phrases'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** ` (did you mean "x"?)` after a name that is a typo of a known one, else nothing: for config keys, rule ids and the CLI's options (`prefix`, `--`). */
export function didYouMean(name: string, known: readonly string[], prefix = ''): string {
  const guess = suggest(name, known);
  return guess ? ` (did you mean "${prefix}${guess}"?)` : '';
}

/** Checks a parsed config; returns the problems, each starting with its path in the file. */
export function validateConfig(value: unknown, knownRules: readonly KnownRule[] = KNOWN_RULES): string[] {
  return configProblems(value, knownRules);
}

/**
 * validateConfig's checks. With `where` the settings are a function's options (the Vite plugin's,
 * `spamrisk(): options`), not a file's: a key it does not take, at the top or in `phrases`, is
 * worded as the core's functions word one (`spamrisk(): options.phrases has no option "addd"; did
 * you mean "add"? …`), so one error reads alike throughout.
 */
export function configProblems(value: unknown, knownRules: readonly KnownRule[] = KNOWN_RULES, where?: string): string[] {
  /** A problem for each key of `record` (at `path`, '' at the top) that `known` does not list. */
  const unknownKeys = (record: Record<string, unknown>, known: readonly string[], path: string, listed = known): string[] =>
    where !== undefined
      ? unknownOptionProblems(record, listed, path === '' ? where : `${where}.${path}`)
      : Object.keys(record)
          .filter((key) => !known.includes(key))
          .map((key) => `${path === '' ? '' : `${path}.`}${key}: unknown setting${didYouMean(key, known)}; allowed: ${listed.join(', ')}`);
  const ruleIds = knownRules.map((rule) => rule.id);
  if (!isObject(value)) return [`the config must be a JSON object, got ${describe(value)}`];
  const problems = unknownKeys(value, TOP_LEVEL, '', TOP_LEVEL.slice(1));
  if ('threshold' in value) {
    const threshold = value.threshold;
    if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold <= 0) {
      problems.push(`threshold: must be a number above 0, got ${describe(threshold)}`);
    }
  }
  if ('failOn' in value && !FAIL_ON.includes(value.failOn as FailOn)) {
    problems.push(`failOn: must be "medium" or "high", got ${describe(value.failOn)}`);
  }
  if ('languages' in value) {
    const languages = value.languages;
    if (!Array.isArray(languages)) problems.push(`languages: must be an array of ISO 639-1 codes such as ["en", "de"], got ${describe(languages)}`);
    else
      languages.forEach((code, index) => {
        if (typeof code !== 'string' || !isWordlistLanguage(code)) problems.push(`languages[${index}]: must be a language with wordlists: ${wordlistLanguagesInWords('"')}; got ${describe(code)}`);
      });
  }
  if ('rules' in value) {
    const rules = value.rules;
    if (!isObject(rules)) problems.push(`rules: must be an object of rule id → "off" or { "points": n }, got ${describe(rules)}`);
    else
      for (const [id, setting] of Object.entries(rules)) {
        if (!ruleIds.includes(id)) {
          const near = nearestRuleId(id, knownRules);
          problems.push(`rules.${id}: unknown rule id${near ? ` (did you mean "${near}"?)` : ''}`);
        }
        const valid =
          setting === 'off' ||
          (isObject(setting) &&
            Object.keys(setting).every((key) => key === 'points') &&
            typeof setting.points === 'number' &&
            Number.isFinite(setting.points));
        if (!valid) problems.push(`rules.${id}: must be "off" or { "points": <number> }, got ${JSON.stringify(setting)}`);
        else if (setting !== 'off') {
          const problem = pointsProblem(
            knownRules.find((rule) => rule.id === id),
            setting.points as number,
          );
          if (problem) problems.push(`rules.${id}: ${problem}`);
        }
      }
  }
  if ('phrases' in value) {
    const phrases = value.phrases;
    if (!isObject(phrases)) problems.push(`phrases: must be an object with "add" and/or "allow", got ${describe(phrases)}`);
    else {
      problems.push(...unknownKeys(phrases, ['add', 'allow'], 'phrases'));
      if ('add' in phrases) {
        if (!Array.isArray(phrases.add)) problems.push(`phrases.add: must be an array of phrases, got ${describe(phrases.add)}`);
        else
          phrases.add.forEach((entry: unknown, index) => {
            const plain = typeof entry === 'string' && entry.trim() !== '';
            const weighted =
              isObject(entry) &&
              typeof entry.phrase === 'string' &&
              entry.phrase.trim() !== '' &&
              Object.keys(entry).every((key) => key === 'phrase' || key === 'points') &&
              (entry.points === undefined || (typeof entry.points === 'number' && Number.isFinite(entry.points) && entry.points >= 0));
            if (!plain && !weighted) {
              problems.push(`phrases.add[${index}]: must be a non-empty string or { "phrase": string, "points"?: number ≥ 0 }, got ${JSON.stringify(entry)}`);
            }
          });
      }
      if ('allow' in phrases) {
        if (!Array.isArray(phrases.allow)) problems.push(`phrases.allow: must be an array of words or phrases, got ${describe(phrases.allow)}`);
        else
          phrases.allow.forEach((entry: unknown, index) => {
            if (typeof entry !== 'string' || entry.trim() === '') problems.push(`phrases.allow[${index}]: must be a non-empty string, got ${JSON.stringify(entry)}`);
          });
      }
    }
  }
  return problems;
}

/** `cwd` and the folders above it, up to the repository root (the folder with .git) or the file-system root. */
function* foldersUpToRoot(cwd: string): Generator<string> {
  let folder = resolve(cwd);
  for (;;) {
    yield folder;
    const parent = dirname(folder);
    if (existsSync(join(folder, '.git')) || parent === folder) return;
    folder = parent;
  }
}

/** The nearest spamrisk.config.json from `cwd` upwards, not past the repository root (the folder with .git). */
export function findConfig(cwd: string): string | null {
  for (const folder of foldersUpToRoot(cwd)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The repository `cwd` is in: the nearest folder upwards with a .git (folder, or file in a worktree); null outside git. */
export function repositoryRoot(cwd: string): string | null {
  for (const folder of foldersUpToRoot(cwd)) if (existsSync(join(folder, '.git'))) return folder;
  return null;
}

/** A config is a few hundred bytes; a megabyte is a wrong file (or `--config /dev/zero`), refused before it is read. */
const CONFIG_MAX_SIZE = 1024 * 1024;

export async function readConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readFileBytes(path, path, CONFIG_MAX_SIZE, ''));
  } catch (error) {
    throw new UsageError(`config ${error instanceof InputError ? error.message : `${path}: ${String(error)}`}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`config ${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const problems = validateConfig(value);
  if (problems.length > 0) {
    throw new UsageError(`config ${path} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return value as Config;
}

/**
 * The config to use: the file named (`explicit`), else the one found from `cwd`, else none.
 * `explicit === false` turns discovery off.
 */
export async function loadConfig(cwd: string, explicit?: string | false): Promise<LoadedConfig> {
  if (explicit === false) return { config: {}, path: null };
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { config: {}, path: null };
  return { config: await readConfig(path), path };
}

/** What the core reads from a config. */
export function analyzeOptionsOf(config: Config, threshold?: number): AnalyzeOptions {
  const chosen = threshold ?? config.threshold;
  return {
    ...(config.languages ? { languages: config.languages } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
    ...(config.phrases ? { phrases: config.phrases } : {}),
    ...(chosen !== undefined ? { threshold: chosen } : {}),
  };
}
