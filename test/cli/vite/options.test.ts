/**
 * The Vite plugin's option checks, in the source (no build): every wrong option in one error when
 * Vite resolves the config, a key it does not take worded as the core's functions word one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spamrisk } from '../../../cli/vite/index.ts';
import type { SpamriskPluginOptions } from '../../../cli/vite/settings.ts';

const root = mkdtempSync(join(tmpdir(), 'spamrisk-vite-options-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What Vite's configResolved meets with these options: the error's message, or null when they pass. */
async function problemWith(options: unknown): Promise<string | null> {
  const plugin = spamrisk(options as SpamriskPluginOptions);
  const configResolved = plugin.configResolved as (config: unknown) => Promise<void>;
  try {
    await configResolved({ root, command: 'build' });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
}

describe('spamrisk() options', () => {
  it('lists an unknown key, an unknown phrases key and a wrong value in one error', async () => {
    const message = await problemWith({ treshold: 4, threshold: -1, phrases: { addd: ['act now'] }, config: false });
    expect(message).toMatch(/^spamrisk\(\): invalid options:\n/);
    expect(message).toContain('  - spamrisk(): options has no option "treshold"; did you mean "threshold"? (it takes include, exclude, threshold,');
    expect(message).toContain('  - threshold: must be a number above 0, got number -1');
    // The nested key reads as the top-level one, and as analyze() words its own.
    expect(message).toContain('  - spamrisk(): options.phrases has no option "addd"; did you mean "add"? (it takes add, allow).');
  });

  it('says what came when the options are no object, as the core says it', async () => {
    expect(await problemWith(null)).toBe('spamrisk(): options must be an object (or left out); got null.');
    expect(await problemWith('x')).toBe('spamrisk(): options must be an object (or left out); got a string ("x").');
    expect(await problemWith(['threshold'])).toBe('spamrisk(): options must be an object (or left out); got an array.');
  });

  it('passes options it takes', async () => {
    expect(await problemWith({ threshold: 4, phrases: { add: ['act now'] }, config: false })).toBeNull();
    expect(await problemWith(undefined)).toBeNull();
  });
});
