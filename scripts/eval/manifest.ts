/**
 * Reads a corpus folder's `manifest.tsv` (../shared/corpus/README.md): one row per message, labels
 * and groups from its columns. Two layouts exist: the SpamAssassin / phishing layout (`label`,
 * `group`, `has_html`) and the legit-modern layout (`kind`, `note`, no label: every file is
 * legitimate).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Label = 'spam' | 'ham';

export interface ManifestEntry {
  /** path relative to the manifest's folder */
  readonly file: string;
  readonly label: Label;
  /** sub-collection: the `group` column, else the folder's name */
  readonly group: string;
  /** the manifest's `has_html`, or null when it has no such column (then the parsed message decides) */
  readonly hasHtml: boolean | null;
  /** legit-modern's `kind` (newsletter, promo, …), empty when absent */
  readonly kind: string;
  readonly note: string;
  /** a real delivery the recipient's mailbox filed as spam (legit-modern's note "gmail labels: Spam,…") */
  readonly filedAsSpam: boolean;
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

/** Gmail labels in legit-modern's note column, e.g. `gmail labels: Spam,Category Promotions,Unread`. */
export function filedAsSpam(note: string): boolean {
  const match = /gmail labels:\s*(.*)$/i.exec(note);
  return match ? (match[1] ?? '').split(',').some((label) => label.trim().toLowerCase() === 'spam') : false;
}

/**
 * Parses manifest text. `folderName` names the group when the manifest has no `group` column.
 * A manifest without a `label` column is accepted only in the legit-modern layout (a `kind`
 * column): its README says every file is legitimate.
 */
export function parseManifest(text: string, folderName: string, where = 'manifest.tsv'): ManifestEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim());
  const column = (name: string): number => header.indexOf(name);
  const fileAt = column('file');
  const labelAt = column('label');
  const groupAt = column('group');
  const htmlAt = column('has_html');
  const kindAt = column('kind');
  const noteAt = column('note');
  if (fileAt < 0) throw new ManifestError(`${where}: no \`file\` column in the header.`);
  if (labelAt < 0 && kindAt < 0) {
    throw new ManifestError(`${where}: no \`label\` column, so it is not a spam/ham corpus (a bounce set?).`);
  }
  const entries: ManifestEntry[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const cell = (at: number): string => (at >= 0 ? (cells[at] ?? '').trim() : '');
    const file = cell(fileAt);
    if (file === '') throw new ManifestError(`${where}:${index + 1}: empty \`file\`.`);
    const label = labelAt >= 0 ? cell(labelAt) : 'ham';
    if (label !== 'spam' && label !== 'ham') {
      throw new ManifestError(`${where}:${index + 1}: label \`${label}\` is neither spam nor ham.`);
    }
    const html = cell(htmlAt);
    const note = cell(noteAt);
    entries.push({
      file,
      label,
      group: cell(groupAt) || folderName,
      hasHtml: htmlAt >= 0 && html !== '' ? html === '1' : null,
      kind: cell(kindAt),
      note,
      filedAsSpam: filedAsSpam(note),
    });
  }
  return entries;
}

export function readManifest(folder: string): ManifestEntry[] {
  const path = join(folder, 'manifest.tsv');
  if (!existsSync(path)) throw new ManifestError(`${folder}: no manifest.tsv here.`);
  return parseManifest(readFileSync(path, 'utf8'), basename(folder), path);
}
