/**
 * Which corpus parts an evaluation reads, and each message's place in them. A part is one folder
 * with a manifest.tsv: the SpamAssassin set at the corpus root, `phishing-modern/` (all spam),
 * `legit-modern/` (all ham). With no folder named, all three parts of ../shared/corpus are read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailToInput, type EmailInput } from '../../core/index.ts';
import { readManifest, type Label, type ManifestEntry } from './manifest.ts';

/** The repository's root, whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where CI and users keep the corpus: ../shared/corpus next to the repository. */
export const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
/** The parts read when no folder is named, in this order. */
export const DEFAULT_PARTS = ['.', 'phishing-modern', 'legit-modern'] as const;

export type PartRole = 'mixed' | 'spam-only' | 'ham-only';

export interface Part {
  /** short name for reports: the folder's name, `spamassassin` for the corpus root */
  readonly name: string;
  readonly folder: string;
  readonly role: PartRole;
  /** read only for its other label, to pair a one-label folder with (e.g. phishing vs this ham) */
  readonly companion: boolean;
}

export interface CorpusMessage extends ManifestEntry {
  readonly part: Part;
  /** absolute path of the message */
  readonly path: string;
}

export interface Corpus {
  readonly parts: readonly Part[];
  readonly messages: readonly CorpusMessage[];
}

function partName(folder: string): string {
  const name = basename(folder);
  return name === 'corpus' ? 'spamassassin' : name;
}

function roleOf(entries: readonly ManifestEntry[]): PartRole {
  const spam = entries.some((entry) => entry.label === 'spam');
  const ham = entries.some((entry) => entry.label === 'ham');
  return spam && ham ? 'mixed' : spam ? 'spam-only' : 'ham-only';
}

function partOf(folder: string, entries: readonly ManifestEntry[], companion = false): { part: Part; messages: CorpusMessage[] } {
  const part: Part = { name: partName(folder), folder, role: roleOf(entries), companion };
  return { part, messages: entries.map((entry) => ({ ...entry, part, path: join(folder, entry.file) })) };
}

/**
 * The parts to read. No folder: every default part of ../shared/corpus that exists. A folder: its
 * own manifest; when that folder holds one label only and its parent folder has a manifest, the
 * parent's messages of the other label are read too ("phishing vs all ham"), marked as companion.
 */
export function loadCorpus(folder?: string): Corpus {
  const parts: Part[] = [];
  const messages: CorpusMessage[] = [];
  const add = (loaded: { part: Part; messages: CorpusMessage[] }): void => {
    parts.push(loaded.part);
    messages.push(...loaded.messages);
  };
  if (folder === undefined) {
    if (!existsSync(join(DEFAULT_CORPUS, 'manifest.tsv'))) {
      throw new Error(`No corpus at ${DEFAULT_CORPUS} (expected ../shared/corpus next to the repository); name a folder.`);
    }
    for (const sub of DEFAULT_PARTS) {
      const dir = resolve(DEFAULT_CORPUS, sub);
      if (existsSync(join(dir, 'manifest.tsv'))) add(partOf(dir, readManifest(dir)));
    }
    return { parts, messages };
  }
  const dir = resolve(folder);
  const entries = readManifest(dir);
  const own = partOf(dir, entries);
  add(own);
  const parent = dirname(dir);
  if (own.part.role !== 'mixed' && existsSync(join(parent, 'manifest.tsv'))) {
    const other: Label = own.part.role === 'spam-only' ? 'ham' : 'spam';
    // A legit (ham-only) folder is judged by its false positives alone; a spam-only one needs ham to rank against.
    if (other === 'ham') {
      const companion = readManifest(parent).filter((entry) => entry.label === other);
      if (companion.length > 0) add(partOf(parent, companion, true));
    }
  }
  return { parts, messages };
}

/** The analyze() input of one corpus file: .eml through postal-mime, .html as HTML, anything else as text. */
export async function readInput(path: string): Promise<EmailInput> {
  const extension = extname(path).toLowerCase();
  if (extension === '.eml') return emailToInput(readFileSync(path));
  const content = readFileSync(path, 'utf8');
  return extension === '.html' || extension === '.htm' ? { html: content } : { text: content };
}
