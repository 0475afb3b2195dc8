/**
 * core/ is one pure library (STYLE §1): the same code runs in Node, in the extension and in a
 * worker. core/tsconfig.json already hides DOM and Node types; this test also catches what slips
 * past types (`any`, globalThis lookups, timers, network) by reading the sources themselves.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = join(import.meta.dirname, '../core');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Code without comments and string contents, but with RegExp literals left as written. */
function codeOfKeepingRegExps(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"/])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

/** Code without comments and string contents, so that prose mentioning `document` does not count. */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const FORBIDDEN_GLOBALS = /\b(?:process|Buffer|window|document|navigator|chrome|browser|localStorage|self)\s*[.[]|\b(?:setTimeout|setInterval|setImmediate|fetch|XMLHttpRequest|WebSocket|require|importScripts)\s*\(|\b__dirname\b|\b__filename\b|\bglobalThis\b(?!\s+as\s+\{\s*TextDecoder\?)/g;

/** A name the file declares itself (`const window = …`, a parameter) is not the global. */
function declares(code: string, name: string): boolean {
  return new RegExp(`(?:const|let|var|function)\\s+${name}\\b|[(,]\\s*${name}\\s*[:,)]`).test(code);
}

/** Forbidden globals the code uses. `globalThis` is allowed only to feature-detect TextDecoder. */
function forbiddenIn(code: string): string[] {
  return [...code.matchAll(FORBIDDEN_GLOBALS)]
    .map((m) => m[0])
    .filter((found) => !declares(code, found.replace(/\s*[.[(]$/, '')));
}
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Module-level state: a top-level `let`/`var`; a top-level `const` Map, Set, WeakMap, WeakSet or
 * array that the file mutates (`.set(`, `.add(`, `.push(`…); a top-level global or sticky RegExp
 * used with `exec`/`test`/`lastIndex` (its lastIndex is shared). Top level is column 0, as the code
 * is formatted. Constant lookup tables (never mutated) are fine.
 */
function moduleStateIn(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^(?:export\s+)?(let|var)\s+([A-Za-z_$][\w$]*)/gm)) found.push(`${match[1]} ${match[2]}`);
  const collections = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(new\s+(?:Map|Set|WeakMap|WeakSet)\b|\[)/gm;
  for (const match of code.matchAll(collections)) {
    const name = match[1] ?? '';
    const mutated = new RegExp(`\\b${name}\\s*\\.\\s*(?:set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill|length\\s*=)\\s*\\(?|\\b${name}\\s*\\[[^\\]]*\\]\\s*=[^=]`);
    if (mutated.test(code)) found.push(`mutated ${name}`);
  }
  for (const match of code.matchAll(/^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*\/(?:[^/\\\n]|\\.)+\/([a-z]*)/gm)) {
    const [, name = '', flags = ''] = match;
    if (!/[gy]/.test(flags)) continue;
    if (new RegExp(`\\b${name}\\s*\\.\\s*(?:exec|test)\\s*\\(|\\b${name}\\s*\\.\\s*lastIndex\\b`).test(code)) found.push(`stateful RegExp ${name}`);
  }
  return found;
}

describe('core/ purity', () => {
  const files = sources(core);

  it('reads no Node, DOM or extension global, starts no timer and opens no connection', () => {
    const offenders = files.flatMap((path) => {
      return forbiddenIn(codeOf(readFileSync(path, 'utf8'))).map((found) => `${relative(core, path)}: ${found}`);
    });
    expect(offenders).toEqual([]);
  });

  it('imports no Node built-in and not natural\'s root module', () => {
    const offenders = files.flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      return [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)]
        .map((m) => m[1] ?? '')
        .filter((specifier) => builtins.has(specifier) || specifier.startsWith('node:') || specifier === 'natural' || specifier === 'cheerio')
        .map((specifier) => `${relative(core, path)}: ${specifier}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps no module-level mutable state (no top-level let, no cache, no shared RegExp lastIndex)', () => {
    const offenders = files.flatMap((path) => moduleStateIn(codeOfKeepingRegExps(readFileSync(path, 'utf8'))).map((found) => `${relative(core, path)}: ${found}`));
    expect(offenders).toEqual([]);
  });

  it('would catch module state (the check is not vacuous)', () => {
    const state = (source: string) => moduleStateIn(codeOfKeepingRegExps(source));
    expect(state('let cache = null;\nexport let count = 0;')).toEqual(['let cache', 'let count']);
    expect(state('const seen = new WeakMap<object, number>();\nfunction f(x) { seen.set(x, 1); }')).toEqual(['mutated seen']);
    expect(state('const memo: Map<string, string> = new Map();\nconst f = (k) => memo.get(k) ?? (memo.set(k, k), k);')).toEqual(['mutated memo']);
    expect(state('const hits: string[] = [];\nexport function f() { hits.push("x"); }')).toEqual(['mutated hits']);
    expect(state('const WORD = /w/g;\nfunction f(t) { WORD.lastIndex = 0; return WORD.exec(t); }')).toEqual(['stateful RegExp WORD']);
    // Constant tables, state inside a function, and global RegExps used through matchAll are fine.
    expect(state('const TABLE = new Map([["a", 1]]);\nconst f = (k) => TABLE.get(k);')).toEqual([]);
    expect(state('function f() {\n  let n = 0;\n  const m = new Map();\n  m.set(1, 2);\n}')).toEqual([]);
    expect(state('const WORD = /w/g;\nconst all = (t) => [...t.matchAll(WORD)];')).toEqual([]);
  });

  it('would catch a violation (the checks are not vacuous)', () => {
    expect(forbiddenIn(codeOf('const x = process.env.HOME; setTimeout(f, 1);'))).toEqual(['process.', 'setTimeout(']);
    expect(forbiddenIn(codeOf('const w = globalThis.fetch;'))).toEqual(['globalThis']);
    expect(forbiddenIn(codeOf('// process.env in a comment\nconst y = "document.cookie";'))).toEqual([]);
    expect(forbiddenIn(codeOf('function f(window: string) { return window.length; }'))).toEqual([]);
  });
});
