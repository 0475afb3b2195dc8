/**
 * `spamrisk domain <domain> [--selector s …] [--ip a.b.c.d …] [--blocklists] [--dns host:port]`:
 * the sending domain's setup through DNS, printed by the same formatters as `spamrisk check`
 * (one result `{ file: <domain>, report }`). Exit codes: 0 under the threshold, 1 at or above it
 * (a failing required item carries enough points on its own), 2 usage or DNS errors.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainCheckError, domainReport, inspectDomain, type DomainCheckOptions, type DomainInspection } from '../../core/dns-records/index.ts';
import type { FileResult } from '../analyze-source.ts';
import { colorEnabled, createPalette } from '../color.ts';
import { FAIL_ON, type FailOn } from '../config.ts';
import type { CommandIo } from '../commands/io.ts';
import { FORMATS, formatters, type Format } from '../formatters/index.ts';
import { packageInfo } from '../package-info.ts';
import { UsageError } from '../source.ts';
import { fails } from '../verdict.ts';
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
2 a usage error or DNS that could not be queried.
Docs: docs/domain.md`;

const OPTIONS = {
  selector: { type: 'string', short: 's', multiple: true },
  ip: { type: 'string', multiple: true },
  blocklists: { type: 'boolean' },
  'domain-blocklist': { type: 'string', multiple: true },
  'ip-blocklist': { type: 'string', multiple: true },
  dns: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  format: { type: 'string', short: 'f' },
  threshold: { type: 'string', short: 't' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface DomainArgs {
  readonly domain: string;
  readonly check: DomainCheckOptions;
  readonly dns: string[];
  readonly timeout: number;
  readonly format: Format;
  readonly failOn: FailOn;
  readonly output?: string;
  readonly quiet: boolean;
  readonly help: boolean;
}

function list(values: readonly string[] | undefined): string[] | undefined {
  return values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value.length > 0);
}

function usageErrorOf(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? message}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[\w-]+/.exec(message)?.[0] ?? message;
    return new UsageError(/argument missing/.test(message) ? `option ${option} needs a value` : `option ${option} takes no value`);
  }
  return new UsageError(message);
}

export function parseDomainArgs(argv: readonly string[]): DomainArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (!help && positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no domain: spamrisk domain <domain>' : `one domain at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const failOn = (values['fail-on'] ?? 'high') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${values['fail-on']}"`);
  let threshold: number | undefined;
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold);
    if (values.threshold.trim() === '' || !Number.isFinite(threshold) || threshold <= 0) throw new UsageError(`--threshold must be a number above 0, got "${values.threshold}"`);
  }
  let timeout = 5000;
  if (values.timeout !== undefined) {
    timeout = Number(values.timeout);
    if (!Number.isInteger(timeout) || timeout < 1) throw new UsageError(`--timeout must be a whole number of milliseconds, got "${values.timeout}"`);
  }
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
    domain: positionals[0] ?? '',
    check,
    dns,
    timeout,
    format,
    failOn,
    ...(values.output !== undefined ? { output: values.output } : {}),
    quiet: values.quiet ?? false,
    help,
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
    io.stdout.write(`${DOMAIN_USAGE}\n`);
    return 0;
  }
  const resolver = createNodeResolver({ servers: args.dns, timeout: args.timeout });
  let result: FileResult;
  let inspection: DomainInspection;
  try {
    inspection = await inspectDomain(args.domain, resolver, args.check);
  } catch (error) {
    if (error instanceof DomainCheckError) throw new UsageError(error.message);
    throw error;
  }
  const failures = dnsFailures(inspection);
  const threshold = args.check.threshold ?? 5;
  if (failures.length > 0) {
    result = { file: inspection.domain, error: `${inspection.domain}: DNS could not be queried: ${failures.join('; ')}` };
    io.stderr.write(`spamrisk: ${result.error}\n`);
  } else {
    const report = domainReport(inspection, threshold);
    result = { file: inspection.domain, report, positions: report.findings.map(() => null) };
  }

  const toFile = args.output !== undefined;
  const palette = createPalette(args.format === 'text' && !toFile && colorEnabled(io.stdout, io.env));
  const output = formatters[args.format]({ results: [result], failOn: args.failOn, threshold, cwd: io.cwd, quiet: args.quiet, palette, version: packageInfo().version });
  if (toFile) {
    try {
      await writeFile(resolve(io.cwd, args.output as string), output);
    } catch (error) {
      io.stderr.write(`spamrisk: cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }
  if ('error' in result) return 2;
  return fails(result.report, args.failOn) ? 1 : 0;
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
      io.stderr.write(`spamrisk: ${error.message}\nRun "spamrisk domain --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
