/**
 * Turns the operands (files, directories, globs, `-`) into the list of templates to score.
 * Directories and globs yield .html, .htm and .eml files; a file named explicitly is read whatever
 * its extension. An operand that matches nothing is an input error naming it, and the others
 * still run.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import type { FileTask } from './analyze-source.ts';
import { InputError, kindOf, TEMPLATE_EXTENSIONS } from './source.ts';

export const STDIN = '-';

/** Never walked: dependencies and VCS data hold other people's mail, not your templates. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];
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
}

/** The name a report shows: relative to the working directory with `/`, or absolute outside it. */
export function displayName(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolute.split(sep).join('/');
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

/**
 * `excluded` are globs (relative to `cwd`) that directory walks and globs skip; an operand that
 * starts with `!` is one too. A file named explicitly is always read.
 */
export async function expandOperands(operands: readonly string[], cwd: string, excluded: readonly string[] = []): Promise<Expanded> {
  const ignore = [...IGNORED, ...excluded, ...operands.filter((operand) => operand.startsWith('!')).map((operand) => operand.slice(1))].map(
    (pattern) => pattern.split(sep).join('/'),
  );
  const inputs: Input[] = [];
  const seen = new Set<string>();
  let stdin = false;

  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ task: { path: absolute, file: displayName(absolute, cwd), kind: kindOf(absolute) } });
  };
  const fail = (operand: string, message: string) => inputs.push({ error: new InputError(operand, message) });

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
        const inside = !rel.startsWith('..') && !isAbsolute(rel);
        const files = await glob(inside ? `${rel === '' ? '' : `${escapePath(rel)}/`}${TEMPLATE_GLOB}` : TEMPLATE_GLOB, {
          cwd: inside ? cwd : absolute,
          ignore: inside ? ignore : IGNORED,
          absolute: true,
          caseSensitiveMatch: false,
          dot: false,
        });
        if (files.length === 0) fail(operand, 'is a directory with no .html, .htm or .eml files');
        for (const file of files.sort()) add(resolve(file));
      } else {
        add(absolute);
      }
      continue;
    }
    if (found.code !== 'ENOENT' && found.code !== 'ENOTDIR') {
      fail(operand, `cannot be read (${found.code ?? found.message})`);
      continue;
    }
    if (isDynamicPattern(operand)) {
      // Patterns use `/` on every platform.
      const pattern = operand.split(sep).join('/');
      const files = (await glob(pattern, { cwd, ignore, absolute: true, dot: false })).filter(isTemplate);
      if (files.length === 0) fail(operand, 'no .html, .htm or .eml file matches this pattern');
      for (const file of files.sort()) add(resolve(file));
      continue;
    }
    fail(operand, 'no such file or directory');
  }
  return {
    inputs,
    tasks: inputs.flatMap((input) => ('task' in input ? [input.task] : [])),
    stdin,
    errors: inputs.flatMap((input) => ('error' in input ? [input.error] : [])),
  };
}
