/**
 * Turns the operands (files, directories, globs, `-`) into the list of templates to score.
 * Directories and globs yield .html, .htm and .eml files; a file named explicitly is read whatever
 * its extension. An operand that matches nothing is an input error naming it, and the others
 * still run.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby';
import type { FileTask } from './analyze-source.ts';
import { describeFsError, emptyContent, InputError, kindOf, TEMPLATE_EXTENSIONS } from './source.ts';
import { isVerb } from './verbs.ts';

export const STDIN = '-';

/**
 * Never walked: dependencies and VCS data hold other people's mail, not your templates. Nor are
 * folders and files whose names start with a dot, unless the operand names one (`spamrisk
 * .github`): `.venv`, `.next` and `.tox` hold HTML that is no mail, and the Action walks `.`. The
 * CLI says which of them it left out that hold templates (unwalkedDotEntries).
 */
const NEVER_WALKED: readonly string[] = ['node_modules', '.git'];
const IGNORED = NEVER_WALKED.map((name) => `**/${name}/**`);
/** Version-control data: never mentioned as left out. */
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn']);
/** How many folder entries unwalkedDotEntries reads under one walked directory at most. */
const DOT_SCAN_BUDGET = 2_000;
/** How many bytes of a found file are read to see whether it is empty (emptyFile); more only when all are white space. */
const EMPTY_PROBE = 4_096;
const TEMPLATE_GLOB = `**/*.{${TEMPLATE_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** One input, in the order the operands gave them. */
export type Input = { readonly task: FileTask } | { readonly error: InputError } | { readonly stdin: true };

export interface Expanded {
  /** every input in operand order (directories and globs sorted within) */
  readonly inputs: Input[];
  readonly tasks: FileTask[];
  /** whether `-` was given (stdin is read once, by the caller) */
  readonly stdin: boolean;
  readonly errors: InputError[];
  /**
   * Entries a walk met and did not read, each a line for stderr (`emails/x.html: a symbolic link
   * to nothing (…); skipped`): a dangling symlink, a named pipe, a socket, a device, or an empty
   * file (a partial of 0 bytes or white space). Not errors: the exit code stays what the files
   * read make it.
   */
  readonly notes: string[];
}

/**
 * Whether a path that `relative()` gave leaves its folder: `..` itself or `..` then a separator, or
 * absolute (another drive). A name that only starts with two dots (`..draft.html`) stays inside.
 */
export function leavesFolder(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith('../') || isAbsolute(rel);
}

/** The name a report shows: relative to the working directory with `/`, or absolute outside it. */
export function displayName(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '' || leavesFolder(rel)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

function isTemplate(path: string): boolean {
  const lower = path.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || !leavesFolder(rel);
}

/**
 * The file system as a walk sees it. A symlink to a folder inside the walk is not followed (the
 * folder is walked by its own path), one to a folder outside is followed, and every real folder is
 * listed once. So a symlink loop, or folders that link to each other, cannot repeat files or make
 * the walk explode (five folders linking to each other gave tinyglobby thousands of paths, six
 * 11,742 in 70 s). Folders that cannot be listed are remembered, to be reported instead of skipped.
 *
 * tinyglobby (fdir) resolves a symlink with `realpathSync` and then lists the real folder: the
 * first hook refuses the links to skip (fdir skips what it cannot resolve), the second lists each
 * real folder once. globSync walks depth first in one order, so the names chosen are stable.
 */
function walkFs(root: string) {
  const rootReal = realPathOf(root);
  const listed = new Set<string>();
  const unreadable = new Map<string, unknown>();
  const realpath = ((path: string) => {
    const real = realpathSync(path);
    if (isInside(real, rootReal) && statSync(real).isDirectory()) {
      throw Object.assign(new Error(`${path}: a link to a folder inside the walk`), { code: 'ESKIPPED' });
    }
    return real;
  }) as typeof realpathSync;
  const readdir = ((path: string, options: { withFileTypes: true }) => {
    const absolute = resolve(path);
    try {
      const real = realpathSync(absolute);
      if (listed.has(real)) return [];
      listed.add(real);
      return readdirSync(absolute, options).map((entry) => (isOdd(entry, absolute) ? asFile(entry) : entry));
    } catch (error) {
      // A folder that is not there (a glob's base) is no error of its own: the operand matches nothing.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.set(absolute, error);
      throw error;
    }
  }) as typeof readdirSync;
  return { fs: { readdirSync: readdir, realpathSync: realpath }, unreadable };
}

/**
 * A folder entry that is neither a file, a folder nor a link to one: a named pipe, a socket, a
 * device, or a symlink to nothing. fdir drops these without a word; the walk shows them to the
 * glob as files, so that the patterns and exclusions decide, and `skipped` then says why each
 * one that matched was not read (reading a named pipe would wait for a writer forever).
 */
function isOdd(entry: Dirent, folder: string): boolean {
  if (entry.isFile() || entry.isDirectory()) return false;
  if (!entry.isSymbolicLink()) return true;
  try {
    statSync(resolve(folder, entry.name));
    return false;
  } catch {
    return true;
  }
}

function asFile(entry: Dirent): Dirent {
  return Object.assign(Object.create(entry) as Dirent, { isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false });
}

/** describeFsError's words after "that": `cannot be read (…)` as it says, any other reason wrapped once. */
function cannotBeRead(reason: string): string {
  return reason.startsWith('cannot be read') ? reason : `cannot be read (${reason})`;
}

/** Why a file a walk found is not read (`empty` when it is empty), or null when it is a regular file to read (through a symlink or not). */
function skipped(path: string): { readonly why: string; readonly empty?: true } | null {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    if (!isSymlink(path)) return null; // gone since the walk: reading it reports that
    let target = '';
    try {
      target = readlinkSync(path);
    } catch {
      // the link is gone too
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { why: `is a symbolic link to nothing${target ? ` (${target})` : ''}; skipped` };
    return { why: `is a symbolic link${target ? ` to ${target}` : ''} that ${cannotBeRead(describeFsError(error))}; skipped` };
  }
  if (info.isFile()) {
    const empty = emptyFile(path, info.size);
    return empty === null ? null : { why: `${empty}; skipped`, empty: true };
  }
  if (info.isDirectory()) return null;
  const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
  return { why: `is ${kind}, not a file; skipped` };
}

/**
 * emptyContent's words for a file a walk found, or null when it has something to check (or cannot
 * be read: reading it reports that). Reads its first EMPTY_PROBE bytes, and the rest only when
 * those are all white space. A file named explicitly is not asked: its emptiness is an input error
 * (sourceFromBytes), as the build that wrote nothing is.
 */
function emptyFile(path: string, size: number): string | null {
  try {
    if (size > EMPTY_PROBE) {
      const head = new Uint8Array(EMPTY_PROBE);
      const fd = openSync(path, 'r');
      try {
        if (emptyContent(head.subarray(0, readSync(fd, head, 0, EMPTY_PROBE, 0))) === null) return null;
      } finally {
        closeSync(fd);
      }
    }
    return emptyContent(readFileSync(path));
  } catch {
    return null;
  }
}

/** The folder a glob starts from: its segments before the first one with a pattern in it. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

/** Files matching `pattern` under `cwd`, walked with walkFs from `root`; the folders it could not list. */
function walk(pattern: string, root: string, options: { cwd: string; ignore: string[]; caseSensitiveMatch?: boolean }) {
  const { fs, unreadable } = walkFs(root);
  const files = globSync(pattern, { ...options, absolute: true, dot: false, fs });
  return { files, unreadable: [...unreadable] };
}

/**
 * The entries right under `folder` (not deeper) whose names start with a dot and that a walk of it
 * skips though they hold templates: a dot-named .html, .htm or .eml file, or a folder with one
 * somewhere under it (symlinks not followed). A template counts only when the walk's own globs
 * would take it, were the entry walked: `ignore` (node_modules, the `!` exclusions, relative to
 * `cwd`) applies as it does to the walk, so `!.venv/**`, a glob matching .venv at any depth and
 * `!.draft.html` each keep their entry out, and `!.github/workflows/**` keeps out only what it matches. Cheap and
 * bounded: at most DOT_SCAN_BUDGET entries are read in all, and a folder read no further finds
 * nothing more; version-control data is never named.
 */
function unwalkedDotEntries(folder: string, cwd: string, ignore: readonly string[]): string[] {
  let budget = DOT_SCAN_BUDGET;
  const readdir = ((path: string, options: { withFileTypes: true }) => {
    if (budget <= 0) return [];
    let entries: Dirent[];
    try {
      entries = readdirSync(path, options);
    } catch {
      return [];
    }
    budget -= entries.length;
    return budget < 0 ? [] : entries;
  }) as typeof readdirSync;
  const options = { cwd, ignore: [...ignore], dot: true, caseSensitiveMatch: false, followSymbolicLinks: false, fs: { readdirSync: readdir, realpathSync } };
  let listed: Dirent[];
  try {
    listed = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!entry.name.startsWith('.') || VCS_FOLDERS.has(entry.name)) continue;
    if (!(entry.isDirectory() || (entry.isFile() && isTemplate(entry.name)))) continue;
    const path = resolve(folder, entry.name);
    const name = escapePath(relative(cwd, path).split(sep).join('/'));
    if (globSync(entry.isDirectory() ? `${name}/${TEMPLATE_GLOB}` : name, options).length > 0) found.push(path);
  }
  return found;
}

/**
 * `excluded` are globs (relative to `cwd`) that directory walks and globs skip; an operand that
 * starts with `!` is one too. A file named explicitly is always read. Each real file is listed
 * once, under the first name it was found by (in operand order, then sorted).
 */
export async function expandOperands(
  operands: readonly string[],
  cwd: string,
  excluded: readonly string[] = [],
  { noteUnwalked = false }: { /** add a note naming the dot-named entries a directory walk left out that hold templates */ noteUnwalked?: boolean } = {},
): Promise<Expanded> {
  const exclusions = [...excluded, ...operands.filter((operand) => operand.startsWith('!')).map((operand) => operand.slice(1))].map((pattern) =>
    pattern.split(sep).join('/'),
  );
  const ignore = [...IGNORED, ...exclusions];
  /**
   * How many templates a directory or glob that yields nothing would have yielded but for the
   * exclusions (`spamrisk emails/ '!emails/**'`), said so rather than "no templates"; `count` walks
   * it again without them, only when there are some.
   */
  const excludedAll = (count: () => number): string | null => {
    const all = exclusions.length > 0 ? count() : 0;
    if (all === 0) return null;
    return `${all} .html, .htm or .eml ${all === 1 ? 'file, excluded' : 'files, all excluded'} (${exclusions.map((pattern) => `!${pattern}`).join(', ')}): nothing was checked`;
  };
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const unwalked: string[] = [];
  let stdin = false;

  const add = (absolute: string, real: string = realPathOf(absolute)) => {
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ task: { path: absolute, file: displayName(absolute, cwd), kind: kindOf(absolute) } });
  };
  /** A walk's files in order; a file also found through a symlink keeps the name that is not the link. */
  const notes: string[] = [];
  /** Returns how many of `files` were skipped as empty, and whether every one was. */
  const addFound = (files: readonly string[]) => {
    let empty = 0;
    const found = files.flatMap((file) => {
      const skip = skipped(file);
      if (skip === null) return [{ path: resolve(file), real: realPathOf(file), link: isSymlink(file) }];
      if (skip.empty) empty++;
      notes.push(`${displayName(resolve(file), cwd)}: ${skip.why}`);
      return [];
    });
    const direct = new Set(found.filter((file) => !file.link).map((file) => file.real));
    for (const file of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      if (file.link && direct.has(file.real)) continue;
      add(file.path, file.real);
    }
    return { empty, allEmpty: empty > 0 && empty === files.length };
  };
  /** A walk or glob whose every file was empty checked nothing: an error, as one that found none is. */
  const allEmpty = (count: number) => `${count} .html, .htm or .eml ${count === 1 ? 'file, empty' : 'files, all empty'}: nothing was checked`;
  const fail = (operand: string, message: string) => inputs.push({ error: new InputError(operand, message) });
  const failUnreadable = (operand: string, operandPath: string, unreadable: [string, unknown][]) => {
    for (const [folder, error] of unreadable) {
      const name = folder === operandPath ? operand : `${displayName(folder, cwd)}/`;
      const reason = describeFsError(error);
      fail(name, `is a directory that ${cannotBeRead(reason)}; its templates were not checked`);
    }
  };

  for (const operand of operands) {
    if (operand.startsWith('!')) continue;
    if (operand === STDIN) {
      if (!stdin) inputs.push({ stdin: true });
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, operand);
    const found = await statOf(absolute);
    if (!(found instanceof Error)) {
      if (found.isDirectory()) {
        // Walk from `cwd` when the folder is inside it, so that exclusions (relative to `cwd`) apply.
        const rel = relative(cwd, absolute).split(sep).join('/');
        const inside = !leavesFolder(rel);
        const pattern = inside ? `${rel === '' ? '' : `${escapePath(rel)}/`}${TEMPLATE_GLOB}` : TEMPLATE_GLOB;
        const options = { cwd: inside ? cwd : absolute, caseSensitiveMatch: false };
        const { files, unreadable } = walk(pattern, absolute, { ...options, ignore: inside ? ignore : IGNORED });
        const operandUnreadable = unreadable.some(([folder]) => folder === absolute);
        if (files.length === 0 && !operandUnreadable) {
          const count = () => (inside ? walk(pattern, absolute, { ...options, ignore: IGNORED }).files.length : 0);
          const excludedFiles = excludedAll(count);
          fail(operand, excludedFiles ? `is a directory of ${excludedFiles}` : 'is a directory with no .html, .htm or .eml files');
        }
        const added = addFound(files);
        if (added.allEmpty) fail(operand, `is a directory of ${allEmpty(added.empty)}`);
        failUnreadable(operand, absolute, unreadable);
        if (noteUnwalked) {
          // Looked at as the walk would: from `cwd` with the exclusions when the folder is inside it.
          for (const path of unwalkedDotEntries(absolute, inside ? cwd : absolute, inside ? ignore : IGNORED)) if (!unwalked.includes(path)) unwalked.push(path);
        }
      } else {
        add(absolute);
      }
      continue;
    }
    if (found.code !== 'ENOENT' && found.code !== 'ENOTDIR') {
      fail(operand, describeFsError(found));
      continue;
    }
    if (isDynamicPattern(operand)) {
      // Patterns use `/` on every platform.
      const pattern = operand.split(sep).join('/');
      const { files, unreadable } = walk(pattern, globBase(pattern, cwd), { cwd, ignore });
      const templates = files.filter(isTemplate);
      if (templates.length === 0 && unreadable.length === 0) {
        const count = () => walk(pattern, globBase(pattern, cwd), { cwd, ignore: IGNORED }).files.filter(isTemplate).length;
        const excludedFiles = excludedAll(count);
        fail(operand, excludedFiles ? `matches ${excludedFiles}` : 'no .html, .htm or .eml file matches this pattern');
      }
      const added = addFound(templates);
      if (added.allEmpty) fail(operand, `matches ${allEmpty(added.empty)}`);
      failUnreadable(operand, '', unreadable);
      continue;
    }
    // `spamrisk -f json explain bounce.eml` checks a file named `explain`: only the first word is a verb.
    fail(operand, isVerb(operand) ? `no such file or directory (a verb counts only as the first word: spamrisk ${operand} [options] <inputs>)` : 'no such file or directory');
  }
  // One note for all the walks; an entry also reached otherwise (`spamrisk . .github`) is no news.
  const missed = unwalked.filter((path) => {
    const folder = realPathOf(path);
    for (const real of seen) if (isInside(real, folder)) return false;
    return true;
  });
  if (missed.length > 0) {
    const names = missed.map((path) => displayName(path, cwd) + (statSync(path).isDirectory() ? '/' : ''));
    const shown = names.length > 5 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
    const example = names.find((name) => name.endsWith('/')) ?? names[0] ?? '';
    notes.push(`not walked (a directory walk skips names that start with a dot), though ${names.length === 1 ? 'it holds' : 'they hold'} .html, .htm or .eml files: ${shown.join(', ')}; name one to check it: spamrisk ${example.replace(/\/$/, '')}`);
  }
  return {
    inputs,
    tasks: inputs.flatMap((input) => ('task' in input ? [input.task] : [])),
    stdin,
    errors: inputs.flatMap((input) => ('error' in input ? [input.error] : [])),
    notes,
  };
}
