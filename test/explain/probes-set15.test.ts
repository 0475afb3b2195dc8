/**
 * explain() on probe set 15 (test/explain/probes-set15.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor).
 */
import { describeProbeFloor } from './probe-floor.ts';

/** First try on bb98b66 (core/explain as on main 37e2657): 31 of 50 both ways; 38 after fix15 (a multi-recipient bounce, a size filter, a loop detector, an overdrawn quota, a recipient prohibited, a scanner's refusal, a recipient not enabled to receive uncertified mail). */
const FLOOR = 38;

describeProbeFloor(15, FLOOR);
