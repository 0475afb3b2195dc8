/**
 * `spamrisk explain --locale`, run as users run it (the built bin in a subprocess): the
 * explanation in the language asked for, the evidence, causes, points and exit code as in English;
 * a region is fine; a language the core does not write in is a usage error (status 2), as for
 * `check --locale`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/index.ts';
import { buildCli, makeTree, runCli, type BuiltCli } from './helpers.ts';

const FIXTURES = new URL('./fixtures/explain/', import.meta.url);
const EXIM = 'exim-relay-denied.txt';

let cli: BuiltCli;
let cwd: string;
let disposeTree: () => void;

beforeAll(async () => {
  cli = await buildCli();
  const tree = makeTree({ [EXIM]: readFileSync(new URL(EXIM, FIXTURES), 'utf8') });
  cwd = tree.root;
  disposeTree = tree.dispose;
}, 120_000);
afterAll(() => {
  cli?.dispose();
  disposeTree?.();
});

function run(args: string[]): { code: number; findings: Finding[]; stderr: string } {
  const result = runCli(cli, ['explain', '-f', 'json', ...args, EXIM], { cwd });
  const [entry] = JSON.parse(result.stdout) as { report: { findings: Finding[] } }[];
  return { code: result.code, findings: entry?.report.findings ?? [], stderr: result.stderr };
}

describe('spamrisk explain --locale', () => {
  it('explains in French, with the server’s words, the causes, points and exit code unchanged', () => {
    const english = run([]);
    const french = run(['--locale', 'fr']);
    expect(french.code, french.stderr).toBe(english.code);
    expect(french.code).toBe(1);
    expect(french.findings.map(({ rule, points, evidence }) => ({ rule, points, evidence }))).toEqual(english.findings.map(({ rule, points, evidence }) => ({ rule, points, evidence })));
    const [main] = french.findings;
    expect(main?.rule).toBe('relay-denied');
    expect(main?.message).toMatch(/^Le serveur a refusé de relayer le message\. /);
    expect(main?.suggestion).toContain('Envoyez par le serveur de soumission de votre propre fournisseur');
    expect(main?.message).not.toBe(english.findings[0]?.message);
  });

  it('takes a region, and German and Spanish in the text report', () => {
    expect(run(['--locale', 'fr-CA']).findings.map((f) => f.message)).toEqual(run(['--locale', 'fr']).findings.map((f) => f.message));
    const german = runCli(cli, ['explain', '--locale', 'de', EXIM], { cwd });
    expect(german.stdout).toContain('Der Server hat sich geweigert, die Nachricht weiterzuleiten (Relay).');
    const spanish = runCli(cli, ['explain', '--locale=es', EXIM], { cwd });
    expect(spanish.stdout).toContain('El servidor se negó a retransmitir el mensaje.');
  });

  it('refuses a language it does not write in, naming the flag and the value', () => {
    for (const locale of ['ja', 'xx-YY-!']) {
      const result = runCli(cli, ['explain', '--locale', locale, EXIM], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--locale must be one of en, fr, de, es (a region such as fr-CA is fine), got "${locale}"`);
      expect(result.stdout).toBe('');
    }
  });

  it('documents the flag in its help', () => {
    expect(runCli(cli, ['explain', '--help'], { cwd }).stdout).toMatch(/--locale <en\|fr\|de\|es>\s+language of the explanation/);
  });
});
