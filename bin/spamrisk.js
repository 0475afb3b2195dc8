#!/usr/bin/env node
// The `spamrisk` command: a thin launcher for the built CLI (dist/lib/cli.js, built by
// `npm run build:lib`). The exit code is set, not forced, so piped output is always flushed.
let cli;
try {
  cli = await import('../dist/lib/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/lib/cli.js')) throw error;
  process.stderr.write('spamrisk: the CLI is not built; run "npm run build:lib" in the spamrisk checkout.\n');
  process.exit(2);
}
// `spamrisk … | head` closes the pipe early: stop quietly rather than crash on EPIPE. Any other
// failure to write stdout (a full disk) lost the report: one line and status 2, not a stack.
process.stdout.on('error', (error) => {
  const failure = cli.stdoutFailure(error);
  if (failure === null) process.exit(process.exitCode ?? 0);
  process.stderr.write(failure);
  process.exit(2);
});
process.exitCode = await cli.main(process.argv.slice(2));
