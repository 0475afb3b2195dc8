/**
 * A name that only starts with two dots (`..draft.html`, a folder `..old`) is inside the folder it
 * sits in: the report shows it relative and a walk of it honours the exclusions. Before, three
 * places in cli/inputs.ts tested `startsWith('..')` and took such a name for one outside the
 * working directory (absolute name in reports; exclusions not applied to its walk).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayName, expandOperands, leavesFolder } from '../../cli/inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'spamrisk-dots-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('leavesFolder', () => {
  it('is true of `..`, `..` then a separator, and absolute paths only', () => {
    expect(leavesFolder('..')).toBe(true);
    expect(leavesFolder(`..${sep}mail.html`)).toBe(true);
    expect(leavesFolder('/tmp/mail.html')).toBe(true);
    expect(leavesFolder('..draft.html')).toBe(false);
    expect(leavesFolder(`..old${sep}mail.html`)).toBe(false);
    expect(leavesFolder('mail.html')).toBe(false);
  });
});

describe('names that start with two dots', () => {
  it('are shown relative to the working directory', () => {
    expect(displayName(join(root, '..draft.html'), root)).toBe('..draft.html');
    expect(displayName(join(root, 'x', '..y.html'), root)).toBe('x/..y.html');
    expect(displayName(join(root, '..', 'outside.html'), root)).toBe(join(root, '..', 'outside.html').split(sep).join('/'));
  });

  it('a folder named `..old` inside the working directory is walked with the exclusions', async () => {
    mkdirSync(join(root, '..old'));
    writeFileSync(join(root, '..old', 'keep.html'), '<p>Hello</p>');
    writeFileSync(join(root, '..old', 'skip.html'), '<p>Hello</p>');
    const expanded = await expandOperands(['..old', '!..old/skip.html'], root);
    expect(expanded.tasks.map((task) => task.file)).toEqual(['..old/keep.html']);
  });
});
