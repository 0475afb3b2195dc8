/**
 * explain() on probe set 21 (test/explain/probes-set21.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them, with set 20's post-run
 * rules (earlier sets' sources, the labelled bounces, near-repeats, statuses, codes alone, copied lists)
 * applied before the run; checked as probe-floor.ts says (the set's shape, and its agreement pinned as a
 * floor), and its agreement on the replies whose wording is new (not the stock strings of software the
 * earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_21 } from './probes-set21.ts';

/** 31 replies of 18 sources (19 source names), committed on 8980309 before any run; none removed. */
const SIZE = 31;
/** First try on 8980309 (core/explain as on 0874f76): 20 of 31 both ways (grammar only 20), the held-out figure. */
const FLOOR = 20;
/** Of the 29 replies that are not stock wording: 18 both ways (grammar only 19). */
const NEW_WORDING_FLOOR = 18;

describeProbeFloor(21, FLOOR, SIZE);

describeNewWordingFloor(21, STOCK_WORDING_21, NEW_WORDING_FLOOR);
