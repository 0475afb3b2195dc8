// Typography and terms across the translations a user reads together: the extension's UI strings
// (_locales) and the core's finding and bounce messages in the same language (ux30: 13 French UI
// messages had a straight apostrophe next to 23 with a typographic one; the German options page said
// "Reizwörter" where the findings say "Trigger-Phrasen").

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import explainDetailsFr from '../../core/messages/explain/details/fr.ts';
import explainFr from '../../core/messages/explain/fr.ts';
import explainHeadersFr from '../../core/messages/explain/headers/fr.ts';
import explainSpamAssassinFr from '../../core/messages/explain/spamassassin/fr.ts';
import explainStatusCodesFr from '../../core/messages/explain/status-codes/fr.ts';
import { CATALOGUES } from '../../core/messages/index.ts';

const EXTENSION = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../extension');
const ui = (lang: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(path.join(EXTENSION, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>).map(
      ([key, value]) => [key, value.message],
    ),
  );

/** A straight apostrophe next to a letter (elision: "l'adresse", "n'est", "aujourd'hui"). */
const STRAIGHT_APOSTROPHE = /\p{L}'|'\p{L}/u;

function straight(catalogue: Readonly<Record<string, string>>, name: string): string[] {
  return Object.entries(catalogue)
    .filter(([, text]) => STRAIGHT_APOSTROPHE.test(text))
    .map(([key, text]) => `${name} ${key}: ${text.slice(0, 80)}`);
}

describe('French: one apostrophe, the typographic one (’)', () => {
  test('the rule catches what it should', () => {
    expect(straight({ a: "l'adresse", b: "n'est pas", c: 'l’adresse', d: "'quoted'", e: 'aujourd’hui' }, 'probe')).toEqual([
      "probe a: l'adresse",
      "probe b: n'est pas",
      "probe d: 'quoted'",
    ]);
  });

  test('extension UI (_locales/fr)', () => {
    const messages = ui('fr');
    expect(Object.keys(messages).length).toBeGreaterThan(50);
    expect(Object.values(messages).some((text) => text.includes('’')), 'the typographic one is in use').toBe(true);
    expect(straight(messages, '_locales/fr')).toEqual([]);
  });

  test('core findings and bounce explanations in French', () => {
    const catalogues = {
      'core/messages/fr': CATALOGUES.fr,
      'core/messages/explain/fr': explainFr,
      'core/messages/explain/details/fr': explainDetailsFr,
      'core/messages/explain/headers/fr': explainHeadersFr,
      'core/messages/explain/spamassassin/fr': explainSpamAssassinFr,
      'core/messages/explain/status-codes/fr': explainStatusCodesFr,
    };
    for (const catalogue of Object.values(catalogues)) expect(Object.keys(catalogue).length).toBeGreaterThan(0);
    expect(Object.entries(catalogues).flatMap(([name, catalogue]) => straight(catalogue, name))).toEqual([]);
  });
});

describe('German: the options page and the findings use one term', () => {
  test('custom phrases are "Trigger-Phrasen", as in the phrase findings', () => {
    const findings = Object.entries(CATALOGUES.de).filter(([key]) => key.startsWith('phrase-density/')).map(([, text]) => text).join(' ');
    expect(findings).toContain('Trigger-Phrasen');
    const messages = ui('de');
    expect(messages.optionsPhrasesLabel).toContain('Trigger-Phrasen');
    expect(Object.entries(messages).filter(([, text]) => /reizw(ö|oe)rt/i.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('the browser’s own error text (in its language, often English) stays apart from the sentence (rev43d 6)', () => {
  // "Non enregistré : le navigateur a refusé (QUOTA_BYTES quota exceeded). Les réglages…" read as one
  // sentence in two languages: the browser's text comes last, after a label and a colon.
  const placeholders = { optionsSaveRefused: '$1', optionsSiteRefused: '$2' } as const;
  for (const lang of ['en', 'fr', 'de', 'es']) {
    test(lang, () => {
      const messages = ui(lang);
      for (const [key, placeholder] of Object.entries(placeholders)) {
        const text = messages[key] ?? '';
        expect(text.endsWith(`: ${placeholder}`), `${lang} ${key}: ${text}`).toBe(true);
        expect(text.indexOf(placeholder), `${lang} ${key}: only once`).toBe(text.length - placeholder.length);
      }
    });
  }
});
