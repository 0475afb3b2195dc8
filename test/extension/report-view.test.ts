// @vitest-environment happy-dom
// The panel's quotes (ext33 audit 8): a backtick in the draft must not close or open a quote. The
// evidence is rendered from the finding's evidence field, whole, and the words of the message stay text.

import { expect, test } from 'vitest';
import { analyze } from '../../core/index.ts';
import { appendQuoted, renderFindings } from '../../extension/ui/report-view.ts';

const t = (key: string): string => key;

function rendered(html: string, subject = ''): { rule: string; evidence: string; message: string; codes: string[]; text: string }[] {
  const report = analyze({ html, subject });
  const list = renderFindings(document, report, t);
  return [...list.querySelectorAll('.sr-finding')].map((el, i) => ({
    rule: report.findings[i]!.rule,
    evidence: report.findings[i]!.evidence,
    message: report.findings[i]!.message,
    codes: [...el.querySelectorAll('.sr-message code')].map((c) => c.textContent ?? ''),
    text: [...el.querySelector('.sr-message')!.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''),
  }));
}

test('evidence with a backtick is one quote, and the message after it stays text', () => {
  const findings = rendered('<p>Hello `FREE` cash`! act` now <a href="http://bit.ly/a`b">click `here</a> today</p>');
  const free = findings.find((f) => f.rule === 'free-offer-phrase')!;
  expect(free.evidence).toBe('FREE` cash');
  expect(free.codes).toEqual(['FREE` cash']);
  expect(free.text).toContain('advertises something free');
  const shortener = findings.find((f) => f.rule === 'link-shortener')!;
  expect(shortener.codes).toEqual(['http://bit.ly/a`b', 'bit.ly']);
  expect(shortener.text).toContain('goes through the URL shortener');
  // every message that quotes its evidence with a backtick in it
  const quoting = findings.filter((x) => x.evidence.includes('`') && x.message.includes(`\`${x.evidence}\``));
  expect(quoting.length).toBeGreaterThanOrEqual(3);
  for (const f of quoting) {
    expect(f.codes, f.rule).toContain(f.evidence);
    // no sentence of the message ended up inside a quote
    for (const code of f.codes) expect(code, f.rule).not.toMatch(/ (advertises|pressures|goes through|is pharmacy) /);
  }
});

test('a backtick without its closing one stays text; plain quotes as before', () => {
  const p = document.createElement('p');
  appendQuoted(document, p, 'Quote `one` and a lone ` here', '');
  expect([...p.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['one']);
  expect(p.textContent).toBe('Quote one and a lone ` here');
  const q = document.createElement('p');
  appendQuoted(document, q, '`a`b` is `x`, `a`b` again', 'a`b');
  expect([...q.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['a`b', 'x', 'a`b']);
  expect(q.innerHTML).not.toContain('<script');
});
