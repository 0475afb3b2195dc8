import type { Format, Formatter } from './format.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';

export { FORMATS, type Format, type FormatInput, type Formatter, type RuleCatalogue } from './format.ts';

export const formatters: Readonly<Record<Format, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
};
