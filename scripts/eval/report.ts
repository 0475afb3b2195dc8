/**
 * Plain-text output of the evaluation and the fit: aligned tables, figures with their targets, and
 * a progress line on a terminal (stderr, so that stdout stays a clean report).
 */
import type { Figures } from './figures.ts';

export function percent(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(digits)} %` : '–';
}

export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, [...cell].length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, index) => {
          const pad = ' '.repeat((widths[index] ?? 0) - [...cell].length);
          return index === 0 ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
  );
}

const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');

export function formatFigures(figures: Figures): string[] {
  const sections: string[][] = [];
  if (figures.auc.length > 0) {
    sections.push([
      'ROC AUC',
      ...table([
        ['', 'AUC', 'positives', 'negatives', 'target'],
        ...figures.auc.map((figure) => [
          figure.name,
          fixed(figure.auc),
          String(figure.positives),
          String(figure.negatives),
          figure.target !== undefined ? `≥ ${figure.target.toFixed(2)} ${met(figure.auc >= figure.target)}` : '',
        ]),
      ]),
    ]);
  }
  if (figures.atThreshold.length > 0) {
    sections.push([
      `At ${figures.threshold.toFixed(1)} points`,
      ...table([
        ['', 'precision', 'recall', 'FP rate', 'flagged spam', 'flagged ham'],
        ...figures.atThreshold.map(({ name, confusion }) => [
          name,
          percent(confusion.precision),
          percent(confusion.recall),
          percent(confusion.falsePositiveRate, 2),
          `${confusion.tp}/${confusion.tp + confusion.fn}`,
          `${confusion.fp}/${confusion.fp + confusion.tn}`,
        ]),
      ]),
    ]);
  }
  if (figures.falsePositives.length > 0) {
    sections.push([
      `False positives at ${figures.threshold.toFixed(1)} points`,
      ...table([
        ['', 'flagged', 'rate', 'target'],
        ...figures.falsePositives.map((figure) => {
          const rate = figure.flagged / figure.total;
          return [
            figure.name,
            `${figure.flagged}/${figure.total}`,
            percent(rate),
            figure.target !== undefined ? `≤ ${percent(figure.target, 0)} ${met(rate <= figure.target)}` : '',
          ];
        }),
      ]),
    ]);
  }
  return sections.flatMap((section, index) => (index === 0 ? section : ['', ...section]));
}

/** A progress line on stderr when it is a terminal; nothing otherwise (CI logs stay clean). */
export function progress(label: string): { update(done: number, total: number): void; end(): void } {
  const live = process.stderr.isTTY === true;
  let last = 0;
  return {
    update(done, total) {
      if (!live) return;
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      process.stderr.write(`\r${label} ${done}/${total} (${Math.floor((done / Math.max(total, 1)) * 100)} %)\u001b[K`);
    },
    end() {
      if (live) process.stderr.write('\r\u001b[K');
    },
  };
}
