// ESLint for the whole repository (issue 12 item 4): typescript-eslint with a few type-aware rules,
// no import cycles, and the layer rules that keep the rooms apart (ARCHITECTURE.md):
// - core/ imports only core/ and the npm packages it already uses, and reads no DOM or Node global;
// - extension/shared/ imports nothing from extension/content/;
// - nothing imports scripts/ or test/, core/ and extension/ import nothing from cli/.
// test/architecture/layers.test.ts shows that each layer rule can fail.
// No suppressions and no inline disables of these rules: a violation is fixed where it is found.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** The npm packages core/ may import (STYLE §1: natural only through its stemmer modules). */
export const CORE_PACKAGES = ['@noble/hashes/sha2.js', 'franc-min', 'htmlparser2', 'linkifyjs', 'natural/lib/natural/stemmers', 'postal-mime', 'tldts'];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** DOM, Node and extension globals, timers and network: none of them exists for core/. */
const NOT_IN_CORE = [
  'window', 'document', 'navigator', 'location', 'self', 'localStorage', 'sessionStorage', 'indexedDB',
  'chrome', 'browser', 'importScripts', 'postMessage',
  'process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker',
];

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'docs/**', '**/*.d.ts', 'examples/*/dist/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'spamrisk/all',
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts dependencies and no-cycle silently sees no graph.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // TypeScript checks names, so ESLint's own undefined-name check only adds noise.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Type-aware, the ones that catch bugs: a forgotten await, a promise where a boolean goes.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // The CLI, the tokenizer and the parsers match control characters on purpose (to escape them).
      'no-control-regex': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './core', from: './', except: ['./core', './node_modules'], message: 'core/ imports nothing outside core/ (ARCHITECTURE.md).' },
          { target: './extension/shared', from: './extension/content', message: 'extension/shared/ imports nothing from extension/content/ (ARCHITECTURE.md).' },
          { target: './extension', from: './cli', message: 'The extension does not import the CLI.' },
          { target: ['./core', './cli', './extension'], from: ['./test', './scripts'], message: 'Shipped code imports no test or script.' },
        ],
      }],
    },
  },
  {
    name: 'spamrisk/core-is-pure',
    files: ['core/**/*.ts'],
    languageOptions: { globals: globals.es2022 },
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_CORE.map((name) => ({ name, message: 'core/ is pure: no DOM, Node or extension global, no timer, no network (STYLE §1).' }))],
      'no-restricted-properties': ['error', ...NOT_IN_CORE.map((property) => ({ object: 'globalThis', property, message: 'core/ is pure: no DOM, Node or extension global (STYLE §1).' }))],
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^node:', message: 'core/ is pure: no Node built-in (STYLE §1).' },
          { regex: `^(?:${builtinModules.map(escape).join('|')})(?:/|$)`, message: 'core/ is pure: no Node built-in (STYLE §1).' },
          {
            regex: `^(?!\\.{1,2}/)(?!(?:${CORE_PACKAGES.map(escape).join('|')})(?:/|$))`,
            message: `core/ imports only ${CORE_PACKAGES.join(', ')} from npm; a new dependency is a decision (ARCHITECTURE.md).`,
          },
        ],
      }],
    },
  },
  {
    // Plain JavaScript (bin/, the example Vite configs, this file) has no tsconfig: no type-aware rules.
    name: 'spamrisk/javascript',
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests run generated code on purpose (the rendered weights module, page scripts in the browser).
    name: 'spamrisk/test',
    files: ['test/**'],
    rules: { '@typescript-eslint/no-implied-eval': 'off' },
  },
  {
    name: 'spamrisk/node',
    files: ['cli/**', 'scripts/**', 'test/**', 'bin/**', 'examples/**', '*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'spamrisk/extension',
    files: ['extension/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
);
