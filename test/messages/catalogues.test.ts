/**
 * The catalogues match the rules (issue 13, the user's language): every message a rule declares
 * is translated in every language, in the family file of the rule's category, with the same
 * placeholders and select keys as the English; no catalogue keeps a key no rule declares; every
 * template parses; and the hits of every fail fixture name declared ids with all the data their
 * templates read. The same for the report's own words (REPORT_MESSAGES, in `<lang>/report.ts`)
 * and for explain()'s (its sentences and each bounce cause's title, why and fix, in
 * core/messages/explain/<lang>.ts), whose keys are derived from the English, never listed by hand.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';
import { CAUSES } from '../../core/explain/causes.ts';
import { CAUSE_FIELDS, causeMessages, EXPLAIN_MESSAGES } from '../../core/explain/index.ts';
import { DETAIL_MESSAGES } from '../../core/explain/details.ts';
import { HEADER_MESSAGES } from '../../core/explain/headers.ts';
import { SPAMASSASSIN_MESSAGES, SPAMASSASSIN_RULES } from '../../core/explain/spamassassin-rules.ts';
import { STATUS_MESSAGES } from '../../core/explain/status-codes.ts';
import { EXPLAIN_CATALOGUES } from '../../core/messages/explain/index.ts';
import { CLI_CATALOGUES, CLI_MESSAGES, ENGLISH_ONLY } from '../../cli/messages/index.ts';
import { argumentsOf, CATALOGUES, createLocalizer, messageKey, parseMessage, REPORT_MESSAGES, type Catalogue, type MessageData, type MessageSource } from '../../core/messages/index.ts';
import type { MessageNode, MessageReference, MessageValue } from '../../core/messages/format.ts';
import type { Rule } from '../../core/rules/rule.ts';
import { fixtureContext } from '../rules/test-rule.ts';

const LANGUAGES = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];
const withMessages = rules.filter((rule) => rule.messages && Object.keys(rule.messages).length > 0);

/** Every English template of a set of sources, by catalogue key. */
function englishOf(sources: readonly MessageSource[]): Map<string, string> {
  return new Map(sources.flatMap((source) => Object.entries(source.messages ?? {}).map(([id, english]) => [messageKey(source.id, id), english] as const)));
}

/**
 * French prose puts a no-break space before : ; ? ! — so a letter directly followed by one, then
 * a space or the end, is a missing space (`Indice:`). Not prose, so not looked at: code spans, « »
 * quotations of what a header or subject literally says (« Re: », « List-Unsubscribe: <…> »),
 * and tokens whose sign has no space after it (https://, include:…, dest:J, SFV:{sfv}, objet:{column}
 * as file:column reads, ?id= in a URL). Terms written as their syntax writes them are listed here:
 * SPF's mechanism `include:`, and a header named outside a quotation, with its key.
 */
const FRENCH_TIGHT_SIGN_TERMS: readonly string[] = ['include: '];
const FRENCH_TIGHT_SIGN_ALLOWED: ReadonlyMap<string, string> = new Map([['from-without-name/add-name', 'From: ']]);

/** The French catalogue entry `key` has a letter directly before : ; ? ! in its prose. */
function frenchTightSign(key: string, prose: string): boolean {
  const allowed = FRENCH_TIGHT_SIGN_ALLOWED.get(key);
  let text = prose.replace(/«[^»]*»/g, '«»');
  for (const term of allowed ? [...FRENCH_TIGHT_SIGN_TERMS, allowed] : FRENCH_TIGHT_SIGN_TERMS) text = text.split(term).join(' ');
  return /\p{L}[:;?!](?=\s|$)/u.test(text);
}

/** What a catalogue lacks, keeps without an English template, or translates with other placeholders. */
function compare(catalogue: Catalogue, english: ReadonlyMap<string, string>): { missing: string[]; extra: string[]; differing: string[] } {
  const missing = [...english.keys()].filter((key) => !Object.hasOwn(catalogue, key));
  const extra = Object.keys(catalogue).filter((key) => !english.has(key));
  const differing: string[] = [];
  for (const [key, template] of english) {
    if (!Object.hasOwn(catalogue, key)) continue;
    try {
      const translated = shape(catalogue[key] ?? '');
      if (JSON.stringify(translated) !== JSON.stringify(shape(template))) differing.push(`${key}: ${translated.join(', ')} ≠ English ${shape(template).join(', ')}`);
    } catch (error) {
      differing.push(`${key}: ${String(error)}`);
    }
  }
  return { missing, extra, differing };
}

/** `name → select keys` of a template, as sorted strings, for comparison. */
function shape(template: string): string[] {
  return [...argumentsOf(parseMessage(template))].map(([name, keys]) => `${name}${keys.size ? ` {${[...keys].sort().join(' ')}}` : ''}`).sort();
}

async function familyCatalogue(language: string, family: string): Promise<Catalogue> {
  try {
    return ((await import(`../../core/messages/${language}/${family}.ts`)) as { default: Catalogue }).default;
  } catch {
    return {};
  }
}

describe('message catalogues', () => {
  it('at least one family speaks through messages', () => {
    expect(withMessages.map((rule) => rule.category)).toContain('links');
  });

  it('every English template parses and uses kebab-case ids', () => {
    for (const rule of withMessages) {
      for (const [id, template] of Object.entries(rule.messages ?? {})) {
        expect(id, `${rule.id}/${id}`).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
        expect(() => parseMessage(template), `${rule.id}/${id}`).not.toThrow();
      }
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const catalogue = CATALOGUES[language];

      it('translates every message a rule declares, in its family file, with the English placeholders', async () => {
        const missing: string[] = [];
        const misplaced: string[] = [];
        const differing: string[] = [];
        for (const rule of withMessages) {
          const family = await familyCatalogue(language, rule.category);
          for (const [id, english] of Object.entries(rule.messages ?? {})) {
            const key = messageKey(rule.id, id);
            if (!Object.hasOwn(catalogue, key)) {
              missing.push(key);
              continue;
            }
            if (!Object.hasOwn(family, key)) misplaced.push(`${key} (not in core/messages/${language}/${rule.category}.ts)`);
            const translated = catalogue[key] ?? '';
            let translatedShape: string[];
            try {
              translatedShape = shape(translated);
            } catch (error) {
              differing.push(`${key}: ${String(error)}`);
              continue;
            }
            if (JSON.stringify(translatedShape) !== JSON.stringify(shape(english))) {
              differing.push(`${key}: ${translatedShape.join(', ')} ≠ English ${shape(english).join(', ')}`);
            }
          }
        }
        expect(missing, `untranslated in core/messages/${language}/`).toEqual([]);
        expect(misplaced).toEqual([]);
        expect(differing, 'placeholders differ from the English template').toEqual([]);
      });

      it('translates the report’s own words in report.ts, with the English placeholders', async () => {
        const { missing, extra, differing } = compare(await familyCatalogue(language, 'report'), englishOf([REPORT_MESSAGES]));
        expect(missing, `untranslated in core/messages/${language}/report.ts`).toEqual([]);
        expect(extra).toEqual([]);
        expect(differing).toEqual([]);
        expect(Object.keys(REPORT_MESSAGES.messages).every((id) => Object.hasOwn(catalogue, messageKey(REPORT_MESSAGES.id, id)))).toBe(true);
      });

      it('keeps no key that no rule declares', () => {
        const declared = new Set([
          ...withMessages.flatMap((rule) => Object.keys(rule.messages ?? {}).map((id) => messageKey(rule.id, id))),
          ...englishOf([REPORT_MESSAGES]).keys(),
        ]);
        expect(Object.keys(catalogue).filter((key) => !declared.has(key))).toEqual([]);
      });

      it('keeps every family file to its own rules', async () => {
        const files = readdirSync(join(import.meta.dirname, '../../core/messages', language)).filter((name) => name !== 'index.ts');
        for (const file of files) {
          const family = file.replace(/\.ts$/, '');
          if (family === 'report') continue; // the report's own words, checked above
          const own = new Set(rules.filter((rule) => rule.category === family).map((rule) => rule.id));
          const keys = Object.keys(await familyCatalogue(language, family));
          expect(keys.filter((key) => !own.has(key.split('/')[0] ?? '')), `${language}/${file}`).toEqual([]);
        }
      });
    });
  }
});

/** The argument names a template reads with this data: the select options the data picks, every plural option. */
function reads(nodes: readonly MessageNode[], data: MessageData, into: Set<string> = new Set()): Set<string> {
  for (const node of nodes) {
    if (typeof node === 'string' || node.kind === 'pound') continue;
    into.add(node.name);
    if (node.kind === 'select') {
      const value = data[node.name];
      reads(node.options.get(String(value)) ?? node.options.get('other') ?? [], data, into);
    } else if (node.kind === 'plural') {
      for (const option of node.options.values()) reads(option, data, into);
    }
  }
  return into;
}

/** The arguments a message reads, fragments included, that `data` does not give. */
function unmet(rule: Rule, messageId: string, data: MessageData, depth = 0): string[] {
  const template = rule.messages?.[messageId];
  if (template === undefined) return [`unknown id ${messageId}`];
  const problems: string[] = [];
  for (const name of reads(parseMessage(template), data)) {
    if (!Object.hasOwn(data, name)) problems.push(`${messageId} reads {${name}}`);
  }
  const visit = (value: MessageValue | undefined) => {
    if (value === undefined || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const reference = value as MessageReference;
    if (depth < 4) problems.push(...unmet(rule, reference.messageId, reference.data ?? {}, depth + 1));
  };
  Object.values(data).forEach(visit);
  return problems;
}

describe('hits on the fail fixtures', () => {
  const RULES = join(import.meta.dirname, '../rules');
  for (const rule of withMessages) {
    it(`${rule.id} names declared messages and gives them their data`, () => {
      const folder = join(RULES, rule.id, 'fail');
      const files = readdirSync(folder).filter((name) => /\.(html|txt|json)$/.test(name));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        for (const hit of rule.check(fixtureContext(join(folder, file)))) {
          expect('messageId' in hit, `${file}: a rule with messages reports ids`).toBe(true);
          if (!('messageId' in hit)) continue;
          const data = hit.data ?? {};
          expect([...unmet(rule, hit.messageId, data), ...unmet(rule, hit.suggestionId, data)], file).toEqual([]);
        }
      }
    });
  }
});

describe('explain() catalogues', () => {
  /** Every source of explain()'s words besides the causes: its sentences, the status codes' words, the header verdicts, the causes' details, the known SpamAssassin rules. */
  const SOURCES = [EXPLAIN_MESSAGES, STATUS_MESSAGES, HEADER_MESSAGES, DETAIL_MESSAGES, SPAMASSASSIN_MESSAGES];
  const english = englishOf([...SOURCES, ...CAUSES.map(causeMessages)]);

  it('cover every cause and every sentence (keys derived from CAUSES and each source of sentences)', () => {
    expect(english.size).toBe(CAUSES.length * CAUSE_FIELDS.length + SOURCES.reduce((sum, source) => sum + Object.keys(source.messages ?? {}).length, 0));
    expect(Object.keys(STATUS_MESSAGES.messages).length).toBeGreaterThanOrEqual(150);
    expect(CAUSES.length).toBeGreaterThanOrEqual(36);
  });

  it('read each cause’s English as it is: no text of causes.ts is taken for template syntax', () => {
    const localizer = createLocalizer('en', EXPLAIN_CATALOGUES);
    for (const cause of CAUSES) {
      const source = causeMessages(cause);
      for (const field of CAUSE_FIELDS) expect(localizer.text(source, field), `${cause.id}/${field}`).toBe(cause[field]);
    }
  });

  it('read each SpamAssassin rule’s meaning and fix as written: none is taken for template syntax', () => {
    const localizer = createLocalizer('en', EXPLAIN_CATALOGUES);
    for (const rule of SPAMASSASSIN_RULES) {
      expect(localizer.text(SPAMASSASSIN_MESSAGES, `${rule.name}/meaning`), rule.name).toBe(rule.meaning);
      expect(localizer.text(SPAMASSASSIN_MESSAGES, `${rule.name}/fix`), rule.name).toBe(rule.fix);
    }
  });

  it('every English sentence parses and uses kebab-case ids (a SpamAssassin rule keeps its own name: `BAYES_99/meaning`)', () => {
    for (const [id, template] of SOURCES.flatMap((source) => Object.entries(source.messages ?? {}).map(([id, template]) => [source === SPAMASSASSIN_MESSAGES ? id.replace(/^[A-Z][A-Z0-9_]*\*?\//, 'sa-') : id, template] as const))) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(() => parseMessage(template), id).not.toThrow();
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: translates every key, keeps no other, with the English placeholders`, () => {
      const { missing, extra, differing } = compare(EXPLAIN_CATALOGUES[language], english);
      expect(missing, `untranslated in core/messages/explain/${language}.ts`).toEqual([]);
      expect(extra, 'keys with no English').toEqual([]);
      expect(differing, 'placeholders differ from the English template').toEqual([]);
    });
  }

  /** The prose of a template: code spans (kept in English, e.g. `p=none; rua=…`) taken out. */
  const prose = (template: string) => template.replace(/`[^`]*`/g, '``');

  it('follows each language’s typography outside code spans', () => {
    const problems: string[] = [];
    const check = (language: string, key: string, text: string, pattern: RegExp, what: string) => {
      if (pattern.test(prose(text))) problems.push(`${language} ${key}: ${what}`);
    };
    for (const [key, text] of Object.entries(EXPLAIN_CATALOGUES.fr)) {
      check('fr', key, text, / [:;?!%]/, 'a plain space before : ; ? ! % (use \\u00a0)');
      if (frenchTightSign(key, prose(text))) problems.push(`fr ${key}: no space before : ; ? ! (use \\u00a0)`);
      check('fr', key, text, /« | »/, 'a plain space inside « »');
      check('fr', key, text, /'|"|“|„/, 'a straight apostrophe or foreign quotes (’, « »)');
      check('fr', key, text, /(?<!\p{L})(?:tu|ton|ta|tes|toi)(?!\p{L})/iu, 'tutoiement (vous)');
    }
    for (const [key, text] of Object.entries(EXPLAIN_CATALOGUES.de)) {
      check('de', key, text, /"|«|»|„[^“]*$/, 'quotes other than „…“');
      check('de', key, text, /(?<!\p{L})(?:du|dein\p{L}*|dich|dir)(?!\p{L})/iu, 'du (Sie)');
    }
    for (const [key, text] of Object.entries(EXPLAIN_CATALOGUES.es)) {
      check('es', key, text, /"|“|„/, 'quotes other than «…»');
      check('es', key, text, /(?<!\p{L})(?:tú|tu|tus|te)(?!\p{L})/iu, 'tú (usted)');
    }
    // The rules' catalogues too: a French colon takes a no-break space (form-by-reply had a plain one).
    for (const [key, text] of Object.entries(CATALOGUES.fr)) {
      check('fr', key, text, / (?:[;?!%]|:(?!:))/, 'a plain space before : ; ? ! % (use \\u00a0)'); // `::` opens a number skeleton
      if (frenchTightSign(key, text.replace(/`[^`]*`/g, '``'))) problems.push(`fr ${key}: no space before : ; ? ! (use \\u00a0)`);
    }
    expect(problems).toEqual([]);
  });
});

/** The CLI's own words (cli/messages/: headlines, summary lines, SARIF and JUnit framing), read by the same localizer. */
describe('the CLI catalogues', () => {
  // What `spamrisk domain` alone writes is not translated (it has no --locale): a catalogue keeping it is `extra`.
  const english = new Map([...englishOf([CLI_MESSAGES])].filter(([key]) => !ENGLISH_ONLY.has(key.replace(/^cli\//, ''))));

  it('every English template parses and uses kebab-case ids', () => {
    for (const [id, template] of Object.entries(CLI_MESSAGES.messages)) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(() => parseMessage(template), id).not.toThrow();
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: translates every key, keeps no other, with the English placeholders`, () => {
      expect(compare(CLI_CATALOGUES[language], english)).toEqual({ missing: [], extra: [], differing: [] });
    });
  }

  it('follows each language’s typography outside code spans', () => {
    const problems: string[] = [];
    const prose = (template: string) => template.replace(/`[^`]*`/g, '``');
    const check = (language: string, key: string, text: string, pattern: RegExp, what: string) => {
      if (pattern.test(prose(text))) problems.push(`${language} ${key}: ${what}`);
    };
    for (const [key, text] of Object.entries(CLI_CATALOGUES.fr)) {
      check('fr', key, text, / (?:[;?!%]|:(?!:))/, 'a plain space before : ; ? ! % (use \\u00a0)');
      if (frenchTightSign(key, prose(text))) problems.push(`fr ${key}: no space before : ; ? ! (use \\u00a0)`);
      check('fr', key, text, /« | »|'|"/, 'a plain space inside « », or a straight quote');
    }
    for (const [key, text] of Object.entries(CLI_CATALOGUES.de)) check('de', key, text, /"|«|»/, 'quotes other than „…“');
    for (const [key, text] of Object.entries(CLI_CATALOGUES.es)) check('es', key, text, /"|“|„/, 'quotes other than «…»');
    expect(problems).toEqual([]);
  });
});
