// The report's own words in German (REPORT_MESSAGES in core/messages/index.ts holds the English).
import type { Catalogue } from '../index.ts';

export default {
  'report/more-like-it': '(und {count, plural, one {# weiterer dieser Art, hier mitgezählt} other {# weitere dieser Art, hier mitgezählt}})',
} satisfies Catalogue;
