/**
 * `spamrisk/node`: analyzeFile and analyzeFiles give the CLI's reports, read configs on request,
 * and name the files they could not read without losing the others.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { rmSync } from 'node:fs';
import { analyzeEach, analyzeFile, analyzeFiles, FilesError, InputError } from '../../cli/node.ts';
import { CLEAN_HTML, isolatedConfig, makeTree, MEDIUM_HTML, RISKY_HTML } from './helpers.ts';

const tree = makeTree({
  'spamrisk.config.json': JSON.stringify(isolatedConfig()),
  'mail/clean.html': CLEAN_HTML,
  'mail/risky.html': RISKY_HTML,
  'mail/sub/medium.htm': MEDIUM_HTML,
  'mail/broken.html': Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c]),
});
afterAll(() => tree.dispose());
const cwd = tree.root;

describe('analyzeFile', () => {
  it('returns the same report as analyze() on the file text', async () => {
    const report = await analyzeFile(join(cwd, 'mail/risky.html'), { subject: 'Hello' });
    expect(report).toEqual(analyze({ html: RISKY_HTML, subject: 'Hello' }));
  });

  it('applies options, and a config only when asked', async () => {
    expect((await analyzeFile('mail/risky.html', { cwd })).findings.some((finding) => finding.rule === 'custom-phrase')).toBe(false);
    const configured = await analyzeFile('mail/risky.html', { cwd, config: true });
    expect(configured).toMatchObject({ score: 5, level: 'high' });
    const lenient = await analyzeFile('mail/risky.html', { cwd, config: join(cwd, 'spamrisk.config.json'), threshold: 10 });
    expect(lenient).toMatchObject({ score: 5, level: 'medium', threshold: 10 });
  });

  it('rejects with an InputError naming a missing or broken file', async () => {
    await expect(analyzeFile('mail/none.html', { cwd })).rejects.toThrow(new InputError('mail/none.html', 'no such file'));
    await expect(analyzeFile('mail/broken.html', { cwd })).rejects.toThrow(/^mail\/broken\.html: is not valid UTF-8 \(byte 0xff at offset 3\)/);
  });
});

describe('an empty file', () => {
  it('found by a directory or glob is skipped, as the CLI skips it; named, or every file found empty, is an InputError', async () => {
    const empties = makeTree({ 'mail/clean.html': CLEAN_HTML, 'mail/partials/_header.html': '', 'mail/partials/_footer.html': '  \n' });
    try {
      const root = empties.root;
      for (const pattern of ['mail', 'mail/**/*.html']) expect((await analyzeFiles(pattern, { cwd: root })).map((entry) => entry.file)).toEqual(['mail/clean.html']);
      await expect(analyzeFile('mail/partials/_header.html', { cwd: root })).rejects.toThrow(new InputError('mail/partials/_header.html', 'is empty (0 bytes)'));
      const error = (await analyzeFiles('mail/partials', { cwd: root }).catch((caught: unknown) => caught)) as FilesError;
      expect(error.errors.map((each) => each.message)).toEqual(['mail/partials: is a directory of 2 .html, .htm or .eml files, all empty: nothing was checked']);
    } finally {
      empties.dispose();
    }
  });
});

describe('input limits', () => {
  it('refuses a file above maxSize from its size, naming the file and the limit', async () => {
    const size = Buffer.byteLength(RISKY_HTML);
    await expect(analyzeFile('mail/risky.html', { cwd, maxSize: size - 1 })).rejects.toThrow(
      new InputError('mail/risky.html', `is ${size} bytes, above the ${size - 1} bytes input limit: not read (raise the limit with --max-size)`),
    );
    expect((await analyzeFile('mail/risky.html', { cwd, maxSize: size })).version).toBe(1);
    const error = (await analyzeFiles('mail/*.html', { cwd, maxSize: size - 1 }).catch((caught: unknown) => caught)) as FilesError;
    expect(error.errors.map((each) => each.message.split(':')[0])).toEqual(['mail/broken.html', 'mail/risky.html']);
    expect(error.results.map((result) => result.file)).toEqual(['mail/clean.html']);
  });

  it('rejects a maxSize that is not a number of bytes', async () => {
    for (const maxSize of [Number.NaN, 0, -1, '25MB' as unknown as number]) {
      await expect(analyzeFile('mail/clean.html', { cwd, maxSize })).rejects.toThrow(TypeError);
    }
  });
});

describe('analyzeFiles', () => {
  it('expands directories and globs in order, honouring !exclusions', async () => {
    const results = await analyzeFiles(['mail/*.html', 'mail/sub', '!mail/broken.html'], { cwd, config: true });
    expect(results.map((result) => [result.file, result.report.score])).toEqual([
      ['mail/clean.html', 0],
      ['mail/risky.html', 5],
      ['mail/sub/medium.htm', 3],
    ]);
  });

  it('rejects with a FilesError that names the bad files and keeps the other reports', async () => {
    const error = await analyzeFiles(['mail', 'missing/*.html'], { cwd, config: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FilesError);
    const { errors, results } = error as FilesError;
    // In the order of the patterns, as the reports are.
    expect(errors.map((each) => each.message)).toEqual([
      expect.stringMatching(/^mail\/broken\.html: is not valid UTF-8/),
      'missing/*.html: no .html, .htm or .eml file matches this pattern',
    ]);
    expect(results.map((result) => result.file)).toEqual(['mail/clean.html', 'mail/risky.html', 'mail/sub/medium.htm']);
  });

  it('gives the same reports from worker threads as from the main thread', async () => {
    const many = makeTree(Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`t${String(index).padStart(2, '0')}.html`, index % 3 ? CLEAN_HTML : RISKY_HTML])));
    try {
      const options = { cwd: many.root, ...isolatedConfig() };
      const pooled = await analyzeFiles('.', { ...options, jobs: 2 });
      const inline = await analyzeFiles('.', { ...options, jobs: 1 });
      expect(pooled).toHaveLength(120);
      expect(pooled).toEqual(inline);
      expect(pooled.filter((result) => result.report.level === 'high')).toHaveLength(40);
    } finally {
      many.dispose();
    }
  });
});

describe('analyzeEach', () => {
  const manyFiles = (count: number) =>
    makeTree({
      'spamrisk.config.json': JSON.stringify(isolatedConfig()),
      ...Object.fromEntries(Array.from({ length: count }, (_, index) => [`t${String(index).padStart(3, '0')}.html`, index % 3 ? CLEAN_HTML : RISKY_HTML])),
    });

  it('yields reports and errors in input order, one at a time', async () => {
    const entries: string[] = [];
    for await (const entry of analyzeEach(['mail/clean.html', 'mail/none.html', 'mail/sub'], { cwd, config: true })) {
      entries.push('error' in entry ? `${entry.file}: ${entry.error instanceof InputError}` : `${entry.file}: ${entry.report.score}`);
    }
    expect(entries).toEqual(['mail/clean.html: 0', 'mail/none.html: true', 'mail/sub/medium.htm: 3']);
  });

  it.each([1, 2])('never reads far ahead of the loop (jobs %i): files removed after the first result are not found', async (jobs) => {
    const many = manyFiles(300);
    try {
      const seen: { file: string; ok: boolean }[] = [];
      for await (const entry of analyzeEach('.', { cwd: many.root, config: true, jobs })) {
        if (seen.length === 0) for (let index = 100; index < 300; index++) rmSync(`${many.root}/t${String(index).padStart(3, '0')}.html`);
        seen.push({ file: entry.file, ok: !('error' in entry) });
      }
      expect(seen).toHaveLength(300);
      expect(seen.slice(0, 1).every((entry) => entry.ok)).toBe(true);
      // Files past the window were read only after they were removed.
      expect(seen.slice(100).every((entry) => !entry.ok)).toBe(true);
    } finally {
      many.dispose();
    }
  });

  it('stops when its signal aborts, and analyzeFiles rejects with the reason', async () => {
    const many = manyFiles(150);
    try {
      const controller = new AbortController();
      const files: string[] = [];
      const run = (async () => {
        for await (const entry of analyzeEach('.', { cwd: many.root, jobs: 2, signal: controller.signal })) {
          files.push(entry.file);
          if (files.length === 3) controller.abort(new Error('enough'));
        }
      })();
      await expect(run).rejects.toThrow('enough');
      expect(files).toHaveLength(3);
      await expect(analyzeFiles('.', { cwd: many.root, signal: AbortSignal.abort() })).rejects.toThrow(/aborted/i);
    } finally {
      many.dispose();
    }
  });
});

describe('wrong calls', () => {
  // spamrisk/node checks its options as analyze() does, before any file is read.
  it.each([
    ['negative points', { rules: { 'link-shortener': { points: -1 } } }, /^analyzeFile\(\): options\.rules\["link-shortener"\]\.points must be 0 or more, got -1/],
    ['an unknown rule id', { rules: { 'link-shortner': 'off' } }, /^analyzeFile\(\): options\.rules names "link-shortner", which is not a rule id; did you mean "link-shortener"\?/],
    ['a language without wordlists', { languages: ['xx'] }, /^analyzeFile\(\): options\.languages\[0\] must be a language with wordlists/],
    ['negative phrase points', { phrases: { add: [{ phrase: 'click', points: -3 }] } }, /^analyzeFile\(\): options\.phrases\.add\[0\]\.points must be a finite number of 0 or more/],
    ['a subject that is not a string', { subject: 42 }, /^analyzeFile\(\): options\.subject must be a string; got a number \(42\)/],
    ['a mistyped option', { treshold: 4 }, /^analyzeFile\(\): options has no option "treshold"; did you mean "threshold"\?/],
    ['a mistyped file option', { maxsize: 4 }, /^analyzeFile\(\): options has no option "maxsize"; did you mean "maxSize"\?/],
  ] as [string, object, RegExp][])('analyzeFile refuses %s with a TypeError', async (_name, options, says) => {
    const call = analyzeFile('mail/clean.html', { cwd, ...options });
    await expect(call).rejects.toThrow(TypeError);
    await expect(analyzeFile('mail/clean.html', { cwd, ...options })).rejects.toThrow(says);
  });

  it('analyzeFiles and analyzeEach refuse them too, naming themselves', async () => {
    await expect(analyzeFiles('mail/*.html', { cwd, languages: ['xx'] })).rejects.toThrow(/^analyzeFiles\(\): options\.languages\[0\]/);
    await expect(analyzeEach('mail/', { cwd, rules: { 'link-shortener': { points: -1 } } }).next()).rejects.toThrow(/^analyzeEach\(\): options\.rules/);
  });

  it('takes a region tag as its language', async () => {
    const french = await analyzeFile('mail/clean.html', { cwd, languages: ['fr'] });
    expect(await analyzeFile('mail/clean.html', { cwd, languages: ['fr-CA'] })).toEqual(french);
  });
});
