/**
 * Detection metrics: ROC AUC (ties count half, as in the Mann–Whitney U statistic), the confusion
 * counts at a threshold, and the weighted log-loss the weight fit minimises.
 */

/**
 * ROC AUC: the probability that a random positive scores above a random negative, ties counting
 * one half. NaN when either side is empty.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  const all = [
    ...positives.map((score) => ({ score, positive: true })),
    ...negatives.map((score) => ({ score, positive: false })),
  ].sort((a, b) => a.score - b.score);
  // Sum of the positives' ranks, tied scores sharing the mean of their ranks.
  let rankSum = 0;
  for (let start = 0; start < all.length; ) {
    let end = start;
    while (end < all.length && all[end]!.score === all[start]!.score) end++;
    const meanRank = (start + 1 + end) / 2;
    for (let index = start; index < end; index++) if (all[index]!.positive) rankSum += meanRank;
    start = end;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

export interface Confusion {
  /** spam at or above the threshold */
  readonly tp: number;
  /** ham at or above the threshold */
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
  /** tp / (tp + fp); NaN when nothing is flagged */
  readonly precision: number;
  /** tp / spam; NaN without spam */
  readonly recall: number;
  /** fp / ham; NaN without ham */
  readonly falsePositiveRate: number;
}

/** Counts at a threshold: a message is flagged when its score is at or above it (the score convention). */
export function confusionAt(spamScores: readonly number[], hamScores: readonly number[], threshold: number): Confusion {
  const tp = spamScores.filter((score) => score >= threshold).length;
  const fp = hamScores.filter((score) => score >= threshold).length;
  const fn = spamScores.length - tp;
  const tn = hamScores.length - fp;
  return {
    tp,
    fp,
    tn,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : Number.NaN,
    recall: spamScores.length > 0 ? tp / spamScores.length : Number.NaN,
    falsePositiveRate: hamScores.length > 0 ? fp / hamScores.length : Number.NaN,
  };
}

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Mean log-loss of logits against 0/1 labels, each row weighted. */
export function weightedLogLoss(logits: ArrayLike<number>, labels: ArrayLike<number>, weights: ArrayLike<number>): number {
  let loss = 0;
  let total = 0;
  for (let index = 0; index < logits.length; index++) {
    const z = logits[index]!;
    const w = weights[index]!;
    loss += w * (softplus(z) - labels[index]! * z);
    total += w;
  }
  return total > 0 ? loss / total : Number.NaN;
}
