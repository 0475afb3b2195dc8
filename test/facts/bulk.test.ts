import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';

describe('facts.bulk', () => {
  const analyzer = createAnalyzer();
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://shop.example/p/${i}">Item ${i}</a>`).join(' ');
  const images = (n: number) => Array.from({ length: n }, (_, i) => `<img src="https://shop.example/i/${i}.png" width="200" height="100" alt="">`).join('');

  it('carries its reasons as data, list header first, for the rules to render', () => {
    const input = { headers: { From: 'Shop <news@shop.example>', 'List-Id': '<news.shop.example>' }, html: `<p>New in.</p>${links(15)}${images(4)}` };
    expect(analyzer.context(input).facts.bulk).toEqual({
      bulk: true,
      reasons: [
        { kind: 'header', header: 'List-Id' },
        { kind: 'links', count: 12, more: true },
        { kind: 'images', count: 4 },
      ],
    });
  });

  it('names Precedence: bulk when no list header is there, and counts below the cap exactly', () => {
    const input = { headers: { From: 'Shop <news@shop.example>', Precedence: 'bulk' }, html: `<p>New in.</p>${links(7)}` };
    expect(analyzer.context(input).facts.bulk.reasons).toEqual([{ kind: 'precedence-bulk' }, { kind: 'links', count: 7, more: false }]);
  });

  it('renders the reasons in the finding: English words, a header shown as it is', () => {
    const report = analyzer.analyze({ headers: { From: 'Shop <news@shop.example>', 'List-Id': '<news.shop.example>' }, html: `<p>New in.</p>${links(15)}` });
    const message = report.findings.find((finding) => finding.rule === 'missing-postal-address')?.message ?? '';
    expect(message).toContain('a List-Id header, 12+ links');
    const precedence = analyzer.analyze({ headers: { From: 'Shop <news@shop.example>', Precedence: 'bulk' }, html: `<p>New in.</p>${links(13)}` });
    expect(precedence.findings.find((finding) => finding.rule === 'missing-postal-address')?.message ?? '').toContain('Precedence: bulk, 12+ links');
  });
});

describe('facts.bulk and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://aid.example.edu/p/${i}">Page ${i}</a>`).join(' ');

  it('counts no company-only phrase without company among the promotional phrases', () => {
    const html = `<p>Your award notification is ready. View your award notification in the portal.</p>${links(7)}`;
    expect(analyzer.context({ html }).facts.bulk).toEqual({ bulk: false, reasons: [{ kind: 'links', count: 7, more: false }] });
    const scam = `<p>Your award notification is ready. Drawn by our computer ballot.</p>${links(7)}`;
    expect(analyzer.context({ html: scam }).facts.bulk.reasons).toContainEqual({ kind: 'phrases', count: 2 });
  });
});

describe('facts.bulk and lures the sender warns against (warned41)', () => {
  const analyzer = createAnalyzer();
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://wallet.example/p/${i}">Page ${i}</a>`).join(' ');

  it('counts no warned lure among the promotional phrases, in the text or the subject', () => {
    const html = `<p>We will never ask for your seed phrase. We will never ask for your recovery phrase.</p>${links(7)}`;
    expect(analyzer.context({ html }).facts.bulk).toEqual({ bulk: false, reasons: [{ kind: 'links', count: 7, more: false }] });
    expect(analyzer.context({ html: `<p>We will never ask for your seed phrase.</p>${links(7)}`, subject: 'Never share your recovery phrase' }).facts.bulk.bulk).toBe(false);
    const asked = `<p>Confirm your seed phrase. Then confirm your recovery phrase.</p>${links(7)}`;
    expect(analyzer.context({ html: asked }).facts.bulk.reasons).toContainEqual({ kind: 'phrases', count: 2 });
  });
});
