/**
 * explain() on probe set 30 (test/explain/probes-set30.ts), a held-out proxy for unseen mail servers:
 * a BBS mail server's, a Java MTA's, a Python MTA library's, a mail store's LMTP server's and a policy
 * daemon's source strings (Synchronet, mireka, slimta, DBMail, modoboa) and a pull request and a user's
 * thread quoting replies, no earlier set read, each repository pinned, labelled before explain() was run
 * on any of them; checked as probe-floor.ts says.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_30 } from './probes-set30.ts';

/** 29 replies under 21 source names (7 sources; the set's header). */
const SIZE = 29;
const SOURCES = 21;
/**
 * First try on ef99236d (core/explain as on main 4e360651): 21 of 29 both ways (grammar only 20), the held-out
 * figure. Since four of its misses whose words say the cause read generally (widening-set36.test.ts: an error
 * connecting to a host, a record lookup said with the failed verb first, a recipient address with no domain, a
 * retry at a time), 25 (grammar only 23), no longer held-out for those wordings.
 */
const FLOOR = 25;
/** Of the 24 replies not counted apart: 16 both ways at the first try; since that widening, 20. */
const NEW_WORDING_FLOOR = 20;

describeProbeFloor(30, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(30, STOCK_WORDING_30, NEW_WORDING_FLOOR);
