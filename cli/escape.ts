/**
 * Text from mail and from file names is shown, never obeyed: control characters are written as
 * escapes (`\x1b`, `\u202e`), so that an ESC sequence in a template or a file name cannot clear
 * the screen, retitle the terminal or hide a line, and a bidi control cannot reorder what is shown
 * (issue 10). The text report escapes every string that came from an input; JSON, SARIF and JUnit
 * escape what their own syntax leaves raw.
 */
import type { FileResult } from './analyze-source.ts';

/**
 * C0 controls, DEL, C1 controls (U+009B is a one-byte CSI to some terminals), the bidi controls
 * (Trojan Source: ALM, LRM, RLM, LRE…RLO, LRI…PDI) and the line and paragraph separators.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

function escapeOne(char: string): string {
  const named = NAMED.get(char);
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text from an input, with every control character written as an escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** Our own multi-line messages quoting input (a config's problems, one a line): line feeds kept, the rest escaped. */
export function escapeControlsKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_FEED, escapeOne);
}

/** A result as the text report shows it: its file name, error and findings escaped. */
export function escapeResult(result: FileResult): FileResult {
  if ('error' in result) return { file: escapeControls(result.file), error: escapeControls(result.error) };
  return {
    ...result,
    file: escapeControls(result.file),
    report: {
      ...result.report,
      findings: result.report.findings.map((finding) => ({
        ...finding,
        rule: escapeControls(finding.rule),
        message: escapeControls(finding.message),
        suggestion: escapeControls(finding.suggestion),
        evidence: escapeControls(finding.evidence),
      })),
    },
  };
}

/**
 * JSON as JSON.stringify writes it escapes C0 but leaves C1, bidi controls and U+2028/2029 raw;
 * write those as `\uXXXX` too. The parsed value is unchanged.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
