/**
 * explain() on probe set 29 (test/explain/probes-set29.ts), a held-out proxy for unseen mail servers:
 * an MTA's, SMTP server libraries' and a test server's source strings (ZMailer, mhale/smtpd, Inbucket,
 * gen_smtp, kannader) and users' threads quoting replies, no earlier set read, each repository pinned,
 * labelled before explain() was run on any of them; checked as probe-floor.ts says.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_29 } from './probes-set29.ts';

/** 27 replies under 22 source names (8 sources; the set's header). */
const SIZE = 27;
const SOURCES = 22;
/**
 * First try on 09288fdb (core/explain as on main befa22e0): 21 of 27 both ways (grammar only 20), the held-out
 * figure. Since two of its misses whose words say the cause read generally (widening-set35.test.ts: a server
 * that will not talk to the client, addresses that could not be recognised as addresses), 23 (grammar only
 * 21), no longer held-out for those wordings.
 */
const FLOOR = 23;
/** Of the 25 replies not counted apart: 19 both ways at the first try; since that widening, 21. */
const NEW_WORDING_FLOOR = 21;

describeProbeFloor(29, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(29, STOCK_WORDING_29, NEW_WORDING_FLOOR);
