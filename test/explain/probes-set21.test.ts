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

/**
 * 26 replies of 17 sources (18 source names): the 31 committed on 8980309 before any run, less Road
 * Runner's 5, found by review to be an earlier set's source (Charter's, set 6), removed after the run
 * for that reason, not for what explain() said of them.
 */
const SIZE = 26;
/**
 * First try on 8980309 (core/explain as on 0874f76): 20 of 31 both ways (grammar only 20); on the 26
 * kept, 16 both ways (grammar only 16), the held-out figure. No label changed after it. Then 7 of its
 * misses read by their words (fix21: "cannot route to sender", "temporarily unable to verify sender
 * address", "at the request of the recipient", "Improper recipient address", "use your real hostname
 * when saying HELO", a test name in "matching tests (…)" beside "Spam blocked", "receive your mail
 * before sending"; no longer held-out for those wordings): 23 (grammar only 22).
 */
const FLOOR = 23;
/**
 * Of the 18 kept replies that are not stock wording: 11 both ways (grammar only 11). 18 of 29 as first
 * committed; 14 of 24 with Road Runner out; six more replies marked stock after the run (spamdyke's
 * three at parkscomm, Exim's three at a2i and 01hosting), found by review. Since fix21, 15 (grammar only 15).
 */
const NEW_WORDING_FLOOR = 15;

describeProbeFloor(21, FLOOR, SIZE);

describeNewWordingFloor(21, STOCK_WORDING_21, NEW_WORDING_FLOOR);
