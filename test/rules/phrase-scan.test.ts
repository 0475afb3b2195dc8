/**
 * Trigger-phrase rules read the first PHRASE_SCAN_CHARS characters of the visible text, as
 * SpamAssassin's body rules read the first `body_part_scan_size` bytes of a text part: a long
 * digest or report says money and offer words deep inside without making a pitch. The user's own
 * watch list (custom-phrase) is read to the end. Invented texts, no corpus message.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../core/index.ts';
import { PHRASE_SCAN_CHARS } from '../../core/rules/phrase-rule.ts';

/** Plain meeting-notes prose with no trigger phrase, at least `length` characters long. */
function filler(length: number): string {
  const sentence = 'The committee reviewed the quarterly minutes and agreed on the agenda for Tuesday. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

function rulesOf(report: Report): string[] {
  return report.findings.filter((finding) => finding.points > 0).map((finding) => finding.rule);
}

const MONEY = 'Analysts said the merger could cost millions of dollars. ';
const SHADY = 'The notice said this is not spam and that it is perfectly legal. ';

describe('phrase rules read the first PHRASE_SCAN_CHARS characters of the text', () => {
  it('the filler alone has no trigger', () => {
    expect(rulesOf(analyze({ text: filler(PHRASE_SCAN_CHARS + 5_000) }))).toEqual([]);
  });

  it('counts a phrase near the top of a long text', () => {
    const report = analyze({ text: `${MONEY}${filler(PHRASE_SCAN_CHARS + 5_000)}` });
    expect(rulesOf(report)).toContain('money-phrase');
  });

  it('counts a phrase that starts just inside the limit', () => {
    const before = filler(PHRASE_SCAN_CHARS - 100);
    const report = analyze({ text: `${before}${MONEY}${filler(5_000)}` });
    expect(rulesOf(report)).toContain('money-phrase');
  });

  it('does not count phrases that start past the limit', () => {
    const report = analyze({ text: `${filler(PHRASE_SCAN_CHARS + 10)}${MONEY}${SHADY}` });
    expect(rulesOf(report)).not.toContain('money-phrase');
    expect(rulesOf(report)).not.toContain('shady-phrase');
  });

  it('the same phrases in a short text do count', () => {
    const report = analyze({ text: `${filler(2_000)}${MONEY}${SHADY}` });
    expect(rulesOf(report)).toEqual(expect.arrayContaining(['money-phrase', 'shady-phrase']));
  });

  it("reads the user's own watch list to the end", () => {
    const text = `${filler(PHRASE_SCAN_CHARS + 10)} Please ask about the zorblax upgrade.`;
    const report = analyze({ text }, { phrases: { add: ['zorblax'] } });
    expect(rulesOf(report)).toContain('custom-phrase');
  });
});
