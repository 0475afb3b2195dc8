// The report's own words in Spanish (REPORT_MESSAGES in core/messages/index.ts holds the English).
import type { Catalogue } from '../index.ts';

export default {
  'report/more-like-it': '(y {count, plural, one {# más como este, contado aquí} other {# más como este, contados aquí}})',
} satisfies Catalogue;
