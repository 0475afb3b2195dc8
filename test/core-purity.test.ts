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

  it('would catch a violation (the checks are not vacuous)', () => {
    expect(forbiddenIn(codeOf('const x = process.env.HOME; setTimeout(f, 1);'))).toEqual(['process.', 'setTimeout(']);
    expect(forbiddenIn(codeOf('const w = globalThis.fetch;'))).toEqual(['globalThis']);
    expect(forbiddenIn(codeOf('// process.env in a comment\nconst y = "document.cookie";'))).toEqual([]);
    expect(forbiddenIn(codeOf('function f(window: string) { return window.length; }'))).toEqual([]);
  });
});
