/**
 * scripts/eval/external.ts, run as a subprocess the way it is documented (it runs on import). Only
 * what the script decides itself: which files it refuses, how it reads an mbox, that a duplicate is
 * read once; the scores are the analyzer's and are not checked here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function external(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval/external.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const message = (subject: string, body: string): string =>
  `From: Bank <service@bank.example>\nTo: you@example.org\nSubject: ${subject}\nDate: Sat, 27 Nov 2004 15:33:24 -0500\nMessage-ID: <${subject.replace(/\W/g, '')}@bank.example>\n\n${body}\n`;
const mbox = (...messages: string[]): string => messages.map((text) => `From service@bank.example Sat Nov 27 15:33:27 2004\n${text}\n`).join('');

let folders: string[] = [];
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-external-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of folders) rmSync(root, { recursive: true, force: true });
  folders = [];
});

describe('external.ts mbox layout', () => {
  it('reads every message of every mbox under spam/, each mbox its own group, a duplicate text once', () => {
    const root = folder({
      'spam/a.mbox': mbox(message('Verify your account', 'Click here to verify.'), message('Billing issue', 'Update your billing.\n>From the team')),
      // the first message again (same subject and text, other headers): read once
      'spam/old/b.mbox': mbox(message('Verify your account', 'Click here to verify.').replace('you@example.org', 'other@example.org'), message('Suspended', 'Your account is suspended.')),
    });
    const run = external('mbox', root, '--rules', '0');
    expect(run.stderr).not.toMatch(/usage:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('4 messages read, 3 scored after duplicates (3 spam, 0 ham)');
    expect(run.stdout).toContain('2 mbox files hold 4 messages');
    expect(run.stdout).toMatch(/spam\/a\.mbox\s+2\s/);
    expect(run.stdout).toMatch(/spam\/old\/b\.mbox\s+1\s/);
  });

  it('refuses a file under spam/ that is not an mbox, naming it, rather than skip it', () => {
    const root = folder({ 'spam/a.mbox': mbox(message('Verify', 'Click.')), 'spam/notes.txt': 'Subject: not an mbox\n\ntext\n' });
    const run = external('mbox', root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(root, 'spam/notes.txt'));
    expect(run.stderr).toMatch(/not an mbox/);
    expect(run.stdout).toBe('');
  });

  it('refuses a folder with no spam/ or ham/ mbox in it (e.g. the root of the mirror)', () => {
    const root = folder({ 'phishing0.mbox': mbox(message('Verify', 'Click.')) });
    const run = external('mbox', root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no mbox messages under .*\/spam or .*\/ham/);
  });

  it('names mbox among the layouts it takes', () => {
    const run = external('maildir', folder({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/enron, eml or mbox/);
  });
});
