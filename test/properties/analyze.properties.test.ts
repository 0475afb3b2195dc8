/**
 * Seeded property tests: whatever string arrives (typed, pasted, hostile), analyze() returns a
 * well-formed report, the same one every time, with offsets inside the input it was given.
 */
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyze, type EmailInput, type Report } from '../../core/index.ts';
import schema from '../../core/schema/report.schema.json' with { type: 'json' };

const validate = new Ajv().compile(schema);
const SEED = 20261128;

/** HTML-ish strings: fragments of tags, attributes, entities, styles, URLs and odd characters. */
const htmlPiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<p>', '</p>', '<div style="display:none">', '</div>', '<a href="http://bit.ly/x">', '</a>', '<img src=x width=1 height=1>',
    '<font color=#fff>', '<b>', '</b>', '&#86;', '&amp;', '&zwnj;', '\u200B', '\u202E', 'FREE!!!', 'viagra', 'V1agra', 'pаypal',
    'http://192.168.0.1:81/', '<script>x</script>', '<form>', '<!--', '-->', '<style>', '</style>', '<', '>', '"', "'",
    'unsubscribe', 'www.example.com', '😀', '\uD800', '<span style="font-size:0">', '<table bgcolor=#000>',
  ),
);
const html = fc.array(htmlPiece, { maxLength: 40 }).map((parts) => parts.join(''));
const input: fc.Arbitrary<EmailInput> = fc.record(
  { html, subject: fc.string(), text: fc.string() },
  { requiredKeys: [] },
);

function checkReport(report: Report, given: EmailInput): void {
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  const sum = Math.round(report.findings.reduce((total, f) => total + f.points * 10, 0)) / 10;
  expect(report.score).toBe(sum);
  for (const finding of report.findings) {
    if (!finding.location) continue;
    const view =
      finding.location.in === 'subject' ? (given.subject ?? '') : finding.location.in === 'html' ? (given.html ?? '') : given.html?.trim() ? '' : (given.text ?? '');
    expect(finding.location.start).toBeGreaterThanOrEqual(0);
    expect(finding.location.start).toBeLessThanOrEqual(finding.location.end);
    expect(finding.location.end).toBeLessThanOrEqual(view.length);
  }
}

describe('analyze() properties', () => {
  it('never throws, and reports are well-formed with offsets inside the input', () => {
    fc.assert(
      fc.property(input, (given) => {
        checkReport(analyze(given), given);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, (given) => {
        expect(analyze(given)).toEqual(analyze(structuredClone(given)));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('accepts any string as HTML, text or subject', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (any) => {
        checkReport(analyze({ html: any }), { html: any });
        checkReport(analyze({ text: any, subject: any }), { text: any, subject: any });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('answers wrong types from untyped callers with a TypeError (DESIGN §2)', () => {
    for (const bad of [undefined, null, 42, 'x', [], { html: 42 }, { html: ['a'] }, { headers: { a: 5 } }, { subject: {} }]) {
      expect(() => analyze(bad as unknown as EmailInput)).toThrow(TypeError);
    }
  });
});
