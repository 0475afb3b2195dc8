/**
 * explain() on probe set 17 (test/explain/probes-set17.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor).
 */
import { describeProbeFloor } from './probe-floor.ts';

/** A placeholder until the first run: the set is committed before explain() is run on it. */
const FLOOR = 0;

describeProbeFloor(17, FLOOR);
