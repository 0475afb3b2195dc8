/**
 * L2-regularised logistic regression with box constraints, by cyclic coordinate descent: each
 * coordinate takes a Newton step on its one-dimensional slice of the (convex) objective, projected
 * onto its bounds, halved until the objective does not rise. Rule hits are sparse (most rules are
 * silent on most mail), so the features are kept by column and a sweep costs the number of hits.
 *
 *   minimise  (1/S) Σᵢ sᵢ [log(1 + e^zᵢ) − yᵢ zᵢ] + (λ/2) Σⱼ wⱼ²,   zᵢ = b + Σⱼ wⱼ xᵢⱼ,
 *   with lowerⱼ ≤ wⱼ ≤ upperⱼ, sᵢ the sample weights, S = Σ sᵢ; the intercept b is free and unpenalised.
 *
 * Also here: seeded, stratified, deterministic k-fold assignment.
 */
import { softplus, sigmoid } from './metrics.ts';

/** A sparse column: the rows where a feature is non-zero and its values there. */
export interface Column {
  readonly rows: Int32Array;
  readonly values: Float64Array;
}

export interface Dataset {
  readonly n: number;
  readonly columns: readonly Column[];
  /** 1 = spam, 0 = ham */
  readonly y: Uint8Array;
  /** sample weights (> 0) */
  readonly weights: Float64Array;
}

export interface FitOptions {
  readonly lambda: number;
  /** per feature, default 0 (non-negative weights) */
  readonly lower?: ArrayLike<number>;
  /** per feature, default +∞ */
  readonly upper?: ArrayLike<number>;
  readonly maxSweeps?: number;
  /** stop when no coordinate moves a logit by more than this in a sweep */
  readonly tolerance?: number;
  /** warm start (e.g. the solution for a nearby λ); clipped to the bounds */
  readonly start?: Pick<LogisticModel, 'weights' | 'intercept'>;
}

export interface LogisticModel {
  readonly weights: Float64Array;
  readonly intercept: number;
  readonly sweeps: number;
  readonly converged: boolean;
}

/** Builds a dataset from dense rows (tests, small inputs). */
export function datasetFromRows(rows: readonly (readonly number[])[], y: readonly number[], weights?: readonly number[]): Dataset {
  const d = rows[0]?.length ?? 0;
  const columns: Column[] = [];
  for (let j = 0; j < d; j++) {
    const at: number[] = [];
    const values: number[] = [];
    rows.forEach((row, i) => {
      const value = row[j] ?? 0;
      if (value !== 0) {
        at.push(i);
        values.push(value);
      }
    });
    columns.push({ rows: Int32Array.from(at), values: Float64Array.from(values) });
  }
  return {
    n: rows.length,
    columns,
    y: Uint8Array.from(y),
    weights: Float64Array.from(weights ?? rows.map(() => 1)),
  };
}

/** The rows `indices` of a dataset, renumbered 0…m−1 in the order given (indices ascending keeps columns sorted). */
export function subset(data: Dataset, indices: readonly number[]): Dataset {
  const position = new Int32Array(data.n).fill(-1);
  indices.forEach((row, index) => {
    position[row] = index;
  });
  const columns = data.columns.map((column) => {
    const at: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < column.rows.length; k++) {
      const p = position[column.rows[k]!]!;
      if (p >= 0) {
        at.push(p);
        values.push(column.values[k]!);
      }
    }
    return { rows: Int32Array.from(at), values: Float64Array.from(values) };
  });
  return {
    n: indices.length,
    columns,
    y: Uint8Array.from(indices, (row) => data.y[row]!),
    weights: Float64Array.from(indices, (row) => data.weights[row]!),
  };
}

/** Logits b + Σ wⱼ xᵢⱼ of every row. */
export function logits(data: Dataset, model: Pick<LogisticModel, 'weights' | 'intercept'>): Float64Array {
  const z = new Float64Array(data.n).fill(model.intercept);
  data.columns.forEach((column, j) => {
    const w = model.weights[j] ?? 0;
    if (w === 0) return;
    for (let k = 0; k < column.rows.length; k++) z[column.rows[k]!]! += w * column.values[k]!;
  });
  return z;
}

export function fitLogistic(data: Dataset, options: FitOptions): LogisticModel {
  const { lambda } = options;
  const d = data.columns.length;
  const lower = (j: number): number => options.lower?.[j] ?? 0;
  const upper = (j: number): number => options.upper?.[j] ?? Number.POSITIVE_INFINITY;
  const maxSweeps = options.maxSweeps ?? 2000;
  const tolerance = options.tolerance ?? 1e-7;
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  const s = Float64Array.from(data.weights, (w) => w / total);
  const y = data.y;
  const w = new Float64Array(d);
  for (let j = 0; j < d; j++) w[j] = Math.min(Math.max(options.start?.weights[j] ?? 0, lower(j)), upper(j));
  let b = options.start?.intercept ?? 0;
  const z = logits(data, { weights: w, intercept: b });

  // Per row, kept in step with z: the probability σ(z) and the loss term softplus(z).
  const p = Float64Array.from(z, sigmoid);
  const loss = Float64Array.from(z, softplus);
  const trial = new Float64Array(data.n);

  // One coordinate: Newton step on the slice, projected, halved while the objective rises.
  const step = (rows: Int32Array | null, values: Float64Array | null, current: number, l2: number, lo: number, hi: number): number => {
    const count = rows ? rows.length : data.n;
    let gradient = l2 * current;
    let curvature = l2 + 1e-12;
    for (let k = 0; k < count; k++) {
      const i = rows ? rows[k]! : k;
      const x = values ? values[k]! : 1;
      gradient += s[i]! * (p[i]! - y[i]!) * x;
      curvature += s[i]! * p[i]! * (1 - p[i]!) * x * x;
    }
    let delta = Math.min(Math.max(current - gradient / curvature, lo), hi) - current;
    if (delta === 0) return 0;
    // Objective change for a move t, leaving each row's new loss term in `trial`.
    const change = (t: number): number => {
      let sum = (l2 / 2) * ((current + t) ** 2 - current ** 2);
      for (let k = 0; k < count; k++) {
        const i = rows ? rows[k]! : k;
        const x = values ? values[k]! : 1;
        const next = softplus(z[i]! + t * x);
        trial[k] = next;
        sum += s[i]! * (next - loss[i]! - y[i]! * t * x);
      }
      return sum;
    };
    let halvings = 0;
    while (change(delta) > 0) {
      if (++halvings > 30) return 0;
      delta /= 2;
    }
    for (let k = 0; k < count; k++) {
      const i = rows ? rows[k]! : k;
      z[i]! += delta * (values ? values[k]! : 1);
      loss[i] = trial[k]!;
      p[i] = sigmoid(z[i]!);
    }
    return delta;
  };

  let sweeps = 0;
  let converged = false;
  while (sweeps < maxSweeps && !converged) {
    sweeps++;
    const shift = step(null, null, b, 0, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    b += shift;
    let largest = Math.abs(shift);
    for (let j = 0; j < d; j++) {
      const column = data.columns[j]!;
      if (column.rows.length === 0) continue;
      const delta = step(column.rows, column.values, w[j]!, lambda, lower(j), upper(j));
      w[j]! += delta;
      let reach = 0;
      for (let k = 0; k < column.values.length; k++) reach = Math.max(reach, Math.abs(column.values[k]!));
      largest = Math.max(largest, Math.abs(delta) * reach);
    }
    converged = largest < tolerance;
  }
  return { weights: w, intercept: b, sweeps, converged };
}

/** The objective fitLogistic minimises (for tests and diagnostics). */
export function objective(data: Dataset, model: Pick<LogisticModel, 'weights' | 'intercept'>, lambda: number): number {
  const z = logits(data, model);
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  let loss = 0;
  for (let i = 0; i < data.n; i++) loss += data.weights[i]! * (softplus(z[i]!) - data.y[i]! * z[i]!);
  let penalty = 0;
  for (const w of model.weights) penalty += w * w;
  return loss / total + (lambda / 2) * penalty;
}

/** 32-bit FNV-1a of a string: turns a seed string into a PRNG state. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seeded PRNG in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Assigns each row a fold 0…k−1: rows are grouped by stratum (e.g. corpus group, which fixes the
 * label), each stratum is shuffled with a PRNG seeded by `seed`, then dealt round-robin, the deal
 * carrying on from one stratum to the next so that fold sizes differ by at most one. The same
 * strata and seed always give the same folds.
 */
export function stratifiedFolds(strata: readonly string[], k: number, seed: string): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new Error(`k-fold needs k ≥ 2, got ${k}`);
  const folds = new Int32Array(strata.length);
  const byStratum = new Map<string, number[]>();
  strata.forEach((stratum, row) => {
    const rows = byStratum.get(stratum);
    if (rows) rows.push(row);
    else byStratum.set(stratum, [row]);
  });
  const random = seededRandom(seed);
  let dealt = 0;
  for (const stratum of [...byStratum.keys()].sort()) {
    const rows = byStratum.get(stratum)!;
    for (let index = rows.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [rows[index], rows[other]] = [rows[other]!, rows[index]!];
    }
    for (const row of rows) folds[row] = dealt++ % k;
  }
  return folds;
}
