/**
 * The trigger-phrase rules read the text/plain alternative of a message with HTML (issue 11):
 * SpamAssassin's rendered body and rspamd's text-part regexps read every text part, so a pitch
 * written only in the text part is read by filters (the triggers fact's `plain`), located
 * `in: 'text'` with offsets into the text part; a phrase said in both parts counts once, where the
 * HTML counts it, and a text part that repeats the HTML adds nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, emailToInput, type EmailInput, type Finding } from '../../core/index.ts';
import { BODY_SCAN_CHARS as N } from '../../core/facts/scan-end.ts';
import { parseMessage } from '../../core/message/parse.ts';
import { readLanguage } from '../../core/text/language.ts';
import { tokenize } from '../../core/text/tokenize.ts';

async function fixture(name: string): Promise<EmailInput> {
  return emailToInput(readFileSync(new URL(`../fixtures/eml/text-part/${name}`, import.meta.url)));
}

/** The phrase rules' findings that score, as `rule:evidence@where`, in report order. */
function phrases(findings: readonly Finding[]): string[] {
  return findings.filter((finding) => finding.category === 'phrases' && finding.points > 0).map((finding) => `${finding.rule}:${finding.evidence}@${finding.location?.in ?? '-'}`);
}

/** The same message without its text part. */
const htmlOnly = ({ text: _text, ...input }: EmailInput): EmailInput => input;

describe('trigger phrases of the text part', () => {
  it('fire for a pitch written only in the text part, located in the text part', async () => {
    const input = await fixture('pitch-only-in-text.eml');
    const report = analyze(input);
    expect(phrases(report.findings).sort()).toEqual(['free-offer-phrase:100% free@text', 'shady-phrase:claim your prize@text', 'urgency-phrase:Act now@text', 'urgency-phrase:within 24 hours@text']);
    for (const finding of report.findings.filter((one) => one.location?.in === 'text')) {
      const { start, end } = finding.location ?? { start: 0, end: 0 };
      expect((input.text ?? '').slice(start, end)).toBe(finding.evidence);
    }
    // the HTML alone says none of it
    expect(phrases(analyze(htmlOnly(input)).findings)).toEqual([]);
    expect(report.score).toBeGreaterThan(analyze(htmlOnly(input)).score);
  });

  it('count a phrase said in both parts once, where the HTML says it', async () => {
    const input = await fixture('same-words-both-parts.eml');
    const found = phrases(analyze(input).findings);
    // "Act now" is in the HTML (once) and in the text part (twice): one finding, the HTML's
    expect(found.filter((one) => one.startsWith('urgency-phrase:'))).toEqual(['urgency-phrase:Act now@html']);
    // "claim your prize" is the text part's own
    expect(found).toContain('shady-phrase:claim your prize@text');
    const urgency = (report: { findings: readonly Finding[] }) => report.findings.filter((one) => one.rule === 'urgency-phrase').reduce((sum, one) => sum + one.points, 0);
    expect(urgency(analyze(input))).toBe(urgency(analyze(htmlOnly(input))));
  });

  it('count a form written into both parts once, as form-by-reply\'s labels (review rev41)', () => {
    const lines = ['Full name:', 'Home address:', 'Phone number:', 'Date of birth:', 'Next of kin:', 'Emergency contact:'];
    const html = `<p>Welcome aboard! Before your first day please reply with:</p><p>${lines.join('<br>')}</p><p>Thanks, People Team</p>`;
    const text = `Welcome aboard! Before your first day please reply with:\n\n${lines.join('\n')}\n\nThanks, People Team\n`;
    const report = analyze({ html, text });
    expect(report.findings.some((finding) => finding.rule === 'form-by-reply')).toBe(true);
    // the label's phrase counted by form-by-reply in the HTML is not a phrase of the text part
    const notForm = (found: string[]) => found.filter((one) => !one.startsWith('form-by-reply:'));
    expect(notForm(phrases(report.findings))).toEqual([]);
    expect(report.score).toBe(analyze({ html }).score);
    // with form-by-reply off the label is a phrase again, once
    const off = analyze({ html, text }, { rules: { 'form-by-reply': 'off' } });
    expect(notForm(phrases(off.findings))).toEqual(['shady-phrase:Next of kin@html']);
  });

  it('add nothing for a text part that repeats the HTML, URLs written out included', async () => {
    const input = await fixture('text-repeats-html.eml');
    const withText = analyze(input);
    const alone = analyze(htmlOnly(input));
    expect(phrases(withText.findings).length).toBeGreaterThan(0);
    // the text part writes out https://…/order-now: words of an address, not of the pitch
    expect(input.text).toContain('order-now');
    expect(phrases(withText.findings)).toEqual(phrases(alone.findings));
    expect(withText.findings.some((finding) => finding.category === 'phrases' && finding.location?.in === 'text')).toBe(false);
  });

  it('read the text part in the HTML message only: a text-only message is read as its text, once', async () => {
    const input = await fixture('pitch-only-in-text.eml');
    const textOnly = analyze({ text: input.text ?? '', subject: input.subject ?? '', headers: input.headers ?? {} });
    const urgencies = textOnly.findings.filter((finding) => finding.rule === 'urgency-phrase');
    expect(urgencies.map((finding) => finding.evidence).sort()).toEqual(['Act now', 'within 24 hours']);
  });
  it('count a company-only phrase of the text part only beside another distinct phrase of its company (fraud38 with textpart38)', () => {
    const html = '<p>Dear student, your records are updated. Regards, the office.</p>';
    // "award notification" (alone: false) alone in the text part: a financial-aid office's wording
    const alone = analyze({ html, text: 'Your financial aid award notification for 2027-28 is now available in the student portal.' });
    expect(phrases(alone.findings)).toEqual([]);
    // beside "computer ballot", another company-only phrase, each keeps the other company
    const paired = analyze({ html, text: 'Your award notification: you were selected by a computer ballot system.' });
    expect(phrases(paired.findings).sort()).toEqual(['shady-phrase:award notification@text', 'shady-phrase:computer ballot@text']);
    // the company may be in the HTML: a shady phrase there keeps the text part's one company
    const mixed = analyze({ html: '<p>Dear friend, I write as the next of kin of the late owner.</p>', text: 'Your award notification is attached.' });
    expect(phrases(mixed.findings)).toContain('shady-phrase:award notification@text');
  });

  describe('a phrase the HTML says counts in the text part when the HTML\'s does not (review rev39)', () => {
    /** Plain prose with no trigger phrase, at least `length` characters long. */
    const prose = (length: number) => 'Our weekly letter tells you about the garden and the town. '.repeat(Math.ceil(length / 59));

    it('past the HTML\'s cut: padding the HTML does not hide the text part\'s pitch', () => {
      const pitch = 'Act now and claim your prize.';
      const report = analyze({ html: `<p>${prose(N + 1_000)}</p><p>${pitch}</p>`, text: pitch });
      expect(phrases(report.findings).sort()).toEqual(['shady-phrase:claim your prize@text', 'urgency-phrase:Act now@text']);
      // the HTML alone says it past its cut: no phrase
      expect(phrases(analyze({ html: `<p>${prose(N + 1_000)}</p><p>${pitch}</p>` }).findings)).toEqual([]);
    });

    it('as a lure the HTML warns against: the text part\'s own lure counts', () => {
      const html = '<p>We will never ask for your seed phrase.</p>';
      const found = (input: EmailInput) => analyze(input).findings.filter((one) => one.rule === 'phishing-phrase').map((one) => `${one.evidence}@${one.location?.in ?? '-'}`);
      expect(found({ html })).toEqual([]);
      expect(found({ html, text: 'Enter your seed phrase today or lose access to your wallet.' })).toEqual(['seed phrase@text']);
      // warned in both parts: in neither
      expect(found({ html, text: 'We will never ask for your seed phrase.' })).toEqual([]);
    });

    it('still once where the HTML counts it', () => {
      const report = analyze({ html: '<p>Act now, friend.</p>', text: 'Act now. Act now, friend.' });
      expect(phrases(report.findings)).toEqual(['urgency-phrase:Act now@html']);
    });
  });

  describe('the text part is read in its own language too (review rev39)', () => {
    const html = '<p>Hello, here is the news of the week from our team, with the dates of the meetings and the notes of the board.</p>';
    const french = "Bonjour, agissez maintenant : une offre pour vous et votre famille, avec nous, dans les 24 heures.";

    it('a French text part beside English HTML says its French phrases', () => {
      const report = analyze({ html, text: french });
      expect(phrases(report.findings).sort()).toEqual(['urgency-phrase:agissez maintenant@text', 'urgency-phrase:dans les 24 heures@text']);
      for (const finding of report.findings.filter((one) => one.location?.in === 'text')) {
        expect(french.slice(finding.location?.start, finding.location?.end)).toBe(finding.evidence);
      }
    });

    it('not when the caller names the languages (they are all it reads), nor for a text part in the HTML\'s language', () => {
      expect(phrases(analyze({ html, text: french }, { languages: ['en'] }).findings)).toEqual([]);
      // French HTML and text part: read in French as before, once
      const both = analyze({ html: `<p>${french}</p>`, text: french });
      expect(phrases(both.findings).sort()).toEqual(['urgency-phrase:agissez maintenant@html', 'urgency-phrase:dans les 24 heures@html']);
    });

    it('template syntax in the text part never votes', () => {
      const votes = createAnalyzer().context({ text: 'x' }).lists.languageVotes;
      const text = '{% if vous %}{{ nous }} {{ avec }} {{ votre }} {{ pour }} {{ dans }} {{ cette }} {{ mais }} {{ leur }} {{ aussi }} {{ sont }}{% endif %} Your order ships today and we will write to you when it is on its way.';
      // read as it stands, the tags' French words outvote the sentence; left out, it is English
      const tokens = tokenize(text);
      expect(readLanguage(text, tokens, [], votes).language).toBe('fr');
      expect(parseMessage({ html, text }, votes).plainLanguage).toBe('en');
      expect(parseMessage({ html }, votes).plainLanguage).toBeNull();
    });
  });

  describe('the text part is matched to its cut (issue 12: a 10 MB text part)', () => {
    /** Meeting-notes prose with no trigger phrase, exactly `length` characters long. */
    const filler = (length: number) => 'The committee reviewed the quarterly minutes and agreed on the agenda for Tuesday. '.repeat(Math.ceil(length / 20)).slice(0, length);
    const html = '<p>Hello, the minutes of the week.</p>';
    const MONEY = 'millions of dollars';
    const moneyAt = (at: number) => `${filler(at - 1)} ${MONEY} ${filler(5_000)}`;

    it('a phrase that starts before the cut counts, one at the cut does not', () => {
      const found = (text: string) => analyze({ html, text }).findings.filter((one) => one.rule === 'money-phrase').map((one) => one.location?.start);
      expect(moneyAt(N - 1).indexOf(MONEY)).toBe(N - 1);
      expect(found(moneyAt(N - 1))).toEqual([N - 1]);
      expect(found(moneyAt(N))).toEqual([]);
    });

    it('no hit is looked for far past the cut; the user\'s own phrases are, as in the text', () => {
      const text = `${filler(N + 10_000)} ${MONEY} ${filler(100)}`;
      const plain = createAnalyzer().context({ html, text }).facts.triggers.plain;
      expect(plain.length).toBe(0);
      const own = createAnalyzer({ phrases: { add: ['zorblax offer'] } });
      const report = own.analyze({ html, text: `${filler(N + 10_000)} ${MONEY}, the zorblax offer.` });
      expect(report.findings.filter((one) => one.rule === 'custom-phrase').map((one) => `${one.evidence}@${one.location?.in ?? '-'}`)).toEqual(['zorblax offer@text']);
    });
  });
});
