/**
 * Regular expressions built from words, never from patterns: list entries, phrases and addresses
 * are escaped, so a `.` or `|` in the data (or in a caller's data) is that character and nothing
 * more, and the search stays a plain alternation, linear in the text.
 */

/** `literal` as regular-expression source that matches exactly it. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One case-insensitive search for any of `literals`, those in `wholeWords` only between word
 * boundaries; null when no non-empty literal is given (an empty alternative would match
 * everything).
 */
export function anyLiteral(literals: Iterable<string>, wholeWords: ReadonlySet<string> = new Set()): RegExp | null {
  const sources: string[] = [];
  for (const literal of literals) {
    if (literal === '') continue;
    sources.push(wholeWords.has(literal) ? `\\b${escapeRegExp(literal)}\\b` : escapeRegExp(literal));
  }
  return sources.length === 0 ? null : new RegExp(sources.join('|'), 'i');
}
