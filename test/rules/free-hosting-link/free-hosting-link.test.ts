import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('free-hosting-link', import.meta.dirname);

describe('free-hosting-link details', () => {
  const analyzer = createAnalyzer();
  const hits = (input: { html?: string; text?: string }) => ruleById('free-hosting-link').check(analyzer.context(input));
  const evidence = (html: string): string[] => hits({ html }).map((hit) => hit.evidence);

  it('matches a listed host and any subdomain of it, once per host', () => {
    expect(evidence('<a href="https://secure-login-7.web.app/x">a</a> <a href="https://secure-login-7.web.app/y">b</a>')).toEqual(['https://secure-login-7.web.app/x']);
    expect(evidence('<a href="https://a.pages.dev/">a</a> <a href="https://b.pages.dev/">b</a>')).toEqual(['https://a.pages.dev/', 'https://b.pages.dev/']);
  });

  it('honours an entry\'s path: Google Forms fire, a shared Google document does not', () => {
    expect(evidence('<a href="https://docs.google.com/forms/d/e/1FAIpQL/viewform">Verify</a>')).toEqual(['https://docs.google.com/forms/d/e/1FAIpQL/viewform']);
    expect(evidence('<a href="https://docs.google.com/document/d/1abc/edit">Agenda</a>')).toEqual([]);
  });

  it('does not match a host that merely contains a listed name, nor a picture hosted there', () => {
    expect(evidence('<a href="https://web.app.example.com/x">a</a> <a href="https://notweb.app.example.org/">b</a>')).toEqual([]);
    expect(evidence('<p>Hello</p><img src="https://storage.googleapis.com/bucket/logo.png" alt="logo">')).toEqual([]);
  });

  it('counts each host by its sureness: an IPFS gateway more than a form builder', () => {
    const [gateway] = hits({ html: '<a href="https://ipfs.io/ipfs/QmXyz/index.html">Open</a>' });
    const [survey] = hits({ html: '<a href="https://form.typeform.com/to/abc123">Survey</a>' });
    expect(gateway?.strength).toBeGreaterThan(survey?.strength ?? Infinity);
  });

  it('finds a scheme-less address written in the text', () => {
    expect(hits({ text: 'Log in at mailbox-update.glitch.me/login today' }).map((hit) => hit.evidence)).toEqual(['mailbox-update.glitch.me/login']);
  });
});
