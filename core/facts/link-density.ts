/**
 * How many links the text has for its length, as link-density judges it and the report's stats
 * show it: the different addresses of the shown links, and the words of prose around them.
 */
import type { Link } from '../message/message.ts';
import { hrefSlots, isShownAddress } from '../message/links.ts';
import { TokenFlag } from '../text/tokenize.ts';
import { overlapCursor } from '../text/ranges.ts';
import { Shown } from '../text/shown-words.ts';
import { wordsOf } from '../text/word-count.ts';
import type { FactSources, Facts } from './index.ts';

export interface LinkDensity {
  /** different hrefs of the links outside hidden text, in-page anchors (`#…`) and empty hrefs aside */
  readonly links: number;
  /**
   * words with a letter the reader sees (core/text/shown-words.ts, the visible-text fact's rule)
   * outside URLs written in the text (`www`, `example`, `com` are not prose); a run of Japanese,
   * Chinese or Thai counts as the English words it stands for (core/text/word-count.ts), and the
   * sum is rounded
   */
  readonly words: number;
}

/** How many different hrefs the shown links have, in-page anchors (`#…`) and empty ones aside. */
function distinctVisibleHrefs(links: readonly Link[]): number {
  const counts = (link: Link): boolean => isShownAddress(link.href, link.hidden);
  const table = hrefSlots(links);
  if (!table) return new Set(links.filter(counts).map((link) => link.href)).size;
  const seen = new Uint8Array(table.slots);
  let count = 0;
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as Link;
    const slot = table.slot(link);
    if (seen[slot] === 0 && counts(link)) {
      seen[slot] = 1;
      count++;
    }
  }
  return count;
}

/** The words of prose: visible, with a letter, not inside a URL written in the text. */
function proseWords({ message }: FactSources, facts: Facts): number {
  const inBareUrl = overlapCursor(message.urlsInText);
  const { shown } = facts.visibleText;
  let words = 0;
  // The columns, not a Token object per word (every token of a link-heavy message is read).
  const { starts, ends, flagsOf, length } = message.tokens;
  for (let index = 0; index < length; index++) {
    if (!((flagsOf[index] ?? 0) & TokenFlag.Alpha) || shown[index] !== Shown.Word) continue;
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (inBareUrl(start, end)) continue;
    // a run of Japanese, Chinese or Thai counts as the English words it stands for
    words += wordsOf(message.text, start, end);
  }
  return Math.round(words);
}

export function measureLinkDensity(sources: FactSources, facts: Facts): LinkDensity {
  // Past the links checked one by one, the parse counted every link's address (Message.linkScan).
  const { message } = sources;
  return { links: message.linkScan ? message.linkScan.shownAddresses : distinctVisibleHrefs(message.links), words: proseWords(sources, facts) };
}
