// The wordlists are data: these tests keep the real lists valid and the generated modules in sync,
// pin every list's size so each change is deliberate, and prove the validator catches each kind
// of mistake it promises to catch.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, rules } from '../../core/index.ts';
import { defaultData, languagePacks } from '../../core/data/index.ts';
import type { PhraseCategory } from '../../core/data/types.ts';
import { buildWordlists, describeDrift, formatViolation } from '../../scripts/wordlists/build.ts';
import {
  comparePhrases,
  hostnameProblems,
  mailProviderProblems,
  phraseProblems,
  surenessProblems,
  tldProblems,
} from '../../scripts/wordlists/checks.ts';
import { phraseKeys } from '../../core/phrases/matcher.ts';
import { createStemmer } from '../../core/text/stem.ts';
import { readGenerated, readSources } from '../../scripts/wordlists/files.ts';
import { quote, renderOutputs } from '../../scripts/wordlists/render.ts';
import { PHRASE_CATEGORIES, validateSources } from '../../scripts/wordlists/validate.ts';
import type { SourceFile } from '../../scripts/wordlists/validate.ts';
import { ruleById } from '../rules/test-rule.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = buildWordlists(readSources(root));

/** Entry counts of every list. Change a number only together with the list it counts. */
const PHRASE_COUNTS: Record<string, Record<PhraseCategory | 'unsubscribe' | 'addresses', number>> = {
  de: { money: 51, urgency: 46, 'free-offer': 60, guarantee: 35, pharma: 38, finance: 47, greeting: 29, shady: 48, phishing: 93, unsubscribe: 13, addresses: 3 },
  en: { money: 82, urgency: 58, 'free-offer': 71, guarantee: 41, pharma: 112, finance: 98, greeting: 51, shady: 223, phishing: 175, unsubscribe: 26, addresses: 6 },
  es: { money: 34, urgency: 36, 'free-offer': 39, guarantee: 26, pharma: 36, finance: 26, greeting: 21, shady: 54, phishing: 76, unsubscribe: 17, addresses: 3 },
  fr: { money: 37, urgency: 41, 'free-offer': 42, guarantee: 27, pharma: 41, finance: 30, greeting: 22, shady: 50, phishing: 72, unsubscribe: 15, addresses: 2 },
  it: { money: 0, urgency: 0, 'free-offer': 0, guarantee: 0, pharma: 0, finance: 0, greeting: 0, shady: 0, phishing: 0, unsubscribe: 5, addresses: 1 },
  nl: { money: 0, urgency: 0, 'free-offer': 0, guarantee: 0, pharma: 0, finance: 0, greeting: 0, shady: 1, phishing: 52, unsubscribe: 7, addresses: 2 },
  pt: { money: 0, urgency: 0, 'free-offer': 0, guarantee: 0, pharma: 0, finance: 0, greeting: 0, shady: 1, phishing: 29, unsubscribe: 7, addresses: 2 },
};
const GLOBAL_COUNTS = {
  urlShorteners: 352,
  openRedirectors: 35,
  redirectParameters: 23,
  freemailDomains: 452,
  tenantMailDomains: 1,
  suspiciousTlds: 78,
  clickTrackingDomains: 29,
  clickTrackingLabels: 22,
  clickTrackingPaths: 8,
  bulkHeaders: 5,
  brands: 69,
  combosquatWords: 49,
  accountLureWords: 18,
  alarmWords: 28,
  formFieldWords: 70,
  fontHosts: 11,
  replyPrefixes: 20,
  freeHosting: 90,
  disposableDomains: 50,
  roleLocalParts: 33,
  typoTargetDomains: 50,
  typoSuffixes: 17,
  nearMissDomains: 19,
  functionWords: 19,
  confusableLetters: 41,
  leet: 12,
  fuzzyLetters: 39,
  disguisedWords: 62,
  relayIdDomains: 5,
  streetWords: 90,
  streetNameWords: 53,
  poBoxForms: 7,
  usStates: 52,
  salutations: 34,
  freeCompounds: 18,
  addressMergeTags: 10,
  walletDemandWords: 66,
  misspellings: 22,
  mailProviders: 46,
  mailProviderDomains: 23,
  warningCues: 561,
};

describe('the wordlists in the repository', () => {
  it('pass validation', () => {
    expect(real.violations.map(formatViolation)).toEqual([]);
  });

  it('match the generated files in core/data (run `npm run wordlists` after an edit)', () => {
    expect(describeDrift(real.outputs, readGenerated(root))).toEqual([]);
  });

  it('have the pinned number of entries per language and category', () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const pack of real.data.packs) {
      const perList: Record<string, number> = { unsubscribe: pack.optOut.phrases.length, addresses: pack.optOut.addressParts.length };
      for (const category of PHRASE_CATEGORIES) {
        perList[category] = pack.phrases.filter((entry) => entry.category === category).length;
      }
      counts[pack.language] = perList;
    }
    expect(counts).toEqual(PHRASE_COUNTS);
  });

  it('have the pinned number of global entries', () => {
    const counts = Object.fromEntries(Object.entries(real.data.global).map(([name, list]) => [name, (list as readonly unknown[]).length]));
    expect(counts).toEqual(GLOBAL_COUNTS);
  });

  it('are all exported by core/data/index.ts, in a Map', () => {
    expect([...languagePacks.keys()].sort()).toEqual(real.data.packs.map((pack) => pack.language));
    for (const pack of real.data.packs) expect(languagePacks.get(pack.language)).toEqual(pack);
    // A plain object would answer these from its prototype.
    expect(languagePacks.get('constructor')).toBeUndefined();
    expect(languagePacks.get('toString')).toBeUndefined();
  });

  it('carry the matcher keys the core computes for each phrase, opt-out phrase and warning cue', () => {
    // The analyzer builds its tries from these keys without stemming (core/analyze.ts): keys that
    // drift from the core's tokenizer and stemmer would match other words than the lists say.
    const drift: string[] = [];
    const check = (label: string, phrase: string, language: string, keys: readonly string[] | undefined) => {
      const expected = phraseKeys(phrase, createStemmer(language));
      if (JSON.stringify(keys) !== JSON.stringify(expected)) drift.push(`${language} ${label} "${phrase}": ${JSON.stringify(keys)}, the core makes ${JSON.stringify(expected)}`);
    };
    for (const pack of defaultData.languages) {
      for (const entry of pack.phrases) check(entry.category, entry.phrase, pack.language, entry.keys);
      for (const entry of pack.optOut.phrases) check('unsubscribe', entry.phrase, pack.language, entry.keys);
    }
    const cues = defaultData.lists.warningCues;
    for (const cue of cues) {
      check(cue.kind, cue.phrase, cue.language, cue.keys);
      // the typographic apostrophe reads as the ASCII one: the same keys
      if (cue.phrase.includes("'")) check(cue.kind, cue.phrase.replaceAll("'", '\u2019'), cue.language, cue.keys);
    }
    expect(drift).toEqual([]);
    expect(cues.some((cue) => cue.phrase.includes("'"))).toBe(true);
  });

  it('generate byte-identical output from the same input', () => {
    const again = buildWordlists(readSources(root));
    expect([...again.outputs]).toEqual([...real.outputs]);
  });
});

describe('an analyzer reads the lists it is given, not lists of its own', () => {
  const paypalLure =
    '<h1>PayPal</h1><p>Your account has been limited until we can verify your payment.</p>' +
    '<p><a href="https://secure-paypal.example/login">Resolve now</a></p>';
  const brandHits = (combosquatWords: readonly string[]) => {
    const analyzer = createAnalyzer({ data: { ...defaultData, lists: { ...defaultData.lists, combosquatWords } } });
    return ruleById('brand-link-mismatch').check(analyzer.context({ html: paypalLure })).length;
  };

  it('combosquat words: `secure-paypal` is a combosquat only while "secure" is on the list', () => {
    expect(brandHits(defaultData.lists.combosquatWords)).toBe(1);
    expect(brandHits(defaultData.lists.combosquatWords.filter((word) => word !== 'secure'))).toBe(0);
  });

  const withLists = (lists: Partial<typeof defaultData.lists>) => createAnalyzer({ data: { ...defaultData, lists: { ...defaultData.lists, ...lists } } });
  const without = (list: readonly string[], entry: string) => {
    expect(list).toContain(entry);
    return list.filter((each) => each !== entry);
  };

  it('relay ID domains: a Hotmail Message-ID under an Outlook Express X-Mailer is left alone only while hotmail.com is listed', () => {
    const headers = { 'X-Mailer': 'Microsoft Outlook Express 6.00.2900.5512', 'Message-ID': '<SNT123-W45ABCDEF@hotmail.com>' };
    const hits = (analyzer: ReturnType<typeof createAnalyzer>) => ruleById('forged-mail-client').check(analyzer.context({ html: '<p>Hi</p>', headers })).length;
    expect(hits(createAnalyzer())).toBe(0);
    expect(hits(withLists({ relayIdDomains: without(defaultData.lists.relayIdDomains, 'hotmail.com') }))).toBe(1);
  });

  it('function words: the analyzer guesses the language with the function words of its data', () => {
    const text = 'Obrigado pelo seu pedido. Você vai receber a sua encomenda também pela transportadora.';
    const language = (analyzer: ReturnType<typeof createAnalyzer>) => analyzer.context({ text }).message.language;
    expect(language(createAnalyzer())).toBe('pt');
    // Without the Portuguese words, trigrams alone take it for Spanish.
    expect(language(withLists({ functionWords: defaultData.lists.functionWords.filter((entry) => entry.language !== 'pt') }))).toBe('es');
  });

  it('font hosts: a Google Fonts stylesheet is left alone only while its host is listed', () => {
    const html = '<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"></head><body><p>Hi</p></body></html>';
    const hits = (analyzer: ReturnType<typeof createAnalyzer>) => ruleById('external-stylesheet').check(analyzer.context({ html })).length;
    expect(hits(createAnalyzer())).toBe(0);
    expect(hits(withLists({ fontHosts: without(defaultData.lists.fontHosts, 'fonts.googleapis.com') }))).toBe(1);
  });

  /** link-text-mismatch's findings: their strength (0 for a click-tracking redirect). */
  const mismatch = (analyzer: ReturnType<typeof createAnalyzer>, html: string) =>
    ruleById('link-text-mismatch').check(analyzer.context({ html })).map((hit) => hit.strength ?? 1);

  it('form field words: a `card_number` field asks for a secret only while "card number" is listed; `pin` only as a whole word', () => {
    const form = (name: string) => `<form action="https://collect.example.net/p" method="post"><input type="text" name="${name}"><button>Send</button></form>`;
    const messages = (analyzer: ReturnType<typeof createAnalyzer>, name: string) =>
      // The raw hits: what the field asks for is the message id (a contact field is advice, like a plain one).
      (rules.find((rule) => rule.id === 'form-in-email')?.check(analyzer.context({ html: form(name) })) ?? []).map((hit) => ('messageId' in hit ? hit.messageId : hit.message));
    expect(messages(createAnalyzer(), 'card_number')).toEqual(['asks-secret']);
    expect(messages(withLists({ formFieldWords: defaultData.lists.formFieldWords.filter((entry) => entry.word !== 'card number') }), 'card_number')).toEqual(['form']);
    expect(messages(createAnalyzer(), 'pin')).toEqual(['asks-secret']);
    expect(messages(createAnalyzer(), 'shipping')).toEqual(['form']);
    expect(messages(createAnalyzer(), 'phone')).toEqual(['collects-data']);
  });

  it('redirect parameters: `?redirect_uri=` to another domain is a redirect only while `redirect` (with its tail) is listed', () => {
    const html = '<p>Hello.</p><p><a href="https://portal.example.com/auth?redirect_uri=https%3A%2F%2Fcollector.example.net%2Flogin">Open</a></p>';
    const hits = (analyzer: ReturnType<typeof createAnalyzer>) => ruleById('open-redirect').check(analyzer.context({ html })).length;
    expect(hits(createAnalyzer())).toBe(1);
    const parameters = defaultData.lists.redirectParameters;
    expect(hits(withLists({ redirectParameters: parameters.filter((entry) => entry.name !== 'redirect' && entry.name !== 'redir') }))).toBe(0);
    expect(hits(withLists({ redirectParameters: parameters.map((entry) => (entry.name === 'redirect' || entry.name === 'redir' ? { name: entry.name } : entry)) }))).toBe(0);
    expect(hits(withLists({ redirectParameters: [] }))).toBe(0);
  });

  it('click-tracking paths: a link behind `/ls/` on another host is routine only while `/ls/` is listed', () => {
    const html = '<p>Hello.</p><p><a href="https://u123.tracker.example.net/ls/klik?upn=abc">www.shop-online.org</a></p>';
    expect(mismatch(createAnalyzer(), html)).toEqual([0]);
    expect(mismatch(withLists({ clickTrackingPaths: without(defaultData.lists.clickTrackingPaths, '/ls/') }), html)).toEqual([1]);
    expect(mismatch(withLists({ clickTrackingPaths: [] }), html)).toEqual([1]);
  });

  it('salutations: `Sehr geehrter <address>,` is a greeting by address only while the whole two-word salutation is listed', () => {
    const hits = (analyzer: ReturnType<typeof createAnalyzer>) => ruleById('address-greeting').check(analyzer.context({ text: 'Sehr geehrter kunde@example.de,' })).length;
    expect(hits(createAnalyzer())).toBe(1);
    expect(hits(withLists({ salutations: without(defaultData.lists.salutations, 'sehr geehrter') }))).toBe(0);
  });

  it("a caller's list holds words, never patterns: an empty entry matches nothing and `.` is a dot", () => {
    const html = '<p>Hello.</p><p><a href="https://u123.tracker.example.net/lsxklik?upn=abc">www.shop-online.org</a></p>';
    // An empty entry would be an empty alternative, which matches every path.
    expect(mismatch(withLists({ clickTrackingPaths: [''] }), html)).toEqual([1]);
    expect(mismatch(withLists({ clickTrackingPaths: ['', '/ls/'] }), html)).toEqual([1]);
    // `ls.` must match the text "ls." only, not "lsx".
    expect(mismatch(withLists({ clickTrackingPaths: ['/ls.'] }), html)).toEqual([1]);
    expect(mismatch(withLists({ clickTrackingPaths: ['/lsx'] }), html)).toEqual([0]);
    const redirect = '<p>Hello.</p><p><a href="https://portal.example.com/auth?redirect_uri=https%3A%2F%2Fcollector.example.net%2Flogin">Open</a></p>';
    const redirects = (parameters: typeof defaultData.lists.redirectParameters) =>
      ruleById('open-redirect').check(withLists({ redirectParameters: parameters }).context({ html: redirect })).length;
    expect(redirects([{ name: '' }])).toBe(0);
    expect(redirects([{ name: 'redirect', tail: Number.POSITIVE_INFINITY }])).toBe(1);
    expect(redirects([{ name: 'redirect.uri' }])).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The validator on small inputs. `minimalSources()` is a complete, valid set of lists; each test
// breaks one thing and expects exactly the violation that names it.

function phraseFile(language: string, list: string, lines: readonly string[]): SourceFile {
  const body = lines.map((line) => `  ${line}`).join('\n');
  return {
    path: `wordlists/${language}/${list}.yml`,
    text: `# ${list} test list\ncategory: ${list}\nlanguage: ${language}\nentries:\n${body}\n`,
  };
}

/** An opt-out list: label, address parts, wording. */
function optOutFile(language: string, lines: readonly string[], head = 'label: Unsubscribe\naddresses:\n  - part: unsub\n'): SourceFile {
  const body = lines.map((line) => `  ${line}`).join('\n');
  return {
    path: `wordlists/${language}/unsubscribe.yml`,
    text: `# opt-out test list\ncategory: unsubscribe\nlanguage: ${language}\n${head}entries:\n${body}\n`,
  };
}

function minimalSources(): SourceFile[] {
  const lists = PHRASE_CATEGORIES.map((category) =>
    phraseFile('en', category, [`- phrase: ${category.replace('-', ' ')} words`]),
  );
  return [
    ...lists,
    optOutFile('en', ['- phrase: opt out', '- phrase: unsubscribe']),
    { path: 'wordlists/global/url-shorteners.txt', text: '# Shorteners. Sources: tests.\nbit.ly\ntinyurl.com\n' },
    { path: 'wordlists/global/freemail-domains.txt', text: '# Freemail. Sources: tests.\ngmail.com\n' },
    { path: 'wordlists/global/tenant-mail-domains.txt', text: '# Tenant mail domains. Sources: tests.\nonmicrosoft.com\n' },
    {
      path: 'wordlists/global/open-redirectors.yml',
      text:
        '# Redirectors. Sources: tests.\nentries:\n' +
        '  - host: google.com\n    path: /url\n    param: q\n    note: search redirect\n',
    },
    {
      path: 'wordlists/global/redirect-parameters.yml',
      text: '# Parameters. Sources: tests.\nentries:\n  - name: redirect\n    tail: 12\n    note: redirect_uri\n  - name: url\n    note: common\n',
    },
    {
      path: 'wordlists/global/suspicious-tlds.yml',
      text: '# TLDs. Sources: tests.\nentries:\n  - tld: zip\n    sureness: 1.5\n    note: file-like\n',
    },
    { path: 'wordlists/global/click-tracking-domains.txt', text: '# Trackers. Sources: tests.\nlist-manage.com\n' },
    { path: 'wordlists/global/click-tracking-labels.txt', text: '# Labels. Sources: tests.\nclick\ne\n' },
    { path: 'wordlists/global/click-tracking-paths.txt', text: '# Paths. Sources: tests.\n/ls/\nclick\n' },
    {
      path: 'wordlists/global/form-field-words.yml',
      text: '# Field words. Sources: tests.\nentries:\n  - word: pass\n    asks: secret\n    for: form-in-email\n  - word: pin\n    asks: secret\n    whole: true\n    for: form-in-email\n',
    },
    { path: 'wordlists/global/font-hosts.txt', text: '# Fonts. Sources: tests.\nfonts.googleapis.com\n' },
    { path: 'wordlists/global/typo-suffixes.txt', text: '# Typo suffixes. Sources: tests.\ncm\ncon\n' },
    { path: 'wordlists/global/bulk-headers.txt', text: '# Headers. Sources: tests.\nlist-id\n' },
    {
      path: 'wordlists/global/brands.yml',
      text: '# Brands. Sources: tests.\nentries:\n  - brand: paypal\n    domains: paypal\n',
    },
    { path: 'wordlists/global/combosquat-words.txt', text: '# Combosquat words. Sources: tests.\nlogin\nsecure\n' },
    { path: 'wordlists/global/account-lure-words.txt', text: '# Account lure words. Sources: tests.\nlogin\n' },
    {
      path: 'wordlists/global/alarm-words.yml',
      text: '# Alarm words. Sources: tests.\nentries:\n  - word: urgent\n    sureness: 1\n',
    },
    {
      path: 'wordlists/global/reply-prefixes.yml',
      text: '# Prefixes. Sources: tests.\nentries:\n  - prefix: fwd\n    kind: forward\n  - prefix: re\n    kind: reply\n',
    },
    {
      path: 'wordlists/global/free-hosting.yml',
      text: '# Free hosting. Sources: tests.\nentries:\n  - host: docs.google.com\n    path: /forms/\n    sureness: 1\n    note: forms\n  - host: web.app\n    sureness: 1.5\n    note: firebase\n',
    },
    { path: 'wordlists/global/disposable-domains.txt', text: '# Disposable. Sources: tests.\nyopmail.com\n' },
    { path: 'wordlists/global/role-local-parts.txt', text: '# Roles. Sources: tests.\nno-reply\n' },
    { path: 'wordlists/global/typo-target-domains.txt', text: '# Typo targets. Sources: tests.\ngmail.com\n' },
    { path: 'wordlists/global/near-miss-domains.txt', text: '# Near misses. Sources: tests.\nmail.com\n' },
    functionWordsFile(['- language: en', '  words: the you', '- language: nl', '  words: het uw', '- language: nordic', '  reports: und', '  words: med tak', '- language: sv', '  words: att och']),
    { path: 'wordlists/global/confusable-letters.yml', text: '# Look-alikes. Sources: tests.\nentries:\n  - from: а\n    to: a\n  - from: о\n    to: o\n' },
    { path: 'wordlists/global/leet.yml', text: '# Leet. Sources: tests.\nentries:\n  - from: "0"\n    to: o\n  - from: "@"\n    to: a\n' },
    { path: 'wordlists/global/fuzzy-letters.yml', text: '# Fuzzy letters. Sources: tests.\nentries:\n  - from: "!"\n    to: i\n  - from: "!"\n    to: l\n  - from: l\n    to: i\n' },
    { path: 'wordlists/global/disguised-words.yml', text: '# Drug names. Sources: tests.\nentries: []\n' },
    { path: 'wordlists/global/relay-id-domains.txt', text: '# Relays. Sources: tests.\nhotmail.com\n' },
    { path: 'wordlists/global/street-words.yml', text: '# Street words. Sources: tests.\nentries:\n  - word: st\n    order: number-name-type\n  - word: straße\n    order: name-type-number\n' },
    { path: 'wordlists/global/street-name-words.yml', text: '# Street name words. Sources: tests.\nentries:\n  - word: "d\'"\n    order: number-type-name\n  - word: de\n    order: type-name-number\n' },
    { path: 'wordlists/global/po-box-forms.yml', text: '# Box forms. Sources: tests.\nentries:\n  - form: b.p.\n    capitals: true\n  - form: p. o. box\n' },
    { path: 'wordlists/global/us-states.yml', text: '# US states. Sources: tests.\nentries:\n  - code: CA\n    name: California\n  - code: DC\n    name: District of Columbia\n' },
    { path: 'wordlists/global/salutations.txt', text: '# Salutations. Sources: tests.\ndear\nsehr geehrte\n' },
    { path: 'wordlists/global/free-compounds.txt', text: '# Compounds. Sources: tests.\nstep-free\n' },
    { path: 'wordlists/global/address-merge-tags.txt', text: '# Address tags. Sources: tests.\nlist:addressline\nshop.address\n' },
    { path: 'wordlists/global/wallet-demand-words.yml', text: "# Wallet wording. Sources: tests.\nentries:\n  - phrase: recorded you\n    kind: extortion\n  - phrase: 'within # hours'\n    kind: deadline\n" },
    { path: 'wordlists/global/warning-cues.yml', text: "# Warning cues. Sources: tests.\nentries:\n  - language: en\n    phrase: don't miss\n    kind: spam\n  - language: en\n    phrase: never\n    kind: cue\n" },
    { path: 'wordlists/global/misspellings.yml', text: '# Misspellings. Sources: tests.\nentries:\n  - from: non existant\n    to: non-existent\n    source: tests\n  - from: unknow\n    to: unknown\n    source: tests\n' },
    { path: 'wordlists/global/mail-providers.txt', text: '# Mail providers. Sources: tests.\ngmail\noffice 365\n' },
    providerDomainsFile(['- names: gmail', '  domains: gmail', '- names: office 365', '  domains: none']),
  ];
}

function providerDomainsFile(lines: readonly string[]): SourceFile {
  return { path: 'wordlists/global/mail-provider-domains.yml', text: `# Provider domains. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` };
}

function functionWordsFile(lines: readonly string[]): SourceFile {
  return { path: 'wordlists/global/function-words.yml', text: `# Function words. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` };
}

function mappingFile(name: 'confusable-letters' | 'leet' | 'fuzzy-letters', lines: readonly string[]): SourceFile {
  return { path: `wordlists/global/${name}.yml`, text: `# Mappings. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` };
}

function violationsWithAll(replacements: readonly SourceFile[]): string[] {
  const paths = new Set(replacements.map((source) => source.path));
  return validateSources([...minimalSources().filter((source) => !paths.has(source.path)), ...replacements]).violations.map(formatViolation);
}

function violationsWith(path: string, replacement: SourceFile | undefined): string[] {
  const sources = minimalSources().filter((source) => source.path !== path);
  if (replacement !== undefined) sources.push(replacement);
  return validateSources(sources).violations.map(formatViolation);
}

function withMoney(...lines: string[]): string[] {
  return violationsWith('wordlists/en/money.yml', phraseFile('en', 'money', lines));
}

describe('validateSources', () => {
  it('accepts the minimal valid set', () => {
    expect(validateSources(minimalSources()).violations).toEqual([]);
  });

  it('marks the function words of a language with a pack as ours, and no other', () => {
    const words = validateSources(minimalSources()).data.global.functionWords;
    expect(words.map(({ language, pack }) => [language, pack])).toEqual([['en', true], ['nl', false], ['nordic', false], ['sv', false]]);
    expect(words.find((entry) => entry.language === 'nordic')?.reports).toBe('und');
  });

  it('reports a function word of two languages, an unsorted, empty or upper-case word, and a group that does not say what it reports', () => {
    const path = 'wordlists/global/function-words.yml';
    const file = (...lines: string[]) => violationsWith(path, functionWordsFile(['- language: en', '  words: the you', ...lines]));
    expect(file('- language: sv', '  words: att the')).toEqual([`${path}:5: "the" is also a word of en (line 3); a function word votes for one language only`]);
    expect(file('- language: sv', '  words: och att')).toEqual([`${path}:5: "att" is out of order: it belongs before "och" (line 5)`]);
    expect(file('- language: sv', '  words: att  och')).toEqual([`${path}:5: words: separated by single spaces, with no empty entry`]);
    expect(file('- language: sv', '  words: Att och')).toEqual([`${path}:5: word must be lowercase: write "att"`]);
    expect(file('- language: sv', '  words: ﬁn')).toEqual([`${path}:5: "ﬁn" is not in the form the tokenizer gives a word: write "fin"`]);
    expect(file('- language: nordic', '  words: med')).toEqual([`${path}:5: "nordic" is a group, not a language: say what a vote for it reports ("reports: und")`]);
    expect(file('- language: sv', '  reports: swedish', '  words: och')).toEqual([`${path}:5: reports "swedish": an ISO 639-1 code or "und"`]);
    expect(file('- language: fr', '  words: et vous')).toEqual([]);
    expect(violationsWith(path, functionWordsFile(['- language: sv', '  words: att och', '- language: en', '  words: the you']))).toEqual([
      `${path}:5: "en" is out of order: it belongs before "sv" (line 3)`,
    ]);
  });

  it('reports a pack language without function words, or one that says it reports another language', () => {
    const path = 'wordlists/global/function-words.yml';
    expect(violationsWith(path, functionWordsFile(['- language: sv', '  words: att och']))).toEqual([`${path}: "en" has a pack in wordlists/en/ but no function words`]);
    expect(violationsWith(path, functionWordsFile(['- language: en', '  reports: und', '  words: the you']))).toEqual([
      `${path}: "en" has a pack, so a vote for it reports itself: drop "reports"`,
    ]);
  });

  it('reports a fuzzy letter that is upper case, a space or itself, and a pair listed twice or out of order', () => {
    const fuzzy = 'wordlists/global/fuzzy-letters.yml';
    const file = (...lines: string[]) => violationsWith(fuzzy, mappingFile('fuzzy-letters', lines));
    expect(file('- from: "!"', '  to: i', '- from: "!"', '  to: l')).toEqual([]);
    expect(file('- from: L', '  to: i')).toEqual([`${fuzzy}:3: from "L": one lower-case character that is not a space, other than the letter it stands for`]);
    expect(file('- from: i', '  to: i')).toEqual([`${fuzzy}:3: from "i": one lower-case character that is not a space, other than the letter it stands for`]);
    expect(file('- from: "!"', '  to: l', '- from: "!"', '  to: i')).toEqual([`${fuzzy}:5: "! → i" is out of order: it belongs before "! → l" (line 3)`]);
    expect(file('- from: "!"', '  to: i', '- from: "!"', '  to: i')).toEqual([`${fuzzy}:5: "! → i" is a duplicate of line 3`]);
  });

  it('reports a disguised word that is short, not a-z, unsorted or no one-word trigger, and a bad exception', () => {
    const path = 'wordlists/global/disguised-words.yml';
    const file = (...lines: string[]) => violationsWith(path, { path, text: `# Drug names. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    const money = (...phrases: string[]) => phraseFile('en', 'money', phrases.map((phrase) => `- phrase: ${phrase}`));
    const withTriggers = (lines: readonly string[]) =>
      validateSources([...minimalSources().filter((source) => source.path !== path && source.path !== 'wordlists/en/money.yml'), money('moneyword', 'viagra'), { path, text: `# Drug names. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` }]).violations.map(formatViolation);
    expect(withTriggers(['- word: viagra', '  except: vlagra'])).toEqual([]);
    // a stale or misspelled exception: the reading does not take it as the word anyway
    expect(withTriggers(['- word: viagra', '  except: vallum'])).toEqual([
      `${path}:3: except "vallum": not read as "viagra" by the reading (core/phrases/disguised.ts), so it excepts nothing`,
    ]);
    expect(file('- word: viagra')).toEqual([`${path}: "viagra" is no one-word trigger phrase of any language`]);
    expect(withTriggers(['- word: vpxl'])).toContain(`${path}:3: word "vpxl": five letters of a-z or more`);
    expect(withTriggers(['- word: viagra', '  except: Vallum'])).toEqual([`${path}:3: except: lower-case words (NFC) other than the word, separated by single spaces`]);
    expect(withTriggers(['- word: viagra', '  except: viagra'])).toEqual([`${path}:3: except: lower-case words (NFC) other than the word, separated by single spaces`]);
    expect(withTriggers(['- word: viagra', '- word: moneyword'])).toEqual([`${path}:4: "moneyword" is out of order: it belongs before "viagra" (line 3)`]);
  });

  it('reports a look-alike or leet mapping that is not one character to one of a-z', () => {
    const confusables = 'wordlists/global/confusable-letters.yml';
    const leet = 'wordlists/global/leet.yml';
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: аа', '  to: a']))).toEqual([`${confusables}:3: from "аа": exactly one character`]);
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: а', '  to: A']))).toEqual([`${confusables}:3: to "A": one letter of a-z`]);
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: а', '  to: ä']))).toEqual([`${confusables}:3: to "ä": one letter of a-z`]);
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: a', '  to: a']))).toEqual([
      `${confusables}:3: from "a": one lower-case letter outside a-z (words are looked up lower-cased)`,
    ]);
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: А', '  to: a']))).toEqual([
      `${confusables}:3: from "А": one lower-case letter outside a-z (words are looked up lower-cased)`,
    ]);
    expect(violationsWith(confusables, mappingFile('confusable-letters', ['- from: о', '  to: o', '- from: а', '  to: a']))).toEqual([
      `${confusables}:5: "а" is out of order: it belongs before "о" (line 3)`,
    ]);
    expect(violationsWith(leet, mappingFile('leet', ['- from: e', '  to: e']))).toEqual([`${leet}:3: from "e": a digit or a symbol that stands in for a letter, not a letter or a space`]);
    expect(violationsWith(leet, mappingFile('leet', ['- from: "0"', '  to: o', '- from: "0"', '  to: o']))).toEqual([`${leet}:5: "0" is a duplicate of line 3`]);
    expect(violationsWith(leet, mappingFile('leet', ['- from: "𝟎"', '  to: o']))).toEqual([
      `${leet}:3: from "𝟎": a character of one UTF-16 unit (U+0000–U+FFFF), not one past the BMP (the tokenizer reads leet by unit)`,
    ]);
  });

  it('reports unsorted entries at the later line', () => {
    expect(withMoney('- phrase: extra income', '- phrase: cash bonus')).toEqual([
      'wordlists/en/money.yml:6: "cash bonus" is out of order: it belongs before "extra income" (line 5)',
    ]);
  });

  it('sorts accented words among their base letters', () => {
    expect(withMoney('- phrase: argent', '- phrase: économie', '- phrase: facile')).toEqual([]);
  });

  it('reports duplicates within a list', () => {
    expect(withMoney('- phrase: cash bonus', '- phrase: cash bonus')).toEqual([
      'wordlists/en/money.yml:6: "cash bonus" is a duplicate of line 5',
    ]);
  });

  it('reports a phrase that is in two categories of a language', () => {
    const urgency = phraseFile('en', 'urgency', ['- phrase: money words']);
    expect(violationsWith('wordlists/en/urgency.yml', urgency)).toEqual([
      'wordlists/en/urgency.yml:5: "money words" is also in wordlists/en/money.yml:5; a phrase belongs to one list',
    ]);
  });

  it('reports two phrases that the stemming matcher cannot tell apart', () => {
    expect(withMoney('- phrase: free gift', '- phrase: free gifts')).toEqual([
      'wordlists/en/money.yml:6: "free gifts" matches the same words as "free gift" ' +
        '(wordlists/en/money.yml:5); the matcher compares stems, so keep one',
    ]);
  });

  it('reports uppercase, forbidden characters and the hint to fix them', () => {
    expect(withMoney('- phrase: Cash bonus')).toEqual([
      'wordlists/en/money.yml:5: phrase must be lowercase: write "cash bonus"',
    ]);
    expect(withMoney('- phrase: "100% free"')).toEqual([
      'wordlists/en/money.yml:5: forbidden character "%" (U+0025): drop it ("100 free", not "100% free")',
    ]);
    expect(withMoney('- phrase: don’t wait')).toEqual([
      'wordlists/en/money.yml:5: forbidden character "’" (U+2019): use the ASCII apostrophe \'',
    ]);
  });

  it('reports a phrase that YAML reads as something other than text', () => {
    expect(withMoney('- phrase: 100')).toEqual([
      'wordlists/en/money.yml:5: "phrase" must be non-empty text; quote it if YAML reads it otherwise',
    ]);
  });

  it('reports a sureness outside 0–2 and unknown fields', () => {
    expect(withMoney('- phrase: cash bonus', '  sureness: 3')).toEqual([
      'wordlists/en/money.yml:6: sureness 3 is outside 0–2',
    ]);
    expect(withMoney('- phrase: cash bonus', '  weight: 1')).toEqual([
      'wordlists/en/money.yml:6: unknown field "weight"; allowed: phrase, sureness, alone, company, group, stem, note, source',
    ]);
  });

  it('reports comments inside entries, whose place is the note field', () => {
    expect(withMoney('- phrase: cash bonus # strong', '- phrase: extra cash')).toEqual([
      'wordlists/en/money.yml:5: no comments inside entries: put the reason in the entry\'s "note" field',
    ]);
    expect(withMoney('- phrase: cash bonus', '# about extra cash', '- phrase: extra cash')).toEqual([
      'wordlists/en/money.yml:6: no comments inside entries: put the reason in the entry\'s "note" field',
    ]);
  });

  it('reports a category or language that disagrees with the path', () => {
    const wrong = phraseFile('en', 'money', ['- phrase: cash bonus']);
    const text = wrong.text.replace('category: money', 'category: urgency');
    expect(violationsWith(wrong.path, { ...wrong, text })).toEqual([
      'wordlists/en/money.yml:2: category must be "money" (from the file\'s path)',
    ]);
  });

  it('reports missing and unexpected files', () => {
    expect(violationsWith('wordlists/en/pharma.yml', undefined)).toEqual([
      'wordlists/en/pharma.yml: file is missing',
    ]);
    const stray = { path: 'wordlists/en/lottery.yml', text: '# stray\n' };
    const violations = validateSources([...minimalSources(), stray]).violations.map(formatViolation);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^wordlists\/en\/lottery\.yml: unexpected file/);
  });

  it('reports bad, unsorted and duplicate hostnames', () => {
    const path = 'wordlists/global/url-shorteners.txt';
    const list = (hosts: string) => ({ path, text: `# Shorteners. Sources: tests.\n${hosts}` });
    expect(violationsWith(path, list('bit.ly\nBit.do\n'))).toEqual([
      `${path}:3: hostname must be lowercase: write "bit.do"`,
      `${path}:3: "Bit.do" is out of order: it belongs before "bit.ly" (line 2)`,
    ]);
    expect(violationsWith(path, list('bit.ly\nbit.ly\n'))).toEqual([`${path}:3: "bit.ly" is a duplicate of line 2`]);
    expect(violationsWith(path, list('bit_ly.com\n'))).toEqual([
      `${path}:2: hostname may only hold a-z, 0-9, "-" and "."; write IDNs in punycode (xn--)`,
    ]);
    expect(violationsWith(path, list('bit.ly # the big one\n'))).toEqual([
      `${path}:2: put comments on a line of their own, starting with #`,
    ]);
  });

  it('requires global lists to name their sources', () => {
    const path = 'wordlists/global/freemail-domains.txt';
    expect(violationsWith(path, { path, text: '# Freemail.\ngmail.com\n' })).toEqual([
      `${path}:1: the header comment must name the sources of the list ("Sources: …")`,
    ]);
  });

  it('reports redirector and TLD mistakes', () => {
    const redirectors = 'wordlists/global/open-redirectors.yml';
    const redirector = (fields: string) => ({
      path: redirectors,
      text: `# Redirectors. Sources: tests.\nentries:\n  - host: google.com\n${fields}`,
    });
    expect(violationsWith(redirectors, redirector('    path: url\n    note: x\n'))).toEqual([
      `${redirectors}:3: path must start with "/" and hold no space, "?" or "#"`,
    ]);
    expect(violationsWith(redirectors, redirector('    path: /url\n'))).toEqual([`${redirectors}:3: missing "note"`]);
    const tlds = 'wordlists/global/suspicious-tlds.yml';
    const tld = { path: tlds, text: '# TLDs. Sources: tests.\nentries:\n  - tld: .zip\n    sureness: 1\n    note: x\n' };
    expect(violationsWith(tlds, tld)).toEqual([`${tlds}:3: write the TLD without the leading dot`]);
  });

  it('reports mistakes in the lists moved out of code (labels, headers, brands, combosquat words, paths, form field words, suffixes, alarm words, prefixes)', () => {
    const labels = 'wordlists/global/click-tracking-labels.txt';
    expect(violationsWith(labels, { path: labels, text: '# Labels. Sources: tests.\nclick\nclick-\n' })).toEqual([
      `${labels}:3: "click-" is not a host label: 1–63 of a-z, 0-9, "-", not starting or ending with "-"`,
    ]);
    const headers = 'wordlists/global/bulk-headers.txt';
    expect(violationsWith(headers, { path: headers, text: '# Headers. Sources: tests.\nList-Id\n' })).toEqual([
      `${headers}:2: header name must be lowercase: write "list-id"`,
    ]);
    const brands = 'wordlists/global/brands.yml';
    const brandFile = (body: string) => ({ path: brands, text: `# Brands. Sources: tests.\nentries:\n${body}` });
    expect(violationsWith(brands, brandFile('  - brand: paypal\n    domains: pay-pal\n  - brand: amazon\n    domains: amazon\n'))).toEqual([
      `${brands}:3: domains: words of a-z and 0-9 (dots and hyphens removed), separated by single spaces`,
      `${brands}:5: "amazon" is out of order: it belongs before "paypal" (line 3)`,
    ]);
    // `generic` (brand43fix): words of the entry's domains, in their order; a word generic for one brand is so for all.
    expect(
      violationsWith(brands, brandFile('  - brand: microsoft\n    domains: microsoft office live\n    generic: live office\n    own: live.com office.com\n  - brand: outlook\n    domains: microsoft outlook office\n    generic: outlook\n    own: outlook.com\n  - brand: skype\n    domains: skype\n    generic: xbox\n    own: xbox.com\n')),
    ).toEqual([
      `${brands}:3: generic: words of its domains ("microsoft office live"), in their order, each once`,
      `${brands}:11: generic: words of its domains ("skype"), in their order, each once`,
      `${brands}:7: generic: "office" is generic for "microsoft"; a word is generic for every brand that lists it or for none`,
    ]);
    // A brand with no word left to claim it (rev43c #2: Crypto.com's only word, `crypto`, is generic) is refused.
    expect(violationsWith(brands, brandFile('  - brand: crypto.com\n    domains: crypto\n    generic: crypto\n    own: crypto.com\n'))).toEqual([
      `${brands}:3: generic: every domain word is generic, so no host can claim "crypto.com": add a distinctive word to domains (its name joined, as \`cryptocom\`)`,
    ]);
    expect(violationsWith(brands, brandFile('  - brand: crypto.com\n    domains: crypto cryptocom\n    generic: crypto\n    own: crypto.com\n'))).toEqual([]);
    // `spelled` (brandown44fix2): the brand's own letters, other capitals and accents aside.
    expect(violationsWith(brands, brandFile('  - brand: itau\n    spelled: Itaú\n    domains: itau\n  - brand: paypal\n    spelled: PayPall\n    domains: paypal\n'))).toEqual([
      `${brands}:6: spelled: "PayPall" must be "paypal" with other capitals (accents aside)`,
    ]);
    // `own` (brandown44fix2): the registrable domains a generic word names, each exactly; a generic word naming none is the brand's nowhere.
    expect(
      violationsWith(brands, brandFile('  - brand: microsoft\n    domains: microsoft hotmail msft\n    generic: hotmail msft\n    own: hotmail.com mail.hotmail.com co.uk Hotmail.com hotmail.com\n')),
    ).toEqual([
      `${brands}:3: own: "mail.hotmail.com" is not a registrable domain (one label before a public suffix of the Public Suffix List's ICANN section)`,
      `${brands}:3: own: "co.uk" is not a registrable domain (one label before a public suffix of the Public Suffix List's ICANN section)`,
      `${brands}:3: own: hostname must be lowercase: write "hotmail.com"`,
      `${brands}:3: own: each domain once`,
      `${brands}:3: generic: "msft" names no domain of own; list the brand's domains it names there, whole ("msft.com")`,
    ]);
    // (rev44e) own names only what the entry's generic words name, and only beside them.
    expect(violationsWith(brands, brandFile('  - brand: paypal\n    domains: paypal\n    own: paypal.me\n  - brand: wells fargo\n    domains: wellsfargo wf\n    generic: wf\n    own: wf.com hotmail.com\n'))).toEqual([
      `${brands}:3: own: only with generic (the domains its generic words name)`,
      `${brands}:6: own: "hotmail.com" is named by no generic word of this brand ("hotmail")`,
    ]);
    const alarms = 'wordlists/global/alarm-words.yml';
    expect(violationsWith(alarms, { path: alarms, text: '# Alarm. Sources: tests.\nentries:\n  - word: two words\n    sureness: 1\n' })).toEqual([
      `${alarms}:3: "two words" must be one word of letters`,
    ]);
    const combosquat = 'wordlists/global/combosquat-words.txt';
    // (login, the minimal account lure word, stays listed: its absence is a mistake of its own, tested below)
    expect(violationsWith(combosquat, { path: combosquat, text: '# Words. Sources: tests.\nlogin\nsign-in\nSecure\n' })).toEqual([
      `${combosquat}:3: "sign-in" is not a domain word: 1–63 of a-z and 0-9 (labels are compared without hyphens)`,
      `${combosquat}:4: word must be lowercase: write "secure"`,
      `${combosquat}:4: "Secure" is out of order: it belongs before "sign-in" (line 3)`,
    ]);
    const paths = 'wordlists/global/click-tracking-paths.txt';
    expect(violationsWith(paths, { path: paths, text: '# Paths. Sources: tests.\n/LS/\nc\nclick here\n' })).toEqual([
      `${paths}:2: fragment must be lowercase: write "/ls/"`,
      `${paths}:3: "c" is not a fragment: 2–40 of a-z, 0-9, "/", ".", "_", "-"`,
      `${paths}:4: "click here" is not a fragment: 2–40 of a-z, 0-9, "/", ".", "_", "-"`,
    ]);
    const fields = 'wordlists/global/form-field-words.yml';
    const fieldFile = (body: string) => ({ path: fields, text: `# Field words. Sources: tests.\nentries:\n${body}` });
    const reader = '    for: form-in-email\n';
    expect(violationsWith(fields, fieldFile(`  - word: pin\n    asks: money\n${reader}  - word: otp\n    asks: secret\n    whole: yes\n${reader}  - word: card\n    asks: secret\n${reader}`))).toEqual([
      `${fields}:3: asks must be "secret" or "personal", not "money"`,
      `${fields}:8: "whole" must be true or false`,
      `${fields}:10: "card" is out of order: it belongs before "otp" (line 6)`,
    ]);
    expect(
      violationsWith(
        fields,
        fieldFile(
          `  - word: a-b\n    asks: secret\n    whole: true\n${reader}  - word: card  number\n    asks: secret\n${reader}  - word: pin\n    asks: secret\n    whole: true\n${reader}` +
            '  - word: zip\n    asks: personal\n    for: reply\n  - word: zone\n    asks: personal\n    for: both\n    source: a list\n',
        ),
      ),
    ).toEqual([
      `${fields}:3: "a-b" is not field words: 2–40 characters, words of a-z and 0-9 parted by single spaces`,
      `${fields}:7: "card  number" is not field words: 2–40 characters, words of a-z and 0-9 parted by single spaces`,
      `${fields}:14: for must be "form-in-email", "form-by-reply" or "both", not "reply"`,
      `${fields}:17: "zone" is read by form-by-reply: its source names the SpamAssassin field tag (FF_A1, FF_N1, …) that reads it`,
    ]);
    const wallet = 'wordlists/global/wallet-demand-words.yml';
    const walletFile = (body: string) => ({ path: wallet, text: `# Wallet wording. Sources: tests.\nentries:\n${body}` });
    expect(
      violationsWith(wallet, walletFile("  - phrase: Pay Me\n    kind: payment\n  - phrase: '#'\n    kind: deadline\n  - phrase: your webcam\n    kind: threat\n  - phrase: send me\n    kind: payment\n  - phrase: pay me\n    kind: payment\n")),
    ).toEqual([
      `${wallet}:3: a phrase is lower-case words of a-z or "#", parted by single spaces, not "Pay Me"`,
      `${wallet}:5: "#" needs a word`,
      `${wallet}:7: kind must be "extortion", "deadline" or "payment", not "threat"`,
      `${wallet}:11: "pay me" is out of order: it belongs before "send me" (line 9)`,
    ]);
    const cues = 'wordlists/global/warning-cues.yml';
    const cueFile = (body: string) => ({ path: cues, text: `# Warning cues. Sources: tests.\nentries:\n${body}` });
    expect(
      violationsWith(cues, cueFile('  - language: en\n    phrase: never\n    kind: cue\n  - language: en\n    phrase: do not\n    kind: cue\n  - language: en\n    phrase: Nobody\n    kind: cue\n  - language: xx\n    phrase: nie\n    kind: warn\n  - language: xx\n    phrase: nie\n    kind: cue\n')),
    ).toEqual([
      `${cues}:9: phrase must be lowercase: write "nobody"`,
      `${cues}:12: kind must be one of cue, asker, spam, ask, verb, act, rel, stop, and, glue, not "warn"`,
      `${cues}:6: "en do not" is out of order: it belongs before "en never" (line 3)`,
      `${cues}: "xx" has no trigger phrases for its cues to govern`,
    ]);
    const parameters = 'wordlists/global/redirect-parameters.yml';
    const parameterFile = (body: string) => ({ path: parameters, text: `# Parameters. Sources: tests.\nentries:\n${body}` });
    expect(violationsWith(parameters, parameterFile('  - name: Url\n    note: x\n  - name: dest\n    tail: 0\n    note: x\n  - name: next\n    tail: 99\n    note: x\n'))).toEqual([
      `${parameters}:3: "Url" is not a lower-case query parameter name (1–40 of a-z, 0-9, "_", "-")`,
      `${parameters}:6: "tail" must be a whole number from 1 to 20`,
      `${parameters}:9: "tail" must be a whole number from 1 to 20`,
    ]);
    const suffixes = 'wordlists/global/typo-suffixes.txt';
    expect(violationsWith(suffixes, { path: suffixes, text: '# Typo suffixes. Sources: tests.\n.con\n' })).toEqual([
      `${suffixes}:2: ".con" is not a host label: 1–63 of a-z, 0-9, "-", not starting or ending with "-"`,
    ]);
    const prefixes = 'wordlists/global/reply-prefixes.yml';
    expect(violationsWith(prefixes, { path: prefixes, text: '# Prefixes. Sources: tests.\nentries:\n  - prefix: re\n    kind: answer\n' })).toEqual([
      `${prefixes}:3: kind must be "reply" or "forward", not "answer"`,
    ]);
  });

  it('reports misspellings that are not one or two words of a-z, stand for themselves or for a misspelling, lack a source, or are out of order', () => {
    const misspellings = 'wordlists/global/misspellings.yml';
    const file = (...lines: string[]) => violationsWith(misspellings, { path: misspellings, text: `# Misspellings. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(file('- from: adress', '  to: address', '  source: a', '- from: unknow', '  to: unknown', '  source: b')).toEqual([]);
    expect(file('- from: Unknow', '  to: unknown', '  source: a')).toEqual([`${misspellings}:3: from "Unknow": one or two words of a-z, joined by one space or hyphen`]);
    expect(file('- from: non  existant', '  to: non existent!', '  source: a')).toEqual([
      `${misspellings}:3: from "non  existant": one or two words of a-z, joined by one space or hyphen`,
      `${misspellings}:3: to "non existent!": one or two words of a-z, joined by one space or hyphen`,
    ]);
    expect(file('- from: unknow', '  to: unknow', '  source: a')).toEqual([`${misspellings}:3: "unknow" stands for itself`]);
    expect(file('- from: recipent', '  to: unknow', '  source: a', '- from: unknow', '  to: unknown', '  source: b')).toEqual([
      `${misspellings}:3: to "unknow" is misspelt itself (a from): the list is read in one pass, write the last word`,
    ]);
    expect(file('- from: unknow', '  to: unknown')).toEqual([`${misspellings}:3: missing "source"`]);
    expect(file('- from: unknow', '  to: unknown', '  source: a', '- from: adress', '  to: address', '  source: b')).toEqual([
      `${misspellings}:6: "adress" is out of order: it belongs before "unknow" (line 3)`,
    ]);
  });

  it('reports a salutation that is not one or two lowercase words with one space between', () => {
    const salutations = 'wordlists/global/salutations.txt';
    const file = (body: string) => ({ path: salutations, text: `# Salutations. Sources: tests.\n${body}` });
    expect(violationsWith(salutations, file('Dear\nganz sehr geehrte\nsehr  geehrte\nzu-lieb\n'))).toEqual([
      `${salutations}:2: salutation must be lowercase: write "dear"`,
      `${salutations}:3: "ganz sehr geehrte" is not a salutation: one or two words of at most 24 letters, separated by one space`,
      `${salutations}:4: "sehr  geehrte" is not a salutation: one or two words of at most 24 letters, separated by one space`,
      `${salutations}:5: "zu-lieb" is not a salutation: one or two words of at most 24 letters, separated by one space`,
    ]);
  });

  it('reports a street word that is not lower-case letters (an abbreviation\'s full stop at its end), an unknown order, `common` where its reading has none, and entries out of order', () => {
    const streets = 'wordlists/global/street-words.yml';
    const file = (...lines: string[]) => ({ path: streets, text: `# Street words. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(violationsWith(streets, file('- word: Rue', '  order: number-type-name', '- word: s.t', '  order: number-name-type', '- word: st(', '  order: number-name-type', '- word: via', '  order: type-first'))).toEqual([
      `${streets}:3: word must be lowercase: write "rue"`,
      `${streets}:5: "s.t" is not a street word: 2 to 20 letters, then a full stop if it is an abbreviation, or 1 to 3 letters and a slash`,
      `${streets}:7: "st(" is not a street word: 2 to 20 letters, then a full stop if it is an abbreviation, or 1 to 3 letters and a slash`,
      `${streets}:9: order must be one of number-name-type, number-name, number-type-name, type-name-number, type-grid, name-type-number, not "type-first"`,
    ]);
    expect(violationsWith(streets, file('- word: calle', '  order: type-grid', '  common: yes', '- word: sq', '  order: number-name-type', '  common: true'))).toEqual([
      `${streets}:5: "common" must be true or false`,
      `${streets}:6: "common" has no reading in order number-name-type: only number-type-name, type-name-number, name-type-number read a common word more strictly`,
    ]);
    // by word (English collation: allée beside allee), then by order as the header lists them; each (word, order) once
    expect(violationsWith(streets, file('- word: allee', '  order: name-type-number', '- word: allee', '  order: number-type-name', '- word: allée', '  order: number-type-name', '- word: allée', '  order: number-type-name', '- word: ave', '  order: number-name-type', '- word: av.', '  order: number-type-name'))).toEqual([
      `${streets}:5: "allee (number-type-name)" is out of order: it belongs before "allee (name-type-number)" (line 3)`,
      `${streets}:9: "allée (number-type-name)" is a duplicate of line 7`,
      `${streets}:13: "av. (number-type-name)" is out of order: it belongs before "ave (number-name-type)" (line 11)`,
    ]);
  });

  it('reports a word ending in a slash anywhere but where the type comes first, or of more than three letters', () => {
    const streets = 'wordlists/global/street-words.yml';
    const file = (...lines: string[]) => ({ path: streets, text: `# Street words. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(violationsWith(streets, file('- word: av/', '  order: type-grid', '- word: c/', '  order: type-name-number', '  common: true', '- word: cl/', '  order: number-name-type', '- word: ctra/', '  order: type-name-number', '- word: s/n', '  order: type-name-number'))).toEqual([
      `${streets}:3: "av/" ends in a slash, which only order type-name-number reads, not type-grid`,
      `${streets}:8: "cl/" ends in a slash, which only order type-name-number reads, not number-name-type`,
      `${streets}:10: "ctra/" is not a street word: 2 to 20 letters, then a full stop if it is an abbreviation, or 1 to 3 letters and a slash`,
      `${streets}:12: "s/n" is not a street word: 2 to 20 letters, then a full stop if it is an abbreviation, or 1 to 3 letters and a slash`,
    ]);
  });

  it('reports a word of a street\'s name that is not lower-case letters (an elision\'s ASCII apostrophe at its end), an unknown order, and entries out of order', () => {
    const names = 'wordlists/global/street-name-words.yml';
    const file = (...lines: string[]) => ({ path: names, text: `# Street name words. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(violationsWith(names, file('- word: De', '  order: type-name-number', '- word: "d’"', '  order: number-type-name', '- word: "de la"', '  order: number-type-name', '- word: "\'l"', '  order: type-name-number', '- word: della', '  order: name-type-number'))).toEqual([
      `${names}:3: word must be lowercase: write "de"`,
      `${names}:5: write the ASCII apostrophe: "d'" (the reading takes both)`,
      `${names}:7: "de la" is not a word of a street's name: 1 to 12 letters, then an apostrophe if it is elided`,
      `${names}:9: "'l" is not a word of a street's name: 1 to 12 letters, then an apostrophe if it is elided`,
      `${names}:11: order must be one of number-type-name, type-name-number, not "name-type-number"`,
    ]);
    // by word, then by order as the header lists them; each (word, order) once
    expect(violationsWith(names, file('- word: de', '  order: type-name-number', '- word: de', '  order: number-type-name', '- word: del', '  order: type-name-number', '- word: del', '  order: type-name-number', '- word: "d\'"', '  order: type-name-number'))).toEqual([
      `${names}:5: "de (number-type-name)" is out of order: it belongs before "de (type-name-number)" (line 3)`,
      `${names}:9: "del (type-name-number)" is a duplicate of line 7`,
      `${names}:11: "d' (type-name-number)" is out of order: it belongs before "del (type-name-number)" (line 9)`,
    ]);
  });

  it('reports a box form that is not words of a-z with full stops and single spaces, a capitals flag that is no flag, and forms out of order', () => {
    const forms = 'wordlists/global/po-box-forms.yml';
    const file = (...lines: string[]) => ({ path: forms, text: `# Box forms. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(violationsWith(forms, file('- form: PO Box', '- form: "p.o.  box"', '- form: caixa-postal', '- form: "p.*"', '- form: b.p.', '  capitals: yes', '- form: postfäch'))).toEqual([
      `${forms}:3: "PO Box" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`,
      `${forms}:4: "p.o.  box" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`,
      `${forms}:5: "caixa-postal" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`,
      `${forms}:6: "p.*" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`,
      `${forms}:8: "capitals" must be true or false`,
      `${forms}:9: "postfäch" is not a box form: words of letters a-z in lower case, each maybe ending in a full stop, apart by one space or, after a full stop, by none`,
    ]);
    expect(violationsWith(forms, file('- form: postfach', '- form: postbus', '- form: postbus'))).toEqual([
      `${forms}:4: "postbus" is out of order: it belongs before "postfach" (line 3)`,
      `${forms}:5: "postbus" is a duplicate of line 4`,
    ]);
  });

  it('reports a US state code that is not two capitals, a name that is not capitalised words or is another code\'s, and codes out of order', () => {
    const states = 'wordlists/global/us-states.yml';
    const file = (...lines: string[]) => ({ path: states, text: `# US states. Sources: tests.\nentries:\n${lines.map((line) => `  ${line}`).join('\n')}\n` });
    expect(violationsWith(states, file('- code: ca', '  name: California', '- code: NYC', '  name: New York', '- code: "T1"', '  name: Texas', '- code: WA', '  name: washington', '- code: WV', '  name: Washington'))).toEqual([
      `${states}:3: "ca" is not a state code: two capital letters A-Z`,
      `${states}:5: "NYC" is not a state code: two capital letters A-Z`,
      `${states}:7: "T1" is not a state code: two capital letters A-Z`,
      `${states}:9: "washington" is not a state's name: capitalised words of letters a-z, maybe "of"`,
    ]);
    expect(violationsWith(states, file('- code: TX', '  name: Texas', '- code: CA', '  name: California', '- code: CA', '  name: Kalifornia', '- code: AZ', '  name: Texas'))).toEqual([
      `${states}:9: the name "Texas" is already line 3's`,
      `${states}:5: "CA" is out of order: it belongs before "TX" (line 3)`,
      `${states}:7: "CA" is a duplicate of line 5`,
      `${states}:9: "AZ" is out of order: it belongs before "CA" (line 7)`,
    ]);
  });

  it('reports a free compound that is not two lowercase words joined by a hyphen, is a trigger phrase itself, or opens none', () => {
    const compounds = 'wordlists/global/free-compounds.txt';
    const file = (body: string) => ({ path: compounds, text: `# Compounds. Sources: tests.\n${body}` });
    expect(violationsWith(compounds, file('Step-free\nstep free\nstep--free\n'))).toEqual([
      `${compounds}:2: compound must be lowercase: write "step-free"`,
      `${compounds}:3: "step free" is not a compound: two words of a-z joined by one hyphen ("step-free")`,
      `${compounds}:4: "step--free" is not a compound: two words of a-z joined by one hyphen ("step-free")`,
    ]);
    // the minimal lists hold the phrase "money words" (an offer, not a compound), one that opens with "money", none with "words" or "snacks"
    expect(violationsWith(compounds, file('money-words\nsugar-money\nsugar-snacks\n'))).toEqual([
      `${compounds}: "money-words" is the trigger phrase "money words": an offer, leave it out`,
      `${compounds}: "money-words": "words" opens no trigger phrase of any language, so the entry does nothing`,
      `${compounds}: "sugar-snacks": "snacks" opens no trigger phrase of any language, so the entry does nothing`,
    ]);
  });

  it('reports an account lure word that is no combosquat word', () => {
    const lure = 'wordlists/global/account-lure-words.txt';
    // the minimal combosquat list holds login and secure
    expect(violationsWith(lure, { path: lure, text: '# Account lure words. Sources: tests.\nlogin\nverify\n' })).toEqual([
      `${lure}: "verify" is no word of wordlists/global/combosquat-words.txt: an account lure word is one of those, add it there too`,
    ]);
  });

  it('reports free-hosting mistakes: a bad host or path, no sureness or note, entries out of order', () => {
    const hosting = 'wordlists/global/free-hosting.yml';
    const file = (body: string) => ({ path: hosting, text: `# Free hosting. Sources: tests.\nentries:\n${body}` });
    expect(violationsWith(hosting, file('  - host: web.app\n    path: forms\n    sureness: 1\n    note: x\n'))).toEqual([
      `${hosting}:3: path must start with "/" and hold no space, "?" or "#"`,
    ]);
    expect(violationsWith(hosting, file('  - host: web.app\n    note: x\n  - host: pages.dev\n    sureness: 1\n'))).toEqual([
      `${hosting}:3: missing "sureness"`,
      `${hosting}:5: missing "note"`,
    ]);
    expect(violationsWith(hosting, file('  - host: web.app\n    sureness: 3\n    note: x\n'))).toEqual([`${hosting}:4: sureness 3 is outside 0–2`]);
    expect(violationsWith(hosting, file('  - host: web.app\n    sureness: 1\n    note: x\n  - host: pages.dev\n    sureness: 1\n    note: x\n'))).toEqual([
      `${hosting}:6: "pages.dev" is out of order: it belongs before "web.app" (line 3)`,
    ]);
  });

  it('accepts a free-hosting host with one {region}, and rejects a misplaced or redundant one', () => {
    const hosting = 'wordlists/global/free-hosting.yml';
    // A plain YAML scalar cannot start with "{" (a flow map), so such a host is quoted.
    const entry = (host: string) => `  - host: ${host.startsWith('{') ? `'${host}'` : host}\n    sureness: 1\n    note: x\n`;
    const file = (...hosts: string[]) => ({ path: hosting, text: `# Free hosting. Sources: tests.\nentries:\n${hosts.map(entry).join('')}` });
    expect(violationsWith(hosting, file('s3-website-{region}.amazonaws.com', 's3.{region}.amazonaws.com'))).toEqual([]);
    expect(violationsWith(hosting, file('{region}.amazonaws.com'))).toEqual([
      `${hosting}:3: "{region}" needs the service's name before it, e.g. "s3.{region}.amazonaws.com"`,
    ]);
    expect(violationsWith(hosting, file('s3.{region}-x.amazonaws.com'))).toEqual([
      `${hosting}:3: "{region}" must end a label and be followed by at least two labels, e.g. "s3.{region}.amazonaws.com"`,
    ]);
    expect(violationsWith(hosting, file('s3.{region}.com'))).toEqual([
      `${hosting}:3: "{region}" must end a label and be followed by at least two labels, e.g. "s3.{region}.amazonaws.com"`,
    ]);
    for (const host of ['s3.{region}.{region}.amazonaws.com', 's3.{zone}.amazonaws.com', 's3.{region.amazonaws.com']) {
      expect(violationsWith(hosting, file(host)), host).toEqual([`${hosting}:3: the only placeholder a host may hold is one "{region}"`]);
    }
    expect(violationsWith(hosting, file('S3.{region}.amazonaws.com'))).toEqual([`${hosting}:3: hostname must be lowercase: write "s3.us-east-1.amazonaws.com"`]);
    expect(violationsWith(hosting, file('s3.eu-west-1.amazonaws.com', 's3.{region}.amazonaws.com'))).toEqual([
      `${hosting}:3: "s3.eu-west-1.amazonaws.com" is already covered by "s3.{region}.amazonaws.com" (line 6)`,
    ]);
  });

  it('reports a typo target that is not a mailbox domain', () => {
    const targets = 'wordlists/global/typo-target-domains.txt';
    expect(violationsWith(targets, { path: targets, text: '# Typo targets. Sources: tests.\ngmail.com\nhotmail.com\n' })).toEqual([
      `${targets}: "hotmail.com" is not in wordlists/global/freemail-domains.txt; add it there too`,
    ]);
  });

  it('accepts a language with opt-out words only, and no language with some trigger lists but not all', () => {
    const dutch = optOutFile('nl', ['- phrase: afmelden'], 'label: Afmelden\naddresses:\n  - part: afmeld\n');
    expect(validateSources([...minimalSources(), dutch]).violations).toEqual([]);
    const data = validateSources([...minimalSources(), dutch]).data;
    expect(data.packs.find((pack) => pack.language === 'nl')).toEqual({
      language: 'nl',
      phrases: [],
      optOut: { label: 'Afmelden', addressParts: ['afmeld'], phrases: [{ phrase: 'afmelden', keys: ['afmelden'] }] },
    });
    const money = phraseFile('nl', 'money', ['- phrase: snel geld']);
    const violations = validateSources([...minimalSources(), dutch, money]).violations.map(formatViolation);
    expect(violations).toContain('wordlists/nl/urgency.yml: file is missing');
    expect(violations).not.toContain('wordlists/nl/money.yml: file is missing');
  });

  it('accepts a language with opt-out words and phishing lures only, and nothing else partial', () => {
    const dutch = optOutFile('nl', ['- phrase: afmelden'], 'label: Afmelden\naddresses:\n  - part: afmeld\n');
    const lures = phraseFile('nl', 'phishing', ['- phrase: uw rekening is geblokkeerd']);
    expect(validateSources([...minimalSources(), dutch, lures]).violations).toEqual([]);
    const pack = validateSources([...minimalSources(), dutch, lures]).data.packs.find((each) => each.language === 'nl');
    expect(pack?.phrases.map((phrase) => [phrase.phrase, phrase.category])).toEqual([['uw rekening is geblokkeerd', 'phishing']]);
    const money = phraseFile('nl', 'money', ['- phrase: snel geld']);
    const violations = validateSources([...minimalSources(), dutch, lures, money]).violations.map(formatViolation);
    expect(violations).toContain('wordlists/nl/urgency.yml: file is missing');
  });

  it('accepts phishing and shady scam lures together, and no other pair', () => {
    const dutch = optOutFile('nl', ['- phrase: afmelden'], 'label: Afmelden\naddresses:\n  - part: afmeld\n');
    const lures = phraseFile('nl', 'phishing', ['- phrase: uw rekening is geblokkeerd']);
    const prizes = phraseFile('nl', 'shady', ['- phrase: u heeft een prijs gewonnen']);
    expect(validateSources([...minimalSources(), dutch, lures, prizes]).violations).toEqual([]);
    const pack = validateSources([...minimalSources(), dutch, lures, prizes]).data.packs.find((each) => each.language === 'nl');
    expect(pack?.phrases.map((phrase) => phrase.category).sort()).toEqual(['phishing', 'shady']);
    // shady without phishing, or with a marketing list, is an uneven pack
    expect(validateSources([...minimalSources(), dutch, prizes]).violations.map(formatViolation)).toContain('wordlists/nl/urgency.yml: file is missing');
    const money = phraseFile('nl', 'money', ['- phrase: snel geld']);
    expect(validateSources([...minimalSources(), dutch, lures, prizes, money]).violations.map(formatViolation)).toContain('wordlists/nl/urgency.yml: file is missing');
  });

  it('reports an opt-out list without its label or with a bad address part', () => {
    const path = 'wordlists/en/unsubscribe.yml';
    expect(violationsWith(path, optOutFile('en', ['- phrase: unsubscribe'], 'addresses:\n  - part: unsub\n'))).toEqual([`${path}:1: missing key "label"`]);
    expect(violationsWith(path, optOutFile('en', ['- phrase: unsubscribe'], 'label: Unsubscribe\naddresses:\n  - part: Un Sub\n  - part: opt\n'))).toEqual([
      `${path}:6: address part "Un Sub": 4–40 of a-z, 0-9, "-", "_" (addresses are compared decoded, lower case, accents folded)`,
      `${path}:7: address part "opt": 4–40 of a-z, 0-9, "-", "_" (addresses are compared decoded, lower case, accents folded)`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const broken = phraseFile('en', 'money', ['- phrase: cash bonus', '  note: a: b']);
    const violations = violationsWith(broken.path, broken);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^wordlists\/en\/money\.yml:6: YAML: /);
  });

  it('generates "alone: false" into the pack, only in the lists whose phrases have company, and never "alone: true"', () => {
    const shady = phraseFile('en', 'shady', ['- phrase: award notification', '  alone: false', '- phrase: shady words']);
    const { violations, data } = validateSources([...minimalSources().filter((source) => source.path !== shady.path), shady]);
    expect(violations).toEqual([]);
    const phrases = data.packs.find((pack) => pack.language === 'en')?.phrases ?? [];
    expect(phrases.find((entry) => entry.phrase === 'award notification')?.alone).toBe(false);
    expect(phrases.find((entry) => entry.phrase === 'shady words')).not.toHaveProperty('alone');
    expect([...renderOutputs(data)].find(([path]) => path.endsWith('/en.ts'))?.[1]).toContain("{ phrase: 'award notification', category: 'shady', sureness: 1, alone: false, keys:");
    const money = phraseFile('en', 'money', ['- phrase: money words', '  alone: false']);
    expect(violationsWith(money.path, money)).toEqual([`${money.path}:5: "alone: false" (counts only in company) is read in shady and finance lists only, not in money`]);
    const redundant = phraseFile('en', 'finance', ['- phrase: finance words', '  alone: true']);
    expect(violationsWith(redundant.path, redundant)).toEqual([`${redundant.path}:5: "alone: true" is every phrase's default; leave it out`]);
    const wrong = phraseFile('en', 'finance', ['- phrase: finance words', '  alone: no way']);
    expect(violationsWith(wrong.path, wrong)).toEqual([`${wrong.path}:6: "alone" must be true or false`]);
  });

  it('generates `company: 2` beside "alone: false" into the pack, and rejects it alone, as 1 or past MOST_COMPANY (fee41)', () => {
    const shady = phraseFile('en', 'shady', ['- phrase: award notification', '  alone: false', '- phrase: in your country', '  alone: false', '  company: 2']);
    const { violations, data } = validateSources([...minimalSources().filter((source) => source.path !== shady.path), shady]);
    expect(violations).toEqual([]);
    const phrases = data.packs.find((pack) => pack.language === 'en')?.phrases ?? [];
    expect(phrases.find((entry) => entry.phrase === 'in your country')?.company).toBe(2);
    expect(phrases.find((entry) => entry.phrase === 'award notification')).not.toHaveProperty('company');
    expect([...renderOutputs(data)].find(([path]) => path.endsWith('/en.ts'))?.[1]).toContain("{ phrase: 'in your country', category: 'shady', sureness: 1, alone: false, company: 2, keys:");
    const lone = phraseFile('en', 'shady', ['- phrase: in your country', '  company: 2']);
    expect(violationsWith(lone.path, lone)).toEqual([`${lone.path}:5: "company" is read only with "alone: false" (a phrase that counts alone asks for no company)`]);
    const one = phraseFile('en', 'shady', ['- phrase: in your country', '  alone: false', '  company: 1']);
    expect(violationsWith(one.path, one)).toEqual([`${one.path}:5: "company: 1" is "alone: false"'s default; leave it out`]);
    const many = phraseFile('en', 'shady', ['- phrase: in your country', '  alone: false', '  company: 3']);
    expect(violationsWith(many.path, many)).toEqual([`${many.path}:7: "company" must be a whole number from 1 to 2`]);
  });

  it('generates `stem: plural` into the pack, and rejects another value or a list not in English (brand43)', () => {
    const finance = phraseFile('en', 'finance', ['- phrase: loan offer', '  stem: plural']);
    const { violations, data } = validateSources([...minimalSources().filter((source) => source.path !== finance.path), finance]);
    expect(violations).toEqual([]);
    const phrases = data.packs.find((pack) => pack.language === 'en')?.phrases ?? [];
    expect(phrases.find((entry) => entry.phrase === 'loan offer')?.stem).toBe('plural');
    expect([...renderOutputs(data)].find(([path]) => path.endsWith('/en.ts'))?.[1]).toContain("{ phrase: 'loan offer', category: 'finance', sureness: 1, stem: 'plural', keys:");
    const other = phraseFile('en', 'finance', ['- phrase: loan offer', '  stem: exact']);
    expect(violationsWith(other.path, other)).toEqual([`${other.path}:5: stem "exact": the one value is "plural" (leave it out to match on stems)`]);
    const french = phraseFile('fr', 'finance', ['- phrase: offre de prêt', '  stem: plural']);
    // (a French pack of one file lacks the rest of a pack: only this file's lines are read here)
    expect(violationsWith(french.path, french).filter((violation) => violation.startsWith(`${french.path}:`))).toEqual([`${french.path}:5: "stem: plural" reads English plurals (-s, -es, -ies) and is read in en lists only, not in fr`]);
  });

  it('generates `group` into the pack, and rejects a group of one, a group whose phrases disagree, a bad name or another list (brand43)', () => {
    const shady = phraseFile('en', 'shady', ['- phrase: invest these funds', '  alone: false', '  group: __INVEST_MONEY', '  note: SpamAssassin __INVEST_MONEY', '- phrase: invest this money', '  alone: false', '  group: __INVEST_MONEY', '  source: SpamAssassin __INVEST_MONEY']);
    const { violations, data } = validateSources([...minimalSources().filter((source) => source.path !== shady.path), shady]);
    expect(violations).toEqual([]);
    const phrases = data.packs.find((pack) => pack.language === 'en')?.phrases ?? [];
    expect(phrases.find((entry) => entry.phrase === 'invest this money')?.group).toBe('__INVEST_MONEY');
    expect([...renderOutputs(data)].find(([path]) => path.endsWith('/en.ts'))?.[1]).toContain("{ phrase: 'invest these funds', category: 'shady', sureness: 1, alone: false, group: '__INVEST_MONEY', keys:");
    const one = phraseFile('en', 'shady', ['- phrase: invest this money', '  alone: false', '  group: __INVEST_MONEY', '  note: __INVEST_MONEY']);
    expect(violationsWith(one.path, one)).toEqual([`${one.path}:5: group "__INVEST_MONEY" has one phrase; a group is two or more phrases that count as one`]);
    const disagree = phraseFile('en', 'shady', ['- phrase: i am mr', '  alone: false', '  company: 2', '  group: QXX', '  note: QXX', '- phrase: my name is mr', '  alone: false', '  group: QXX', '  note: QXX']);
    expect(violationsWith(disagree.path, disagree)).toEqual([`${disagree.path}:10: group "QXX": its phrases count as one, so they agree on "alone" and "company" (line 5 differs)`]);
    // A group name copied onto an entry whose note and source name another sub-rule (or none) merges nothing (review rev43b #4).
    const copied = phraseFile('en', 'shady', ['- phrase: invest these funds', '  alone: false', '  group: __INVEST_MONEY', '  note: SpamAssassin __INVEST_MONEY', '- phrase: invest this money', '  alone: false', '  group: __INVEST_MONEY', '  note: SpamAssassin __INVEST_MONEY', '- phrase: money transfer', '  alone: false', '  group: __INVEST_MONEY', '  note: SpamAssassin __FRAUD_XJR']);
    expect(violationsWith(copied.path, copied)).toEqual([`${copied.path}:13: group "__INVEST_MONEY" is named in neither the entry's note nor its source: say which sub-rule its phrases share`]);
    const name = phraseFile('en', 'shady', ['- phrase: invest this money', '  alone: false', '  group: invest money']);
    expect(violationsWith(name.path, name)).toEqual([`${name.path}:5: group "invest money": 1–40 of A-Z, a-z, 0-9, "_", "-"`]);
    const money = phraseFile('en', 'money', ['- phrase: money words', '  group: M', '- phrase: more money words', '  group: M']);
    expect(violationsWith(money.path, money)).toEqual([
      `${money.path}:5: "group" is read where company is counted, in shady and finance lists only, not in money`,
      `${money.path}:7: "group" is read where company is counted, in shady and finance lists only, not in money`,
    ]);
  });
});

describe('single-value checks', () => {
  it('accept well-formed phrases in every language we ship', () => {
    for (const phrase of ["don't delete", 'gagner de l\'argent', 'penisvergrößerung', 'préstamo rápido', '100 free']) {
      expect(phraseProblems(phrase), phrase).toEqual([]);
    }
  });

  it('reject malformed phrases', () => {
    expect(phraseProblems('')).toEqual(['phrase is empty']);
    expect(phraseProblems(' cash')).toEqual(['phrase has a leading or trailing space']);
    expect(phraseProblems('cash  bonus')).toEqual(['phrase has a double space']);
    expect(phraseProblems('e\u0301conomie')).toEqual(['phrase is not NFC-normalized (use precomposed characters)']);
    expect(phraseProblems("customers' choice")).toEqual(['an apostrophe must stand between two letters']);
    expect(phraseProblems('e-mail')).toEqual([
      'forbidden character "-" (U+002D): write the words apart ("e mail", not "e-mail")',
    ]);
  });

  it("check a mail provider's name: words of a-z and 0-9 joined by a space, '.' or '-', '!' ending a word", () => {
    for (const name of ['gmail', 'gmail.com', 'office 365', 't-online', 'yahoo! mail', 'mail.ru']) expect(mailProviderProblems(name), name).toEqual([]);
    for (const name of ['Gmail', 'office  365', ' gmail', 'gmail.', '.com', 'yahoo!!', '!yahoo', 'a b c d', 'g(mail)', 'gm|ail', 'x'.repeat(41)]) {
      expect(mailProviderProblems(name), name).toHaveLength(1);
    }
  });

  it("check which domains each mail provider gives: its names mail-providers.txt's, each in one entry, its domains freemail-domains.txt's", () => {
    const path = 'wordlists/global/mail-provider-domains.yml';
    expect(violationsWith(path, providerDomainsFile(['- names: gmail, office 365', '  domains: gmail gmail.com']))).toEqual([]);
    expect(violationsWith(path, providerDomainsFile(['- names: gmail, office 365, yahoo', '  domains: gmail hotmail hotmail.com']))).toEqual([
      `${path}: "yahoo" is not in wordlists/global/mail-providers.txt; add it there too`,
      `${path}: "hotmail" opens no domain of wordlists/global/freemail-domains.txt`,
      `${path}: "hotmail.com" is not in wordlists/global/freemail-domains.txt; add it there too`,
    ]);
    expect(violationsWith(path, providerDomainsFile(['- names: gmail', '  domains: gmail', '- names: gmail', '  domains: gmail.com']))).toEqual([
      `${path}:5: "gmail" is a duplicate of line 3`,
      `${path}: "gmail" is in more than one entry`,
      `${path}: "office 365" of wordlists/global/mail-providers.txt is in no entry: say which domains are its`,
      `${path}: "gmail" covers gmail.com, which the entry of "gmail" lists`,
    ]);
    expect(violationsWith(path, providerDomainsFile(['- names: office 365, gmail', '  domains: gmail.com gmail']))).toEqual([
      `${path}:3: names: sorted by code point, separated by ", "`,
      `${path}:3: domains: sorted by code point, no duplicates`,
    ]);
  });

  // Each domain or first label is one provider's, and a first label covers no domain another entry lists
  // ("mail" opens mail.com and mail.ru, Mail.ru's), fixe28; a product whose accounts live on its
  // customers' own domains (Google Workspace, Microsoft 365) says `domains: none`.
  it('check that no domain or first label is two providers’, and that an entry may give none', () => {
    const path = 'wordlists/global/mail-provider-domains.yml';
    const freemail: SourceFile = { path: 'wordlists/global/freemail-domains.txt', text: '# Freemail. Sources: tests.\ngmail.com\nmail.com\nmail.de\nmail.ru\n' };
    const providers: SourceFile = { path: 'wordlists/global/mail-providers.txt', text: '# Mail providers. Sources: tests.\ngmail\nmail.com\nmail.ru\noffice 365\n' };
    const file = (...lines: string[]) => violationsWithAll([freemail, providers, providerDomainsFile(lines)]);
    expect(file('- names: gmail', '  domains: gmail', '- names: mail.com', '  domains: mail.com mail.de', '- names: mail.ru', '  domains: mail.ru', '- names: office 365', '  domains: none')).toEqual([]);
    expect(file('- names: gmail', '  domains: gmail', '- names: mail.com', '  domains: mail', '- names: mail.ru', '  domains: mail.ru', '- names: office 365', '  domains: none')).toEqual([
      `${path}: "mail" covers mail.ru, which the entry of "mail.ru" lists`,
    ]);
    expect(file('- names: gmail', '  domains: gmail', '- names: mail.com', '  domains: mail.com mail.ru', '- names: mail.ru', '  domains: mail.ru', '- names: office 365', '  domains: gmail')).toEqual([
      `${path}: "mail.ru" is in more than one entry`,
      `${path}: "gmail" is in more than one entry`,
    ]);
    expect(file('- names: gmail', '  domains: gmail', '- names: mail.com', '  domains: mail.com mail.de', '- names: mail.ru', '  domains: mail.ru', '- names: office 365', '  domains: gmail.com none')).toEqual([
      `${path}:9: domains: "none" stands alone`,
      `${path}: "gmail" covers gmail.com, which the entry of "office 365" lists`,
    ]);
  });

  it('check hostnames, TLDs and sureness', () => {
    expect(hostnameProblems('l.facebook.com')).toEqual([]);
    expect(hostnameProblems('xn--80ak6aa92e.com')).toEqual([]);
    expect(hostnameProblems('localhost')).toEqual(['hostname needs at least two labels, e.g. "bit.ly"']);
    expect(hostnameProblems('-bad.com')).toHaveLength(1);
    expect(hostnameProblems('bit.ly.')).toHaveLength(1);
    expect(hostnameProblems('bit.1y')).toEqual(['"1y" is not a valid top-level domain']);
    expect(tldProblems('xyz')).toEqual([]);
    expect(tldProblems('XYZ')).toEqual(['TLD must be lowercase: write "xyz"']);
    expect(surenessProblems(2)).toEqual([]);
    expect(surenessProblems(-0.1)).toEqual(['sureness -0.1 is outside 0–2']);
    expect(surenessProblems('1')).toEqual(['sureness must be a number']);
  });

  it('order phrases by English collation with a total tie-break', () => {
    expect(['zèbre', 'économie', 'argent'].sort(comparePhrases)).toEqual(['argent', 'économie', 'zèbre']);
    expect(comparePhrases('strasse', 'straße')).not.toBe(0);
  });
});

describe('rendering', () => {
  it('quotes strings for TypeScript', () => {
    expect(quote('cash bonus')).toBe("'cash bonus'");
    expect(quote("don't wait")).toBe('"don\'t wait"');
  });

  it('writes one entry per line under the generated header', () => {
    const outputs = renderOutputs(validateSources(minimalSources()).data);
    expect([...outputs.keys()]).toEqual(['core/data/en.ts', 'core/data/global.ts', 'core/data/characters.ts', 'core/data/streets.ts']);
    expect(outputs.get('core/data/streets.ts')).toContain("  { word: 'straße', order: 'name-type-number', common: false },\n");
    expect(outputs.get('core/data/streets.ts')).toContain('  { word: "d\'", order: \'number-type-name\' },\n');
    expect(outputs.get('core/data/streets.ts')).toContain("  { form: 'b.p.', capitals: true },\n");
    expect(outputs.get('core/data/streets.ts')).toContain("export const usStates: readonly string[] = [\n  'CA',\n  'DC',\n];\n");
    const en = outputs.get('core/data/en.ts') ?? '';
    expect(en.split('\n')[0]).toBe('// Generated by scripts/build-wordlists.ts; edit wordlists/en/ instead.');
    expect(en).toContain("    { phrase: 'money words', category: 'money', sureness: 1, keys: ['monei', 'word'] },\n");
    expect(en).toContain("    { phrase: 'opt out', keys: ['opt', 'out'] },\n");
    const global = outputs.get('core/data/global.ts') ?? '';
    expect(global).toContain(`  { language: 'en', phrase: "don't miss", kind: 'spam', keys: ["don't", 'miss'] },\n`);
    expect(global).toContain("  { language: 'en', phrase: 'never', kind: 'cue', keys: ['never'] },\n");
    expect(outputs.get('core/data/global.ts')).toContain("  { host: 'google.com', path: '/url', param: 'q' },\n");
  });

  it('describes drift file by file, with the changed lines', () => {
    const expected = new Map([['a.ts', 'one\ntwo\n'], ['b.ts', 'x\n']]);
    const actual = new Map([['a.ts', 'one\nthree\n'], ['c.ts', 'old\n']]);
    expect(describeDrift(expected, actual)).toEqual([
      'a.ts: out of date\n  - three\n  + two',
      'b.ts: missing',
      'c.ts: generated file with no source any more',
    ]);
  });
});
