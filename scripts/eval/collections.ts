// Reading mail collections from outside this repository, as the evaluation scripts lay them out:
// Enron-Spam's enronN/{ham,spam} parts, raw messages under <folder>/{spam,ham}/**, and mbox files
// under <folder>/{spam,ham}/**. Both external.ts and the SpamAssassin side-by-side read them here,
// so a collection is found, refused or split into messages the same way in each.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { enronSpamOwner } from './enron.ts';
import { filesUnder } from './files.ts';
import { splitMbox } from './mbox.ts';

export type Label = 'spam' | 'ham';

const LABELS = ['spam', 'ham'] as const;

/** One message of a collection: which label folder it is under, and where below it. */
export interface CollectionMessage {
  readonly label: Label;
  /** the file's path */
  readonly path: string;
  /** the file's path below its label folder, with `/` */
  readonly below: string;
  /** 1-based place of the message in its mbox file; 0 for a file that is one message */
  readonly index: number;
  readonly bytes: () => Uint8Array;
}

export interface EnronPart {
  /** `enron1` … */
  readonly name: string;
  /** who collected the part's spam, from its Summary.txt */
  readonly spamOwner: string;
  /** the part's files by label; a label whose spam is SpamAssassin's is empty */
  readonly files: Readonly<Record<Label, readonly string[]>>;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function belowOf(dir: string, path: string): string {
  return relative(dir, path).split(/[\\/]/).join('/');
}

/**
 * Enron-Spam's parts. A part's spam collected by SpamAssassin's project is left out (it is the
 * dev set or reserved for independent measurement), with a note saying so; a part without the
 * Summary.txt line that names its spam's owner is refused, since its spam could be that.
 */
export function enronParts(root: string, fail: (message: string) => never): { parts: EnronPart[]; notes: string[] } {
  const names = readdirSync(root).filter((name) => /^enron\d+$/.test(name)).sort();
  if (names.length === 0) fail(`no enronN/ folders in ${root}`);
  const parts: EnronPart[] = [];
  const notes: string[] = [];
  for (const name of names) {
    if (!isFolder(join(root, name))) fail(`${join(root, name)} is not a folder`);
    const summaryPath = join(root, name, 'Summary.txt');
    if (!existsSync(summaryPath)) fail(`${summaryPath} is missing: it names the owner of ${name}'s spam (a partial checkout?)`);
    const spamOwner = enronSpamOwner(summaryPath);
    if (!spamOwner) fail(`${summaryPath} has no "Spam / - Owner: …" line: cannot tell whether ${name}'s spam is SpamAssassin's`);
    const filesOf = (label: Label): string[] => (isFolder(join(root, name, label)) ? filesUnder(join(root, name, label)) : []);
    const files = { ham: filesOf('ham'), spam: filesOf('spam') };
    if (files.ham.length + files.spam.length === 0) fail(`no files under ${join(root, name)}/ham or ${join(root, name)}/spam`);
    if (/spamassassin/i.test(spamOwner)) {
      notes.push(`${name}/spam left out (owner: ${spamOwner}; the SpamAssassin corpus is the dev set or reserved)`);
      files.spam = [];
    }
    parts.push({ name, spamOwner, files });
  }
  return { parts, notes };
}

/** Every file under `<root>/spam` and `<root>/ham`, each one raw message. */
export function emlMessages(root: string, fail: (message: string) => never): CollectionMessage[] {
  const messages: CollectionMessage[] = [];
  for (const label of LABELS) {
    const dir = join(root, label);
    if (!existsSync(dir)) continue;
    for (const path of filesUnder(dir)) {
      messages.push({ label, path, below: belowOf(dir, path), index: 0, bytes: () => readFileSync(path) });
    }
  }
  if (messages.length === 0) fail(`no files under ${root}/spam or ${root}/ham`);
  return messages;
}

/** The messages of every mbox file under `<root>/spam` and `<root>/ham`; a file that is no mbox is refused, not skipped. */
export function mboxMessages(root: string, fail: (message: string) => never): { messages: CollectionMessage[]; files: number } {
  const messages: CollectionMessage[] = [];
  let files = 0;
  for (const label of LABELS) {
    const dir = join(root, label);
    if (!existsSync(dir)) continue;
    for (const path of filesUnder(dir)) {
      let split: Uint8Array[];
      try {
        split = splitMbox(readFileSync(path));
      } catch (error) {
        fail(`${path}: ${error instanceof Error ? error.message : String(error)} (every file under ${label}/ must be an mbox)`);
      }
      files++;
      const below = belowOf(dir, path);
      split.forEach((message, index) => messages.push({ label, path, below, index: index + 1, bytes: () => message }));
    }
  }
  if (messages.length === 0) fail(`no mbox messages under ${root}/spam or ${root}/ham`);
  return { messages, files };
}

/**
 * Reads every item and keeps each text once: the first reading of a text (subject and body,
 * blanks folded) within its `scope`, and none of a text found under both labels. Items that
 * cannot be read are counted and left out.
 */
export async function readDistinct<Item extends { readonly label: Label }, Input extends { readonly subject?: string | null; readonly html?: string | null; readonly text?: string | null }>(
  items: readonly Item[],
  read: (item: Item) => Input | Promise<Input>,
  scope: (item: Item) => string = () => '',
): Promise<{ unique: { item: Item; input: Input }[]; unreadable: number }> {
  const seen = new Map<string, Label | 'both'>();
  const candidates: { item: Item; input: Input; key: string }[] = [];
  let unreadable = 0;
  for (const item of items) {
    let input: Input;
    try {
      input = await read(item);
    } catch {
      unreadable++;
      continue;
    }
    const words = `${input.subject ?? ''}\n${input.html ?? input.text ?? ''}`.replace(/\s+/g, ' ').trim();
    const key = `${scope(item)}\t${createHash('sha1').update(words).digest('hex')}`;
    const before = seen.get(key);
    if (before === undefined) {
      seen.set(key, item.label);
      candidates.push({ item, input, key });
    } else if (before !== item.label) seen.set(key, 'both');
  }
  const unique = candidates.filter(({ key }) => seen.get(key) !== 'both').map(({ item, input }) => ({ item, input }));
  return { unique, unreadable };
}
