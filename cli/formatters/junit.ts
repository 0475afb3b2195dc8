/**
 * JUnit XML for CI test tabs: one test case per file, a failure when the file fails (score at or
 * above the threshold, or medium with --fail-on medium) listing its findings, an error when it
 * could not be read. A finding that says the check was partial (its rule's `partialCheck`) is in
 * the test case's `<system-out>` whether the file fails or not: a passing file was perhaps not
 * wholly checked, and the test tab must say so.
 */
import { isFailure } from '../analyze-source.ts';
import { cliWords } from '../messages/index.ts';
import { failingScore, fails } from '../verdict.ts';
import { partialCheckRules } from './catalogue.ts';
import { decodedPlace, placeInFile, type Formatter } from './format.ts';

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F) become U+FFFD. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** C1 controls, bidi controls and line separators: legal in XML, but written as references so that a terminal showing the file never obeys them. */
const RAW_CONTROLS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(new RegExp(`[&<>"']|${RAW_CONTROLS.source}`, 'g'), (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        return `&#x${char.charCodeAt(0).toString(16)};`;
    }
  });
}

/** Attribute values also keep their line breaks and tabs (a parser would normalise them to spaces). */
function attr(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export const formatJunit: Formatter = ({ results, failOn, catalogue, locale }) => {
  // The messages are in the run's language; the XML's structure, names and `type` attributes are not.
  const words = cliWords(locale);
  const partial = partialCheckRules(catalogue);
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const name = attr(result.file);
    if (isFailure(result)) {
      errors++;
      cases.push(`    <testcase classname="spamrisk" name="${name}" file="${name}">\n      <error type="input-error" message="${attr(result.error)}">${escapeXml(result.error)}</error>\n    </testcase>`);
      continue;
    }
    const { report, positions } = result;
    // file:line:column for every finding, as SARIF places it (tools such as Jenkins' warnings-ng parse it).
    const line = (index: number): string => {
      const finding = report.findings[index];
      if (!finding) return '';
      const position = positions[index] ?? null;
      const { line, column = 1 } = placeInFile(position);
      return `${result.file}:${line}:${column} ${words.points(finding.points)} ${finding.rule}: ${finding.message}${decodedPlace(position, words)}\n    → ${finding.suggestion}`;
    };
    const partialLines = report.findings.flatMap((finding, index) => (partial.has(finding.rule) ? [words.text('partial-check', { line: line(index) })] : []));
    const out = partialLines.length > 0 ? `\n      <system-out>${escapeXml(partialLines.join('\n'))}</system-out>` : '';
    if (!fails(report, failOn)) {
      cases.push(out ? `    <testcase classname="spamrisk" name="${name}" file="${name}">${out}\n    </testcase>` : `    <testcase classname="spamrisk" name="${name}" file="${name}"/>`);
      continue;
    }
    failures++;
    const summary = words.text('junit-failure', {
      score: words.points(report.score),
      level: { messageId: 'level', data: { level: report.level } },
      failAt: words.points(failingScore(report, failOn)),
    });
    const body = report.findings.map((_, index) => line(index)).join('\n');
    cases.push(
      `    <testcase classname="spamrisk" name="${name}" file="${name}">\n      <failure type="spam-risk" message="${attr(summary)}">${escapeXml(`${summary}\n${body}`)}</failure>${out}\n    </testcase>`,
    );
  }
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="spamrisk" ${counts}>`,
    `  <testsuite name="spamrisk" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
