/**
 * explain() on probe set 16 (test/explain/probes-set16.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor).
 */
import { PROBES, PROBES_2, PROBES_3, PROBES_4, PROBES_5, PROBES_6, PROBES_7, PROBES_8, PROBES_9, PROBES_10, PROBES_11, PROBES_12, PROBES_13 } from './probes.ts';
import { PROBES_14 } from './probes-set14.ts';
import { PROBES_15 } from './probes-set15.ts';
import { PROBES_16 } from './probes-set16.ts';
import { describeProbeFloor } from './probe-floor.ts';

/**
 * First try on 4c079ae (core/explain as on main 6994960): 20 of 50 both ways (grammar only 21). Raised to
 * 32 by fix16's readings of the set's misses whose words say the cause (widening-set16.test.ts).
 */
const FLOOR = 32;

describeProbeFloor(16, PROBES_16, [PROBES, PROBES_2, PROBES_3, PROBES_4, PROBES_5, PROBES_6, PROBES_7, PROBES_8, PROBES_9, PROBES_10, PROBES_11, PROBES_12, PROBES_13, PROBES_14, PROBES_15], FLOOR);
