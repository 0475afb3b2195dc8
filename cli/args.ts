/**
 * The options of `spamrisk check` (the default verb): the report options every verb shares
 * (cli/options.ts) and its own. Unknown flags and bad values are usage errors (exit 2) with a
 * message that names them.
 */
import { INPUT_OPTIONS, languageCoverageInWords, languagesOf, localeOf, maxSizeOf, number, parseOptions, REPORT_OPTIONS, reportArgsOf, stdinFilenameOf, type ReportArgs } from './options.ts';
import { UsageError } from './source.ts';

/** The report options, threshold and fail-on unset when the config file is to decide them. */
export interface CheckArgs extends ReportArgs {
  readonly operands: string[];
  /** a config file, false for --no-config, undefined to look for spamrisk.config.json */
  readonly config?: string | false;
  readonly subject?: string;
  readonly languages?: string[];
  /** language of messages and suggestions (--locale) */
  readonly locale?: string;
  readonly jobs?: number;
  /** largest input in bytes (--max-size) */
  readonly maxSize?: number;
  /** the path that `-` (stdin) stands for in reports (--stdin-filename) */
  readonly stdinFilename?: string;
  readonly version: boolean;
}

const OPTIONS = {
  ...REPORT_OPTIONS,
  ...INPUT_OPTIONS,
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  subject: { type: 'string', short: 's' },
  language: { type: 'string', short: 'l', multiple: true },
  locale: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
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
  -l, --language <code>         wordlist language to match, repeatable (default: detected + en);
                                ${languageCoverageInWords()}
      --locale <en|fr|de|es>    language of the report: messages, suggestions, headlines and
                                summary (default: en); SARIF/JSON ids, levels and field
                                names stay as they are
  -o, --output <file>           write the report to a file instead of stdout
  -q, --quiet                   text format: show only failing files and errors
  -j, --jobs <n>                threads scoring files when there are many, main included
                                (default: one per core, 1 on a busy machine; 1 = no workers;
                                never more than the cores there are)
      --max-size <size>         largest input read, e.g. 25MB, 512K (default: 25M = 25 MiB);
                                larger files are refused before they are read
      --sarif-advice            SARIF: also list advice (0-point findings), at level "none"
      --stdin-filename <path>   the file "-" (stdin) stands for: reports name it, SARIF points
                                into it, and it is read as that file would be (.eml or HTML)
  -h, --help                    show this help
  -v, --version                 show the version

Exit status: 0 every file under the threshold, 1 some file at or above it,
2 a usage or input error (unknown option, missing, unreadable or empty file, not text, too large,
bad config).

Other verbs: spamrisk explain <bounce|->, spamrisk domain <domain> (each with --help).`;

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const languages = languagesOf(values.language);
  const locale = localeOf(values.locale);
  const report = reportArgsOf(values);
  const jobs = number('jobs', values.jobs, (value) => Number.isInteger(value) && value >= 1, 'a whole number of at least 1');
  const maxSize = maxSizeOf(values['max-size']);
  const stdinFilename = stdinFilenameOf(values['stdin-filename'], positionals);
  return {
    operands: positionals,
    ...report,
    ...(values['no-config'] ? { config: false as const } : values.config !== undefined ? { config: values.config } : {}),
    ...(values.subject !== undefined ? { subject: values.subject } : {}),
    ...(languages ? { languages } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    version: values.version ?? false,
  };
}
