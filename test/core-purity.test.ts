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

/** The typed arrays: fixed-length tables whose cells are as writable as an array's. */
const TYPED_ARRAY = '(?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array';
/**
 * What makes a top-level `const` a value that can be changed: a Map, Set, WeakMap or WeakSet, an
 * array, a typed array (`new Uint8Array(…)`, `Int8Array.from(…)`, `.of(…)`), or whatever a
 * function called at load returns (`(() => { … })()`, which may be any of those).
 */
const MUTABLE_VALUE = String.raw`new\s+(?:Map|Set|WeakMap|WeakSet|${TYPED_ARRAY})\b|${TYPED_ARRAY}\s*\.\s*(?:from|of)\s*\(|\[|\(\s*(?:\(|function\b)`;
/** An index in brackets, one level of brackets inside it (`T[a[i]]`). */
const INDEX = String.raw`\[(?:[^[\]]|\[[^[\]]*\])*\]`;

/**
 * Whether the code changes what `name` holds: a mutating method (`.set(`, `.push(`, `.fill(`…),
 * `.length =`, or a cell written by index (`name[i] = …`, `+=`, `|=`, `++`, `--`). Reads
 * (`name[i] === 1`, `name[i] <= 2`) are not writes. What a function the name is passed to does
 * with it is not seen.
 */
function mutates(code: string, name: string): boolean {
  const at = String.raw`\b${name.replace(/\$/g, '\\$')}\s*`;
  return new RegExp(
    [
      String.raw`${at}\.\s*(?:set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin)\s*\(`,
      String.raw`${at}\.\s*length\s*=(?!=)`,
      String.raw`${at}${INDEX}\s*(?:\*\*|<<|>>>?|&&|\|\||\?\?|[-+*/%&|^])?=(?!=)`,
      String.raw`${at}${INDEX}\s*(?:\+\+|--)`,
      String.raw`(?:\+\+|--)\s*${at}\[`,
    ].join('|'),
  ).test(code);
}

/**
 * Module-level state: a top-level `let`/`var`; a top-level `const` Map, Set, WeakMap, WeakSet,
 * array or typed array, or a value a function returned at load (also when destructured:
 * `const { A, B } = (() => …)()`), that the file mutates under that name; a top-level global or
 * sticky RegExp used with `exec`/`test`/`lastIndex` (its lastIndex is shared). Top level is column
 * 0, as the code is formatted. Constant lookup tables (never mutated) are fine, and so is a table
 * filled once inside the function that builds it at load, under its own local name, and only read
 * under the module's (core/text/characters.ts, from the runs of unicode-classes.ts).
 */
function moduleStateIn(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^(?:export\s+)?(let|var)\s+([A-Za-z_$][\w$]*)/gm)) found.push(`${match[1]} ${match[2]}`);
  const values = new RegExp(String.raw`^(?:export\s+)?const\s+(?:([A-Za-z_$][\w$]*)|\{([^{}]*)\})\s*(?::[^=]+)?=\s*(?:${MUTABLE_VALUE})`, 'gm');
  for (const match of code.matchAll(values)) {
    // `{ A, b: B, C = 1 }` binds A, B and C
    const names = match[1] !== undefined ? [match[1]] : (match[2] ?? '').split(',').map((part) => (part.split(':').pop() ?? '').replace(/=.*$/s, '').trim());
    for (const name of names) if (name && mutates(code, name)) found.push(`mutated ${name}`);
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
    // A typed array is a table like any other: filled later (by index, `.set`, `.fill`, a count) it is state.
    expect(state('const SEEN = new Uint8Array(256);\nexport function mark(c) { SEEN[c] = 1; }')).toEqual(['mutated SEEN']);
    expect(state('const COUNTS: Int32Array = new Int32Array(8);\nfunction f(k) { COUNTS[k]++; }')).toEqual(['mutated COUNTS']);
    expect(state('const SUMS = new Float64Array(4);\nfunction f(k, v) { SUMS[k & 3] += v; }')).toEqual(['mutated SUMS']);
    expect(state('const BUFFER = Float64Array.from([1, 2]);\nfunction f(x) { BUFFER.set(x); }')).toEqual(['mutated BUFFER']);
    expect(state('const BITS = Uint32Array.of(0);\nfunction f(x) { BITS[x[0]] |= 1; }')).toEqual(['mutated BITS']);
    expect(state('const BYTES = new Uint8Array(8);\nfunction f() { BYTES.fill(0); }')).toEqual(['mutated BYTES']);
    // A table a function built at load and handed to a module name, mutated later under it, is state too.
    expect(state('const TABLE = (() => new Uint8Array(4))();\nfunction f(c) { ++TABLE[c]; }')).toEqual(['mutated TABLE']);
    expect(state('const { LOW, HIGH } = ((): { LOW: Uint8Array; HIGH: Uint8Array } => ({ LOW: new Uint8Array(2), HIGH: new Uint8Array(2) }))();\nfunction f(c) { HIGH[c] = 1; }')).toEqual(['mutated HIGH']);
    // A typed array filled once inside a function at load (core/text/characters.ts, from unicode-classes.ts's runs), only read after, is fine.
    expect(
      state(
        'const { BMP_CLASS, ASTRAL } = ((): { BMP_CLASS: Uint8Array; ASTRAL: readonly number[] } => {\n  const bmp = new Uint8Array(0x10000);\n  const astral: number[] = [];\n  bmp.fill(2, 65, 91);\n  bmp[97] = 3;\n  astral.push(1);\n  return { BMP_CLASS: bmp, ASTRAL: astral };\n})();\nexport const charClass = (code) => BMP_CLASS[code] ?? ASTRAL[0];',
      ),
    ).toEqual([]);
    expect(state('const WORD = (() => {\n  const table = new Uint8Array(128);\n  for (let c = 48; c < 58; c++) table[c] = 1;\n  return table;\n})();\nconst f = (c) => WORD[c] === 1 && WORD[c + 1] >= 0 && WORD[c] !== 2;')).toEqual([]);
    expect(state('const KIND = Int8Array.from({ length: 128 }, (_, code) => code % 3);\nconst f = (c) => KIND[c] <= 1;')).toEqual([]);
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
