/**
 * The CLI judges an .eml's bytes binary or not once (cli/source.ts `decodeEml`, which words the
 * refusal as the CLI does), and the core's parse does not judge them again
 * (core/email.ts `messageTextToInput`): judged binary or not once, not twice (decodeEml's UTF-8
 * check is another pass, of another question).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, expect, it, vi } from 'vitest';
import * as bytes from '../../core/text/bytes.ts';
import { main } from '../../cli/main.ts';

vi.mock('../../core/text/bytes.ts', async (original) => {
  const actual = await original<typeof import('../../core/text/bytes.ts')>();
  return { ...actual, binaryContent: vi.fn(actual.binaryContent) };
});

const root = mkdtempSync(join(tmpdir(), 'spamrisk-binary-once-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function sink(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

it('an .eml is scored with its bytes judged binary or not once', async () => {
  const message = 'From: a@example.com\nTo: b@example.com\nSubject: Our news\nContent-Type: text/html; charset=utf-8\n\n<p>Hello, here is our news for May.</p>\n';
  writeFileSync(join(root, 'mail.eml'), message);
  const binaryContent = vi.mocked(bytes.binaryContent);
  binaryContent.mockClear();
  const code = await main(['--no-config', '--jobs', '1', 'mail.eml'], { stdout: sink(), stderr: sink(), stdin: (async function* () {})(), env: { NO_COLOR: '1' }, cwd: root });
  expect(code).toBe(0);
  // The whole message, once (a text/html body is judged with its header section).
  expect(binaryContent.mock.calls.map(([judged]) => judged.length)).toEqual([Buffer.byteLength(message)]);
});
