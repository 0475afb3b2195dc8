/**
 * explain() on probe set 20 (test/explain/probes-set20.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_20 } from './probes-set20.ts';

/**
 * 23 replies of 17 sources: the 40 committed in two steps (2354ccb, 4376c96) before any run, less 17
 * found by review to break the set's own rules (an earlier set's source, a reply in the labelled
 * corpus, statuses and bounce-class labels that are no server's reply, codes without their text,
 * near-repeats, a page copying bounce lists), removed after the run for that reason, not for what
 * explain() said of them.
 */
const SIZE = 23;
/**
 * First try on 4376c96 (core/explain as on e5bc808): 19 of 40 both ways; on the 23 kept, 15 both ways
 * (grammar only 15), the held-out figure. One label (parrot-media's "Anonymous client …", relay →
 * authentication) corrected after the run against its own page: 16 (grammar only 16). Then cPanel/Exim's
 * outgoing mail hold read as the sending host's limit (expl22; no longer held-out for that wording): 17
 * (grammar only 16). Then Telserco's "restricted due to heavy usage" read as a rate limit and the
 * misspelt "Delivery differed/momentarily suspended" as a delay (expl23; the set is no longer held-out
 * for those two wordings): 19 (grammar only 16).
 */
const FLOOR = 19;
/**
 * Of the 17 kept replies that are not stock wording: 12 both ways at first try (grammar only 12); 14 of
 * 30 as first committed. Since expl23 (Telserco's and the French blog's, both new wording): 14.
 */
const NEW_WORDING_FLOOR = 14;

describeProbeFloor(20, FLOOR, SIZE);

describeNewWordingFloor(20, STOCK_WORDING_20, NEW_WORDING_FLOOR);
