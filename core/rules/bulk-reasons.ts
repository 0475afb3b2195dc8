/**
 * What made a mail read like bulk mail (facts.bulk.reasons, data), as message data for the
 * compliance rules that name it: each reason becomes a fragment a catalogue translates, except
 * `Precedence: bulk`, a header shown as it is (the same in every language).
 */
import type { BulkReason } from '../facts/bulk.ts';
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

// Counts are passed as strings: "12+" is one, and they are shown without grouping.
function render(reason: BulkReason): MessageValue {
  switch (reason.kind) {
    case 'header':
      return fragment('reason-header', { header: reason.header });
    case 'precedence-bulk':
      return 'Precedence: bulk';
    case 'links':
      return fragment('reason-links', { count: `${reason.count}${reason.more ? '+' : ''}` });
    case 'images':
      return fragment('reason-images', { count: String(reason.count) });
    case 'phrases':
      return fragment('reason-phrases', { count: String(reason.count) });
  }
}

/** The reasons as one value: `a, b, c` (a handful at most, so the nesting stays shallow). */
export function bulkReasons(reasons: readonly BulkReason[]): MessageValue {
  const values = reasons.map(render);
  const last = values.at(-1);
  if (last === undefined) return '';
  return values.slice(0, -1).reduceRight<MessageValue>((rest, first) => fragment('reason-list', { first, rest }), last);
}
