/** Tells a pasted raw message (.eml) from pasted HTML. */

/** A raw message starts with a header block: `Name: value` lines, one of them a mail header we know. */
export function looksLikeEml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 8000).split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = head.split(/\r?\n/).filter((line) => !/^[ \t]/.test(line));
  return (
    lines.length > 0 &&
    lines.every((line) => /^[!-9;-~]+:/.test(line)) &&
    lines.some((line) => /^(from|to|subject|date|message-id|mime-version|received|return-path|content-type):/i.test(line))
  );
}
