/**
 * JSON: an array of `{ file, report, positions }`, and `{ file, error }` for a file that could not
 * be read. `report` is the core's report as it is (report.schema.json); `positions`, beside it and
 * aligned with `report.findings`, is where each finding sits in the file (format.ts `jsonPlace`).
 */
import { isFailure } from '../analyze-source.ts';
import { escapeJsonControls } from '../escape.ts';
import { jsonPlace, type Formatter } from './format.ts';

export const formatJson: Formatter = ({ results }) =>
  `${escapeJsonControls(JSON.stringify(
    results.map((result) =>
      isFailure(result) ? { file: result.file, error: result.error } : { file: result.file, report: result.report, positions: result.report.findings.map((_, index) => jsonPlace(result.positions[index] ?? null)) },
    ),
    null,
    2,
  ))}\n`;
