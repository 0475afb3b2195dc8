/**
 * The recipient check of a compose window: core `checkRecipients` on what each To/Cc/Bcc entry
 * holds, as warnings the in-page panel words in the UI language. Separate from the draft's score.
 * Pure, so it is unit-tested without a browser.
 */
import { checkRecipients, suggestDomain } from '../../core/index.ts';
import type { RecipientEntry, RecipientField } from '../shared/messages.ts';
import type { RecipientWarning } from '../shared/messages.ts';

/** Bounds on what a content script may send (a pasted list of thousands stays cheap). */
const MAX_ENTRIES = 500;
const MAX_TEXT = 5000;
const FIELDS: ReadonlySet<string> = new Set<RecipientField>(['to', 'cc', 'bcc']);

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).replace(/[>\s]+$/, '').toLowerCase();
}

export function recipientWarnings(entries: readonly RecipientEntry[]): RecipientWarning[] {
  const warnings: RecipientWarning[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(entries) ? entries.slice(0, MAX_ENTRIES) : []) {
    const field = String(entry?.field ?? '');
    const text = String(entry?.text ?? '').slice(0, MAX_TEXT);
    if (!FIELDS.has(field) || !text.trim()) continue;
    for (const finding of checkRecipients(text).findings) {
      const address = finding.evidence;
      // Text without an @ is a resolved recipient's display name, or a name typed for autocomplete.
      if (finding.rule === 'recipient-invalid' && !address.includes('@')) continue;
      const key = `${finding.rule}\u0000${address.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const domain = domainOf(address);
      warnings.push({
        rule: finding.rule,
        field: field as RecipientField,
        address,
        domain,
        suggestion: finding.rule === 'recipient-domain-typo' ? suggestDomain(domain) : null,
        points: finding.points,
      });
    }
  }
  // Worst first (an address that bounces before a role address); stable otherwise.
  return warnings.map((warning, index) => ({ warning, index }))
    .sort((a, b) => b.warning.points - a.warning.points || a.index - b.index)
    .map(({ warning }) => warning);
}
