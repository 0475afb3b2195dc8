/**
 * The limits and checks behind the CLI's input handling (cli/limits.ts, cli/source.ts): sizes with
 * units, and what counts as binary. The CLI tests run them end to end (hostile-input.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capJobs, formatSize, formatSizeAndLimit, parseSize } from '../../cli/limits.ts';
import { decodeHtml, readFileBytes } from '../../cli/source.ts';
import { binaryContent } from '../../core/text/bytes.ts';
import { pseudoRandom } from '../fixtures/binary-mail.ts';

describe('parseSize', () => {
  it('reads bytes, K/M/G and KiB/MiB/GiB as powers of 1024, KB/MB/GB as powers of 1000', () => {
    expect([parseSize('1000'), parseSize('1k'), parseSize('1 KiB'), parseSize('1KB'), parseSize('25MB'), parseSize('25M'), parseSize('1.5G'), parseSize('2gb')]).toEqual([
      1000,
      1024,
      1024,
      1000,
      25_000_000,
      25 * 1024 ** 2,
      1.5 * 1024 ** 3,
      2e9,
    ]);
  });

  it('refuses what is not a size', () => {
    for (const raw of ['', 'MB', '-1', '1e9', '25 parsecs', '0x10', '1.2.3', '9'.repeat(30)]) expect(parseSize(raw), raw).toBeUndefined();
  });
});

describe('formatSize', () => {
  it('says sizes in words people read', () => {
    expect([formatSize(1), formatSize(812), formatSize(1024), formatSize(1536), formatSize(25 * 1024 ** 2), formatSize(1024 ** 3 + 1)]).toEqual([
      '1 byte',
      '812 bytes',
      '1 KiB',
      '1.5 KiB',
      '25 MiB',
      '1.0 GiB',
    ]);
  });
});

describe('formatSizeAndLimit', () => {
  it('adds the bytes when the rounded size and limit would read the same', () => {
    // --max-size 5M on 5,243,051 bytes said "is 5.0 MiB, above the 5 MiB limit".
    expect(formatSizeAndLimit(5_243_051, 5 * 1024 ** 2)).toEqual(['5.0 MiB (5,243,051 bytes)', '5 MiB (5,242,880 bytes)']);
    expect(formatSizeAndLimit(1030, 1024)).toEqual(['1.0 KiB (1,030 bytes)', '1 KiB (1,024 bytes)']);
    expect(formatSizeAndLimit(8 * 1024 ** 2, 5 * 1024 ** 2)).toEqual(['8 MiB', '5 MiB']);
    expect(formatSizeAndLimit(2000, 1024)).toEqual(['2.0 KiB', '1 KiB']);
  });

  it('is what a file above --max-size is told', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spamrisk-limits-'));
    try {
      writeFileSync(join(folder, 'big.html'), 'x'.repeat(1030));
      await expect(readFileBytes(join(folder, 'big.html'), 'big.html', 1024, '')).rejects.toThrow('big.html: is 1.0 KiB (1,030 bytes), above the 1 KiB (1,024 bytes) input limit: not read');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('capJobs', () => {
  it('never gives more threads than cores, nor fewer than one', () => {
    expect(capJobs(1000)).toBe(availableParallelism());
    expect(capJobs(1)).toBe(1);
    expect(capJobs(0)).toBe(1);
  });
});


describe('binaryContent', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('calls mostly non-text binary', () => {
    expect(binaryContent(new Uint8Array(10))).toBe('its 10 bytes are all NUL (0x00): no text at all');
    expect(binaryContent(pseudoRandom(4096, 7))).toMatch(/^binary content: \d+ % of its bytes are control bytes or not UTF-8$/);
    expect(binaryContent(Buffer.from('<p>Hello there, this is a template</p>', 'utf16le'))).toMatch(/UTF-16 text without a byte-order mark/);
  });

  it('keeps text with a few controls, and text in a legacy charset, as text', () => {
    expect(binaryContent(encode('<p>Hello\u0000 Sam</p>\n'))).toBeNull();
    expect(binaryContent(encode('550 5.1.1 User unknown\n\u0000'))).toBeNull();
    expect(binaryContent(encode('<p>\u001b[31mred\u001b[0m and \u001b[2J</p>'))).toBeNull();
    // KOI8-R Russian: nearly every byte is above 0x7f and not UTF-8, but there is no control byte.
    const koi8 = Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x21]);
    expect(binaryContent(koi8)).toBeNull();
    expect(() => decodeHtml('ru.html', koi8)).toThrow('ru.html: is not valid UTF-8 (byte 0xf0 at offset 0); save the template as UTF-8');
  });
});
