/**
 * unchecked-text says when the trigger-phrase rules stopped reading before the end of the text the
 * reader sees (the fact `scanEnd`, BODY_SCAN_CHARS characters). The fail fixture has to be longer
 * than the cut (the fixture kinds are files, read as they are); the edge cases are built here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../../../core/index.ts';
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

/** The phrase rules that honour the cut, by what they do: a phrase past it counts for nothing in them. */
const PHRASE_RULES = rules.filter((rule) => rule.category === 'phrases' && rule.stopsAtScanEnd === true).map((rule) => rule.id);

describe('unchecked-text', () => {
  it('stays silent on a text of exactly the cut, and fires on one visible word past it, pointing at that word', () => {
    expect(finding(analyze({ text: filler(N) }))).toBeUndefined();
    const text = `${filler(N)} Millions`;
    const found = finding(analyze({ text }));
    expect(found).toMatchObject({ category: 'phrases', points: 0, evidence: 'Millions', location: { in: 'text', start: N + 1, end: N + 9 } });
    expect(found?.message).toContain(`Only the first ${number('en', N)} of the ${number('en', N + 9)} characters of visible text`);
    expect(found?.message).toContain('from `Millions` on, the text was not checked');
  });

  it('points at the first word that starts at or past the cut: a word across it is read', () => {
    // `minutes` straddles the cut: phrases starting in it are read, so the next word is the first unread.
    const sentence = filler(N + 40);
    const across = sentence.lastIndexOf(' ', N) + 1;
    expect(across).toBeLessThan(N);
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

  it('takes template syntax past the cut for no wording: a template that ends in a closing tag left nothing unread', () => {
    expect(finding(analyze({ html: `<p>${filler(N)}</p>\n{% endif %}\n` }))).toBeUndefined();
    expect(finding(analyze({ html: `<p>${filler(N)}</p>\n{% endif %}\n<p>Act now</p>` }))?.evidence).toBe('Act');
  });

  it('names the rules that stopped at the cut, those the caller turned off left out', () => {
    expect(PHRASE_RULES).toEqual(expect.arrayContaining(['money-phrase', 'urgency-phrase', 'shady-phrase']));
    expect(PHRASE_RULES).not.toContain('custom-phrase');
    const text = `${filler(N)} Act now`;
    const message = finding(analyze({ text }))?.message ?? '';
    for (const id of PHRASE_RULES) expect(message).toContain(id);
    const fewer = finding(analyze({ text }, { rules: { 'money-phrase': 'off' } }))?.message ?? '';
    expect(fewer).not.toContain('money-phrase');
    expect(fewer).toContain('urgency-phrase');
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
  });
});
