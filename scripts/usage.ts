/**
 * How the scripts read their command line and answer a wrong one: the problem, then the script's
 * usage line, exit code 2; `--help` prints the usage line and ends the script.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** `fail(message)` for a script whose usage line is `usage`. */
export function usageFailure(usage: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
}

/** `parseArgs(config)`, a wrong command line failing with the usage line, `--help` (when configured) printing it and ending the script. */
export function commandLine<const C extends ParseArgsConfig>(usage: string, config: C): ReturnType<typeof parseArgs<C>> {
  let parsed: ReturnType<typeof parseArgs<C>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageFailure(usage)(error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** A `--name` option that must be a number ≥ 0; `fallback` when it is not given. */
export function numberOption(fail: (message: string) => never, value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) fail(`--${name} expects a number ≥ 0, got \`${value}\``);
  return parsed;
}
