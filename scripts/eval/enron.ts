/**
 * The Enron-Spam collection's file form (Metsis et al., 2006), read the same way by
 * scripts/eval/external.ts and scripts/eval/spamassassin.ts: each file is `Subject: …` on its first
 * line, then the lower-cased body (no other header, no HTML); each part's Summary.txt names the
 * owner of its spam.
 */
import { readFileSync } from 'node:fs';
import type { EmailInput } from '../../core/index.ts';

/** `Subject: …` on the first line, the body after it: the Enron-Spam file form. */
export function enronInput(path: string): EmailInput {
  const content = readFileSync(path, 'latin1').replace(/\r\n?/g, '\n');
  const newline = content.indexOf('\n');
  const first = newline === -1 ? content : content.slice(0, newline);
  const subject = /^subject:\s?(.*)$/i.exec(first);
  if (!subject) return { text: content };
  return { subject: subject[1]!.trim(), text: newline === -1 ? '' : content.slice(newline + 1) };
}

/**
 * The owner of a part's spam from its Summary.txt ("Spam\n----\n- Owner: SpamAssassin + HoneyPot"),
 * or undefined when the file has no such line.
 */
export function enronSpamOwner(summaryPath: string): string | undefined {
  return /spam\s*-+\s*-\s*owner:\s*([^\n\r]*)/i.exec(readFileSync(summaryPath, 'latin1'))?.[1]?.trim();
}
