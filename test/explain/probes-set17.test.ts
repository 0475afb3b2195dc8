/**
 * explain() on probe set 17 (test/explain/probes-set17.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_17 } from './probes-set17.ts';

/**
 * First try on 7c4c0ae (core/explain as on 93dec76): 24 of 50 both ways (grammar only 20). 26 with the
 * three labels corrected after it (Hoasted, GreenArrow #5.4.6, open-mail HELO; see probes-set17.ts).
 * Raised to 36 by expl18's readings of the ten wordings no reading covered (widening-set18.test.ts).
 */
const FLOOR = 36;
/**
 * Of the 38 replies that are not stock wording: 17 both ways with the corrected labels (grammar only
 * 15); 26 after expl18 (grammar only 20).
 */
const NEW_WORDING_FLOOR = 26;

describeProbeFloor(17, FLOOR);

describeNewWordingFloor(17, STOCK_WORDING_17, NEW_WORDING_FLOOR);
