/**
 * Logistic regression in points, regularised toward each rule's prior (DESIGN §5, issue #11).
 *
 * The model speaks the score's own units. A message's score is S = Σⱼ pⱼ xⱼ (pⱼ: points per unit
 * of strength of rule j, xⱼ: the rule's counted strength), and its log-odds of being spam are
 *
 *   z = a + κ (S − T),
 *
 * where T is the threshold (5.0) and a = logit(P(spam) at the threshold), fixed in advance (ln 9:
 * 90 %), so that "5.0 points" means the same thing in every fit; κ > 0, the log-odds per point, is
 * fitted with the points. The objective is
 *
 *   (1/W) Σᵢ wᵢ [log(1 + e^zᵢ) − yᵢ zᵢ] + (λ/2) Σⱼ τⱼ (pⱼ − p⁰ⱼ)²,   lowerⱼ ≤ pⱼ ≤ upperⱼ,
 *
 * with wᵢ the sample weights, W = Σ wᵢ, p⁰ⱼ the prior (the rule's default points) and τⱼ its
 * strength: a rule the data says nothing about keeps its prior, one with evidence moves from it as
 * far as the evidence pays for. It is convex in the points for a fixed κ and in κ for fixed points;
 * cyclic coordinate descent (a Newton step per coordinate, projected onto its bounds, halved until
 * the objective does not rise) reaches a point where no coordinate can improve it. Rule hits are
 * sparse, so features are kept by column and a sweep costs the number of hits plus one pass for κ.
 *
 * Also here: seeded, stratified, deterministic k-fold assignment.
 */
import { sigmoid, softplus } from './metrics.ts';

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

/** Where the score meets the log-odds: z = logit + perPoint × (score − threshold). */
export interface Anchor {
  readonly threshold: number;
  readonly logit: number;
}

export interface PointsModel {
  /** points per unit of strength, per feature */
  readonly points: Float64Array;
  /** κ: log-odds per point */
  readonly perPoint: number;
  readonly sweeps: number;
  readonly converged: boolean;
}

export interface PointsFitOptions {
  readonly lambda: number;
  /** p⁰ per feature: where the penalty pulls */
  readonly prior: ArrayLike<number>;
  /** τ per feature (default 1): how hard it pulls */
  readonly strength?: ArrayLike<number>;
  /** per feature, default 0 (risk rules never earn negative points) */
  readonly lower?: ArrayLike<number>;
  /** per feature, default +∞ */
  readonly upper?: ArrayLike<number>;
  readonly anchor: Anchor;
  /** bounds of κ, default [0.01, 50] */
  readonly perPointBounds?: readonly [number, number];
  /** warm start (e.g. the solution for a nearby λ); clipped to the bounds */
  readonly start?: Pick<PointsModel, 'points' | 'perPoint'>;
  readonly maxSweeps?: number;
  /** stop when no coordinate moves a log-odds by more than this in a sweep */
  readonly tolerance?: number;
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
export function subset(data: Dataset, indices: readonly number[], weights?: ArrayLike<number>): Dataset {
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
    weights: weights ? Float64Array.from(weights) : Float64Array.from(indices, (row) => data.weights[row]!),
  };
}

/** Scores Σⱼ pⱼ xᵢⱼ of every row (unrounded). */
export function scores(data: Dataset, points: ArrayLike<number>): Float64Array {
  const s = new Float64Array(data.n);
  data.columns.forEach((column, j) => {
    const p = points[j] ?? 0;
    if (p === 0) return;
    for (let k = 0; k < column.rows.length; k++) s[column.rows[k]!]! += p * column.values[k]!;
  });
  return s;
}

/** Log-odds of every row under a model. */
export function logits(data: Dataset, model: Pick<PointsModel, 'points' | 'perPoint'>, anchor: Anchor): Float64Array {
  return scores(data, model.points).map((score) => anchor.logit + model.perPoint * (score - anchor.threshold));
}

const clamp = (value: number, lo: number, hi: number): number => Math.min(Math.max(value, lo), hi);

export function fitPoints(data: Dataset, options: PointsFitOptions): PointsModel {
  const { lambda, anchor } = options;
  const d = data.columns.length;
  const lower = (j: number): number => options.lower?.[j] ?? 0;
  const upper = (j: number): number => options.upper?.[j] ?? Number.POSITIVE_INFINITY;
  const prior = (j: number): number => options.prior[j] ?? 0;
  const tau = (j: number): number => options.strength?.[j] ?? 1;
  const [kappaLow, kappaHigh] = options.perPointBounds ?? [0.01, 50];
  const maxSweeps = options.maxSweeps ?? 5000;
  const tolerance = options.tolerance ?? 1e-7;
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  const s = Float64Array.from(data.weights, (w) => w / total);
  const y = data.y;

  const points = new Float64Array(d);
  for (let j = 0; j < d; j++) points[j] = clamp(options.start?.points[j] ?? prior(j), lower(j), upper(j));
  let kappa = clamp(options.start?.perPoint ?? 1, kappaLow, kappaHigh);
  // Per row, kept in step: the score minus the threshold, the log-odds, σ(z) and softplus(z).
  const offset = scores(data, points).map((score) => score - anchor.threshold);
  const z = offset.map((value) => anchor.logit + kappa * value);
  const p = Float64Array.from(z, sigmoid);
  const loss = Float64Array.from(z, softplus);
  const trial = new Float64Array(data.n);

  /**
   * One coordinate whose feature is `scale × values[k]` on `rows` (all rows when null), with
   * penalty (l2/2)(c − center)²: a Newton step, projected onto [lo, hi], halved while the
   * objective rises. Updates z, σ(z), softplus(z); returns the move.
   */
  const step = (rows: Int32Array | null, values: Float64Array, scale: number, current: number, center: number, l2: number, lo: number, hi: number): number => {
    const count = rows ? rows.length : data.n;
    let gradient = l2 * (current - center);
    let curvature = l2 + 1e-12;
    for (let k = 0; k < count; k++) {
      const i = rows ? rows[k]! : k;
      const x = scale * values[k]!;
      gradient += s[i]! * (p[i]! - y[i]!) * x;
      curvature += s[i]! * p[i]! * (1 - p[i]!) * x * x;
    }
    let delta = clamp(current - gradient / curvature, lo, hi) - current;
    if (delta === 0) return 0;
    const change = (t: number): number => {
      let sum = (l2 / 2) * ((current + t - center) ** 2 - (current - center) ** 2);
      for (let k = 0; k < count; k++) {
        const i = rows ? rows[k]! : k;
        const x = scale * values[k]!;
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
      z[i]! += delta * scale * values[k]!;
      loss[i] = trial[k]!;
      p[i] = sigmoid(z[i]!);
    }
    return delta;
  };

  const reach = data.columns.map((column) => column.values.reduce((most, value) => Math.max(most, Math.abs(value)), 0));
  let sweeps = 0;
  let converged = false;
  while (sweeps < maxSweeps && !converged) {
    sweeps++;
    let largest = 0;
    for (let j = 0; j < d; j++) {
      const column = data.columns[j]!;
      if (column.rows.length === 0 || lower(j) === upper(j)) continue;
      const delta = step(column.rows, column.values, kappa, points[j]!, prior(j), lambda * tau(j), lower(j), upper(j));
      if (delta === 0) continue;
      points[j]! += delta;
      for (let k = 0; k < column.rows.length; k++) offset[column.rows[k]!]! += delta * column.values[k]!;
      largest = Math.max(largest, Math.abs(delta) * kappa * reach[j]!);
    }
    // κ: its feature is each row's score minus the threshold; no penalty.
    const shift = step(null, offset, 1, kappa, 0, 0, kappaLow, kappaHigh);
    kappa += shift;
    let farthest = 0;
    for (const value of offset) farthest = Math.max(farthest, Math.abs(value));
    largest = Math.max(largest, Math.abs(shift) * farthest);
    converged = largest < tolerance;
  }
  return { points, perPoint: kappa, sweeps, converged };
}

/** The objective fitPoints minimises (for tests and diagnostics). */
export function objective(data: Dataset, model: Pick<PointsModel, 'points' | 'perPoint'>, options: Pick<PointsFitOptions, 'lambda' | 'prior' | 'strength' | 'anchor'>): number {
  const z = logits(data, model, options.anchor);
  const total = data.weights.reduce((sum, w) => sum + w, 0);
  let loss = 0;
  for (let i = 0; i < data.n; i++) loss += data.weights[i]! * (softplus(z[i]!) - data.y[i]! * z[i]!);
  let penalty = 0;
  model.points.forEach((value, j) => {
    penalty += (options.strength?.[j] ?? 1) * (value - (options.prior[j] ?? 0)) ** 2;
  });
  return loss / total + (options.lambda / 2) * penalty;
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

/** A seeded PRNG in [0, 1) from a string seed (mulberry32 of its hash). */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashSeed(seed));
}

/** mulberry32: a small, fast, seeded PRNG in [0, 1), the same numbers for the same seed on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
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
