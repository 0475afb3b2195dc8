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
// `spamrisk … | head` closes the pipe early: stop quietly rather than crash on EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await cli.main(process.argv.slice(2));
