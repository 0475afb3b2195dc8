/**
 * unchecked-text says when the trigger-phrase rules stopped reading before the end of the text the
 * reader sees (the fact `scanEnd`, BODY_SCAN_CHARS characters). The fail fixture has to be longer
 * than the cut (the fixture kinds are files, read as they are); the edge cases are built here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, emailToInput, rules } from '../../../core/index.ts';
import { BODY_SCAN_CHARS as N } from '../../../core/facts/scan-end.ts';
import { testRule } from '../test-rule.ts';

testRule('unchecked-text', import.meta.dirname);

const finding = (report: ReturnType<typeof analyze>) => report.findings.find((entry) => entry.rule === 'unchecked-text');
/** A count as the report writes it in `locale`. */
const number = (locale: string, value: number): string => new Intl.NumberFormat(locale).format(value);

/** Plain meeting-notes prose with no trigger phrase, exactly `length` characters long. */
function filler(length: number): string {
  const sentence = 'The committee reviewed the quarterly minutes and agreed on the agenda for Tuesday. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

/** The rules that declare they stop at the cut (what the finding names). */
const PHRASE_RULES = rules.filter((rule) => rule.stopsAtScanEnd === true).map((rule) => rule.id);

/** Text of each kind a rule of the phrases category scores, short (a line of its fixtures, or of the same kind). */
const SAMPLES: Readonly<Record<string, string>> = {
  'money-phrase': 'Make money fast and earn extra income from home.',
  'finance-phrase': 'Get a loan today with no credit check.',
  'free-offer-phrase': 'Claim your free gift now.',
  'greeting-phrase': 'Dear account holder, read carefully.',
  'guarantee-phrase': 'Guaranteed income every month, 100% safe.',
  'pharma-phrase': 'Buy Viagra online without prescription.',
  'phishing-phrase': 'Your account has been suspended. Verify your account.',
  'shady-phrase': 'I am a barrister writing about the batch number of your winnings.',
  'urgency-phrase': 'Act now! Limited time only.',
  'custom-phrase': 'Our Zorblax widget ships today.',
  'crypto-wallet': 'Send $1,500 in Bitcoin to this wallet: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. You have 48 hours to make the payment.',
  'large-sum-lure': 'Congratulations! You are a winner: your e-mail address won 2.5 million dollars in our international lottery draw.',
};
/** The rules of the phrases category whose hit does not hang on where a phrase stands in a long text, and why. */
const NOT_BY_PLACE: Readonly<Record<string, string>> = {
  'address-greeting': 'reads the greeting that opens the text',
  'form-by-reply': 'reads a form written into the text, its length against the text around it',
  'phrase-density': 'weighs phrases against the words of the whole text: 50,000 characters of filler dilute it',
  'sender-name-phrase': 'reads the sender name',
  'subject-phrase': 'reads the subject',
  'unchecked-language': 'reads the language of the text',
  'unchecked-text': 'this rule',
};
const watchList = createAnalyzer({ phrases: { add: ['zorblax widget'] } });

describe('unchecked-text', () => {
  it('stays silent on a text of exactly the cut, and fires on one visible word past it, pointing at that word', () => {
    expect(finding(analyze({ text: filler(N) }))).toBeUndefined();
    const text = `${filler(N)} Millions`;
    const found = finding(analyze({ text }));
    expect(found).toMatchObject({ category: 'phrases', points: 0, evidence: 'Millions', location: { in: 'text', start: N + 1, end: N + 9 } });
    expect(found?.message).toContain(`Only the first ${number('en', N)} of the ${number('en', N + 9)} characters of visible text`);
    expect(found?.message).toContain('from `Millions` on, those rules did not search the text');
  });

  it('points at the first word that starts at or past the cut: a word across it is read', () => {
    // `quarterly` straddles the cut: phrases starting in it are read, so the next word is the first unread.
    const sentence = filler(N + 40);
    const across = sentence.lastIndexOf(' ', N) + 1;
    expect(across).toBeLessThan(N);
    expect(sentence.slice(across, sentence.indexOf(' ', across))).toBe('quarterly');
    const next = sentence.indexOf(' ', N) + 1;
    const found = finding(analyze({ text: sentence }));
    expect(found?.location).toEqual({ in: 'text', start: next, end: sentence.indexOf(' ', next) });
  });

  it('maps its location to the HTML source', () => {
    const html = `<html><body><p>${filler(N)}</p><p><b>Act</b> now</p></body></html>`;
    const found = finding(analyze({ html }));
    expect(found?.evidence).toBe('Act');
    expect(html.slice(found?.location?.start, found?.location?.end)).toBe('Act');
    expect(found?.location?.in).toBe('html');
  });

  it('is not fired by hidden text: 60,000 hidden characters and 100 visible ones', () => {
    for (const style of ['display:none', 'font-size:0', 'color:#fff;background:#fff']) {
      const html = `<html><body><div style="${style}">${filler(60_000)}</div><p>${filler(100)}</p></body></html>`;
      expect(finding(analyze({ html })), style).toBeUndefined();
    }
  });

  it('is not fired by text hidden past the cut, and counts only the characters the reader sees', () => {
    // The paragraph and its line break are the first 50,000 characters; the hidden block starts at the cut.
    const hiddenTail = `<html><body><p>${filler(N - 1)}</p><div style="display:none">${filler(20_000)}</div></body></html>`;
    expect(finding(analyze({ html: hiddenTail }))).toBeUndefined();
    expect(finding(analyze({ html: hiddenTail.replace('display:none', 'color:#333') }))?.evidence).toBe('The');
    // Hidden filler in front moves the cut, and the reader still sees 500 characters past it.
    const html = `<html><body><div style="display:none">${filler(20_000)}</div><p>${filler(N + 500)}</p></body></html>`;
    const found = finding(analyze({ html }));
    expect(found).toBeDefined();
    // Seen: the paragraph and the line breaks around it; the hidden block's 20,000 are not counted.
    expect(found?.message).toContain(`of the ${number('en', N + 502)} characters`);
  });

  it('reads the boundary and passes over hidden words in a text longer than the cut', () => {
    // 20,000 hidden characters first: the text is longer than the cut, and the reader sees the
    // paragraph and the line breaks around it, 50,000 characters exactly.
    const hidden = `<div style="display:none">${filler(20_000)}</div>`;
    const atTheCut = `<html><body>${hidden}<p>${filler(N - 2)}</p></body></html>`;
    expect(finding(analyze({ html: atTheCut }))).toBeUndefined();
    // words hidden past the cut, with text longer than it on both sides of them
    const hiddenPast = `<html><body>${hidden}<p>${filler(N - 2)}</p><div style="display:none">Act now, limited time</div><p>Dear friend</p></body></html>`;
    const found = finding(analyze({ html: hiddenPast }));
    expect(found?.evidence).toBe('Dear');
    expect(hiddenPast.slice(found?.location?.start, found?.location?.end)).toBe('Dear');
    expect(found?.message).toContain(`of the ${number('en', N + 13)} characters`);
    expect(finding(analyze({ html: hiddenPast.replace('<p>Dear friend</p>', '') }))).toBeUndefined();
  });

  it('quotes the whole word the reader sees, never a piece of it nor its hidden letters', () => {
    const quoted = (tail: string) => {
      const html = `<html><body><p>${filler(N)}</p><p>${tail}</p></body></html>`;
      const found = finding(analyze({ html }));
      return { evidence: found?.evidence, source: html.slice(found?.location?.start, found?.location?.end) };
    };
    expect(quoted('Ac<span style="display:none">zz</span>t now')).toEqual({ evidence: 'Act', source: 'Ac<span style="display:none">zz</span>t' });
    expect(quoted('<span style="display:none">zz</span>Act now')).toEqual({ evidence: 'Act', source: 'Act' });
    expect(quoted('A&#8203;ct now')).toEqual({ evidence: 'Act', source: 'A&#8203;ct' });
    expect(quoted('(2024) report')).toEqual({ evidence: '(2024)', source: '(2024)' });
    expect(quoted('https://example.com/offer?id=1 now')).toEqual({ evidence: 'https://example.com/offer?id=1', source: 'https://example.com/offer?id=1' });
    // a long word is shortened as other evidence is; the location still covers it
    const long = `https://example.com/${'a'.repeat(200)}`;
    expect(quoted(`${long} now`)).toEqual({ evidence: `${long.slice(0, 39)}…`, source: long });
    // punctuation alone is no word: the next one is
    expect(quoted('— Act now')).toEqual({ evidence: 'Act', source: 'Act' });
  });

  it('quotes a word across the cut whole when a token of it past the cut was not read', () => {
    // `www.example.com`: `www` and `example` start before the cut, `com` after it.
    const text = `${filler(N - 12)} www.example.com offer`;
    expect(text.indexOf('com ', N - 12)).toBeGreaterThanOrEqual(N);
    const found = finding(analyze({ text }));
    expect(found?.evidence).toBe('www.example.com');
    expect(found?.location).toEqual({ in: 'text', start: N - 11, end: N + 4 });
    // a space hidden inside the word does not end it
    const html = `<p>${filler(N - 12)} www.example<span style="display:none">x y</span>.com offer</p>`;
    expect(finding(analyze({ html }))?.evidence).toBe('www.example.com');
  });

  it('takes template syntax past the cut for no wording: a template that ends in a closing tag left nothing unread', () => {
    expect(finding(analyze({ html: `<p>${filler(N)}</p>\n{% endif %}\n` }))).toBeUndefined();
    expect(finding(analyze({ html: `<p>${filler(N)}</p>\n{% endif %}\n<p>Act now</p>` }))?.evidence).toBe('Act');
  });

  it('names the rules that stop at the cut: of the phrases category, those a phrase past it does not score in', () => {
    const phraseRules = rules.filter((rule) => rule.category === 'phrases').map((rule) => rule.id);
    // every rule of the category is tried, or said why not
    expect(phraseRules.filter((id) => !(id in SAMPLES) && !(id in NOT_BY_PLACE))).toEqual([]);
    expect(PHRASE_RULES.every((id) => phraseRules.includes(id))).toBe(true);
    for (const id of phraseRules.filter((each) => each in SAMPLES)) {
      const sample = SAMPLES[id] ?? '';
      const scores = (text: string): boolean => (id === 'custom-phrase' ? watchList : { analyze }).analyze({ text }).findings.some((entry) => entry.rule === id);
      expect(scores(`${sample}\n${filler(N)}`), `${id} before the cut`).toBe(true);
      expect(scores(`${filler(N)}\n${sample}`), `${id} past the cut`).toBe(!PHRASE_RULES.includes(id));
    }
  });

  it('names those rules in the finding, those the caller turned off left out', () => {
    const text = `${filler(N)} Act now`;
    const message = finding(analyze({ text }))?.message ?? '';
    for (const id of PHRASE_RULES) expect(message).toContain(id);
    expect(message).toContain('those rules did not search the text');
    const fewer = finding(analyze({ text }, { rules: { 'money-phrase': 'off' } }))?.message ?? '';
    expect(fewer).not.toContain('money-phrase');
    expect(fewer).toContain('urgency-phrase');
    const one = finding(analyze({ text }, { rules: Object.fromEntries(PHRASE_RULES.filter((id) => id !== 'urgency-phrase').map((id) => [id, 'off' as const])) }))?.message ?? '';
    expect(one).toContain('trigger phrases (urgency-phrase), as SpamAssassin does with a long text: from `Act` on, that rule did not search the text, so a pitch there scores nothing in it.');
    const allOff = Object.fromEntries(PHRASE_RULES.map((id) => [id, 'off' as const]));
    expect(finding(analyze({ text }, { rules: allOff }))).toBeUndefined();
  });

  it('agrees with the phrase rules: the pitch past the cut it points at is scored nowhere', () => {
    const text = readFileSync(join(import.meta.dirname, 'fail/pitch-after-a-long-digest.txt'), 'utf8');
    const report = analyze({ text });
    expect(report.findings.filter((entry) => entry.rule === 'urgency-phrase' || entry.rule === 'free-offer-phrase')).toEqual([]);
    expect(finding(report)?.location?.start).toBeLessThan(text.indexOf('One more thing'));
    // The same pitch inside the cut is read.
    const short = analyze({ text: text.slice(text.indexOf('One more thing') - 2_000) });
    expect(finding(short)).toBeUndefined();
    expect(short.findings.map((entry) => entry.rule)).toContain('urgency-phrase');
  });

  it('reads what the phrase rules read of a message with both parts: the HTML, and the text/plain alternative to its own cut', async () => {
    // The text part is searched for trigger phrases to its own first N characters (docs/rules/unchecked-text.md,
    // "A message with an HTML part and a text part"): a long one beside a short HTML gets a finding of its own.
    const digest = readFileSync(join(import.meta.dirname, 'fail/pitch-after-a-long-digest.txt'), 'utf8');
    const summary = `<p>${digest.slice(0, digest.indexOf('\n#1030'))}</p><p>The full list is in the text version.</p>`;
    const raw = (html: string) =>
      `From: Dev <dev@project.example>\r\nSubject: Digest\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${digest}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--b--\r\n`;
    const short = await emailToInput(raw(summary));
    const text = short.text ?? '';
    expect(text.length).toBeGreaterThan(N);
    const report = analyze(short);
    const found = report.findings.filter((entry) => entry.rule === 'unchecked-text');
    expect(found.map((entry) => entry.location?.in)).toEqual(['text']);
    const [inPart] = found;
    // the first word that holds a token starting at or past the text part's cut, as the text part writes it
    const { start = 0, end = 0 } = inPart?.location ?? {};
    expect(text.slice(start, end)).toBe(inPart?.evidence);
    expect(end).toBeGreaterThan(N);
    expect(text.slice(0, start)).toMatch(/\s$/);
    expect(inPart?.message).toBe(
      `Only the first ${number('en', N)} of the ${number('en', text.length)} characters of the plain-text part (spaces included) of this message were searched for trigger phrases (${new Intl.ListFormat('en', { type: 'conjunction' }).format([...PHRASE_RULES].sort())}), as SpamAssassin does with each long part: from \`${inPart?.evidence ?? ''}\` on, those rules did not search the text part, so a pitch there scores nothing in them.`,
    );
    // the pitch at the end of the text part is scored nowhere, as no phrase rule read it
    expect(report.findings.filter((entry) => entry.rule === 'urgency-phrase' || entry.rule === 'free-offer-phrase')).toEqual([]);
    // A long HTML beside it: the HTML's finding counts the HTML's characters and cut, the text part's its own.
    const html = `<p>${filler(N)} Millions</p>`;
    const long = await emailToInput(raw(html));
    const both = analyze(long).findings.filter((entry) => entry.rule === 'unchecked-text');
    const inHtml = both.find((entry) => entry.location?.in === 'html');
    expect(inHtml?.evidence).toBe('Millions');
    expect(inHtml?.message).toBe(finding(analyze({ html: long.html }))?.message);
    expect(inHtml?.message).toMatch(new RegExp(`^Only the first ${number('en', N)} of the 50,0\\d\\d characters`));
    expect(both.find((entry) => entry.location?.in === 'text')?.message).toBe(inPart?.message);
  });

  it('says nothing of a text part of at most its cut, nor twice of a text-only message, nor with those rules off', () => {
    const html = '<p>Hello, the minutes.</p>';
    expect(finding(analyze({ html, text: filler(N) }))).toBeUndefined();
    const found = finding(analyze({ html, text: `${filler(N)} Millions` }));
    expect(found).toMatchObject({ points: 0, evidence: 'Millions', location: { in: 'text', start: N + 1, end: N + 9 } });
    // a text-only message's text is the visible text: one finding, of the text
    const alone = analyze({ text: `${filler(N)} Millions` }).findings.filter((entry) => entry.rule === 'unchecked-text');
    expect(alone.map((entry) => entry.message.startsWith('Only the first 50,000 of the 50,009 characters of visible text'))).toEqual([true]);
    const off = { rules: Object.fromEntries(PHRASE_RULES.map((id) => [id, 'off' as const])) };
    expect(finding(analyze({ html, text: `${filler(N)} Millions` }, off))).toBeUndefined();
    expect(finding(analyze({ html, text: `${filler(N)} Millions` }, { locale: 'fr' }))?.message).toMatch(
      new RegExp(`^Seuls les ${number('fr', N)} premiers des ${number('fr', N + 9)} caractères de la partie texte brut`),
    );
  });

  it('is advice: the score is the same with the rule off', () => {
    const text = `${filler(N)} Act now, limited time!`;
    const report = analyze({ text });
    expect(finding(report)?.points).toBe(0);
    expect(report.score).toBe(analyze({ text }, { rules: { 'unchecked-text': 'off' } }).score);
  });

  it('speaks the report language', () => {
    const text = `${filler(N)} Millions`;
    expect(finding(analyze({ text }, { locale: 'fr' }))?.message).toMatch(new RegExp(`^Seuls les ${number('fr', N)} premiers des ${number('fr', N + 9)} caractères`));
    expect(finding(analyze({ text }, { locale: 'de' }))?.message).toMatch(new RegExp(`^Nur die ersten ${number('de', N)} der ${number('de', N + 9)} Zeichen`));
    expect(finding(analyze({ text }, { locale: 'es' }))?.message).toMatch(new RegExp(`^Solo se revisaron .* los primeros ${number('es', N)} de los ${number('es', N + 9)} caracteres`));
    // singular and plural of the rules that stopped
    const one = { rules: Object.fromEntries(PHRASE_RULES.filter((id) => id !== 'urgency-phrase').map((id) => [id, 'off' as const])) };
    expect(finding(analyze({ text }, { locale: 'fr' }))?.message).toContain('ces règles n’y ont pas cherché de formules déclencheuses, si bien qu’une accroche placée là leur échappe.');
    expect(finding(analyze({ text }, { ...one, locale: 'fr' }))?.message).toContain('cette règle n’y a pas cherché de formules déclencheuses, si bien qu’une accroche placée là lui échappe.');
    expect(finding(analyze({ text }, { locale: 'de' }))?.message).toContain('Ab `Millions` haben diese Regeln den Text nicht nach Trigger-Phrasen durchsucht');
    expect(finding(analyze({ text }, { ...one, locale: 'de' }))?.message).toContain('Ab `Millions` hat diese Regel den Text nicht nach Trigger-Phrasen durchsucht, eine Werbebotschaft dort entgeht ihr also.');
    expect(finding(analyze({ text }, { locale: 'es' }))?.message).toContain('esas reglas no revisaron el texto en busca de ellas, así que una oferta que esté ahí se les escapa.');
    expect(finding(analyze({ text }, { ...one, locale: 'es' }))?.message).toContain('esa regla no revisó el texto en busca de ellas, así que una oferta que esté ahí se le escapa.');
  });
});
