/**
 * explain() on probe set 24 (test/explain/probes-set24.ts), a held-out proxy for unseen mail servers:
 * replies users pasted into GitHub threads that said their cause, searched for in other wording and
 * languages than set 23's, labelled from those threads, then reviewed against them and trimmed, all
 * before explain() was run on any of them; checked as probe-floor.ts says.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_24 } from './probes-set24.ts';

/**
 * 4 replies of 4 operators, one kind of cause (a submission server refusing a From its account may not
 * use): the 5 committed on b5e30d7, less the one the review before the run removed (6eb72b5). Far fewer
 * than the 50 aimed at: non-English forums in the search tool's pages corpus gave KB pages only, and
 * the GitHub threads found were mostly earlier sets' wording (the set's header).
 */
const SIZE = 4;
const SOURCES = 4;
/**
 * First try on 6eb72b5 (core/explain as on main ed6d1a4): 0 of 4 both ways (grammar only 0), the held-out
 * figure. No label changed after it. Then its 4 misses read by their cause, not their words (fix24,
 * widening-set30.test.ts: a sender, From, MAIL FROM or domain that must be the same as, equal, match or
 * belong to the authorised, authorized, authorization, authenticated, login or logged-in user; a domain
 * "not allowed in header From"; a domain or address "not associated with your account": the sender
 * refused, policy; no longer held-out for those wordings): 4 (grammar only 4).
 */
const FLOOR = 4;
/** Of the 2 replies not counted apart (Namecheap, Plunk): 0 both ways at the first try; since fix24, 2 (no longer held-out for those wordings). */
const NEW_WORDING_FLOOR = 2;

describeProbeFloor(24, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(24, STOCK_WORDING_24, NEW_WORDING_FLOOR);
