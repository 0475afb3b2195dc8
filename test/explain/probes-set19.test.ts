/**
 * explain() on probe set 19 (test/explain/probes-set19.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_19 } from './probes-set19.ts';

/** First try on 462c398 (core/explain as on 50688a3): 28 of 50 both ways (grammar only 28); no label changed after it. */
const FLOOR = 28;
/** Of the 38 replies that are not stock wording: 21 both ways at first try (grammar only 22). */
const NEW_WORDING_FLOOR = 21;

describeProbeFloor(19, FLOOR);

describeNewWordingFloor(19, STOCK_WORDING_19, NEW_WORDING_FLOOR);
