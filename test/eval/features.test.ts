import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../core/index.ts';
import { extractFeatures } from '../../scripts/eval/features.ts';

describe('extractFeatures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spamrisk-features-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bodies = [
    '<p>FREE money!!! Act now, limited time, 100% guaranteed. <a href="http://10.0.0.1/x">click here</a></p>',
    '<p>Minutes of the Tuesday meeting are attached.</p>',
    'Subject: WIN CASH NOW\r\nContent-Type: text/html\r\n\r\n<p>Dear friend, claim your prize</p>\r\n',
  ];
  const paths = Array.from({ length: 60 }, (_, index) => {
    const body = bodies[index % bodies.length]!;
    const path = join(dir, `m${index}.${body.startsWith('Subject') ? 'eml' : 'html'}`);
    writeFileSync(path, body);
    return path;
  });
  paths.push(join(dir, 'missing.eml'));

  it('gives the same rows in one thread and with worker threads, in the order given', async () => {
    const alone = await extractFeatures(paths, { threads: 1, cacheDir: null });
    const shared = await extractFeatures(paths, { threads: 3, cacheDir: join(dir, 'cache') });
    expect(alone.threads).toBe(1);
    expect(shared.threads).toBe(3); // the worker threads ran (no fallback to one thread)
    expect(shared.rows).toHaveLength(paths.length);
    shared.rows.forEach((row, index) => {
      const expected = alone.rows[index]!;
      expect([...row.strengths]).toEqual([...expected.strengths]);
      expect([...row.fired]).toEqual([...expected.fired]);
      expect(row.error === null).toBe(expected.error === null);
    });
    expect(alone.rows[0]!.strengths).toHaveLength(rules.length);
    expect(alone.rows[0]!.fired.some(Boolean)).toBe(true);
    // an unreadable file is a row with an error, not a crash
    expect(alone.rows.at(-1)!.error).toMatch(/ENOENT/);
  });
});
