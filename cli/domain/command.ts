/**
 * `spamrisk domain <domain> [--selector s …] [--ip a.b.c.d …] [--blocklists] [--dns host:port]`:
 * the sending domain's setup through DNS, printed by the same formatters as `spamrisk check`
 * (one result `{ file: <domain>, report }`). Exit codes: 0 under the threshold, 1 at or above it
 * (a failing required item carries enough points on its own), 2 usage or DNS errors.
 */
import { DomainCheckError, domainReport, inspectDomain, type DomainCheckOptions, type DomainInspection } from '../../core/dns-records/index.ts';
import { DEFAULT_THRESHOLD } from '../../core/index.ts';
import { unplacedReport, type FileResult } from '../analyze-source.ts';
import type { CommandIo } from '../commands/io.ts';
import { refuseUnwritableOutput, writeReport } from '../commands/report.ts';
import { helpText } from '../package-info.ts';
import { formatDomainText } from '../formatters/text.ts';
import { escapeControlsKeepingLines } from '../escape.ts';
import type { FailOn } from '../config.ts';
import { number, parseOptions, REPORT_OPTIONS, reportArgsOf, type ReportArgs } from '../options.ts';
import { UsageError } from '../source.ts';
import { createNodeResolver, parseDnsServer } from './resolver.ts';

export const DOMAIN_USAGE = `Usage: spamrisk domain <domain> [options]

Checks a sending domain's setup through DNS: SPF (syntax, the 10-lookup limit, void lookups,
the "all" qualifier), DKIM keys (given or common selectors: type, length, revoked, malformed),
DMARC (also at the organisational domain: policy, reporting, alignment), MX, the reverse DNS of
sending IPs, and the 2024-2025 bulk-sender requirements of Gmail, Yahoo and Outlook.com.

Options:
  -s, --selector <s>            DKIM selector, repeatable or comma-separated
                                (default: try a list of common selectors)
      --ip <address>            sending IP, repeatable: reverse DNS, SPF authorisation
      --blocklists              also query DNS blocklists (third parties): the domain on
                                dbl.spamhaus.org and multi.surbl.org, each --ip on
                                zen.spamhaus.org, b.barracudacentral.org and bl.spamcop.net
      --domain-blocklist <zone> domain blocklist zone instead of the defaults, repeatable
      --ip-blocklist <zone>     IP blocklist zone instead of the defaults, repeatable
                                (either implies --blocklists)
      --dns <ip[:port]>         DNS server to ask, repeatable (default: the system's)
      --timeout <ms>            DNS timeout per try (default: 5000)
  -f, --format <text|json|sarif|junit>  output format (default: text)
  -t, --threshold <n>           score at which the domain fails (default: 5)
      --fail-on <medium|high>   fail at "medium" (half the threshold) or "high" (default)
  -o, --output <file>           write the report to a file instead of stdout
  -q, --quiet                   text format: print only when the domain fails
  -h, --help                    show this help

Exit status: 0 under the threshold, 1 at or above it (any failing required item),
2 a usage error or DNS that could not be queried.`;

const OPTIONS = {
  ...REPORT_OPTIONS,
  selector: { type: 'string', short: 's', multiple: true },
  ip: { type: 'string', multiple: true },
  blocklists: { type: 'boolean' },
  'domain-blocklist': { type: 'string', multiple: true },
  'ip-blocklist': { type: 'string', multiple: true },
  dns: { type: 'string', multiple: true },
  timeout: { type: 'string' },
} as const;

/** The threshold is in `check` (the report is scored with it), unset for the default. */
export interface DomainArgs extends Omit<ReportArgs, 'threshold'> {
  readonly domain: string;
  readonly check: DomainCheckOptions;
  readonly dns: string[];
  readonly timeout: number;
  readonly failOn: FailOn;
}

function list(values: readonly string[] | undefined): string[] | undefined {
  return values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value.length > 0);
}

export function parseDomainArgs(argv: readonly string[]): DomainArgs {
  const { values, positionals } = parseOptions(argv, OPTIONS);
  const help = values.help ?? false;
  if (!help && positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no domain: spamrisk domain <domain>' : `one domain at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  const { threshold, ...report } = reportArgsOf(values);
  const timeout = number('timeout', values.timeout, (value) => Number.isInteger(value) && value >= 1, 'a whole number of milliseconds') ?? 5000;
  const dns = list(values.dns) ?? [];
  for (const server of dns) if (!parseDnsServer(server)) throw new UsageError(`--dns must be an IP address with an optional port (127.0.0.1:5353, [::1]:53), got "${server}"`);
  const selectors = list(values.selector);
  const ips = list(values.ip);
  const domainBlocklists = list(values['domain-blocklist']);
  const ipBlocklists = list(values['ip-blocklist']);
  const check: DomainCheckOptions = {
    ...(selectors ? { selectors } : {}),
    ...(ips ? { ips } : {}),
    blocklists: values.blocklists === true || domainBlocklists !== undefined || ipBlocklists !== undefined,
    ...(domainBlocklists ? { domainBlocklists } : {}),
    ...(ipBlocklists ? { ipBlocklists } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
  };
  return {
    ...report,
    domain: positionals[0] ?? '',
    check,
    dns,
    timeout,
    failOn: report.failOn ?? 'high',
  };
}

/** Lookups of the domain's own records that failed: then the report would be guesswork, and the exit code is 2. */
export function dnsFailures(inspection: DomainInspection): string[] {
  const failures: string[] = [];
  const spfTop = inspection.spf.records.length === 0 ? inspection.spf.problems.find((problem) => problem.code === 'temperror') : undefined;
  if (spfTop) failures.push(spfTop.detail);
  if (inspection.dmarc.error) failures.push(inspection.dmarc.error);
  if (inspection.mx.error) failures.push(inspection.mx.error);
  return failures;
}

async function domainCommand(args: DomainArgs, io: CommandIo): Promise<number> {
  if (args.help) {
    io.stdout.write(helpText(DOMAIN_USAGE, ['domain.md']));
    return 0;
  }
  refuseUnwritableOutput(args.output, io.cwd);
  const resolver = createNodeResolver({ servers: args.dns, timeout: args.timeout });
  let inspection: DomainInspection;
  try {
    inspection = await inspectDomain(args.domain, resolver, args.check);
  } catch (error) {
    if (error instanceof DomainCheckError) throw new UsageError(error.message);
    throw error;
  }
  const failures = dnsFailures(inspection);
  const threshold = args.check.threshold ?? DEFAULT_THRESHOLD;
  const result: FileResult =
    failures.length > 0
      ? { file: inspection.domain, error: `${inspection.domain}: DNS could not be queried: ${failures.join('; ')}` }
      : unplacedReport(inspection.domain, domainReport(inspection, threshold));
  return writeReport([result], { ...args, threshold }, io, { text: formatDomainText });
}

/**
 * The `domain` verb. Usage errors are printed here (so the function can be called on its own)
 * and give 2, like DNS that cannot be queried.
 */
export async function runDomainCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await domainCommand(parseDomainArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`spamrisk: ${escapeControlsKeepingLines(error.message)}\nRun "spamrisk domain --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
