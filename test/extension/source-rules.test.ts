// Rules the extension's sources keep (DESIGN §4, STYLE §5): browser.* only in shared/browser.ts;
// no HTML sinks; no network; every UI string key exists in every locale with the same placeholders.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const EXTENSION = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../extension');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

const sources = files(EXTENSION, /\.ts$/).map((file) => ({
  file: path.relative(EXTENSION, file),
  // comments removed, so prose about innerHTML does not count
  code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/ .*$/gm, ''),
}));

describe('source rules', () => {
  test('only shared/browser.ts touches the WebExtension API', () => {
    const offenders = sources.filter(
      ({ file, code }) => file !== 'shared/browser.ts' && /webextension-polyfill|\bbrowser\.(runtime|storage|tabs|action|i18n|permissions|scripting)\b|\bchrome\.\w+\./.test(code),
    );
    expect(offenders.map((s) => s.file)).toEqual([]);
  });

  test('no HTML sinks: email text goes in as text', () => {
    const sinks = /\.(innerHTML|outerHTML)\s*[+]?=(?!=)|insertAdjacentHTML|document\.write|\.srcdoc\s*=|createContextualFragment|\beval\(|new Function\(|setHTMLUnsafe|parseHTMLUnsafe/;
    expect(sources.filter(({ code }) => sinks.test(code)).map((s) => s.file)).toEqual([]);
  });

  test('no network APIs', () => {
    const network = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|new Image\(/;
    expect(sources.filter(({ code }) => network.test(code)).map((s) => s.file)).toEqual([]);
  });
});

describe('locales', () => {
  type Messages = Record<string, { message: string; description?: string }>;
  const load = (lang: string): Messages => JSON.parse(readFileSync(path.join(EXTENSION, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
  const en = load('en');
  // The UI languages: every folder under _locales, each checked below for completeness.
  const UI_LOCALES = ['en', 'fr', 'de', 'es'];

  test('the locale lists name every _locales folder', () => {
    expect(readdirSync(path.join(EXTENSION, '_locales')).sort()).toEqual([...UI_LOCALES].sort());
  });

  // Chrome Web Store limits: a name of at most 75 characters, a description of at most 132.
  for (const lang of UI_LOCALES) {
    test(`${lang}: the store listing fits Chrome's limits`, () => {
      const messages = load(lang);
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    });
  }

  const used = new Set<string>();
  for (const { code } of sources) {
    for (const m of code.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) used.add(m[1]!);
    for (const m of code.matchAll(/\bt\(\s*`([A-Za-z]+_)\$\{/g)) for (const key of Object.keys(en)) if (key.startsWith(m[1]!)) used.add(key);
    // plural(t, 'key', n): the key's plural forms (shared/format.ts)
    for (const m of code.matchAll(/\bplural\(\s*[\w.]+,\s*'([A-Za-z]+)'/g)) for (const key of Object.keys(en)) if (key.startsWith(`${m[1]!}_`)) used.add(key);
    // manifest strings (__MSG_key__), such as the keyboard command's description
    for (const m of code.matchAll(/__MSG_([A-Za-z_]+?)__/g)) used.add(m[1]!);
  }
  for (const file of files(EXTENSION, /\.html$/)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z_]+)"/g)) used.add(m[1]!);
  }
  used.add('extName');
  used.add('uiLocale'); // read by shared/i18n.ts through message()
  used.add('extDescription');

  test('every key the code uses exists in English, with a description', () => {
    expect([...used].filter((key) => !en[key])).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => !v.description).map(([k]) => k)).toEqual([]);
  });

  test('no unused English keys', () => {
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });

  // Plural messages are one key per Intl.PluralRules category (`findingsCount_one`, `_other`, and
  // French `_many`): each language has exactly the categories its plural rules can pick.
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const pluralBases = new Set(
    Object.keys(en).filter((key) => key.endsWith('_other') && en[key.replace(/_other$/, '_one')]).map((key) => key.slice(0, -'_other'.length)),
  );
  const isPlural = (key: string): boolean => PLURAL.test(key) && pluralBases.has(key.replace(PLURAL, ''));

  for (const lang of UI_LOCALES) {
    test(`${lang}: every plural message has exactly the forms of its plural rules`, () => {
      const messages = load(lang);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        const forms = Object.keys(messages).filter((key) => key.startsWith(`${base}_`) && isPlural(key)).map((key) => PLURAL.exec(key)![1]!);
        expect(forms.sort(), `${lang}:${base}`).toEqual([...categories].sort());
      }
    });
  }

  for (const lang of UI_LOCALES.filter((lang) => lang !== 'en')) {
    test(`${lang} is complete, with the same placeholders`, () => {
      const other = load(lang);
      expect(Object.keys(other).filter((key) => !isPlural(key)).sort()).toEqual(Object.keys(en).filter((key) => !isPlural(key)).sort());
      for (const [key, { message }] of Object.entries(other)) {
        const source = en[key] ?? en[key.replace(PLURAL, '_other')];
        const placeholders = (s: string): string[] => (s.match(/\$\d/g) ?? []).sort();
        expect(placeholders(message), `${lang}:${key}`).toEqual(placeholders(source!.message));
      }
    });
  }
});
