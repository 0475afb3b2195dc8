/**
 * Example Vite projects (examples/vite, examples/maizzle) as a user would have them: a copy in a
 * temporary folder, with `spamrisk` installed as the package the test built (test/cli/helpers.ts,
 * so `spamrisk/vite` is dist/lib/vite.js through the exports map) and the other dependencies
 * linked from this repository's node_modules. `vite build` runs as the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO, type BuiltCli, type RunResult } from '../helpers.ts';

export interface Project {
  readonly root: string;
  dispose(): void;
}

/** Packages a project's own imports reach (its config, Maizzle's .vue templates). */
const LINKED = ['vite', 'vue', '@maizzle'];

export function copyExample(cli: BuiltCli, example: string, files: Record<string, string> = {}): Project {
  const root = mkdtempSync(join(tmpdir(), `spamrisk-${example}-`));
  cpSync(join(REPO, 'examples', example), root, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|build-emails)$/.test(source) });
  // The repository root for config discovery: no spamrisk.config.json above it counts.
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(cli.root, join(root, 'node_modules/spamrisk'), 'dir');
  for (const name of LINKED) symlinkSync(join(REPO, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** `vite build` in the project, as `npx vite build` runs it. */
export function viteBuild(project: Project, args: readonly string[] = []): RunResult {
  const result = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', ...args], {
    cwd: project.root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A template with trigger phrases, a shortened link and shouting: well above the threshold. */
export const RISKY_EMAIL = `<!doctype html>
<html><head><title>Your reward is waiting</title></head>
<body><p>Dear friend, you have been selected! Claim your FREE gift card now, 100% guaranteed, no risk.</p>
<p>Limited time offer, act now!!! Click here: <a href="http://bit.ly/claim-now">bit.ly/claim-now</a></p></body></html>
`;
