/**
 * Trigger-phrase rules read the first BODY_SCAN_CHARS characters the reader sees, as
 * SpamAssassin's body rules read the first `body_part_scan_size` bytes of a text part: a long
 * digest or report says money and offer words deep inside without making a pitch. Hidden text does
 * not count toward the cut (filler hidden before a pitch does not push it out); the subject is read
 * whole, and so is the user's own watch list (custom-phrase). Invented texts, no corpus message.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Report } from '../../core/index.ts';
import { BODY_SCAN_CHARS as N } from '../../core/facts/scan-end.ts';

/** Plain meeting-notes prose with no trigger phrase, exactly `length` characters long. */
function filler(length: number): string {
  const sentence = 'The committee reviewed the quarterly minutes and agreed on the agenda for Tuesday. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

function rulesOf(report: Report): string[] {
  return report.findings.filter((finding) => finding.points > 0).map((finding) => finding.rule);
}

const MONEY = 'millions of dollars';
const SHADY = 'The notice said this is not spam and that it is perfectly legal. ';

/** A text whose money phrase starts at offset `at` (filler, a space, the phrase, more filler). */
function moneyAt(at: number): string {
  const text = `${filler(at - 1)} ${MONEY} ${filler(5_000)}`;
  expect(text.indexOf(MONEY)).toBe(at);
  return text;
}

const PITCH = '<p>Earn extra income from home! Act now, limited time, 100% guaranteed. Millions of dollars.</p>';
const PITCH_RULES = ['money-phrase', 'urgency-phrase', 'guarantee-phrase'];

describe('phrase rules read the first BODY_SCAN_CHARS characters the reader sees', () => {
  it('the filler alone has no trigger', () => {
    expect(rulesOf(analyze({ text: filler(N + 5_000) }))).toEqual([]);
  });

  it('counts a phrase near the top of a long text', () => {
    expect(rulesOf(analyze({ text: `${MONEY}. ${filler(N + 5_000)}` }))).toContain('money-phrase');
  });

  it('counts a phrase that starts at the last character read, not one at the first past it', () => {
    expect(rulesOf(analyze({ text: moneyAt(N - 1) }))).toContain('money-phrase');
    expect(rulesOf(analyze({ text: moneyAt(N) }))).not.toContain('money-phrase');
  });

  it('counts a phrase that starts inside the cut and ends past it', () => {
    expect(rulesOf(analyze({ text: moneyAt(N - 5) }))).toContain('money-phrase');
  });

  it('does not count phrases that start past the limit', () => {
    const report = analyze({ text: `${filler(N + 10)} ${MONEY}. ${SHADY}` });
    expect(rulesOf(report)).not.toContain('money-phrase');
    expect(rulesOf(report)).not.toContain('shady-phrase');
  });

  it('the same phrases in a short text do count', () => {
    const report = analyze({ text: `${filler(2_000)} ${MONEY}. ${SHADY}` });
    expect(rulesOf(report)).toEqual(expect.arrayContaining(['money-phrase', 'shady-phrase']));
  });

  it('reads the subject whole, however long the body', () => {
    const report = analyze({ subject: 'Act now: earn extra income', text: filler(60_000) });
    expect(rulesOf(report)).toContain('subject-phrase');
  });

  it("reads the user's own watch list to the end", () => {
    const text = `${filler(N + 10)} Please ask about the zorblax upgrade.`;
    const report = analyze({ text }, { phrases: { add: ['zorblax'] } });
    expect(rulesOf(report)).toContain('custom-phrase');
  });

  it('does not let filler hidden before a pitch push the pitch past the cut', () => {
    for (const style of ['display:none', 'font-size:0', 'color:#fff;background:#fff']) {
      const html = `<html><body><div style="${style}">${filler(N + 4_000)}</div>${PITCH}</body></html>`;
      expect(rulesOf(analyze({ html })), style).toEqual(expect.arrayContaining(PITCH_RULES));
    }
    // The same filler shown is read, and the pitch after it is past the cut.
    const shown = rulesOf(analyze({ html: `<html><body><div>${filler(N + 4_000)}</div>${PITCH}</body></html>` }));
    for (const rule of PITCH_RULES) expect(shown).not.toContain(rule);
  });

  it('counts the text seen after a hidden block toward the cut', () => {
    const html = `<html><body><p>${filler(N - 2_000)}</p><div style="display:none">${filler(10_000)}</div><p>${filler(3_000)}</p>${PITCH}</body></html>`;
    const rules = rulesOf(analyze({ html }));
    for (const rule of PITCH_RULES) expect(rules).not.toContain(rule);
  });
});

describe('the scanEnd fact', () => {
  const analyzer = createAnalyzer();
  const scanEnd = (html: string): number => analyzer.context({ html }).facts.scanEnd;

  it('is the cut itself when nothing is hidden', () => {
    expect(scanEnd(`<p>${'x'.repeat(N + 100)}</p>`)).toBe(N);
  });

  it('moves past each hidden block by its length, a block nested in another counted once', () => {
    const nested = `<div style="display:none">${'a'.repeat(1_000)}<span style="font-size:0">${'b'.repeat(500)}</span>${'c'.repeat(500)}</div>`;
    const second = `<div style="color:#fff;background:#fff">${'d'.repeat(700)}</div>`;
    // Blocks are separated by one line break each in the text: 2,000 + 700 characters hidden.
    expect(scanEnd(`<p>${'x'.repeat(100)}</p>${nested}<p>${'y'.repeat(300)}</p>${second}<p>${'z'.repeat(N)}</p>`)).toBe(N + 2_700);
  });
});
