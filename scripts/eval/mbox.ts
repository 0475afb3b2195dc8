/**
 * Splits a Unix mbox (RFC 4155, application/mbox) into its messages, for scripts/eval/external.ts.
 *
 * A message starts at a "From " line (the From_ line: `From <sender> <date>`) that opens the file or
 * follows an empty line; the From_ line itself is not part of the message, nor is the one empty line
 * that ends each message before the next From_ line. A body line that a mail system escaped to
 * `>From ` (mboxrd: `>>From ` for `>From `) is unescaped by one `>`. A "From " line not preceded by
 * an empty line is body text (mboxo files written without escaping have such lines).
 *
 * One pass over the bytes, each looked at a fixed number of times: linear in the file's size.
 */

const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const GREATER = 0x3e;

function startsWithFrom(bytes: Uint8Array, at: number): boolean {
  for (let index = 0; index < FROM.length; index++) if (bytes[at + index] !== FROM[index]) return false;
  return true;
}

/** True when the line [start, end) is empty (only a CR before its newline, at most). */
function isEmptyLine(bytes: Uint8Array, start: number, end: number): boolean {
  return end === start || (end === start + 1 && bytes[start] === RETURN);
}

/** True when `bytes` starts the way every mbox does: a From_ line. */
export function looksLikeMbox(bytes: Uint8Array): boolean {
  return bytes.length >= FROM.length && startsWithFrom(bytes, 0);
}

/**
 * The messages of an mbox, in order, each without its From_ line. Throws when the bytes do not start
 * with a From_ line (not an mbox: the caller refuses the file rather than guess).
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  if (!looksLikeMbox(bytes)) throw new Error('not an mbox: it does not start with a "From " line');
  const messages: Uint8Array[] = [];
  /** the current message's lines as [start, end) ranges of `bytes`, each with its line break */
  let lines: [number, number][] | null = null;
  let lastEmpty = false;
  const finish = (): void => {
    if (lines === null) return;
    // The empty line that separates a message from the next From_ line belongs to neither.
    if (lastEmpty) lines.pop();
    const message = new Uint8Array(lines.reduce((sum, [start, end]) => sum + end - start, 0));
    let at = 0;
    for (const [start, end] of lines) {
      message.set(bytes.subarray(start, end), at);
      at += end - start;
    }
    messages.push(message);
  };
  let previousEmpty = true;
  let lineStart = 0;
  while (lineStart < bytes.length) {
    const newline = bytes.indexOf(NEWLINE, lineStart);
    const lineEnd = newline === -1 ? bytes.length : newline; // without the line break
    const next = newline === -1 ? bytes.length : newline + 1;
    if (previousEmpty && startsWithFrom(bytes, lineStart)) {
      finish();
      lines = [];
      lastEmpty = false;
      previousEmpty = false;
      lineStart = next;
      continue;
    }
    // mboxrd: one `>` comes off a line that is `>`s then "From ".
    let quotes = 0;
    while (lineStart + quotes < lineEnd && bytes[lineStart + quotes] === GREATER) quotes++;
    const from = quotes > 0 && startsWithFrom(bytes, lineStart + quotes) ? lineStart + 1 : lineStart;
    lines!.push([from, next]);
    previousEmpty = lastEmpty = isEmptyLine(bytes, lineStart, lineEnd);
    lineStart = next;
  }
  finish();
  return messages;
}
