import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { pack as fr } from '../core/data/fr.ts';
import * as globalLists from '../core/data/global.ts';
import { analyze, analyzeEmail, createAnalyzer, EmailParseError, type Report } from '../core/index.ts';
import schema from '../core/schema/report.schema.json' with { type: 'json' };
import { binaryContent } from '../core/text/bytes.ts';

const validate = new Ajv({ allErrors: true }).compile(schema);

const SHIPPING_NOTICE = `<html><body style="font-family:Arial">
<p>Hi Maria,</p>
<p>Your order #10482 has shipped. It left our warehouse in Leeds this morning and should arrive on Thursday.</p>
<p>You can follow the parcel on <a href="https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB">Royal Mail's tracking page</a>
(tracking number AB123456789GB).</p>
<p>If anything is wrong with your order, just reply to this email.</p>
<p>Thanks,<br>Tom at Hartley Ceramics<br>12 Canal Street, Leeds LS1 4AB</p>
</body></html>`;

const PERSONAL_NOTE = { text: 'Hey Sam,\n\nAre we still on for Saturday? I can bring the tent and the stove. Let me know what time works.\n\nCheers,\nAlex', subject: 'Saturday' };

const BLATANT_SPAM = {
  subject: 'CONGRATULATIONS!!! YOU ARE A WINNER - CLAIM YOUR $1,000,000 PRIZE NOW',
  html: `<html><body>
<p><font size="7" color="red">CONGRATULATIONS WINNER!!!</font></p>
<p>Dear friend, you have been selected to receive a CASH PRIZE of $1,000,000. This is not spam.
Act now! This offer expires today. 100% guaranteed, no risk, no catch.</p>
<p><a href="http://bit.ly/claim-prize">www.paypal.com/claim</a></p>
<p><a href="http://192.168.13.7:8080/verify">Verify your account</a> to claim your free gift.</p>
<div style="display:none">cheap viagra cialis online pharmacy weight loss miracle bonus casino lottery inheritance</div>
<p style="color:#ffffff">lottery winner cash prize free money</p>
</body></html>`,
};

describe('analyze', () => {
  it('scores a plain shipping notice low', () => {
    const report = analyze({ html: SHIPPING_NOTICE, subject: 'Your order #10482 has shipped' });
    expect(report.level, JSON.stringify(report.findings.map((f) => [f.rule, f.points, f.evidence]))).toBe('low');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('scores a personal note low', () => {
    const report = analyze(PERSONAL_NOTE);
    expect(report.level).toBe('low');
    expect(report.score).toBeLessThan(2.5);
  });

  it('scores blatant spam high, with findings across families', () => {
    const report = analyze(BLATANT_SPAM);
    expect(report.level).toBe('high');
    expect(report.score).toBeGreaterThanOrEqual(5);
    const categories = new Set(report.findings.map((f) => f.category));
    for (const category of ['phrases', 'links', 'structure']) expect(categories).toContain(category);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps every point in a finding and sorts findings by points', () => {
    const report = analyze(BLATANT_SPAM);
    const sum = Math.round(report.findings.reduce((total, f) => total + f.points * 10, 0)) / 10;
    expect(report.score).toBe(sum);
    const points = report.findings.map((f) => f.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it('points each finding at its evidence in the HTML source', () => {
    const report = analyze(BLATANT_SPAM);
    for (const finding of report.findings) {
      if (!finding.location) continue;
      const view = finding.location.in === 'subject' ? BLATANT_SPAM.subject : BLATANT_SPAM.html;
      expect(finding.location.end).toBeLessThanOrEqual(view.length);
      expect(finding.location.start).toBeLessThanOrEqual(finding.location.end);
    }
    const pharma = report.findings.find((f) => f.rule === 'pharma-phrase');
    expect(pharma?.location && BLATANT_SPAM.html.slice(pharma.location.start, pharma.location.end).toLowerCase()).toBe(pharma?.evidence.toLowerCase());
  });

  it('lets users switch rules off, re-weight them, add phrases and allow words', () => {
    const base = analyze({ text: 'Our Zorblax widget is a cash bonus for your team.' });
    expect(base.findings.some((f) => f.rule === 'money-phrase')).toBe(true);
    const off = analyze({ text: 'Our Zorblax widget is a cash bonus for your team.' }, { rules: { 'money-phrase': 'off' } });
    expect(off.findings.some((f) => f.rule === 'money-phrase')).toBe(false);
    const heavy = analyze({ text: 'a cash bonus' }, { rules: { 'money-phrase': { points: 4 } } });
    expect(heavy.findings.find((f) => f.rule === 'money-phrase')?.points).toBeGreaterThanOrEqual(4);
    const custom = analyze({ text: 'Our Zorblax widget ships today.' }, { phrases: { add: ['zorblax widget'] } });
    expect(custom.findings.find((f) => f.rule === 'custom-phrase')?.evidence).toBe('Zorblax widget');
    const allowed = analyze({ text: 'Our Zorblax widget is a cash bonus for your team.' }, { phrases: { allow: ['cash bonus'] } });
    expect(allowed.findings.some((f) => f.rule === 'money-phrase')).toBe(false);
  });

  it('uses the configured threshold for the level', () => {
    const report = analyze(BLATANT_SPAM, { threshold: 1000 });
    expect(report.threshold).toBe(1000);
    expect(report.level).toBe('low');
  });

  it('matches the wordlists of the mail language', () => {
    const report = analyze({ text: "Félicitations ! Vous avez gagné un cadeau gratuit. Offre valable aujourd'hui seulement, cliquez ici pour en profiter." });
    expect(report.stats.language).toBe('fr');
    expect(report.findings.some((f) => f.category === 'phrases')).toBe(true);
  });

  it("reads 'auto' in languages as the detected language, beside the ones named", () => {
    const french = { text: "Félicitations ! Vous avez gagné un cadeau gratuit. Offre valable aujourd'hui seulement, cliquez ici pour en profiter." };
    const phrases = (report: Report) => report.findings.filter((f) => f.category === 'phrases').length;
    const onlyGerman = analyze(french, { languages: ['de'] });
    const germanAndDetected = analyze(french, { languages: ['de', 'auto'] });
    expect(phrases(onlyGerman)).toBe(0);
    expect(phrases(germanAndDetected)).toBeGreaterThan(0);
    expect(germanAndDetected.score).toBe(analyze(french, { languages: ['de', 'fr'] }).score);
  });

  it('analyses a raw .eml with its subject, headers and parts', async () => {
    const raw = readFileSync(new URL('./fixtures/eml/promo.eml', import.meta.url));
    const report = await analyzeEmail(raw);
    expect(report.findings.some((f) => f.location?.in === 'subject')).toBe(true);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const same = await analyzeEmail(raw.toString('utf8'));
    expect(same).toEqual(report);
  });

  it('reads an .eml that starts with a UTF-8 byte-order mark as the same message, headers included', async () => {
    const raw = [
      'From: Acme Billing <billing@acme-shop.example>',
      'Reply-To: acme.billing@gmail.com',
      'Subject: Your invoice',
      'Date: Tue, 03 Jun 2025 10:00:00',
      'Content-Type: text/plain',
      '',
      'Your invoice is attached.',
      '',
    ].join('\r\n');
    const plain = await analyzeEmail(raw);
    // The message has header findings to lose: a BOM once made postal-mime see no header at all.
    expect(plain.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['freemail-reply-to', 'date-without-zone', 'missing-message-id']));
    const bytes = new TextEncoder().encode(`\uFEFF${raw}`);
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await analyzeEmail(`\uFEFF${raw}`)).toEqual(plain);
    expect(await analyzeEmail(bytes)).toEqual(plain);
    expect(await analyzeEmail(bytes.slice().buffer)).toEqual(plain);
  });

  it('refuses HTML with an EmailParseError, and reads every other start as leniently as postal-mime does', async () => {
    const html = '<html><body><p>Act now! Cash bonus inside.</p></body></html>';
    const utf16 = (text: string, little: boolean): Uint8Array => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) bytes[2 + i * 2 + (little ? 0 : 1)] = text.charCodeAt(i);
      return bytes;
    };
    const refused = [html, `  \n${html}`, '<!doctype html><p>x</p>', '\t<p>x</p>', new TextEncoder().encode(html), `\uFEFF${html}`, utf16(html, true), utf16(html, false)];
    for (const raw of refused) {
      const error: unknown = await analyzeEmail(raw).catch((thrown: unknown) => thrown);
      expect(error, String(raw)).toBeInstanceOf(EmailParseError);
      expect((error as Error).message).toMatch(/^Not a MIME message: .*analyze\(\{ html \}\)$/);
    }
    // Real messages start in many ways (the review's table of what main scored): none is refused.
    const read: Record<string, string | Uint8Array> = {
      mbox: 'From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nReturn-Path: <a@b.example>\nSubject: hi\n\nhello',
      mboxFromOnly: 'From a@b Mon Jan 1\n\nhello',
      mboxQuoted: '>From a@b Mon\nSubject: hi\n\nhello',
      leadingBlank: '\nSubject: hi\n\nhello',
      leadingCrlf: '\r\nSubject: hi\r\n\r\nhello',
      leadingSpace: ' Subject: hi\nFrom: a@b.example\n\nhello',
      leadingTab: '\tSubject: hi\n\nhello',
      crOnly: 'Subject: hi\rFrom: a@b.example\r\rhello',
      emlx: '342      \nSubject: hi\nFrom: a@b.example\n\nhello',
      utf16: utf16('Subject: hi\r\n\r\nhello', true),
      nonAsciiName: 'S\u00fcbject: hi\nFrom: a@b.example\n\nhello',
      note: 'Dear customer, act now.\n\nBye',
      obsolete: 'Subject : hi\n\nhello',
      empty: '',
    };
    for (const [name, raw] of Object.entries(read)) {
      await expect(analyzeEmail(raw), name).resolves.toMatchObject({ version: 1 });
    }
    // A header line that shows markup is no HTML: the message is read.
    expect((await analyzeEmail('Subject: <b>hi</b>\n\n<p>hello</p>')).findings.some((finding) => finding.rule === 'empty-body')).toBe(false);
  });

  it('refuses binary bytes with an EmailParseError giving the reason the CLI gives for such a file', async () => {
    // Random bytes (a fixed sequence): main parsed 10 MB of them for seconds and scored the garbage.
    const bytes = new Uint8Array(64 * 1024);
    let state = 43;
    for (let index = 0; index < bytes.length; index++) {
      state = (state * 1103515245 + 12345) >>> 0;
      bytes[index] = state >>> 24;
    }
    const reason = binaryContent(bytes);
    expect(reason).toMatch(/^binary content: \d+ % of its bytes/);
    // An Outlook .msg (an OLE2 compound file) starts D0 CF 11 E0 and is mostly NUL and controls.
    const msg = new Uint8Array(4096);
    msg.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const raw of [bytes, bytes.slice().buffer, msg]) {
      const error: unknown = await analyzeEmail(raw).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(EmailParseError);
      expect((error as Error).message).toBe(`Not a MIME message: it is not text (${binaryContent(raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw) ?? ''}); analyzeEmail() expects an RFC 5322 message`);
    }
    // Text with a NUL in it is no binary: read, as a string and as bytes.
    await expect(analyzeEmail('Subject: hi\n\nhello \u0000 there')).resolves.toMatchObject({ version: 1 });
    await expect(analyzeEmail(new TextEncoder().encode('Subject: hi\n\nhello \u0000 there'))).resolves.toMatchObject({ version: 1 });
  });

  it('turns a wrong call into a TypeError and an empty input into an empty report', async () => {
    await expect(analyzeEmail(42 as unknown as string)).rejects.toThrow(TypeError);
    const empty = analyze({});
    expect(empty.score).toBeGreaterThanOrEqual(0);
    expect(validate(empty)).toBe(true);
    expect(() => analyze(null as unknown as { html: string })).toThrow(TypeError);
  });
});

describe('unknown options', () => {
  it('refuses an option a function does not take, naming it and the near one, instead of dropping it', async () => {
    expect(() => analyze({ html: '<p>hi</p>' }, { treshold: 4 } as never)).toThrow(/^analyze\(\): options has no option "treshold"; did you mean "threshold"\? \(it takes languages, rules, phrases, threshold, locale\)\.$/);
    await expect(analyzeEmail('Subject: hi\n\nhello', { langauges: ['en'] } as never)).rejects.toThrow(/^analyzeEmail\(\): options has no option "langauges"; did you mean "languages"\?/);
    expect(() => createAnalyzer({ rememberStem: false } as never)).toThrow(/^createAnalyzer\(\): options has no option "rememberStem"; did you mean "rememberStems"\?/);
    expect(() => createAnalyzer().analyze({ html: '<p>hi</p>' }, { colour: 'red' } as never)).toThrow(/^analyzer\.analyze\(\): options has no option "colour" \(it takes/);
  });

  it('refuses an unknown key inside phrases and inside a phrase entry, which would drop the phrases or their points', () => {
    const html = '<p>Buy the acme widget now.</p>';
    expect(() => analyze({ html }, { phrases: { addd: ['acme widget'] } } as never)).toThrow(/^analyze\(\): options\.phrases has no option "addd"; did you mean "add"\? \(it takes add, allow\)\.$/);
    expect(() => analyze({ html }, { phrases: { add: [{ phrase: 'acme widget', point: 3 }] } } as never)).toThrow(/^analyze\(\): options\.phrases\.add\[0\] has no option "point"; did you mean "points"\?/);
    expect(() => createAnalyzer({ phrases: { alow: ['acme'] } } as never)).toThrow(/^createAnalyzer\(\): options\.phrases has no option "alow"; did you mean "allow"\?/);
    // The right keys still score the phrase.
    expect(analyze({ html }, { phrases: { add: [{ phrase: 'acme widget', points: 3 }] } }).findings.some((f) => f.evidence.toLowerCase().includes('acme widget'))).toBe(true);
  });

  it("refuses phrases in an analyzer's call, which it would drop: they are given to createAnalyzer()", () => {
    const html = '<p>Our acme widget is here.</p>';
    const phrases = { add: [{ phrase: 'acme widget', points: 3 }] };
    expect(() => createAnalyzer().analyze({ html }, { phrases } as never)).toThrow(/^analyzer\.analyze\(\): options\.phrases: an analyzer matches the phrases it was built with; pass them to createAnalyzer\(\{ phrases \}\)/);
    expect(() => createAnalyzer().context({ html }, { phrases } as never)).toThrow(TypeError);
    // Where they go, they count.
    const built = createAnalyzer({ phrases }).analyze({ html });
    expect(built.findings.some((finding) => finding.rule === 'custom-phrase')).toBe(true);
    expect(built).toEqual(analyze({ html }, { phrases }));
  });
});

describe('rule settings', () => {
  it('ignores settings inherited from Object.prototype', () => {
    const report = analyze({ text: 'a cash bonus' }, { rules: Object.create({ 'money-phrase': 'off' }) as Record<string, 'off'> });
    expect(report.findings.some((f) => f.rule === 'money-phrase')).toBe(true);
  });
});

describe('odd options', () => {
  it('answers phrase options that cannot be serialised with a TypeError naming the key, not a crash', () => {
    // Only a key a phrase entry does not take can hold a cycle (its own keys are a string and a
    // number); that key is refused before anything serialises the options (an analyzer cache's key).
    const entry: Record<string, unknown> = { phrase: 'zorblax widget' };
    entry.self = entry;
    const add: unknown[] = [entry];
    expect(() => analyze({ text: 'Our Zorblax widget ships.' }, { phrases: { add: add as string[] } })).toThrow(/^analyze\(\): options\.phrases\.add\[0\] has no option "self" \(it takes phrase, points\)\.$/);
  });
});

describe('analyzers and their data', () => {
  const FRENCH_AND_ENGLISH = "Félicitations ! Vous avez gagné un cadeau gratuit. Act now, this is a cash bonus.";

  it('match only the languages they were given, so a build can ship only those', () => {
    const onlyFrench = createAnalyzer({ data: { languages: [fr], lists: globalLists } });
    const phrases = (report: Report) => report.findings.filter((f) => f.category === 'phrases').map((f) => f.evidence.toLowerCase());
    const all = phrases(createAnalyzer().analyze({ text: FRENCH_AND_ENGLISH }, { languages: ['fr', 'en'] }));
    // Its default languages (detected, and English) read only the French lists it has.
    const french = phrases(onlyFrench.analyze({ text: FRENCH_AND_ENGLISH }));
    expect(all).toContain('cash bonus');
    expect(french).not.toContain('cash bonus');
    expect(french).toContain('cadeau gratuit');
    expect(phrases(onlyFrench.analyze({ text: FRENCH_AND_ENGLISH }, { languages: ['fr'] }))).toEqual(french);
    // Naming a language it has no lists for is a wrong call, as 'xx' is for analyze().
    expect(() => onlyFrench.analyze({ text: FRENCH_AND_ENGLISH }, { languages: ['fr', 'en'] })).toThrow(/options\.languages\[1\] must be a language with wordlists: 'fr', or 'auto'/);
  });

  it('give analyze() and a default createAnalyzer() the same reports', () => {
    const analyzer = createAnalyzer();
    for (const input of [{ html: SHIPPING_NOTICE }, PERSONAL_NOTE, BLATANT_SPAM]) expect(analyzer.analyze(input)).toEqual(analyze(input));
  });

  it('are not changed by analysing: the same input gives the same report before and after others', () => {
    const analyzer = createAnalyzer({ phrases: { add: ['zorblax'] } });
    const first = analyzer.analyze(BLATANT_SPAM);
    analyzer.analyze({ text: 'Zorblax zorblax, a totally different message about zorblax.' });
    analyze({ html: SHIPPING_NOTICE }, { phrases: { allow: ['free'] } });
    expect(analyzer.analyze(BLATANT_SPAM)).toEqual(first);
  });

  it('keep the engine free of wordlist data: core/analyze.ts reaches no language pack by import', () => {
    const core = fileURLToPath(new URL('../core/', import.meta.url));
    const reached = new Set<string>();
    const visit = (path: string): void => {
      if (reached.has(path)) return;
      reached.add(path);
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+\.ts)'/gm)) {
        visit(join(dirname(path), specifier ?? ''));
      }
    };
    visit(join(core, 'analyze.ts'));
    const data = [...reached].map((path) => relative(core, path)).filter((path) => path.startsWith('data/'));
    // characters.ts: the look-alike and leet maps the tokenizer reads on every word (alphabet facts, no language's lists);
    // streets.ts: the street words the postal-address reading builds its patterns from when it loads (every text is read for an address)
    expect(data.sort()).toEqual(['data/characters.ts', 'data/streets.ts', 'data/types.ts']);
  });
});
