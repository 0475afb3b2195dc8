/**
 * Where the body rules stop reading: the offset in `message.text` just past its first
 * BODY_SCAN_CHARS characters that the reader sees. SpamAssassin's body rules read each text part
 * only this far (`body_part_scan_size`, 3.4.3 and later, default 50000; lib/Mail/SpamAssassin/
 * Conf.pm). Text in hidden spans does not count toward it, so filler hidden before a pitch cannot
 * push the pitch past the cut (SpamAssassin counts its invisible text too; we know which is hidden).
 */
import type { Message } from '../message/message.ts';
import { coveredCursor } from '../text/ranges.ts';
import type { FactSources } from './index.ts';

/**
 * How many seen characters the body rules read. A press digest, changelog or report of 10,000
 * words holds "millions of dollars", "strong buy" or "limited time" somewhere as the vocabulary of
 * long writing, not as a pitch; a pitch is short. Characters are UTF-16 code units of the visible
 * text, whitespace included: for the ASCII of most mail, its bytes.
 */
export const BODY_SCAN_CHARS = 50_000;

/**
 * The first offset of `message.text` past its first BODY_SCAN_CHARS characters outside hidden
 * spans: a phrase that starts before it is read. With nothing hidden before the cut it is
 * BODY_SCAN_CHARS (so is it for a shorter text, read whole). Walks the hidden spans only (in order
 * of start, possibly nested), never the text, and only for a text longer than the cut.
 */
export function findScanEnd({ message }: FactSources): number {
  const { hidden, text } = message;
  if (text.length <= BODY_SCAN_CHARS) return BODY_SCAN_CHARS;
  let cursor = 0; // offsets before it are counted (seen) or hidden
  let seen = 0;
  for (let index = 0; index < hidden.length; index++) {
    const end = hidden.end(index);
    if (end <= cursor) continue;
    const gapEnd = Math.max(hidden.start(index), cursor);
    if (seen + (gapEnd - cursor) >= BODY_SCAN_CHARS) break;
    seen += gapEnd - cursor;
    cursor = end;
  }
  return cursor + (BODY_SCAN_CHARS - seen);
}

/**
 * How many characters of `message.text` the reader sees, counted as BODY_SCAN_CHARS counts them:
 * every character outside hidden spans (nested or overlapping spans hide a character once),
 * whitespace included. Walks the hidden spans once.
 */
export function seenCharacters(message: Pick<Message, 'text' | 'hidden'>): number {
  return message.text.length - coveredCursor(message.hidden)(0, message.text.length);
}
