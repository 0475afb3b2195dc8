/**
 * The layer rules of eslint.config.js can fail: small snippets, linted at virtual paths in the
 * rooms ARCHITECTURE.md names, must be reported by the rule that guards that room (and the imports
 * a room may make must pass). `npm run lint` then runs the same rules over the real files.
 * Type-aware rules are switched off here: they need a TypeScript program, the layer rules do not.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle', 'no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties']);

// no-cycle walks the whole import graph behind a snippet (seconds per room): it runs only where
// the cycles are tested.
let eslint: ESLint;
let withCycles: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repo, overrideConfig: [tseslint.configs.disableTypeChecked, { rules: { 'import-x/no-cycle': 'off' } }] });
  withCycles = new ESLint({ cwd: repo, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** The layer-rule messages for `code` placed at `path` (relative to the repository), as `rule: text`. */
async function layerProblems(path: string, code: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: join(repo, path) });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  expect(fatal, 'the snippet parses').toEqual([]);
  return (result?.messages ?? []).filter((message) => LAYER_RULES.has(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.message}`);
}

const rulesOf = (problems: string[]) => problems.map((problem) => problem.slice(0, problem.indexOf(':')));

describe('core/ imports nothing outside core/', () => {
  it('reports an import of the CLI, the extension or a test', async () => {
    for (const target of ['../cli/main.ts', '../extension/shared/settings.ts', '../test/rules/test-rule.ts']) {
      const problems = await layerProblems('core/virtual-room.ts', `import * as outside from '${target}';\nexport const x = outside;\n`);
      expect(rulesOf(problems), target).toContain('import-x/no-restricted-paths');
    }
  });

  it('reports a type-only import from outside core/ too', async () => {
    const problems = await layerProblems('core/rules/virtual-rule.ts', "import type { ReportArgs } from '../../cli/options.ts';\nexport type X = ReportArgs;\n");
    expect(rulesOf(problems)).toEqual(['import-x/no-restricted-paths']);
  });

  it('reports an npm package core/ does not already use, and natural\'s root module', async () => {
    for (const specifier of ['cheerio', 'natural', 'lodash/get']) {
      const problems = await layerProblems('core/virtual-room.ts', `import thing from '${specifier}';\nexport const x = thing;\n`);
      expect(rulesOf(problems), specifier).toContain('no-restricted-imports');
    }
  });

  it('allows core/ files and the packages it already uses', async () => {
    const code = [
      "import { parseDocument } from 'htmlparser2';",
      "import { parse } from 'tldts';",
      "import stemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';",
      "import { analyze } from './analyze.ts';",
      'export const all = [parseDocument, parse, stemmer, analyze];',
    ].join('\n');
    expect(await layerProblems('core/virtual-room.ts', code)).toEqual([]);
  });
});

describe('no DOM or Node globals in core/', () => {
  it('reports Node built-ins, with or without the node: prefix', async () => {
    for (const specifier of ['node:fs', 'fs', 'node:path', 'path/posix', 'crypto']) {
      const problems = await layerProblems('core/virtual-room.ts', `import * as builtin from '${specifier}';\nexport const x = builtin;\n`);
      expect(rulesOf(problems), specifier).toContain('no-restricted-imports');
    }
  });

  it('reports DOM, Node and extension globals, timers and network', async () => {
    const code = [
      'export const width = window.innerWidth;',
      'export const home = process.env.HOME;',
      'export const bytes = Buffer.from("x");',
      'export const page = document.title;',
      'setTimeout(() => 0, 10);',
      'export const call = () => fetch("https://example.com");',
      'export const ext = () => chrome.runtime.id;',
    ].join('\n');
    const problems = await layerProblems('core/virtual-room.ts', code);
    expect(rulesOf(problems)).toEqual(Array(7).fill('no-restricted-globals'));
  });

  it('reports the same globals read through globalThis', async () => {
    const problems = await layerProblems('core/virtual-room.ts', 'export const f = globalThis.fetch;\nexport const d = globalThis.document;\n');
    expect(rulesOf(problems)).toEqual(['no-restricted-properties', 'no-restricted-properties']);
  });

  it('leaves a local variable of the same name alone, and the same code outside core/', async () => {
    expect(await layerProblems('core/virtual-room.ts', 'export function f(window: string) { return window.length; }\n')).toEqual([]);
    expect(await layerProblems('cli/virtual-room.ts', "import { readFileSync } from 'node:fs';\nexport const home = process.env.HOME ?? readFileSync('x', 'utf8');\n")).toEqual([]);
  });
});

describe('extension/shared/ imports nothing from extension/content/', () => {
  it('reports a value or type import from content/', async () => {
    for (const code of [
      "import { adapterForHost } from '../content/hosts/index.ts';\nexport const f = adapterForHost;\n",
      "import type { SiteAdapter } from '../content/adapter.ts';\nexport type A = SiteAdapter;\n",
    ]) {
      expect(rulesOf(await layerProblems('extension/shared/virtual-room.ts', code)), code).toEqual(['import-x/no-restricted-paths']);
    }
  });

  it('lets content/ import shared/ and the core', async () => {
    const code = "import { WEBMAIL_HOSTS } from '../shared/webmail.ts';\nimport { analyze } from '../../core/index.ts';\nexport const x = [WEBMAIL_HOSTS, analyze];\n";
    expect(await layerProblems('extension/content/virtual-room.ts', code)).toEqual([]);
  });
});

describe('no import cycles', { timeout: 180_000 }, () => {
  it('reports a module that imports what imports it', async () => {
    // core/analyze.ts reaches core/report/report.ts; report.ts importing analyze.ts closes a loop.
    const code = "import { analyze } from '../analyze.ts';\nexport const again = analyze;\n";
    const problems = await layerProblems('core/report/report.ts', code, withCycles);
    expect(rulesOf(problems)).toEqual(['import-x/no-cycle']);
  });

  it('reports a cycle through the package entry (core/index.ts)', async () => {
    const code = "import { analyze } from '../index.ts';\nexport const again = analyze;\n";
    expect(rulesOf(await layerProblems('core/report/report.ts', code, withCycles))).toEqual(['import-x/no-cycle']);
  });
});
