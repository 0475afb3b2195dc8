/**
 * Reports in the user's language (issue 13): `locale` picks the catalogue, numbers and plurals
 * follow the locale through Intl, evidence stays as the user wrote it, and English is the default
 * and the fallback.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../core/index.ts';
import { createLocalizer, moreLikeIt, resolveLocale } from '../../core/messages/index.ts';
import { MessageSyntaxError, parseMessage, renderMessage, type Formatters } from '../../core/messages/format.ts';

// A spammy draft for the links rules: a shortener, a bare IP, links that show one domain and go to another, and twelve links in few words.
const links = Array.from({ length: 12 }, (_, index) => `<a href="https://shop${index}.example/deal">deal ${index}</a>`).join(' ');
const DRAFT = {
  subject: 'Your account',
  html: `<p>Hello friend, see <a href="https://bit.ly/3xYz">this offer</a> and <a href="http://203.0.113.7/login">www.paypal.com</a> today.</p>
<p>${links} and many more words here for the reader to see before the end of this short note about the deals.</p>`,
};

const byRule = (findings: readonly Finding[], rule: string) => findings.find((finding) => finding.rule === rule);

describe('locale', () => {
  const english = analyze(DRAFT);
  const french = analyze(DRAFT, { locale: 'fr' });

  it('writes the links findings in French, with French numbers, and the same score', () => {
    expect(french.score).toBe(english.score);
    expect(french.findings.map((finding) => [finding.rule, finding.points, finding.evidence])).toEqual(
      english.findings.map((finding) => [finding.rule, finding.points, finding.evidence]),
    );
    const shortener = byRule(french.findings, 'link-shortener');
    expect(shortener?.message).toBe(
      '`https://bit.ly/3xYz` passe par le raccourcisseur d’URL `bit.ly`, qui cache la destination au lecteur comme aux filtres\u00a0; le spam utilise les raccourcisseurs pour cette raison, et les filtres s’en méfient donc.',
    );
    expect(shortener?.suggestion).toBe('Utilisez l’adresse complète de la page sur votre propre domaine.');
    const density = byRule(french.findings, 'link-density');
    expect(density?.message).toMatch(/^14 liens différents pour \d+ mots \(un tous les \d+,\d mots\)/);
    expect(byRule(french.findings, 'ip-address-link')?.message).toContain('pointe vers une simple adresse IP (`203.0.113.7`)');
  });

  it('keeps the evidence as the user wrote it', () => {
    expect(byRule(french.findings, 'link-text-mismatch')?.evidence).toBe(byRule(english.findings, 'link-text-mismatch')?.evidence);
    expect(byRule(french.findings, 'link-shortener')?.evidence).toBe('https://bit.ly/3xYz');
  });

  it('speaks German and Spanish with their decimal commas', () => {
    expect(byRule(analyze(DRAFT, { locale: 'de' }).findings, 'link-density')?.message).toMatch(/^14 verschiedene Links auf \d+ Wörter \(einer alle \d+,\d Wörter\)/);
    expect(byRule(analyze(DRAFT, { locale: 'es' }).findings, 'link-density')?.message).toMatch(/^14 enlaces distintos en \d+ palabras \(uno cada \d+,\d palabras\)/);
    expect(byRule(english.findings, 'link-density')?.message).toMatch(/\(one every \d+\.\d words\)/);
  });

  it('is English by default, and takes a region (fr-CA → French); a language without a catalogue is a wrong call', () => {
    expect(analyze(DRAFT, { locale: 'en' })).toEqual(english);
    expect(analyze(DRAFT, { locale: 'en-GB' }).findings.map((finding) => finding.message)).toEqual(english.findings.map((finding) => finding.message));
    expect(analyze(DRAFT, { locale: 'fr-CA' }).findings.map((finding) => finding.message)).toEqual(french.findings.map((finding) => finding.message));
    expect(resolveLocale('FR-ca')).toEqual({ language: 'fr', tag: 'fr-CA' });
    expect(resolveLocale('pt-BR')).toEqual({ language: 'en', tag: 'en' });
  });
});

describe('a rule message in a language', () => {
  const rule = {
    id: 'link-only-body',
    messages: { 'just-a-link': 'Apart from the {links, plural, one {link} other {links}} (`{url}`) the body has {words, plural, =0 {no words} one {only # word} other {only # words}}; x', 'say-who': 'y' },
  };
  const text = (locale: string, words: number, links = 1) => createLocalizer(locale).text(rule, 'just-a-link', { links, words, url: 'u' });

  it('picks plural forms by the language’s rules (French counts 0 and 1 as singular; =0 is exact)', () => {
    expect(text('en', 0)).toContain('the body has no words');
    expect(text('en', 1)).toContain('only 1 word;');
    expect(text('en', 2, 2)).toMatch(/^Apart from the links .* only 2 words;/);
    expect(text('fr', 1)).toContain('ne contient que 1 mot\u00a0;');
    expect(text('fr', 0)).toContain('ne contient aucun mot');
    expect(text('de', 3, 2)).toMatch(/^Abgesehen von den Links .* nur 3 Wörter;/);
  });

  it('falls back to the English template for a key the catalogue lacks', () => {
    const untranslated = { id: 'no-such-rule', messages: { hello: 'Hello {name}, {n} links' } };
    expect(createLocalizer('fr').text(untranslated, 'hello', { name: '`x`', n: 1234.5 })).toBe('Hello `x`, 1\u202f234,5 links');
    expect(createLocalizer('fr').text(untranslated, 'missing')).toBe('{missing}');
  });
});

describe('the message format', () => {
  const formatters = (locale: string): Formatters => ({
    number: (value, style) => new Intl.NumberFormat(locale, style).format(value),
    plural: (value) => new Intl.PluralRules(locale).select(value),
    list: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    lookup: () => null,
  });
  const render = (template: string, data: Record<string, string | number | readonly string[]>, locale = 'en') => renderMessage(parseMessage(template), data, formatters(locale));

  it('formats numbers with the locale’s separators and the asked-for decimals', () => {
    expect(render('{n, number, ::.0}', { n: 9.8 }, 'fr')).toBe('9,8');
    expect(render('{n, number, ::.0}', { n: 3 }, 'en')).toBe('3.0');
    expect(render('{n, number, ::.0}', { n: 9.84 }, 'de')).toBe('9,8');
    expect(render('{n, number, integer}', { n: 2.6 }, 'es')).toBe('3');
    expect(render('{n, number, percent}', { n: 0.25 }, 'fr')).toBe('25\u00a0%');
    // Skeleton tokens combine: one decimal and no thousands separator, as a score is written.
    expect(render('{n, number, ::.0 group-off}', { n: 12_345.64 }, 'fr')).toBe('12345,6');
    expect(render('{n, number, ::.0}', { n: 12_345.64 }, 'fr')).toBe('12\u202f345,6');
    for (const style of ['::.0 .0', '::group-off group-off', '::.0  group-off', '::', '::.0 grouping-off']) {
      expect(() => parseMessage(`{n, number, ${style}}`), style).toThrow(MessageSyntaxError);
    }
  });

  it('selects, nests, lists, and inserts values without reading them as syntax', () => {
    const template = "{kind, select, ip {an IP {n, plural, one {# time} other {# times}}} other {it's {value}}}";
    expect(render(template, { kind: 'ip', n: 2 })).toBe('an IP 2 times');
    expect(render(template, { kind: 'other', n: 1, value: '{n} # }' })).toBe("it's {n} # }");
    expect(render('{scripts}', { scripts: ['latin', 'cyrillic'] }, 'es')).toBe('latin y cyrillic');
    expect(render('# {a}', { a: 'x' })).toBe('# x');
  });

  it('refuses what it does not understand, so a broken translation falls back to English', () => {
    for (const broken of ['{', '}', '{a', '{a, plural, one {x}}', '{a, select, b {x} other {y}', '{a, date}', '{a b}', '{a, number, ::x}', '{a, select, b {x} b {y} other {z}}']) {
      expect(() => parseMessage(broken), broken).toThrow();
    }
  });

  it('renders a long template whole (its speed is not a test\'s to judge: scripts/bench.ts)', () => {
    const long = `${'word {a} '.repeat(20_000)}{n, plural, one {#} other {# ${'x'.repeat(100_000)}}}`;
    expect(render(long, { a: 'y', n: 2 }).length).toBeGreaterThan(200_000);
  });
});

describe('the report’s suffix for hits folded into a finding', () => {
  it('is today’s English byte for byte, thousands included', () => {
    expect(moreLikeIt(3)).toBe('(and 3 more like it, counted here)');
    expect(moreLikeIt(1234, 'en')).toBe(`(and ${1234} more like it, counted here)`);
  });

  it('takes the language’s plural and number format, from a tag or the report’s localizer', () => {
    expect(moreLikeIt(1, 'fr')).toBe('(et 1 autre semblable, compté ici)');
    expect(moreLikeIt(4, 'fr-CA')).toBe('(et 4 autres semblables, comptés ici)');
    expect(moreLikeIt(1234, 'fr')).toBe('(et 1\u202f234 autres semblables, comptés ici)');
    expect(moreLikeIt(1, createLocalizer('de'))).toBe('(und 1 weiterer dieser Art, hier mitgezählt)');
    expect(moreLikeIt(2, createLocalizer('de'))).toBe('(und 2 weitere dieser Art, hier mitgezählt)');
    expect(moreLikeIt(1, 'es')).toBe('(y 1 más como este, contado aquí)');
    expect(moreLikeIt(12, 'es')).toBe('(y 12 más como este, contados aquí)');
  });

  it('ends the last finding a rule shows in the report’s language when it folds more hits into it', () => {
    // 25 shortened links: one rule, more hits than a report shows one by one.
    const many = { html: `<p>${Array.from({ length: 25 }, (_, index) => `<a href="https://bit.ly/x${index}">offer ${index}</a>`).join(' ')}</p>` };
    const folded = (locale?: string) =>
      analyze(many, locale ? { locale } : {})
        .findings.filter((finding) => finding.rule === 'link-shortener')
        .map((finding) => finding.message)
        .find((message) => message.endsWith(')')) ?? '';
    expect(folded()).toMatch(/ \(and \d+ more like it, counted here\)$/);
    expect(folded('fr')).toMatch(/ \(et \d+ autres semblables, comptés ici\)$/);
    expect(folded('de')).toMatch(/ \(und \d+ weitere dieser Art, hier mitgezählt\)$/);
  });
});
