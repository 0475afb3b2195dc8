/**
 * What made a mail read like bulk mail (facts.bulk.reasons), as message data, for the compliance
 * rules that name it. The fact gives its reasons in English words ("14 links", "a List-Id
 * header"); the known shapes become fragments a catalogue translates, anything else is shown as
 * it is (`Precedence: bulk` is a header, the same in every language). The English fragments
 * render the fact's words exactly, joined with ", " as before.
 */
import type { MessageValue } from '../messages/format.ts';
import { fragment } from './rule.ts';

/** The English templates of the reasons; each rule that names reasons declares them in its `messages`. */
export const BULK_REASON_MESSAGES = {
  'reason-links': '{count} links',
  'reason-images': '{count} images',
  'reason-phrases': '{count} trigger phrases',
  'reason-header': 'a {header} header',
  'reason-list': '{first}, {rest}',
} as const;

const SHAPES: readonly (readonly [RegExp, keyof typeof BULK_REASON_MESSAGES, 'count' | 'header'])[] = [
  [/^(\d+\+?) links$/, 'reason-links', 'count'],
  [/^(\d+) images$/, 'reason-images', 'count'],
  [/^(\d+) trigger phrases$/, 'reason-phrases', 'count'],
  [/^a ([\w-]+) header$/, 'reason-header', 'header'],
];

function reason(words: string): MessageValue {
  for (const [shape, messageId, name] of SHAPES) {
    const match = shape.exec(words);
    // Counts stay strings: "12+" is one, and the fact wrote them without grouping.
    if (match) return fragment(messageId, { [name]: match[1] ?? '' });
  }
  return words;
}

/** The reasons as one value: `a, b, c` (a handful at most, so the nesting stays shallow). */
export function bulkReasons(reasons: readonly string[]): MessageValue {
  const values = reasons.map(reason);
  const last = values.at(-1);
  if (last === undefined) return '';
  return values.slice(0, -1).reduceRight<MessageValue>((rest, first) => fragment('reason-list', { first, rest }), last);
}
