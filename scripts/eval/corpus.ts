/**
 * Which corpus parts an evaluation reads, and each message's place in them. A part is one folder
 * with a manifest.tsv: the SpamAssassin set at the corpus root, `phishing-modern/` (all spam),
 * `legit-modern/` (all ham). With no folder named, all three parts of ../shared/corpus are read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { emailToInput, type EmailInput } from '../../core/index.ts';
import { cachedInput } from './input-cache.ts';
import { readManifest, type ManifestEntry } from './manifest.ts';
import { DEFAULT_CORPUS } from './paths.ts';
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

/** Every default part (the root's manifest, phishing-modern/, legit-modern/) of a corpus root that exists. */
export function loadAllParts(root: string): Corpus {
  if (!existsSync(join(root, 'manifest.tsv'))) {
    throw new Error(`No corpus at ${root} (expected ../shared/corpus next to the repository, with a manifest.tsv).`);
  }
  const parts: Part[] = [];
  const messages: CorpusMessage[] = [];
  for (const sub of DEFAULT_PARTS) {
    const dir = resolve(root, sub);
    if (!existsSync(join(dir, 'manifest.tsv'))) continue;
    const loaded = partOf(dir, readManifest(dir));
    parts.push(loaded.part);
    messages.push(...loaded.messages);
  }
  return { parts, messages };
}

/**
 * The parts to read. No folder: every default part of ../shared/corpus. A folder: its own
 * manifest; a spam-only folder (phishing-modern) is paired with its parent folder's ham, when the
 * parent has a manifest, to rank it against ("phishing vs all ham"); a ham-only folder
 * (legit-modern) is judged by its false positives alone.
 */
export function loadCorpus(folder?: string): Corpus {
  if (folder === undefined) return loadAllParts(DEFAULT_CORPUS);
  const dir = resolve(folder);
  const own = partOf(dir, readManifest(dir));
  const parts = [own.part];
  const messages = [...own.messages];
  const parent = dirname(dir);
  if (own.part.role === 'spam-only' && existsSync(join(parent, 'manifest.tsv'))) {
    const ham = readManifest(parent).filter((entry) => entry.label === 'ham');
    if (ham.length > 0) {
      const companion = partOf(parent, ham, true);
      parts.push(companion.part);
      messages.push(...companion.messages);
    }
  }
  return { parts, messages };
}

/**
 * The analyze() input of one corpus file: .eml through postal-mime (cached in `cacheDir` when
 * given), .html as HTML, anything else as text.
 */
export async function readInput(path: string, cacheDir: string | null = null): Promise<EmailInput> {
  const extension = extname(path).toLowerCase();
  if (extension === '.eml') {
    const parse = () => emailToInput(readFileSync(path));
    return cacheDir === null ? parse() : cachedInput(cacheDir, path, parse);
  }
  const content = readFileSync(path, 'utf8');
  return extension === '.html' || extension === '.htm' ? { html: content } : { text: content };
}
