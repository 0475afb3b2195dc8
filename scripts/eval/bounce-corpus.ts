/**
 * The labelled bounces (`../shared/corpus/bounces/manifest.tsv`, see its README) as the bounce
 * evaluations read them (scripts/eval-bounces.ts, scripts/eval-bounce-words.ts): each bounce with its
 * category, sisimai's reason and its MTA family; when a reading agrees with the label; and the two
 * held-out vocabularies both report — without the phrases and codes only one MTA family uses (leave
 * one family out), and the grammar alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVocabulary, type Vocabulary, type VocabularyItem } from '../../core/explain/vocabulary.ts';

export interface LabelledBounce {
  readonly file: string;
  /** the category the corpus gives it */
  readonly expected: string;
  /** sisimai's reason (`filtered`, `userunknown`, …) */
  readonly reason: string;
  /** the MTA family: sisimai's decoder (lhost), or the remote host class when it files the sample only there */
  readonly family: string;
  readonly text: string;
}

/** The bounces a manifest lists, each read from `folder`. */
export function parseBounceManifest(manifest: string, folder: string): LabelledBounce[] {
  const [headerLine, ...lines] = manifest.trim().split('\n');
  const columns = (headerLine ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const file = cell('file');
    return {
      file,
      expected: cell('category'),
      reason: cell('sisimai_reason'),
      family: cell('lhost') || `rhost-${cell('rhost')}`,
      text: readFileSync(join(folder, file), 'utf8'),
    };
  });
}

/** sisimai files under `filtered` refusals after DATA that say "user unknown": mailbox counts as right (corpus README). */
export function agreesWithLabel(bounce: Pick<LabelledBounce, 'expected' | 'reason'>, got: string): boolean {
  return got === bounce.expected || (bounce.reason === 'filtered' && got === 'mailbox');
}

/** What the grammar-only vocabulary leaves out: fixed phrases and vendor codes (RFC 3463 subject.detail codes stay). */
export const notGrammar = (item: VocabularyItem): boolean => item.kind === 'phrase' || (item.kind === 'code' && item.text.split('.').length >= 3);

/**
 * A vocabulary that records which MTA families use each phrase and code (read each bounce after
 * `readingFamily(its family)`), and whether an item is used by one family only — what leaving that
 * family out removes. RFC 3463 codes without a class (`1.1`) are the standard's, never a family's.
 */
export function familyWatch(): {
  vocabulary: Vocabulary;
  readingFamily: (family: string) => void;
  /** the families whose bounces used the item, undefined when none did */
  familiesOf: (item: VocabularyItem) => ReadonlySet<string> | undefined;
  familyOnly: (item: VocabularyItem, family: string) => boolean;
} {
  const itemKey = (item: VocabularyItem) => `${item.cause} ${item.kind} ${item.text}`;
  const families = new Map<string, Set<string>>();
  let current = '';
  const vocabulary = createVocabulary({
    observe: (item) => {
      const key = itemKey(item);
      let used = families.get(key);
      if (!used) families.set(key, (used = new Set()));
      used.add(current);
    },
  });
  return {
    vocabulary,
    readingFamily: (family) => {
      current = family;
    },
    familiesOf: (item) => families.get(itemKey(item)),
    familyOnly: (item, family) => {
      if (item.kind === 'code' && item.text.split('.').length < 3) return false;
      const used = families.get(itemKey(item));
      return used !== undefined && used.size === 1 && used.has(family);
    },
  };
}
