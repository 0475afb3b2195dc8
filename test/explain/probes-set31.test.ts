/**
 * explain() on probe set 31 (test/explain/probes-set31.ts), a held-out proxy for unseen mail servers:
 * a .NET mail server's, a transparent SMTP proxy's, a Sendmail milter's, a Postfix policy daemon's, a
 * qmail-queue filter's and a SpamAssassin proxy's source strings (LumiSoft, smtp-gated, smf-sav,
 * tumgreyspf, qSheff, spampd), no earlier set read, each repository pinned, labelled before explain() was
 * run on any of them; checked as probe-floor.ts says.
 */
import { describeNewWordingFloor, describeProbeFloor } from './probe-floor.ts';
import { STOCK_WORDING_31 } from './probes-set31.ts';

/** 27 replies under 20 source names (6 sources; the set's header). */
const SIZE = 27;
const SOURCES = 20;
/**
 * First try on 12ef7fd4 (core/explain as on main ea024f6e): 18 of 27 both ways (grammar only 18), the held-out
 * figure. Since four of its misses whose words say the cause read generally (widening-set37.test.ts: a system load
 * too high, a message with an invalid structure, a HELO name not valid, a client blackholed), 22 (grammar only 20),
 * no longer held-out for those wordings.
 */
const FLOOR = 22;
/** Of the 24 replies not counted apart: 15 both ways at the first try; since that widening, 19. */
const NEW_WORDING_FLOOR = 19;

describeProbeFloor(31, FLOOR, SIZE, SOURCES);

describeNewWordingFloor(31, STOCK_WORDING_31, NEW_WORDING_FLOOR);
