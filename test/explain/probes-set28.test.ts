/**
 * explain() on probe set 28 (test/explain/probes-set28.ts), a held-out proxy for unseen mail servers:
 * SMTP libraries' and small MTAs' source strings, a hosting company's access map, a list server's LMTP
 * runner, a gateway's KB, BT Internet's replies as users quote them, a helpdesk page and a user's thread
 * no earlier set read, each repository pinned, labelled before explain() was run on any of them; checked
 * as probe-floor.ts says.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_28 } from './probes-set28.ts';

/** 32 replies under 25 source names (11 sources; the set's header). */
const SIZE = 32;
const SOURCES = 25;
/**
 * First try on 1e37af03 (core/explain as on main 8fefe964): 23 of 32 both ways (grammar only 21), the held-out figure;
 * recomputed after review relabelled smtprelay's "421 Denied" relay (reputation before), the same: a miss under either.
 * Since six of its misses whose words say the cause read generally (widening-set34.test.ts: a sender not
 * acceptable, a sender address or return path that must be qualified or contain a domain, an address the server
 * cannot receive for, a message with defects, a mailer reported as sending unsolicited email), 29 (grammar only
 * 26), no longer held-out for those wordings.
 */
const FLOOR = 29;
/** Of the 30 replies not counted apart: 21 both ways at the first try; since that widening, 27. */
const NEW_WORDING_FLOOR = 27;

describeProbeFloor(28, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(28, STOCK_WORDING_28, NEW_WORDING_FLOOR);
