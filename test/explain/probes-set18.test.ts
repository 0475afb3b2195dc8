/**
 * explain() on probe set 18 (test/explain/probes-set18.ts), a held-out proxy for unseen mail servers:
 * replies labelled from their pages before explain() was run on any of them; checked as probe-floor.ts
 * says (the set's shape, and its agreement pinned as a floor), and its agreement on the replies whose
 * wording is new (not the stock strings of software the earlier sets drew from) pinned as well.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_18 } from './probes-set18.ts';

/**
 * First try on 7b54dad (core/explain as on 83b29b7): 32 of 50 both ways (grammar only 30); no label
 * changed after it. After expl19's sending-limit readings (widening-set19.test.ts): 38. After expl20's
 * "malicious network" and "administratively denied" (widening-set20.test.ts): 40. After expl25's message
 * count limit (widening-set27.test.ts: AwardSpace's "Message count quota exceeded"): 41.
 */
const FLOOR = 41;
/** Of the 41 replies that are not stock wording: 25 both ways at first try (grammar only 23); after expl19, 30; after expl20, 32; after expl25, 33. */
const NEW_WORDING_FLOOR = 33;

describeProbeFloor(18, FLOOR);

describeNewWordingFloor(18, STOCK_WORDING_18, NEW_WORDING_FLOOR);
