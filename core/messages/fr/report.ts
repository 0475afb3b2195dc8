// The report's own words in French (REPORT_MESSAGES in core/messages/index.ts holds the English).
import type { Catalogue } from '../index.ts';

export default {
  'report/more-like-it': '(et {count, plural, one {# autre semblable, compté ici} other {# autres semblables, comptés ici}})',
} satisfies Catalogue;
