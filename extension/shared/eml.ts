/** Tells a pasted raw message (.eml) from pasted HTML. */

import { messageStart } from '../../core/email.ts';
import { headChars } from '../../core/text/bytes.ts';

/**
 * A raw message starts with a header block: `Name: value` lines, one of them a mail header we know.
 * Text that starts with markup is HTML, whatever lines follow (analyzeEmail refuses it).
 */
export function looksLikeEml(text: string): boolean {
  if (messageStart(text) === 'markup') return false;
  const head = headChars(text, 8000).split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = head.split(/\r?\n/).filter((line) => !/^[ \t]/.test(line));
  return (
    lines.length > 0 &&
    lines.every((line) => /^[!-9;-~]+:/.test(line)) &&
    lines.some((line) => /^(from|to|subject|date|message-id|mime-version|received|return-path|content-type):/i.test(line))
  );
}

/**
 * How the popup scores an input: pasted text as a raw message or as HTML (by its look); a file
 * named .eml (or read as message/rfc822 bytes) as a raw message, unless it is HTML, which is
 * `html-as-eml`: shown as a translated error, never sent to analyzeEmail (whose refusal is English).
 */
export function popupInputKind(text: string | ArrayBuffer, name: string): 'eml' | 'html' | 'html-as-eml' {
  if (typeof text === 'string' && !/\.eml$/i.test(name)) return looksLikeEml(text) ? 'eml' : 'html';
  return messageStart(text) === 'markup' ? 'html-as-eml' : 'eml';
}
