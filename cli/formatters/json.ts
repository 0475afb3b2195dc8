/** JSON: an array of `{ file, report }`, and `{ file, error }` for a file that could not be read. */
import { isFailure } from '../analyze-source.ts';
import { escapeJsonControls } from '../escape.ts';
import type { Formatter } from './format.ts';

export const formatJson: Formatter = ({ results }) =>
  `${escapeJsonControls(JSON.stringify(
    results.map((result) => (isFailure(result) ? { file: result.file, error: result.error } : { file: result.file, report: result.report })),
    null,
    2,
  ))}\n`;
