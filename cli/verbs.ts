/**
 * The CLI's verbs. Only the first word of the command line is read as one (cli/main.ts): an
 * operand named like a verb after an option is a file, and the walk says so when it is missing.
 */
const VERBS = ['check', 'explain', 'domain'] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(word: string): word is Verb {
  return (VERBS as readonly string[]).includes(word);
}
