/**
 * What every verb's command line shares: node:util's parser with our error messages, the checks
 * of a value, and the report options (--format, --threshold, --fail-on, --output, --quiet,
 * --help) that each verb takes alike. Unknown flags and bad values are usage errors (exit 2) with
 * a message that names them.
 */
import { defaultData } from '../core/data/index.ts';
import { isLocaleTag, MESSAGE_LANGUAGES } from '../core/messages/index.ts';
import { phraseCoverage } from '../core/phrases/coverage.ts';
import { isWordlistLanguage, wordlistLanguagesInWords } from '../core/validate.ts';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './commands/io.ts';
import { didYouMean, FAIL_ON, type FailOn } from './config.ts';
import { FORMATS, type Format } from './formatters/index.ts';
import { displayName } from './inputs.ts';
import { parseSize } from './limits.ts';
import { STDIN_NAME, UsageError } from './source.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A number as people write one: decimal digits, a point and a sign if need be (`5`, `0.5`, `.5`,
 * `-1`). Number() also takes `0x10`, `1e1`, `' 5'` and `''` (0), which are typos here, not numbers.
 */
const PLAIN_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function number(name: string, raw: string | undefined, check: (value: number) => boolean, expected: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!PLAIN_DECIMAL.test(raw) || !Number.isFinite(value) || !check(value)) throw new UsageError(`--${name} must be ${expected}, got "${raw}"`);
  return value;
}

export function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** node:util's messages name the option; restate them in our words, with the option meant when one is a typo away (`options`, the verb's). */
export function usageErrorOf(error: unknown, options: OptionsConfig = {}): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const guess = option.startsWith('--') ? didYouMean(option.slice(2), Object.keys(options), '--') : '';
    return new UsageError(`unknown option ${option}${guess}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(message)?.[0] ?? message;
    if (/argument missing/.test(message)) return new UsageError(`option ${option} needs a value`);
    if (/ambiguous/.test(message)) {
      return new UsageError(`option ${option} needs a value, and the next argument starts with "-"; if that is the value, write ${option}=<value>`);
    }
    return new UsageError(`option ${option} takes no value`);
  }
  return new UsageError(message);
}

/**
 * node:util reads `--threshold -1` as a flag with no value followed by the flag `-1`. A value that
 * is a negative number is meant as the value: join it (`--threshold=-1`), so the message is about
 * the value ("must be a decimal number above 0, got "-1"") rather than about the flag.
 */
function attachNegativeNumbers(argv: readonly string[], options: OptionsConfig): string[] {
  const shorts = new Map<string, string>(Object.entries(options).flatMap(([name, option]) => (option.short ? [[`-${option.short}`, name] as const] : [])));
  const out: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string;
    if (token === '--') {
      out.push(...argv.slice(index));
      break;
    }
    const name = token.startsWith('--') ? token.slice(2) : shorts.get(token);
    const next = argv[index + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`--${name}=${next}`);
      index++;
    } else out.push(token);
  }
  return out;
}

/** A verb's argv parsed strictly against its options, operands allowed. */
export function parseOptions<const O extends OptionsConfig>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: attachNegativeNumbers(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error, options);
  }
}

/** The options every verb takes, spread into its own. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  threshold: { type: 'string', short: 't' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'sarif-advice': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options of verbs that read files or stdin. */
export const INPUT_OPTIONS = {
  'max-size': { type: 'string' },
  'stdin-filename': { type: 'string' },
} as const;

/** --stdin-filename: a path, given only with `-` among the operands; undefined when absent. */
export function stdinFilenameOf(raw: string | undefined, operands: readonly string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new UsageError('--stdin-filename must be a path, got ""');
  if (!operands.includes('-')) throw new UsageError('--stdin-filename names what "-" (stdin) reads, and no "-" was given');
  return raw;
}

/** What reports call stdin: `<stdin>`, or the file --stdin-filename names (`stdinFilenameOf`). */
export function stdinDisplayName(stdinFilename: string | undefined, cwd: string): string {
  return stdinFilename === undefined ? STDIN_NAME : displayName(resolve(cwd, stdinFilename), cwd);
}

/** SARIF of stdin without --stdin-filename: results without a location, which code scanning rejects. */
export function warnStdinSarif(io: CommandIo): void {
  io.stderr.write(
    'spamrisk: warning: stdin has no file name, so its SARIF results have no location, and GitHub code scanning rejects a result without one; name the file with --stdin-filename <path>\n',
  );
}

/** --max-size in bytes (`25MB`, `512k`, `1000`), or undefined for the default. */
export function maxSizeOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const bytes = parseSize(raw);
  if (bytes === undefined || bytes < 1) {
    throw new UsageError(`--max-size must be a size above 0 such as 25MB, 512K or 1000 (bytes), got "${raw}"`);
  }
  return bytes;
}

/** The report options as given; threshold and fail-on stay unset when absent, for a verb to default. */
export interface ReportArgs {
  readonly format: Format;
  readonly threshold?: number;
  readonly failOn?: FailOn;
  readonly output?: string;
  readonly quiet: boolean;
  /** SARIF: include advice (findings of 0 points or less) as results of level "none" */
  readonly sarifAdvice: boolean;
  readonly help: boolean;
}

export function reportArgsOf(values: {
  format?: string | undefined;
  threshold?: string | undefined;
  'fail-on'?: string | undefined;
  output?: string | undefined;
  quiet?: boolean | undefined;
  'sarif-advice'?: boolean | undefined;
  help?: boolean | undefined;
}): ReportArgs {
  const format = oneOf('format', values.format, FORMATS) ?? 'text';
  const threshold = number('threshold', values.threshold, (value) => value > 0, 'a decimal number above 0');
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON);
  if (values.output !== undefined && values.output.trim() === '') throw new UsageError(`--output must be a file path, got "${values.output}" (${values.output === '' ? 'empty' : 'blank'})`);
  return {
    format,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(failOn ? { failOn } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    quiet: values.quiet ?? false,
    sarifAdvice: values['sarif-advice'] ?? false,
    help: values.help ?? false,
  };
}

/** --locale: the language of messages and suggestions, one the core writes in (a region is fine). */
export function localeOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isLocaleTag(value)) {
    throw new UsageError(`--locale must be one of ${MESSAGE_LANGUAGES.join(', ')} (a region such as fr-CA is fine), got "${value}"`);
  }
  return value;
}

/**
 * What --language reads in each language, from the wordlists (core/phrases/coverage.ts): `trigger
 * phrases: de, en, es, fr; scam lures only: nl, pt; opt-out wording only: it`. A language without
 * trigger phrases is accepted (its opt-out wording is read), and said so in --help, in the error
 * for a code without wordlists, and in the report (unchecked-language).
 */
export function languageCoverageInWords(): string {
  const { full, lures, optOutOnly } = phraseCoverage(defaultData.languages);
  const sorted = (codes: readonly string[]) => [...codes].sort().join(', ');
  return [
    full.length > 0 ? `trigger phrases: ${sorted(full)}` : '',
    lures.length > 0 ? `scam lures only: ${sorted(lures)}` : '',
    optOutOnly.length > 0 ? `opt-out wording only: ${sorted(optOutOnly)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** --language values, repeatable or comma-separated: each a language with wordlists, or auto (the detected language). */
export function languagesOf(values: readonly string[] | undefined): string[] | undefined {
  // Kept as typed (the core reads `FR-ca` as `fr`), so that an error quotes what the user wrote.
  const languages = values?.flatMap((value) => value.split(',')).map((code) => code.trim());
  for (const code of languages ?? []) {
    if (!isWordlistLanguage(code)) throw new UsageError(`--language must be a language with wordlists: ${wordlistLanguagesInWords('')}; got "${code}" (${languageCoverageInWords()})`);
  }
  return languages;
}

/** Only one operand can read stdin. */
export function stdinAtMostOnce(operands: readonly string[]): void {
  if (operands.filter((operand) => operand === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
}
