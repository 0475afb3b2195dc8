/**
 * A wrong *call* throws a TypeError that says what was expected (DESIGN §2); wrong or hostile
 * *mail* gets a report. One table per public function, then seeded properties over values of the
 * wrong type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeEmail, checkDomain, checkRecipients, createAnalyzer, DomainCheckError, explain, inspectDomain, recipientFindings, suggestDomain, type DnsResolver } from '../../core/index.ts';
import { pack as en } from '../../core/data/en.ts';
import * as lists from '../../core/data/global.ts';
import { nearestRuleId } from '../../core/rules/settings.ts';

const SEED = 20261203;
const resolver: DnsResolver = { txt: async () => null, mx: async () => null, addresses: async () => null, reverse: async () => null };

/** [call, what the message must say] */
type Case = [name: string, call: () => unknown, says: RegExp];

const syncCases: Case[] = [
  ['analyze(null)', () => analyze(null as never), /analyze\(\) expects an object \{ html\?, subject\?, text\?, headers\? \}; got null/],
  ['analyze(undefined)', () => analyze(undefined as never), /expects an object.*got undefined/],
  ['analyze("<p>")', () => analyze('<p>hi</p>' as never), /to score an HTML string, pass \{ html: string \}/],
  ['analyze([])', () => analyze([] as never), /got an array/],
  ['analyze({ html: 42 })', () => analyze({ html: 42 } as never), /input\.html must be a string; got a number \(42\)/],
  ['analyze({ text: {} })', () => analyze({ text: {} } as never), /input\.text must be a string; got an object/],
  ['analyze({ subject: null })', () => analyze({ subject: null } as never), /input\.subject must be a string; got null/],
  ['analyze({ headers: "x" })', () => analyze({ headers: 'From: a' } as never), /input\.headers must be an object/],
  ['analyze({ headers: { a: 5 } })', () => analyze({ headers: { a: 5 } } as never), /input\.headers\["a"\] must be a string or an array of strings; got a number \(5\)/],
  ['analyze({ headers: { a: [1] } })', () => analyze({ headers: { a: ['x', 1] } } as never), /input\.headers\["a"\]\[1\] must be a string/],
  ['threshold NaN', () => analyze({ html: '' }, { threshold: Number.NaN }), /options\.threshold must be a finite number above 0; got a number \(NaN\)/],
  ['threshold -1', () => analyze({ html: '' }, { threshold: -1 }), /options\.threshold must be a finite number above 0; got a number \(-1\)/],
  ['threshold 0', () => analyze({ html: '' }, { threshold: 0 }), /options\.threshold must be a finite number above 0/],
  ['threshold Infinity', () => analyze({ html: '' }, { threshold: Number.POSITIVE_INFINITY }), /finite number above 0; got a number \(Infinity\)/],
  ['threshold "5"', () => analyze({ html: '' }, { threshold: '5' as never }), /options\.threshold must be a finite number above 0; got a string \("5"\)/],
  ['options 5', () => analyze({ html: '' }, 5 as never), /analyze\(\): options must be an object \(or left out\); got a number \(5\)/],
  ['options null', () => analyze({ html: '' }, null as never), /options must be an object \(or left out\); got null/],
  ['rules NaN points', () => analyze({ html: '' }, { rules: { 'link-shortener': { points: Number.NaN } } }), /options\.rules\["link-shortener"\]\.points must be a finite number; got a number \(NaN\)/],
  ['rules Infinity points', () => analyze({ html: '' }, { rules: { 'link-shortener': { points: Number.NEGATIVE_INFINITY } } }), /\.points must be a finite number; got a number \(-Infinity\)/],
  ['rules "on"', () => analyze({ html: '' }, { rules: { 'link-shortener': 'on' as never } }), /options\.rules\["link-shortener"\] must be 'off' or \{ points: number \}; got a string \("on"\)/],
  // README: negative points are a wrong call (they would lower every message's score); 'off' silences a rule.
  ['rules negative points', () => analyze({ html: '' }, { rules: { 'link-shortener': { points: -1 } } }), /options\.rules\["link-shortener"\]\.points must be 0 or more, got -1/],
  ['rules positive points on a reassuring rule', () => analyze({ html: '' }, { rules: { 'sender-identity': { points: 1 } } }), /\.points must be 0 or less for a reassuring rule/],
  // A mistyped id would leave the rule it meant at its defaults: the error names the nearest id, as the CLI's config does.
  ['rules unknown id', () => analyze({ html: '' }, { rules: { 'link-shortner': 'off' } }), /options\.rules names "link-shortner", which is not a rule id; did you mean "link-shortener"\?/],
  ['rules unknown id, nothing near', () => analyze({ html: '' }, { rules: { 'no-such-rule-at-all': 'off' } }), /"no-such-rule-at-all", which is not a rule id \(/],
  ['explain rules unknown id', () => explain('x', { analyze: { rules: { 'link-shortner': 'off' } } }), /explain\(\): options\.analyze\.rules names "link-shortner".*did you mean "link-shortener"/],
  ['rules []', () => analyze({ html: '' }, { rules: [] as never }), /options\.rules must be an object/],
  ['languages "en"', () => analyze({ html: '' }, { languages: 'en' as never }), /options\.languages must be an array of strings; got a string/],
  ['languages [1]', () => analyze({ html: '' }, { languages: ['en', 1] as never }), /options\.languages\[1\] must be a string; got a number \(1\)/],
  ['languages [null]', () => analyze({ html: '' }, { languages: [null] as never }), /options\.languages\[0\] must be a string; got null/],
  // A code without a wordlist would switch every phrase rule off, silently.
  ['languages ["xx"]', () => analyze({ html: '' }, { languages: ['en', 'xx'] }), /options\.languages\[1\] must be a language with wordlists: 'de', 'en', .*'auto' \(the detected language\); got a string \("xx"\)/],
  // A well-formed tag without a catalogue ('xx', 'ja') speaks English (test/messages); a malformed one is a wrong call.
  ['locale "not a locale"', () => analyze({ html: '' }, { locale: 'not a locale' }), /options\.locale must be a language tag of 'en', 'fr', 'de', 'es' \(a region such as 'fr-CA' is fine\); got a string \("not a locale"\)/],
  ['locale "xx" (no catalogue)', () => analyze({ html: '' }, { locale: 'xx' }), /options\.locale must be a language tag of .*; got a string \("xx"\)/],
  ['locale "ja" (no catalogue)', () => analyze({ html: '' }, { locale: 'ja' }), /options\.locale must be a language tag of .*; got a string \("ja"\)/],
  ['locale 42', () => analyze({ html: '' }, { locale: 42 } as never), /options\.locale must be a language tag .*; got a number \(42\)/],
  ['phrases.add "x"', () => analyze({ html: '' }, { phrases: { add: 'x' as never } }), /options\.phrases\.add must be an array/],
  ['phrases.add [{}]', () => analyze({ html: '' }, { phrases: { add: [{}] as never } }), /options\.phrases\.add\[0\]\.phrase must be a string; got undefined/],
  ['phrases.add points NaN', () => analyze({ html: '' }, { phrases: { add: [{ phrase: 'x', points: Number.NaN }] } }), /options\.phrases\.add\[0\]\.points must be a finite number/],
  ['phrases.add points -1', () => analyze({ html: '' }, { phrases: { add: [{ phrase: 'x', points: -1 }] } }), /options\.phrases\.add\[0\]\.points must be a finite number of 0 or more; got a number \(-1\)/],
  ['phrases.allow [3]', () => analyze({ html: '' }, { phrases: { allow: [3] as never } }), /options\.phrases\.allow\[0\] must be a string/],
  // An analyzer of one's own checks its calls as analyze() does (the extension and the CLI go through one).
  ['createAnalyzer().analyze negative points', () => createAnalyzer().analyze({ html: '' }, { rules: { 'link-shortener': { points: -1 } } }), /analyzer\.analyze\(\): options\.rules\["link-shortener"\]\.points must be 0 or more, got -1/],
  ['createAnalyzer().analyze unknown id', () => createAnalyzer().analyze({ html: '' }, { rules: { 'link-shortner': 'off' } as never }), /options\.rules names "link-shortner", which is not a rule id; did you mean "link-shortener"\?/],
  ['createAnalyzer().analyze languages ["xx"]', () => createAnalyzer().analyze({ html: '' }, { languages: ['xx'] }), /analyzer\.analyze\(\): options\.languages\[0\] must be a language with wordlists: 'de', 'en', .*; got a string \("xx"\)/],
  ['createAnalyzer().analyze input 42', () => createAnalyzer().analyze(42 as never), /analyzer\.analyze\(\) expects an object/],
  ['createAnalyzer().context languages ["xx"]', () => createAnalyzer().context({ html: '' }, { languages: ['xx'] }), /analyzer\.context\(\): options\.languages\[0\] must be a language with wordlists/],
  ['createAnalyzer phrases.add points -3', () => createAnalyzer({ phrases: { add: [{ phrase: 'click', points: -3 }] } }), /createAnalyzer\(\): options\.phrases\.add\[0\]\.points must be a finite number of 0 or more; got a number \(-3\)/],
  ['createAnalyzer phrases.allow "x"', () => createAnalyzer({ phrases: { allow: 'x' as never } }), /createAnalyzer\(\): options\.phrases\.allow must be an array of strings/],
  ['createAnalyzer data 5', () => createAnalyzer({ data: 5 as never }), /createAnalyzer\(\): options\.data must be an AnalyzerData/],
  // The languages an analyzer accepts are those of its own data: an English-only build has no French lists.
  [
    'an English-only analyzer, languages ["fr"]',
    () => createAnalyzer({ data: { languages: [en], lists } }).analyze({ html: '' }, { languages: ['fr'] }),
    /options\.languages\[0\] must be a language with wordlists: 'en', or 'auto' .*; got a string \("fr"\)/,
  ],
  // An unknown id's error points at the rule pages where they are: the repository (docs/ is not in the package).
  ['rules unknown id names the rule pages', () => analyze({ html: '' }, { rules: { 'no-such-rule-at-all': 'off' } }), /\(the rules are listed at https:\/\/github\.com\/spamrisk\/spamrisk\/tree\/main\/docs\/rules\)/],
  ['explain(42)', () => explain(42 as never), /explain\(\) expects the bounce or headers as a string, Uint8Array or ArrayBuffer; got a number \(42\)/],
  ['explain(null)', () => explain(null as never), /explain\(\) expects the bounce or headers.*got null/],
  ['explain threshold', () => explain('550 5.1.1 user unknown', { threshold: Number.NaN }), /explain\(\): options\.threshold must be a finite number above 0/],
  ['explain analyzeReturned', () => explain('x', { analyzeReturned: 'no' as never }), /options\.analyzeReturned must be true or false; got a string/],
  ['explain analyze options', () => explain('x', { analyze: { threshold: -2 } }), /explain\(\): options\.analyze\.threshold must be a finite number above 0/],
  ['checkRecipients(42)', () => checkRecipients(42 as never), /checkRecipients\(\) expects a string \(a To\/Cc field\) or an array of strings; got a number \(42\)/],
  ['checkRecipients([1])', () => checkRecipients(['a@b.example', 1] as never), /checkRecipients\(\): input\[1\] must be a string; got a number \(1\)/],
  ['checkRecipients threshold', () => checkRecipients('a@b.example', { threshold: Number.NaN }), /options\.threshold must be a finite number above 0/],
  ['checkRecipients disposable', () => checkRecipients('a@b.example', { disposable: 'x.example' as never }), /options\.disposable must be an array of strings/],
  ['checkRecipients roles', () => checkRecipients('a@b.example', { roles: 1 as never }), /options\.roles must be true or false/],
  ['recipientFindings(null)', () => recipientFindings(null as never), /recipientFindings\(\) expects one address as a string; got null/],
  ['suggestDomain(1)', () => suggestDomain(1 as never), /suggestDomain\(\) expects the domain as a string; got a number \(1\)/],
];

describe('wrong calls throw a TypeError that says what was expected', () => {
  it.each(syncCases)('%s', (_name, call, says) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(says);
  });

  it.each([
    ['analyzeEmail(42)', () => analyzeEmail(42 as never), /analyzeEmail\(\) expects the raw message as a string, Uint8Array or ArrayBuffer; got a number \(42\)/],
    ['analyzeEmail({})', () => analyzeEmail({} as never), /got an object/],
    ['analyzeEmail options', () => analyzeEmail('Subject: x\n\nhi', { threshold: Number.NaN }), /analyzeEmail\(\): options\.threshold must be a finite number above 0/],
    ['checkDomain(42)', () => checkDomain(42 as never, resolver), /checkDomain\(\) expects the domain name as a string; got a number \(42\)/],
    ['checkDomain without resolver', () => checkDomain('example.com', undefined as never), /expects a DNS resolver \{ txt, mx, addresses, reverse \} as its second argument; got undefined/],
    ['checkDomain resolver without mx', () => checkDomain('example.com', { ...resolver, mx: 1 } as never), /resolver\.mx must be a function; got a number \(1\)/],
    ['checkDomain ips "1.2.3.4"', () => checkDomain('example.com', resolver, { ips: '192.0.2.1' as never }), /options\.ips must be an array of strings/],
    ['checkDomain threshold', () => checkDomain('example.com', resolver, { threshold: -1 }), /options\.threshold must be a finite number above 0/],
    ['inspectDomain blocklists', () => inspectDomain('example.com', resolver, { blocklists: 'yes' as never }), /inspectDomain\(\): options\.blocklists must be true or false/],
  ] as [string, () => Promise<unknown>, RegExp][])('%s rejects', async (_name, call, says) => {
    await expect(call()).rejects.toThrow(TypeError);
    await expect(call()).rejects.toThrow(says);
  });
});

describe('what is not a wrong call', () => {
  it('takes empty input, optional fields left out, and options inherited from nothing', async () => {
    expect(analyze({}).version).toBe(1);
    expect(analyze({ html: '<p>Hi</p>', headers: { 'x-a': undefined as never } }).version).toBe(1);
    expect(analyze({ html: '<p>Hi</p>' }, { rules: Object.create(null) as never, languages: ['auto', 'EN'] }).version).toBe(1);
    expect(analyze({ html: '<p>Hi</p>' }, { rules: { 'link-shortener': { points: 0 }, 'sender-identity': { points: -2 } } }).version).toBe(1);
    expect(explain(new Uint8Array([0x35, 0x35, 0x30])).version).toBe(1);
    expect(explain(new ArrayBuffer(0)).version).toBe(1);
    expect((await analyzeEmail(new ArrayBuffer(0))).version).toBe(1);
    expect(checkRecipients([]).findings).toEqual([]);
  });

  it('keeps the documented errors for names that cannot be checked', async () => {
    await expect(checkDomain('not a domain', resolver)).rejects.toThrow(DomainCheckError);
    await expect(checkDomain('example.com', resolver, { ips: ['300.1.1.1'] })).rejects.toThrow(DomainCheckError);
  });

  it('reads a region tag as its language (fr-CA → the French lists), and an analyzer takes what analyze() takes', () => {
    const html = '<p>Cliquez ici pour gagner de l’argent gratuit, offre exclusive, agissez maintenant !</p>';
    const rulesOf = (report: ReturnType<typeof analyze>) => report.findings.map((finding) => finding.rule);
    const french = rulesOf(analyze({ html }, { languages: ['fr'] }));
    expect(french).not.toEqual(rulesOf(analyze({ html }, { languages: ['en'] })));
    expect(rulesOf(analyze({ html }, { languages: ['fr-CA'] }))).toEqual(french);
    expect(rulesOf(analyze({ html }, { languages: ['FR-ca'] }))).toEqual(french);
    expect(rulesOf(createAnalyzer().analyze({ html }, { languages: ['fr-CA'] }))).toEqual(french);
    const options = { rules: { 'link-shortener': { points: 0 }, 'sender-identity': { points: -2 } }, languages: ['auto', 'EN'], threshold: 4 };
    expect(createAnalyzer().analyze({ html }, options)).toEqual(analyze({ html }, options));
    // With phrases of its own, an English-only analyzer stems them in French too: 'fr' matches them.
    const own = createAnalyzer({ data: { languages: [en], lists }, phrases: { add: ['gratuit'] } });
    expect(own.analyze({ html }, { languages: ['fr'] }).findings.some((finding) => finding.rule === 'custom-phrase')).toBe(true);
  });

  it('suggests the current id when the nearest known id is an old one', () => {
    const known = [
      { id: 'link-shortener', weight: 1 },
      { id: 'url-shortener', weight: 1 },
    ];
    const renamed = new Map([['url-shortener', 'link-shortener']]);
    expect(nearestRuleId('url-shortner', known, renamed)).toBe('link-shortener');
    expect(nearestRuleId('url-shortner', known, new Map())).toBe('url-shortener');
  });

  it('ignores option keys inherited from a prototype (they were not given)', () => {
    const options = Object.create({ threshold: Number.NaN }) as { threshold?: number };
    expect(analyze({ html: '<p>Hi</p>' }, options).threshold).toBe(5);
  });
});

/** Anything but a string, a Uint8Array or an ArrayBuffer. */
const notRaw = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()), fc.object(), fc.bigInt());
/** Anything but a string or an array of strings. */
const notRecipients = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object(), fc.array(fc.integer(), { minLength: 1 }));
const notObject = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.string(), fc.array(fc.anything()), fc.bigInt());
const badThreshold = fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0), fc.double({ max: 0, noNaN: true }), fc.string(), fc.boolean(), fc.constant(null));

describe('wrong calls, generated', () => {
  it('every input of the wrong type is a TypeError', () => {
    fc.assert(
      fc.property(notObject, notRaw, notRecipients, (input, raw, recipients) => {
        expect(() => analyze(input as never)).toThrow(TypeError);
        expect(() => explain(raw as never)).toThrow(TypeError);
        expect(() => checkRecipients(recipients as never)).toThrow(TypeError);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('every threshold that is not a finite number above 0 is a TypeError, everywhere', () => {
    fc.assert(
      fc.property(badThreshold, (threshold) => {
        expect(() => analyze({ html: '' }, { threshold } as never)).toThrow(/threshold must be a finite number above 0/);
        expect(() => explain('x', { threshold } as never)).toThrow(/threshold must be a finite number above 0/);
        expect(() => checkRecipients('a@b.example', { threshold } as never)).toThrow(/threshold must be a finite number above 0/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
