/**
 * Whole messages that two wording rules once scored twice (issue 11): legitimate mail that asks for
 * a next of kin in a form, or says "THIS IS AN ADVERTISEMENT" as US bar rules and CAN-SPAM ask,
 * stays under 5.0 and its words are counted once; the spam beside them keeps every signal it had.
 * test/score/mail/ham/ and spam/ hold the messages (written for these tests, not from a corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeEmail, type Finding, type Report } from '../../core/index.ts';

const mail = (name: string): Promise<Report> => analyzeEmail(readFileSync(join(import.meta.dirname, 'mail', name)));
const of = (report: Report, rule: string): Finding[] => report.findings.filter((finding) => finding.rule === rule);
const pointsOf = (report: Report, rule: string): number => of(report, rule).reduce((sum, finding) => sum + finding.points, 0);
const within = (inner: Finding, outer: Finding): boolean =>
  inner.location !== undefined && outer.location !== undefined && inner.location.in === outer.location.in && outer.location.start <= inner.location.start && inner.location.end <= outer.location.end;

describe('legitimate mail that shares its words with scams', () => {
  it('an HR onboarding form asking for a next of kin: the label is the form\'s, not a lure as well', async () => {
    const report = await mail('ham/hr-onboarding.eml');
    const [form] = of(report, 'form-by-reply');
    expect(form?.points).toBe(2);
    // "Next of kin:" in the form is form-by-reply's label; the two mentions outside it (a longer
    // label, a sentence) are shady-phrase's, as repeats.
    expect(of(report, 'shady-phrase').filter((finding) => within(finding, form!))).toEqual([]);
    expect(of(report, 'shady-phrase').map((finding) => finding.evidence.toLowerCase())).toEqual(['next of kin', 'next of kin']);
    expect(report.score).toBeLessThan(5);
  });

  it('with form-by-reply off, a form\'s label counts as the phrase it is (its words are scored somewhere)', async () => {
    const text = 'Hi Sam,\nWelcome aboard! Please fill in the details below.\n\nFull name:\nHome address:\nMobile phone:\nDate of birth:\nNext of kin:\n';
    const kin = (report: Report): string[] => of(report, 'shady-phrase').map((finding) => finding.evidence.toLowerCase());
    expect(kin(analyze({ text }))).toEqual([]);
    const off = analyze({ text }, { rules: { 'form-by-reply': 'off' } });
    expect(of(off, 'form-by-reply')).toEqual([]);
    expect(kin(off)).toEqual(['next of kin']);
    expect(off.score).toBeGreaterThan(0);
    // the whole onboarding mail: its three mentions all count, the form's first
    const report = await analyzeEmail(readFileSync(join(import.meta.dirname, 'mail', 'ham/hr-onboarding.eml')), { rules: { 'form-by-reply': 'off' } });
    expect(kin(report)).toEqual(['next of kin', 'next of kin', 'next of kin']);
  });

  it('a school trip consent form asking for an emergency contact stays low', async () => {
    const report = await mail('ham/school-trip-consent.eml');
    expect(report.level).toBe('low');
  });

  it('a law firm\'s advertisement with the bar-required notice: the notice counts once, in shady-phrase', async () => {
    const report = await mail('ham/law-firm-advertisement.eml');
    // The notice, both times the message gives it, and nothing else in shady-phrase.
    expect(of(report, 'shady-phrase').map((finding) => finding.evidence)).toEqual(['THIS IS AN ADVERTISEMENT', 'THIS IS AN ADVERTISEMENT']);
    expect(of(report, 'phrase-density')).toEqual([]);
    expect(report.score).toBeLessThan(5);
  });

  it('a legal memo marked "strictly confidential" in its subject and text stays low (2.6, medium, at the phrase\'s old sureness 1.2)', async () => {
    const report = await mail('ham/confidential-memo.eml');
    // the phrase still counts where it is written, for less
    expect(pointsOf(report, 'shady-phrase')).toBeGreaterThan(0);
    expect(pointsOf(report, 'subject-phrase')).toBeGreaterThan(0);
    expect(report.level).toBe('low');
  });

  it('the short law-firm advertisement of the review scores under 5.0 (5.1 when phrase-density counted the notice)', () => {
    const text = readFileSync(join(import.meta.dirname, '../rules/large-sum-lure/pass/admission-is-no-lure.txt'), 'utf8');
    const report = analyze({ text });
    expect(pointsOf(report, 'shady-phrase')).toBeGreaterThan(0);
    expect(of(report, 'phrase-density')[0]?.evidence).toMatch(/^3 phrases/);
    expect(report.score).toBeLessThan(5);
  });
});

describe('spam that uses the same words keeps its signals', () => {
  it('advance-fee fraud with a next of kin in its story and in its form', async () => {
    const report = await mail('spam/advance-fee-next-of-kin.eml');
    const [form] = of(report, 'form-by-reply');
    expect(form?.points).toBe(2);
    const kin = of(report, 'shady-phrase').filter((finding) => /next of kin/i.test(finding.evidence));
    // the story's two mentions, outside the form
    expect(kin.length).toBe(2);
    expect(kin.some((finding) => within(finding, form!))).toBe(false);
    expect(of(report, 'large-sum-lure').length).toBe(1);
    expect(of(report, 'phrase-density').length).toBe(1);
    expect(report.score).toBeGreaterThanOrEqual(5);
  });

  it('a lead-generation pitch that admits it is an advertisement', async () => {
    const report = await mail('spam/admits-advertisement-lead-gen.eml');
    const admission = of(report, 'shady-phrase').find((finding) => /advertisement/i.test(finding.evidence));
    expect(admission?.points).toBeGreaterThan(0);
    expect(of(report, 'phrase-density').length).toBe(1);
    expect(report.score).toBeGreaterThanOrEqual(5);
  });
});
