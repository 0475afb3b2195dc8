/**
 * `--locale` reaches the CLI's own words, not only the findings: the text report's headlines,
 * positions and summary line, `explain`'s headings, the SARIF results' message tails and rule
 * help, the JUnit failure message (cli/messages/). What machines read stays as it is in every
 * language: SARIF rule ids, levels, fingerprints and property names, JSON field names, the JUnit
 * elements and their attributes but the message. Run as users run it (the built bin).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPoints } from '../../cli/formatters/format.ts';
import { cliWords } from '../../cli/messages/index.ts';
import { buildCli, CLEAN_HTML, isolatedConfig, makeTree, RISKY_HTML, runCli, sarifValidator, type BuiltCli } from './helpers.ts';

const NBSP = '\u00a0';
const EXIM = 'exim-relay-denied.txt';
const GMAIL = 'gmail-5.7.26-dsn.eml';
const SUBJECT = 'Act now: free money, risk free';

let cli: BuiltCli;
let cwd: string;
let disposeTree: () => void;

beforeAll(async () => {
  cli = await buildCli();
  const tree = makeTree({
    'clean.html': CLEAN_HTML,
    'risky.html': RISKY_HTML,
    [EXIM]: readFileSync(new URL(`./fixtures/explain/${EXIM}`, import.meta.url), 'utf8'),
    [GMAIL]: readFileSync(new URL(`./fixtures/explain/${GMAIL}`, import.meta.url), 'utf8'),
    'spamrisk.config.json': JSON.stringify(isolatedConfig()),
  });
  cwd = tree.root;
  disposeTree = tree.dispose;
}, 120_000);
afterAll(() => {
  cli?.dispose();
  disposeTree?.();
});

const run = (args: readonly string[]) => runCli(cli, args, { cwd });

/** The report's lines that are the CLI's own (file names, headlines, the summary), not a finding's message or suggestion. */
function framing(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !/^ {4}/.test(line));
}

describe('the text report', () => {
  it('writes its headlines, positions and summary in French, numbers with a decimal comma', () => {
    const result = run(['--locale', 'fr', 'clean.html', 'risky.html', 'missing.html']);
    expect(result.code).toBe(2);
    expect(framing(result.stdout)).toEqual([
      'clean.html',
      '  0,0 faible · passe (échoue à partir de 5,0) · aucun constat',
      'risky.html',
      '  5,0 élevé · échoue (score ≥ 5,0) · 1 constat',
      `✖ 2 fichiers vérifiés${NBSP}: 1 élevé, 0 moyen, 1 faible · 1 avec un score ≥ 5,0 · 1 fichier n’a pas pu être vérifié (erreurs sur stderr)`,
    ]);
    expect(result.stdout).toMatch(/^ {4}4:12 {2}5,0 {2}custom-phrase {2}/m);
    expect(framing(run(['--locale', 'fr', 'clean.html']).stdout).at(-1)).toBe(`✔ 1 fichier vérifié${NBSP}: 0 élevé, 0 moyen, 1 faible · tous en dessous de 5,0`);
    // A finding in a subject given with --subject (the content rules, as formats.test.ts finds one): where, in French.
    expect(run(['--no-config', '--locale', 'fr', 'clean.html', '--subject', SUBJECT]).stdout).toMatch(/^ {4}objet:\d+ +-?\d+,\d +[a-z-]+ {2}/m);
  });

  it('in German and Spanish, with the passing file and --fail-on medium', () => {
    expect(framing(run(['--locale', 'de', '--fail-on', 'medium', 'clean.html', 'risky.html']).stdout)).toEqual([
      'clean.html',
      '  0,0 gering · bestanden (nicht bestanden ab 2,5) · keine Befunde',
      'risky.html',
      '  5,0 hoch · nicht bestanden (Punktzahl ≥ 2,5) · 1 Befund',
      '✖ 2 Dateien geprüft: 1 hoch, 0 mittel, 1 gering · 1 bei 2,5 oder darüber (mittel)',
    ]);
    expect(framing(run(['--locale', 'es', 'clean.html']).stdout)).toEqual([
      'clean.html',
      '  0,0 bajo · pasa (falla desde 5,0) · ningún hallazgo',
      '✔ 1 archivo revisado: 0 altos, 0 medios, 1 bajo · todos por debajo de 5,0',
    ]);
  });

  it('stays in English without --locale, as it always was', () => {
    expect(framing(run(['clean.html', 'risky.html']).stdout)).toEqual([
      'clean.html',
      '  0.0 low · passes (fails at 5.0) · no findings',
      'risky.html',
      '  5.0 high · fails (score ≥ 5.0) · 1 finding',
      '✖ 2 files checked: 1 high, 0 medium, 1 low · 1 at or above 5.0',
    ]);
  });

  it("explain's headings and summary in French", () => {
    const lines = run(['explain', '--locale', 'fr', EXIM]).stdout.split('\n');
    expect(lines).toContain(`  Cause principale${NBSP}: relay · relay-denied · 8,0 points`);
    expect(lines.some((line) => line.startsWith(`    → Que faire${NBSP}: Envoyez par le serveur de soumission`))).toBe(true);
    expect(lines).toContain(`    Indice${NBSP}: 550 relay not permitted`);
    expect(lines).toContain(`✖ 1 fichier expliqué${NBSP}: 1 élevé, 0 moyen, 0 faible · 1 avec un score ≥ 5,0`);
  });

  it("explain's headings in the words of the extension's explain panel (extension/_locales), one word for the score in German", () => {
    /** The headline and headings of a main cause with evidence and one other finding (GMAIL), as the CLI writes them. */
    const headings = (locale: string) =>
      run(['explain', '--locale', locale, GMAIL])
        .stdout.split('\n')
        .slice(1, 7)
        .filter((_, index) => index !== 2) // the main cause's message: the core's words
        .map((line) => line.replace(/^( +(?:→ )?)(.*?:).*/, '$1$2'));
    expect(headings('fr')).toEqual(['  8,0 élevé · échoue (score ≥ 5,0) · authentication', `  Cause principale${NBSP}:`, `    → Que faire${NBSP}:`, `    Indice${NBSP}:`, `  Également relevé (1)${NBSP}:`]);
    expect(headings('es')).toEqual(['  8,0 alto · no pasa (puntuación ≥ 5,0) · authentication', '  Causa principal:', '    → Qué hacer:', '    Indicio:', '  Otros hallazgos (1):']);
    expect(headings('de')).toEqual(['  8,0 hoch · nicht bestanden (Punktzahl ≥ 5,0) · authentication', '  Hauptursache:', '    → Was tun:', '    Beleg:', '  Außerdem gefunden (1):']);
    // The panel's own words (a plain space before a French colon there, no colon after its headings).
    for (const locale of ['fr', 'es', 'de']) {
      const panel = JSON.parse(readFileSync(new URL(`../../extension/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
      const said = (key: string) => (panel[key]?.message ?? key).replace('$1', '1').replace(/ ?:$/, '');
      const cli = headings(locale).map((line) => line.trim().replace(/^→ /, '').replace(/\u00a0?:$/, ''));
      expect(cli.slice(1)).toEqual([said('explainMainCause'), said('explainWhatToDo'), said('explainEvidence'), said('explainOthers')]);
    }
  });
});

interface SarifLog {
  runs: {
    language?: string;
    tool: { driver: { rules: { id: string; name: string; help: { text: string; markdown: string }; defaultConfiguration: unknown; properties: unknown }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations?: unknown; partialFingerprints: unknown; properties: Record<string, unknown> }[];
  }[];
}

describe('SARIF', () => {
  const sarif = (locale: readonly string[], args: readonly string[] = ['risky.html']) => JSON.parse(run(['-f', 'sarif', ...locale, ...args]).stdout) as SarifLog;

  it("writes each result's tail, the decoded place and the rules' help in the language; ids, levels, places and fingerprints as in English", () => {
    const english = sarif([]);
    const french = sarif(['--locale', 'fr']);
    expect(sarifValidator()(french)).toBe(true);
    const [en] = english.runs;
    const [fr] = french.runs;
    if (!en || !fr) throw new Error('no run');
    const machine = (log: NonNullable<typeof en>) => log.results.map(({ ruleId, ruleIndex, level, locations, partialFingerprints, properties }) => ({ ruleId, ruleIndex, level, locations, partialFingerprints, properties: Object.keys(properties) }));
    expect(machine(fr)).toEqual(machine(en));
    expect(fr.tool.driver.rules.map(({ id, name, defaultConfiguration, properties }) => ({ id, name, defaultConfiguration, properties }))).toEqual(
      en.tool.driver.rules.map(({ id, name, defaultConfiguration, properties }) => ({ id, name, defaultConfiguration, properties })),
    );
    expect(fr.results.map((result) => result.message.text)).toEqual([
      `\`acme widget\` figure sur votre propre liste de formules à éviter. Reformulez-la, ou retirez-la de votre liste si elle convient à ce message. [5,0 points${NBSP}; risky.html obtient 5,0, élevé]`,
    ]);
    expect(en.results.map((result) => result.message.text)).toEqual([expect.stringMatching(/ \[5\.0 points; risky\.html scores 5\.0, high\]$/)]);
    // A finding in a subject given with --subject: where it is, in French.
    const subject = sarif(['--locale', 'fr'], ['--no-config', 'clean.html', '--subject', SUBJECT]).runs[0]?.results.map((result) => result.message.text) ?? [];
    expect(subject.some((text) => / \(colonne \d+ de l’objet\) /.test(text))).toBe(true);
    const help = fr.tool.driver.rules.find((rule) => rule.id === 'custom-phrase')?.help;
    expect(help?.text).toMatch(new RegExp(`Catégorie${NBSP}: phrases\\. Le message de chaque constat dit ce qui a été trouvé et comment le corriger\\. Détails${NBSP}: https://`));
    expect(help?.markdown).toContain('(catégorie `phrases`)');
    expect(help?.markdown).toContain(') pour savoir pourquoi cela compte pour les filtres antispam.');
  });

  it('says the language of its messages in runs[0].language (RFC 5646, as the schema allows it); none in English', () => {
    const language = (locale: readonly string[]) => {
      const log = sarif(locale);
      expect(sarifValidator()(log)).toBe(true);
      return log.runs[0]?.language;
    };
    expect(language([])).toBeUndefined();
    expect(language(['--locale', 'en-GB'])).toBeUndefined();
    expect(language(['--locale', 'fr'])).toBe('fr');
    expect(language(['--locale', 'fr-CA'])).toBe('fr-CA');
    expect(language(['--locale', 'de'])).toBe('de');
    // The schema's pattern is `xx` or `xx-YY`: a region `419` is left out, the language stays.
    expect(language(['--locale', 'es-419'])).toBe('es');
  });
});

describe('JUnit', () => {
  /** Element names, attribute names and every attribute value but the failure's message. */
  const skeleton = (xml: string) => [...xml.matchAll(/<(\/?[\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*\/?>/g)].map((match) => `${match[1]}${(match[2] ?? '').replace(/ message="[^"]*"/, ' message')}`);

  it("writes a failing file's message in the language, the XML as in English", () => {
    const english = run(['-f', 'junit', 'risky.html', 'clean.html']).stdout;
    const german = run(['-f', 'junit', '--locale', 'de', 'risky.html', 'clean.html']).stdout;
    expect(skeleton(german)).toEqual(skeleton(english));
    expect(skeleton(german).length).toBeGreaterThan(5);
    expect(german).toContain('<failure type="spam-risk" message="Punktzahl 5,0 (hoch) liegt bei 5,0 oder darüber">Punktzahl 5,0 (hoch) liegt bei 5,0 oder darüber\nrisky.html:4:12 5,0 custom-phrase: ');
    expect(english).toContain('<failure type="spam-risk" message="score 5.0 (high) is at or above 5.0">');
    const spanish = run(['-f', 'junit', '--locale', 'es', 'risky.html']).stdout;
    expect(spanish).toContain('message="la puntuación 5,0 (alto) alcanza o supera 5,0"');
  });
});

describe('JSON', () => {
  it('keeps every field name: only messages and suggestions change', () => {
    const paths = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => [`${prefix}/${Array.isArray(value) ? '#' : key}`, ...paths(child, `${prefix}/${Array.isArray(value) ? '#' : key}`)]) : [];
    const json = (locale: readonly string[]) => JSON.parse(run(['-f', 'json', ...locale, '--no-config', 'risky.html', '--subject', SUBJECT]).stdout) as unknown;
    expect(paths(json(['--locale', 'es']))).toEqual(paths(json([])));
  });
});

describe('points and scores', () => {
  it('are written as the extension writes a score: one decimal, the decimal sign, no separators; English with toFixed, as always', () => {
    const values = [0, -0, 0.15, 0.25, 1.95, -2.5, 8, 1234.56, 20_000.04];
    for (const locale of ['fr', 'de', 'es', 'fr-CA', 'es-419']) {
      const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
      expect(values.map((value) => cliWords(locale).points(value)), locale).toEqual(values.map((value) => format.format(value === 0 ? 0 : value)));
    }
    expect(cliWords('fr').points(1234.56)).toBe('1234,6');
    expect(cliWords('de').points(-0)).toBe('0,0');
    // Intl would write 0.2 and 1,234.6: English keeps what it always wrote.
    for (const locale of [undefined, 'en', 'en-GB']) expect(values.map((value) => cliWords(locale).points(value))).toEqual(values.map(formatPoints));
    expect(cliWords().points(0.15)).toBe('0.1');
  });

  it('take their word in the plural of the number as shown: French singular below 2, German and Spanish plural after a decimal', () => {
    const fr = cliWords('fr');
    expect([0, 0.8, 1.5, 1.94, 1.95, 2, 2.5, -0.5, 12].map((value) => fr.pointsWithWord(value))).toEqual(['0,0 point', '0,8 point', '1,5 point', '1,9 point', '2,0 points', '2,0 points', '2,5 points', '-0,5 point', '12,0 points']);
    expect([1, 0.5].map((value) => cliWords('de').pointsWithWord(value))).toEqual(['1,0 Punkte', '0,5 Punkte']);
    expect([1, 0.5].map((value) => cliWords('es').pointsWithWord(value))).toEqual(['1,0 puntos', '0,5 puntos']);
    expect([1, 0.15, 0].map((value) => cliWords().pointsWithWord(value))).toEqual(['1.0 points', '0.1 points', '0.0 points']);
  });
});
