import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllParts, loadCorpus, readInput } from '../../scripts/eval/corpus.ts';
import { filedAsSpam, ManifestError, parseManifest } from '../../scripts/eval/manifest.ts';

const SPAMASSASSIN = [
  'file\tlabel\tsource\thas_html\tbytes\tgroup\tyear\torig',
  'spam/a.eml\tspam\tspamassassin\t1\t100\tspam_2\t2002\tx',
  'ham/b.eml\tham\tspamassassin\t0\t100\thard_ham\t2002\ty',
  '',
].join('\n');

const LEGIT = [
  'file\tkind\tsource\tlicence\tbytes\thas_placeholders\tnote',
  'a.html\ttransactional\towner/repo:a.html\tMIT\t10\t1\tplaceholders {{ }}',
  'b.eml\tpromo\tmbox.gz#<id>\tBSD-3-Clause\t10\t0\tgmail labels: Spam,Category Promotions,Unread',
  'c.eml\tnewsletter\tmbox.gz#<id2>\tBSD-3-Clause\t10\t0\tgmail labels: Trash,Opened,Category Updates',
].join('\r\n');

describe('parseManifest', () => {
  it('reads the SpamAssassin layout: label, group, has_html', () => {
    expect(parseManifest(SPAMASSASSIN, 'corpus')).toEqual([
      { file: 'spam/a.eml', label: 'spam', group: 'spam_2', hasHtml: true, kind: '', note: '', filedAsSpam: false },
      { file: 'ham/b.eml', label: 'ham', group: 'hard_ham', hasHtml: false, kind: '', note: '', filedAsSpam: false },
    ]);
  });

  it('reads the legit-modern layout (CRLF, no label: all ham, group = folder) and spots mail filed as spam', () => {
    const entries = parseManifest(`\uFEFF${LEGIT}`, 'legit-modern');
    expect(entries.map((e) => [e.file, e.label, e.group, e.kind, e.hasHtml, e.filedAsSpam])).toEqual([
      ['a.html', 'ham', 'legit-modern', 'transactional', null, false],
      ['b.eml', 'ham', 'legit-modern', 'promo', null, true],
      ['c.eml', 'ham', 'legit-modern', 'newsletter', null, false],
    ]);
  });

  it('refuses manifests that are not spam/ham corpora', () => {
    expect(() => parseManifest('file\tcategory\nmail/a.eml\tother\n', 'bounces')).toThrow(ManifestError);
    expect(() => parseManifest('name\tlabel\na\tspam\n', 'x')).toThrow(/file/);
    expect(() => parseManifest('file\tlabel\na.eml\tmaybe\n', 'x', 'm.tsv')).toThrow(/m\.tsv:2: label `maybe`/);
  });

  it('filedAsSpam reads Gmail labels only', () => {
    expect(filedAsSpam('gmail labels: Inbox,Category Promotions,Unread')).toBe(false);
    expect(filedAsSpam('gmail labels: Spam,Category Updates,Unread')).toBe(true);
    expect(filedAsSpam('Spam mentioned elsewhere')).toBe(false);
  });
});

describe('loadCorpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-eval-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'phishing-modern'));
  mkdirSync(join(root, 'legit-modern'));
  writeFileSync(join(root, 'manifest.tsv'), SPAMASSASSIN);
  writeFileSync(join(root, 'phishing-modern/manifest.tsv'), 'file\tlabel\tgroup\nspam/p.eml\tspam\tphishing_pot\n');
  writeFileSync(join(root, 'legit-modern/manifest.tsv'), LEGIT);

  it('reads every part of a corpus root, each with its role', () => {
    const corpus = loadAllParts(root);
    expect(corpus.parts.map((part) => [part.name, part.role, part.companion])).toEqual([
      [root.split('/').pop(), 'mixed', false],
      ['phishing-modern', 'spam-only', false],
      ['legit-modern', 'ham-only', false],
    ]);
    expect(corpus.messages).toHaveLength(6);
    expect(corpus.messages[2]!.path).toBe(join(root, 'phishing-modern/spam/p.eml'));
  });

  it('pairs a spam-only folder with its parent\'s ham, and leaves a ham-only folder alone', () => {
    const phishing = loadCorpus(join(root, 'phishing-modern'));
    expect(phishing.parts.map((part) => [part.role, part.companion])).toEqual([
      ['spam-only', false],
      ['ham-only', true],
    ]);
    expect(phishing.messages.map((m) => m.label)).toEqual(['spam', 'ham']);
    expect(loadCorpus(join(root, 'legit-modern')).parts).toHaveLength(1);
  });

  it('reads .html as HTML and .eml through the MIME parser', async () => {
    writeFileSync(join(root, 'page.html'), '<p>Hello</p>');
    writeFileSync(join(root, 'mail.eml'), 'Subject: Hi\r\nContent-Type: text/plain\r\n\r\nBody text\r\n');
    expect(await readInput(join(root, 'page.html'))).toEqual({ html: '<p>Hello</p>' });
    const email = await readInput(join(root, 'mail.eml'), join(root, 'cache'));
    expect(email.subject).toBe('Hi');
    expect(email.text?.trim()).toBe('Body text');
    // the second read comes from the cache, unchanged
    expect(await readInput(join(root, 'mail.eml'), join(root, 'cache'))).toEqual(email);
  });
});
