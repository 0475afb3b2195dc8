// Fitted points per rule, written by `npm run fit` (scripts/fit-weights.ts) from rule hits on the
// labeled corpus; reviewed like code. A rule missing here uses the default weight in its file.
export const fittedWeights: ReadonlyMap<string, number> = new Map<string, number>([]);
