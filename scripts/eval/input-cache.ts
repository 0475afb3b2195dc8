/**
 * A disk cache of parsed .eml messages (the `analyze()` input postal-mime gives), so that the
 * evaluation and the fit, run one after the other, parse the corpus once: MIME parsing is about
 * half of a pass, and the corpus does not change. One small JSON file per message under
 * node_modules/.cache/spamrisk-eval/, keyed by the file's path, size and modification time and by
 * the parser (postal-mime's version and the source of core/email.ts), so a new parser or an edited
 * file is parsed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmailInput } from '../../core/index.ts';
import { REPO_ROOT } from './paths.ts';

let parserKey: string | undefined;

/** What the parsed form depends on besides the file. */
function parser(): string {
  if (parserKey === undefined) {
    const postalMime = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/postal-mime/package.json'), 'utf8')) as { version: string };
    const email = readFileSync(join(REPO_ROOT, 'core/email.ts'), 'utf8');
    parserKey = `postal-mime ${postalMime.version}\n${email}`;
  }
  return parserKey;
}

function entryPath(cacheDir: string, file: string): string {
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha1').update(`${parser()}\0${file}\0${size}\0${mtimeMs}`).digest('hex');
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/** The cached input of `file`, or the result of `parse` (then cached). */
export async function cachedInput(cacheDir: string, file: string, parse: () => Promise<EmailInput>): Promise<EmailInput> {
  const path = entryPath(cacheDir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EmailInput;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  const input = await parse();
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, JSON.stringify(input));
    renameSync(temporary, path);
  } catch {
    // a cache that cannot be written only costs time
  }
  return input;
}
