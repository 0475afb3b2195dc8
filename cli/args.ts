/**
 * The options of `spamrisk check` (the default verb). Unknown flags and bad values are usage
 * errors (exit 2) with a message that names them.
 */
import { parseArgs } from 'node:util';
import { FAIL_ON, type FailOn } from './config.ts';
import { FORMATS, type Format } from './formatters/index.ts';
import { UsageError } from './source.ts';

export interface CheckArgs {
  readonly operands: string[];
  readonly format: Format;
  readonly threshold?: number;
  /** a config file, false for --no-config, undefined to look for spamrisk.config.json */
  readonly config?: string | false;
  readonly subject?: string;
  readonly failOn?: FailOn;
  readonly quiet: boolean;
  readonly output?: string;
  readonly languages?: string[];
  readonly jobs?: number;
  readonly help: boolean;
  readonly version: boolean;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  threshold: { type: 'string', short: 't' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  subject: { type: 'string', short: 's' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  output: { type: 'string', short: 'o' },
  language: { type: 'string', short: 'l', multiple: true },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const CHECK_USAGE = `Usage: spamrisk [check] [options] <file|dir|glob|->...

Scores HTML email templates (.html, .htm) and messages (.eml) for spam-filter risk.
Directories are walked for .html, .htm and .eml files; "-" reads one template from stdin.

Options:
  -f, --format <text|json|sarif|junit>  output format (default: text)
  -t, --threshold <n>           score at which a file fails (default: 5, or the config's)
      --fail-on <medium|high>   fail at "medium" (half the threshold) or "high" (default)
  -c, --config <file>           config file (default: nearest spamrisk.config.json)
      --no-config               ignore spamrisk.config.json files
  -s, --subject <text>          subject line for HTML templates, which have none
  -l, --language <code>         wordlist language to match, repeatable (default: detected + en)
  -o, --output <file>           write the report to a file instead of stdout
  -q, --quiet                   text format: show only failing files and errors
  -j, --jobs <n>                threads scoring files when there are many, main included
                                (default: one per core, 1 on a busy machine; 1 = no workers)
  -h, --help                    show this help
  -v, --version                 show the version

Exit status: 0 every file under the threshold, 1 some file at or above it,
2 a usage or input error (unknown option, missing or unreadable file, not text, bad config).

Other verbs: spamrisk explain <bounce|->, spamrisk domain <domain> (each with --help).
Docs: docs/cli.md`;

export function number(name: string, raw: string | undefined, check: (value: number) => boolean, expected: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) throw new UsageError(`--${name} must be ${expected}, got "${raw}"`);
  return value;
}

export function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** node:util's messages name the option; restate them in our words. */
export function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return new UsageError(`unknown option ${option}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(message)?.[0] ?? message;
    return new UsageError(/argument missing/.test(message) ? `option ${option} needs a value` : `option ${option} takes no value`);
  }
  return new UsageError(message);
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { values, positionals } = parsed;
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const languages = values.language?.flatMap((value) => value.split(',')).map((code) => code.trim().toLowerCase());
  for (const code of languages ?? []) {
    if (!/^[a-z]{2}$/.test(code)) throw new UsageError(`--language must be a two-letter ISO 639-1 code such as "en", got "${code}"`);
  }
  const threshold = number('threshold', values.threshold, (value) => value > 0, 'a number above 0');
  const jobs = number('jobs', values.jobs, (value) => Number.isInteger(value) && value >= 1, 'a whole number of at least 1');
  const format = oneOf('format', values.format, FORMATS) ?? 'text';
  const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON);
  return {
    operands: positionals,
    format,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(values['no-config'] ? { config: false as const } : values.config !== undefined ? { config: values.config } : {}),
    ...(values.subject !== undefined ? { subject: values.subject } : {}),
    ...(failOn ? { failOn } : {}),
    quiet: values.quiet ?? false,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(languages ? { languages } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
