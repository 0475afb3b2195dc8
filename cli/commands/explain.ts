/**
 * `spamrisk explain <file|->…`: why a message bounced, or how the receiving filters judged it (a
 * bounce, a DSN .eml, a pasted error line, or a message's headers), through the core's explain().
 * Same formats and exit codes as `spamrisk check`: 0 every input under the threshold, 1 some at or
 * above it (a refusal, a spam verdict), 2 usage or input errors (missing, unreadable, empty or
 * binary file), each naming the file; a bad file never hides the others' reports.
 *
 * The config file is not read: its threshold is for templates, while explain()'s points are set
 * so that a refused message is `high` at the default threshold (docs/explain.md).
 */
import { resolve } from 'node:path';
import { DEFAULT_THRESHOLD, explain, rules as contentRules } from '../../core/index.ts';
import { CAUSES } from '../../core/explain/causes.ts';
import { binaryMessage } from '../../core/email.ts';
import { failureOf, unplacedReport, type FileResult } from '../analyze-source.ts';
import type { FailOn } from '../config.ts';
import { formatExplainText } from '../formatters/explain-text.ts';
import type { RuleCatalogue } from '../formatters/index.ts';
import { displayName } from '../inputs.ts';
import { INPUT_OPTIONS, languageCoverageInWords, languagesOf, localeOf, maxSizeOf, parseOptions, REPORT_OPTIONS, reportArgsOf, stdinAtMostOnce, stdinDisplayName, stdinFilenameOf, warnStdinSarif, type ReportArgs } from '../options.ts';
import { helpText, packageInfo, ruleDocsUrl } from '../package-info.ts';
import { emptyContent, InputError, readFileBytes, readStdin, UsageError, utf8Bytes } from '../source.ts';
import type { CommandIo } from './io.ts';
import { refuseOutputOverInputs, refuseUnwritableOutput, writeReport } from './report.ts';

export const EXPLAIN_USAGE = `Usage: spamrisk explain [options] <file|->...

Explains why a message bounced, or how the receiving filters judged it: give a bounce
(a DSN .eml, the plain-text report of Postfix, Exim, Exchange, Gmail …, or the pasted
error line such as "550 5.7.26 …") or a message's headers (Authentication-Results,
X-Spam-Status, X-Forefront-Antispam-Report …). "-" reads one from stdin.
The main cause comes first, with what to do next.

Options:
  -f, --format <text|json|sarif|junit>  output format (default: text)
  -t, --threshold <n>           score at which an input fails (default: 5)
      --fail-on <medium|high>   fail at "medium" (delays, complaints) or "high" (default:
                                refusals and spam verdicts)
      --no-content              do not run the content check on a returned message
  -l, --language <code>         wordlist language for that content check, repeatable;
                                ${languageCoverageInWords()}
      --locale <en|fr|de|es>    language of the explanation and of the report around it
                                (headings, summary line; default: en); the server's own
                                words, codes, header and rule names are quoted as they are
  -o, --output <file>           write the report to a file instead of stdout
  -q, --quiet                   text format: show only failing inputs and errors
      --max-size <size>         largest input read, e.g. 25MB, 512K (default: 25M = 25 MiB)
      --sarif-advice            SARIF: also list advice (0-point findings), at level "none"
      --stdin-filename <path>   the file "-" (stdin) stands for: reports name it, SARIF points
                                into it
  -h, --help                    show this help

Exit status: 0 every input under the threshold, 1 some input at or above it (the message
was refused, or a filter called it spam), 2 a usage or input error (unknown option,
missing, unreadable, empty, binary or too large file).`;

const OPTIONS = {
  ...REPORT_OPTIONS,
  ...INPUT_OPTIONS,
  'no-content': { type: 'boolean' },
  language: { type: 'string', short: 'l', multiple: true },
  locale: { type: 'string' },
} as const;

export interface ExplainArgs extends ReportArgs {
  readonly operands: string[];
  readonly threshold: number;
  readonly failOn: FailOn;
  readonly analyzeReturned: boolean;
  readonly languages?: string[];
  /** language of the explanation (--locale), as `check --locale` */
  readonly locale?: string;
  /** largest input in bytes (--max-size) */
  readonly maxSize?: number;
  /** the path that `-` (stdin) stands for in reports (--stdin-filename) */
  readonly stdinFilename?: string;
}

export function parseExplainArgs(argv: readonly string[]): ExplainArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  const languages = languagesOf(values.language);
  const locale = localeOf(values.locale);
  const report = reportArgsOf(values);
  const maxSize = maxSizeOf(values['max-size']);
  const stdinFilename = stdinFilenameOf(values['stdin-filename'], positionals);
  return {
    operands: positionals,
    ...report,
    // The default, never the config file's: that threshold is for templates (see the top of this file).
    threshold: report.threshold ?? DEFAULT_THRESHOLD,
    failOn: report.failOn ?? 'high',
    analyzeReturned: values['no-content'] !== true,
    ...(languages ? { languages } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(maxSize !== undefined ? { maxSize } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
  };
}

/** Where SARIF links each finding: a cause to docs/explain.md#causes, a content finding of the returned message to its rule page. */
const CONTENT_RULE_IDS = new Set(contentRules.map((rule) => rule.id));

export function explainDocsUrl(ruleId: string): string {
  return CONTENT_RULE_IDS.has(ruleId) ? ruleDocsUrl(ruleId) : `${packageInfo().repository}/blob/main/docs/explain.md#causes`;
}

const EXPLAIN_CATALOGUE: RuleCatalogue = {
  rules: [
    ...CAUSES.map((cause) => ({ id: cause.id, description: cause.title, category: cause.category, weight: 8 })),
    { id: 'complaint-report', description: 'A feedback report: a recipient complained or opted out (not a bounce)', category: 'other', weight: 3 },
    { id: 'auto-reply', description: 'An automatic reply such as an out-of-office (not a bounce)', category: 'other', weight: 1 },
    { id: 'delivered', description: 'A delivery notice: the message was delivered', category: 'other', weight: 0.5 },
    { id: 'bounce-reason-unknown', description: 'A bounce that quotes no readable reason', category: 'other', weight: 5 },
    { id: 'unrecognised-input', description: 'Not a bounce, an SMTP reply or a message’s headers', category: 'other', weight: 0 },
  ],
  docsUrl: explainDocsUrl,
};

/** One input's bytes: a missing, unreadable, empty, binary or too large input is an error naming it. */
async function readInput(operand: string, args: ExplainArgs, io: CommandIo): Promise<{ file: string; bytes: Uint8Array }> {
  let file = stdinDisplayName(args.stdinFilename, io.cwd);
  let bytes: Uint8Array;
  if (operand === '-') {
    bytes = await readStdin(io.stdin, file, args.maxSize);
  } else {
    const absolute = resolve(io.cwd, operand);
    file = displayName(absolute, io.cwd);
    bytes = await readFileBytes(absolute, file, args.maxSize);
  }
  const empty = emptyContent(bytes);
  if (empty) throw new InputError(file, operand === '-' ? `${empty}: pipe a bounce or a message’s headers into it` : empty);
  const expected = 'save the bounce as .eml or text (an Outlook .msg is binary), or paste its text';
  // UTF-16 with a byte-order mark is text: read as the UTF-8 it says, as HTML and .eml inputs are.
  const utf8 = utf8Bytes(file, bytes, expected);
  // A bounce's header section is judged, not the returned message's parts (core/email.ts binaryMessage).
  const binary = binaryMessage(utf8);
  if (binary) throw new InputError(file, `is not a text file (${binary}); ${expected}`);
  return { file, bytes: utf8 };
}

async function explainOperand(operand: string, args: ExplainArgs, io: CommandIo): Promise<FileResult> {
  let file = operand === '-' ? stdinDisplayName(args.stdinFilename, io.cwd) : operand;
  try {
    const input = await readInput(operand, args, io);
    file = input.file;
    const report = explain(input.bytes, {
      threshold: args.threshold,
      analyzeReturned: args.analyzeReturned,
      ...(args.languages ? { analyze: { languages: args.languages } } : {}),
      ...(args.locale !== undefined ? { locale: args.locale } : {}),
    });
    return unplacedReport(file, report);
  } catch (error) {
    return failureOf(error instanceof InputError ? error.file : file, error);
  }
}

async function explainCommand(args: ExplainArgs, io: CommandIo): Promise<number> {
  if (args.help) {
    io.stdout.write(helpText(EXPLAIN_USAGE, ['explain.md', 'cli.md']));
    return 0;
  }
  if (args.operands.length === 0) throw new UsageError('no input: give bounce files, or - for stdin (spamrisk explain bounce.eml)');
  stdinAtMostOnce(args.operands);
  refuseUnwritableOutput(args.output, io.cwd);
  refuseOutputOverInputs(
    args.output,
    args.operands.filter((operand) => operand !== '-').map((operand) => resolve(io.cwd, operand)),
    io.cwd,
  );

  if (args.operands.includes('-') && args.stdinFilename === undefined && args.format === 'sarif') warnStdinSarif(io);
  const results: FileResult[] = [];
  for (const operand of args.operands) results.push(await explainOperand(operand, args, io));
  return writeReport(results, args, io, { text: formatExplainText, catalogue: EXPLAIN_CATALOGUE });
}

export async function runExplain(argv: readonly string[], io: CommandIo): Promise<number> {
  return explainCommand(parseExplainArgs(argv), io);
}
