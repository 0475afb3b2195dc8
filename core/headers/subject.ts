/**
 * The reply or forward prefix at the start of a subject (`Re:`, `RE[2]:`, `Fwd :`, `AW:`), if any.
 * The prefixes of each language are data (wordlists/global/reply-prefixes.yml), passed in as the
 * analyzer's `replyPrefixes` map. Linear: one bounded match on the first 24 characters.
 */
export function replyPrefix(
  subject: string,
  prefixes: ReadonlyMap<string, 'reply' | 'forward'>,
): { kind: 'reply' | 'forward'; end: number } | null {
  const head = subject.slice(0, 24);
  const match = /^\s*([\p{L}]{1,6})\s?(?:\[\d{1,3}\])?\s?[:：]/u.exec(head);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const kind = prefixes.get(word) ?? null;
  return kind ? { kind, end: match[0].length } : null;
}
