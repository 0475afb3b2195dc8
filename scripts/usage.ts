/**
 * How the scripts answer a wrong command line: the problem, then the script's usage line, exit code 2.
 */

/** `fail(message)` for a script whose usage line is `usage`. */
export function usageFailure(usage: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
}

/** A `--name` option that must be a number ≥ 0; `fallback` when it is not given. */
export function numberOption(fail: (message: string) => never, value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) fail(`--${name} expects a number ≥ 0, got \`${value}\``);
  return parsed;
}
