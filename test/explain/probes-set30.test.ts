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
 * First try on ef99236d (core/explain as on main 4e360651): 21 of 29 both ways (grammar only 20) as labelled then;
 * 20 of 29 (grammar only 20) with Synchronet's "550 Closed mailbox" relabelled policy after review (rev43a; it
 * disagreed as labelled then too, read as mailbox-disabled), the held-out figure. Since four of its misses whose
 * words say the cause read generally (widening-set36.test.ts: an error connecting to a remote host, a record lookup
 * said with the failed verb first, a recipient address with no domain, a retry at a time), 24 (grammar only 23),
 * no longer held-out for those wordings.
 */
const FLOOR = 24;
/** Of the 24 replies not counted apart: 15 both ways at the first try (16 as labelled then); since that widening, 19. */
const NEW_WORDING_FLOOR = 19;

describeProbeFloor(30, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(30, STOCK_WORDING_30, NEW_WORDING_FLOOR);
