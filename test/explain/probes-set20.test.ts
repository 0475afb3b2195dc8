/**
 * explain() on probe set 20 (test/explain/probes-set20.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_20 } from './probes-set20.ts';

/** 40 replies of 27 sources, committed in two steps (2354ccb, 4376c96) before any run. */
const SIZE = 40;
/** First try on 4376c96 (core/explain as on e5bc808): 19 of 40 both ways (grammar only 19); no label changed after it. */
const FLOOR = 19;
/** Of the 30 replies that are not stock wording: 14 both ways (grammar only 15). */
const NEW_WORDING_FLOOR = 14;

describeProbeFloor(20, FLOOR, SIZE);

describeNewWordingFloor(20, STOCK_WORDING_20, NEW_WORDING_FLOOR);
