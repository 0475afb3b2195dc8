import { describe, expect, it } from 'vitest';
import type { CorpusMessage, Part } from '../../scripts/eval/corpus.ts';
import { cohortsOf, computeFigures, fireCounts, type Scored } from '../../scripts/eval/figures.ts';

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
    expect(auc('spamassassin: spam vs ham')).toMatchObject({ auc: 0.75, positives: 2, negatives: 2, target: 0.95 });
    expect(auc('spamassassin: spam vs hard_ham')).toMatchObject({ auc: 0.5, target: 0.92 });
    expect(auc('spamassassin: spam vs easy_ham')?.target).toBeUndefined();
    expect(auc('spamassassin: spam vs ham, HTML only')).toMatchObject({ auc: 1, positives: 1, negatives: 1 });
    expect(auc('phishing-modern vs all ham (spamassassin)')).toMatchObject({ auc: 1, target: 0.92 });
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
