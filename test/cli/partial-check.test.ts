// A finding that says the check was partial (Rule.partialCheck) reaches CI whatever the format: it
// is about the run, not the mail, so it is never left out as advice is.
import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../../core/index.ts';
import type { FileReport } from '../../cli/analyze-source.ts';
import { createPalette } from '../../cli/color.ts';
import { formatJunit } from '../../cli/formatters/junit.ts';
import { formatSarif } from '../../cli/formatters/sarif.ts';
import type { FormatInput } from '../../cli/formatters/format.ts';
import { sarifValidator } from './helpers.ts';

/** A pitch in Japanese, which no wordlist reads: unchecked-language says so, as advice. */
const JAPANESE = '今すぐクリック！完全無料で現金プレゼント！今すぐクリック！完全無料で現金プレゼント！お申し込みはこちらから。';

function input(results: FileReport[], extra: Partial<FormatInput> = {}): FormatInput {
  return { results, failOn: 'high', threshold: 5, cwd: process.cwd(), quiet: false, palette: createPalette(false), version: '0.0.0', ...extra };
}

const report = analyze({ text: JAPANESE });
const file: FileReport = { file: 'mail.txt', report, positions: report.findings.map(() => null) };

interface Log {
  runs: { results: { ruleId: string; level: string }[]; invocations: { toolExecutionNotifications: { level: string; associatedRule?: { id: string }; message: { text: string } }[] }[] }[];
}

describe('findings that say the check was partial', () => {
  it('are the rules that declare it', () => {
    expect(rules.filter((rule) => rule.partialCheck).map((rule) => rule.id).sort()).toEqual(['unchecked-language', 'unchecked-links', 'unchecked-text']);
    expect(report.findings.find((finding) => finding.rule === 'unchecked-language')?.points).toBe(0);
  });

  it('SARIF: a tool notification and a result of level note, without --sarif-advice', () => {
    const log = JSON.parse(formatSarif(input([file]))) as Log;
    expect(sarifValidator()(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.filter((result) => result.ruleId === 'unchecked-language').map((result) => result.level)).toEqual(['note']);
    const notes = run?.invocations[0]?.toolExecutionNotifications ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ level: 'warning', associatedRule: { id: 'unchecked-language' } });
    expect(notes[0]?.message.text.startsWith('mail.txt: ')).toBe(true);
    // other advice is still left out
    expect(run?.results.every((result) => result.level !== 'none')).toBe(true);
  });

  it('JUnit: in the output of a passing test case', () => {
    const xml = formatJunit(input([file]));
    expect(report.score).toBeLessThan(5);
    expect(xml).toMatch(/<testcase classname="spamrisk" name="mail.txt" file="mail.txt">\n {6}<system-out>partial check: mail.txt:1:1 0.0 unchecked-language: /);
    expect(xml).not.toContain('<failure');
  });

  it('include a text the phrase rules did not read to its end, in SARIF and JUnit alike', () => {
    const long = analyze({ text: `${'The committee met on Tuesday. '.repeat(1_700)}\nAct now.` });
    const longFile: FileReport = { file: 'long.txt', report: long, positions: long.findings.map(() => null) };
    const log = JSON.parse(formatSarif(input([longFile]))) as Log;
    expect(log.runs[0]?.results.filter((result) => result.ruleId === 'unchecked-text').map((result) => result.level)).toEqual(['note']);
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications.map((note) => note.associatedRule?.id)).toEqual(['unchecked-text']);
    expect(formatJunit(input([longFile]))).toContain('<system-out>partial check: long.txt:1:1 0.0 unchecked-text: Only the first 50,000 of the 51,009 characters');
  });
});
