import { describe, expect, it } from 'vitest';
import type { CorpusMessage, Part } from '../../scripts/eval/corpus.ts';
import { cohortsOf, computeFigures, fireCounts, groupFigures, type Scored, TARGETS } from '../../scripts/eval/figures.ts';

const part = (name: string, role: Part['role'], companion = false): Part => ({ name, folder: `/${name}`, role, companion });
const main = part('spamassassin', 'mixed');
const phishing = part('phishing-modern', 'spam-only');
const legit = part('legit-modern', 'ham-only');

function message(p: Part, label: 'spam' | 'ham', group: string, extra: Partial<CorpusMessage> = {}): CorpusMessage {
  return { file: 'f', path: '/f', part: p, label, group, hasHtml: null, kind: '', note: '', filedAsSpam: false, ...extra };
}

const rows: Scored[] = [
  { message: message(main, 'spam', 'spam'), score: 9, hasHtml: true },
  { message: message(main, 'spam', 'spam_2'), score: 3, hasHtml: false },
  { message: message(main, 'ham', 'easy_ham'), score: 0, hasHtml: false },
  { message: message(main, 'ham', 'hard_ham'), score: 6, hasHtml: true },
  { message: message(phishing, 'spam', 'phishing_pot'), score: 7, hasHtml: true },
  { message: message(legit, 'ham', 'legit-modern', { kind: 'promo', filedAsSpam: true }), score: 5, hasHtml: true },
  { message: message(legit, 'ham', 'legit-modern', { kind: 'transactional' }), score: 1, hasHtml: true },
];

describe('computeFigures', () => {
  const figures = computeFigures(rows, 5);
  const auc = (name: string) => figures.auc.find((figure) => figure.name === name);

  it('ranks spam against all ham, each ham group, HTML only, and the modern parts', () => {
    expect(auc('spamassassin: spam vs ham')).toMatchObject({ auc: 0.75, positives: 2, negatives: 2, target: TARGETS.aucSpamHam });
    expect(auc('spamassassin: spam vs hard_ham')).toMatchObject({ auc: 0.5, target: TARGETS.aucSpamHardHam });
    expect(auc('spamassassin: spam vs easy_ham')?.target).toBeUndefined();
    expect(auc('spamassassin: spam vs ham, HTML only')).toMatchObject({ auc: 1, positives: 1, negatives: 1 });
    expect(auc('phishing-modern vs all ham (spamassassin)')).toMatchObject({ auc: 1, target: TARGETS.aucPhishingHam });
    expect(auc('phishing-modern vs legit-modern')).toMatchObject({ auc: 1 });
  });

  it('counts flagged messages at the threshold, legit-modern filed-as-spam apart', () => {
    const main = figures.atThreshold.find((figure) => figure.name === 'spamassassin: spam vs ham')!.confusion;
    expect(main).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1 });
    const fp = Object.fromEntries(figures.falsePositives.map((figure) => [figure.name.trim(), `${figure.flagged}/${figure.total}`]));
    expect(fp).toMatchObject({
      'spamassassin ham': '1/2',
      hard_ham: '1/1',
      'legit-modern': '1/2',
      'filed as spam by their mailbox': '1/1',
      'the rest': '0/1',
      promo: '1/1',
    });
  });
});

describe('cohortsOf / fireCounts', () => {
  it('gives spam, ham, hard_ham and one column per one-label part, and counts firings per column', () => {
    const cohorts = cohortsOf([main, phishing, legit]);
    expect(cohorts.map((cohort) => cohort.name)).toEqual(['spam', 'ham', 'hard_ham', 'phishing-modern', 'legit-modern']);
    const fired = rows.map((row) => Uint8Array.of(row.score >= 5 ? 1 : 0));
    const { counts, sizes } = fireCounts(rows.map((row) => row.message), fired, 1, cohorts);
    expect(sizes).toEqual([2, 2, 1, 1, 2]);
    expect(counts[0]).toEqual([1, 1, 1, 1, 1]);
  });

  it('treats a companion part\'s ham as the reference ham', () => {
    expect(cohortsOf([phishing, part('spamassassin', 'ham-only', true)]).map((cohort) => cohort.name)).toEqual(['ham', 'hard_ham', 'phishing-modern']);
  });
});

describe('groupFigures', () => {
  const entries = [
    { group: 'spam', label: 'spam' as const, score: 8 },
    { group: 'spam', label: 'spam' as const, score: 6 },
    { group: 'spam_2', label: 'spam' as const, score: 1 },
    { group: 'spam_2', label: 'spam' as const, score: 5 },
    { group: 'easy_ham', label: 'ham' as const, score: 0 },
    { group: 'easy_ham', label: 'ham' as const, score: 0 },
    { group: 'hard_ham', label: 'ham' as const, score: 5 },
    { group: 'hard_ham', label: 'ham' as const, score: 2 },
  ];
  const summary = groupFigures(entries, 5);
  const of = (group: string) => summary.groups.find((figure) => figure.group === group)!;

  it('ranks each group against every message of the other label, and counts it at the threshold', () => {
    // spam (8, 6) vs ham (0, 0, 5, 2): all 8 pairs won
    expect(of('spam')).toMatchObject({ label: 'spam', size: 2, auc: 1, flagged: 2 });
    // spam_2 (1, 5) vs ham: 1 beats 0, 0 (2 of 4); 5 beats 0, 0, 2 and ties 5 (3.5 of 4) → 5.5 / 8
    expect(of('spam_2')).toMatchObject({ auc: 5.5 / 8, flagged: 1 });
    // hard_ham (5, 2) vs spam (8, 6, 1, 5): 5 loses to 8, 6, ties 5 (2.5 of 4 won by spam); 2 loses to 8, 6, 5 (3 of 4) → 5.5 / 8
    expect(of('hard_ham')).toMatchObject({ label: 'ham', auc: 5.5 / 8, flagged: 1 });
    expect(of('easy_ham').auc).toBe(1);
  });

  it('gives the mean and the worst group of each figure', () => {
    expect(summary.auc.mean).toBeCloseTo((1 + 5.5 / 8 + 1 + 5.5 / 8) / 4, 12);
    expect(summary.auc.worst.group).toBe('hard_ham'); // tied with spam_2: the first in name order wins
    expect(summary.recall).toMatchObject({ mean: 0.75, worst: { group: 'spam_2' } });
    expect(summary.falsePositives).toMatchObject({ mean: 0.25, worst: { group: 'hard_ham' } });
  });

  it('refuses a group that mixes labels', () => {
    expect(() => groupFigures([...entries, { group: 'spam', label: 'ham', score: 0 }], 5)).toThrow(/both/);
  });
});
