/**
 * templates/manifest.tsv, in ../shared/corpus/legit-modern's layout (file, kind, source, licence,
 * bytes, has_placeholders, note), so that `npm run eval -- <folder>` reads it as legitimate mail.
 * The note carries `lang=<code>` first, then the placeholder syntax and how the file was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_COLUMNS = ['file', 'kind', 'source', 'licence', 'bytes', 'has_placeholders', 'note'] as const;

export interface TemplateRow {
  readonly file: string;
  readonly kind: string;
  /** `npm:<package>@<version>:<path in the tarball>` */
  readonly source: string;
  readonly licence: string;
  readonly bytes: number;
  readonly hasPlaceholders: boolean;
  readonly note: string;
}

function clean(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ').trim();
}

export function formatManifest(rows: readonly TemplateRow[]): string {
  const lines = rows.map((row) =>
    [row.file, row.kind, row.source, row.licence, String(row.bytes), row.hasPlaceholders ? '1' : '0', row.note].map(clean).join('\t'),
  );
  return `${[MANIFEST_COLUMNS.join('\t'), ...lines].join('\n')}\n`;
}

export function parseTemplateManifest(text: string): TemplateRow[] {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (header.trim() !== MANIFEST_COLUMNS.join('\t')) {
    throw new Error(`manifest.tsv: expected the columns ${MANIFEST_COLUMNS.join(', ')}`);
  }
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [file = '', kind = '', source = '', licence = '', bytes = '0', placeholders = '0', note = ''] = line.split('\t');
      return { file, kind, source, licence, bytes: Number(bytes), hasPlaceholders: placeholders === '1', note };
    });
}

export function readTemplateManifest(folder: string): TemplateRow[] {
  return parseTemplateManifest(readFileSync(join(folder, 'manifest.tsv'), 'utf8'));
}

/** The message's language from the note's `lang=` (the source's own locale code), '' when absent. */
export function languageOf(row: TemplateRow): string {
  return /(?:^|; )lang=([\w-]+)/.exec(row.note)?.[1] ?? '';
}

/** The package name of a row's source (`npm:@scope/name@1.2.3:path` → `@scope/name`). */
export function packageOf(row: TemplateRow): string {
  return /^npm:(@?[^@:]+)@/.exec(row.source)?.[1] ?? row.source;
}
