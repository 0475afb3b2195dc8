/**
 * The `spamrisk` command line (DESIGN §6): verbs share one report convention and one exit-code
 * convention. `check` (content) is the default verb, so `spamrisk file.html` is
 * `spamrisk check file.html`; `explain` reads a bounce or a message's headers, `domain` checks the
 * sender's DNS setup.
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCheck } from './commands/check.ts';
import { processIo, type CommandIo } from './commands/io.ts';
import { escapeControlsKeepingLines } from './escape.ts';
import { describeFsError, UsageError } from './source.ts';
import { isVerb, type Verb } from './verbs.ts';

export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** Verbs that exist. A new verb adds a file in cli/commands/, a line here and its name in cli/verbs.ts. */
const COMMANDS: Readonly<Record<string, Command>> = {
  check: runCheck,
  explain: async (argv, io) => (await import('./commands/explain.ts')).runExplain(argv, io),
  domain: async (argv, io) => (await import('./domain/command.ts')).runDomainCommand(argv, io),
} satisfies Record<Verb, Command>;

/** Verbs reserved for what DESIGN §6 plans, so that a file named like them is never mistaken. */
const PLANNED: readonly string[] = [];

export const DEFAULT_COMMAND = 'check';

/** Whether anything is at `path`, a symlink to nothing included. */
function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Runs the CLI and returns its exit code; never calls process.exit, so output is always flushed. */
export async function main(argv: readonly string[] = process.argv.slice(2), io: CommandIo = processIo()): Promise<number> {
  // `spamrisk help` and `spamrisk help explain` are --help, as git's and npm's are (issue 11).
  // With a file or folder named help here, the word is both: refused, or a CI job would check nothing and pass.
  const helpWord = argv[0] === 'help' && (argv.length === 1 || (argv.length === 2 && isVerb(argv[1] as string)));
  if (helpWord && pathExists(resolve(io.cwd, 'help'))) {
    io.stderr.write('spamrisk: "help" is both a path here and the word for usage: write ./help to check it, or spamrisk --help for help\n');
    return 2;
  }
  if (helpWord) argv = argv.length === 1 ? ['--help'] : [argv[1] as string, '--help'];
  const [first, ...rest] = argv;
  const verb = first !== undefined && (isVerb(first) || PLANNED.includes(first)) ? first : undefined;
  const command = verb ? COMMANDS[verb] : COMMANDS[DEFAULT_COMMAND];
  try {
    if (!command) throw new UsageError(`"${verb}" is not available in this version of spamrisk (try: spamrisk check <files>)`);
    return await command(verb ? rest : argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The help of the verb that was run: `spamrisk explain` with no input points to `spamrisk explain --help`.
      const help = verb && verb !== DEFAULT_COMMAND && command ? `spamrisk ${verb} --help` : 'spamrisk --help';
      io.stderr.write(`spamrisk: ${escapeControlsKeepingLines(error.message)}\nRun "${help}" for usage.\n`);
      return 2;
    }
    io.stderr.write(`spamrisk: internal error: ${escapeControlsKeepingLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    return 2;
  }
}

/**
 * What the bin prints when stdout cannot be written (`spamrisk a.html > /dev/full`): one line
 * saying the report was lost, for exit status 2, never a stack (issue 11). A reader that closed the
 * pipe early (`| head`, EPIPE) is no error: null.
 */
export function stdoutFailure(error: unknown): string | null {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return null;
  return `spamrisk: stdout ${escapeControlsKeepingLines(describeFsError(error, 'write'))}; the report was lost\n`;
}
