/**
 * The mail the bench scripts time: the HTML (and subject) of every .eml/.html under a corpus
 * folder, bounces left out (they are not drafts). Extracted with postal-mime before any timing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emailToInput, type EmailInput } from '../core/index.ts';
import { mulberry32 } from './eval/logistic.ts';
import { dsnReport } from '../test/explain/dsn-builder.ts';

/**
 * The dev corpus: ../shared/corpus beside the repository, or ../../shared/corpus from a worktree one
 * level deeper; the first when neither is there (loading it then says so).
 */
export function defaultCorpus(): string {
  const candidates = [join(import.meta.dirname, '../../shared/corpus'), join(import.meta.dirname, '../../../shared/corpus')];
  return candidates.find((folder) => existsSync(folder)) ?? candidates[0]!;
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'bounces' ? [] : walk(path);
    return /\.(eml|html?)$/.test(name) ? [path] : [];
  });
}

export async function loadCorpusHtml(root: string): Promise<EmailInput[]> {
  const inputs: EmailInput[] = [];
  for (const path of walk(root)) {
    const raw = readFileSync(path);
    const input = path.endsWith('.eml') ? await emailToInput(raw) : { html: raw.toString('utf8') };
    if (input.html) inputs.push({ html: input.html, ...(input.subject ? { subject: input.subject } : {}) });
  }
  return inputs;
}

/**
 * `bytes` of links, each one distinct (host, path and text), so nothing read once per distinct href
 * is shared: `mismatched` makes each link's text show a domain other than its href's (what
 * link-text-mismatch reads), otherwise the text is a plain word. The labels run through base 36 and
 * are padded, so hosts stay realistic lengths as the count grows.
 */
export function distinctLinks(bytes: number, mismatched: boolean): string {
  const label = (n: number, width: number): string => (n.toString(36) + 'q'.repeat(width)).slice(0, width);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = mismatched
      ? `<a href="https://${label(i, 24)}a.com/p/${i}">www.${label(i + 1, 24)}b.com</a> `
      : `<a href="https://${label(i, 24)}a.com/p/${i}">offer ${i}</a> `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}


/** `unit` repeated until the text is at least `bytes` long, then cut to `bytes`. */
/**
 * `bytes` random bytes, the same on every run (seeded): binary content, as a .msg, a PNG or a zip
 * handed to analyzeEmail() or explain() by mistake would be.
 */
export function randomBytes(bytes: number, seed = 43): Uint8Array {
  const random = mulberry32(seed);
  const out = new Uint8Array(bytes);
  for (let index = 0; index < bytes; index++) out[index] = Math.floor(random() * 256);
  return out;
}

const fill = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** A minimal one-recipient RFC 3464 report around a human-readable text and a Diagnostic-Code (the tests' builder). */
function hostileDsn(human: string, diagnostic: string, rawParts = ''): string {
  return dsnReport({ human: [human], action: 'failed', status: '5.0.0', diagnosticCode: `smtp; ${diagnostic}`, rawParts });
}

/**
 * Hostile inputs for explain() of about `bytes` each (`npm run bench:explain -- --hostile`): long runs
 * of one punctuation character, repeated codes, a huge Diagnostic-Code, thousands of header lines, a
 * reply of many words, nested and many MIME parts, base64 junk, pasted and inside a report. Seeded, so
 * each is the same text on every run. Nothing here is a real bounce; they exist to be timed.
 */
export function hostileExplainInputs(bytes: number): [name: string, text: string][] {
  // Seeded, so a hostile input is the same text on every run.
  const random = mulberry32(bytes);
  const words = ['user', 'unknown', 'mailbox', 'full', 'spam', 'blocked', 'policy', 'relay', 'denied', 'the', 'your', 'message', 'rejected', 'account', 'domain', 'not', 'found', 'try', 'again', 'later', 'quota', 'ip', 'listed', 'at', 'in', 'sender', 'address', 'invalid', 'see', 'https://b.example/x'];
  const wordRun = (count: number): string => Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
  const manyWords = wordRun(Math.ceil(bytes / 6.5)).slice(0, bytes);
  const base64 = (length: number): string => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const chars = Array.from({ length }, () => alphabet[Math.floor(random() * 64)]).join('');
    return chars.replace(/.{76}/g, '$&\r\n');
  };
  const junk = Array.from({ length: bytes }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
  const headerLines = (count: number): string => Array.from({ length: count }, (_, i) => `X-Header-${i}: value ${i} ${words[i % words.length]}`).join('\r\n');
  const headerCount = Math.ceil(bytes / 28);
  let nested = 'Content-Type: text/plain\r\n\r\n550 5.1.1 user unknown\r\n';
  for (let depth = 0; nested.length < bytes; depth++) nested = `Content-Type: multipart/mixed; boundary="n${depth}"\r\n\r\n--n${depth}\r\n${nested}\r\n--n${depth}--\r\n`;
  const flatParts = Array.from({ length: Math.ceil(bytes / 60) }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
  return [
    ['dashes', fill('-', bytes)],
    ['equals', fill('=', bytes)],
    ['dots', fill('.', bytes)],
    ['spaces', fill(' ', bytes)],
    ['newlines', fill('\n', bytes)],
    ['dash-space', fill('- ', bytes)],
    ['one-token', fill('a', bytes)],
    // A word a guard looks for, glued by dashes: every place is one where a reading is tried.
    ['user-dashes', fill('user-', bytes)],
    ['sender-dashes', fill('sender-', bytes)],
    ['dash-unknown', fill('-unknown', bytes)],
    ['digits', fill('5', bytes)],
    ['5.7.1-repeated', fill('5.7.1 ', bytes)],
    ['550-5.7.1-repeated', fill('550 5.7.1 ', bytes)],
    ['550-continuations', fill('550-5.7.1 blocked\n', bytes)],
    ['addresses', fill('<s@a.example> ', bytes)],
    ['angle-brackets', fill('<', bytes)],
    ['words', manyWords],
    ['words-coded', `550 5.7.1 ${manyWords}`],
    ['printable-junk', junk],
    ['base64-pasted', base64(bytes)],
    ['dsn-dash-body', hostileDsn(fill('-', bytes), '550 5.7.1 blocked')],
    ['dsn-dash-diagnostic', hostileDsn('The mail system', fill('-', bytes))],
    ['dsn-word-diagnostic', hostileDsn('The mail system', `550 5.7.1 ${manyWords}`)],
    ['dsn-folded-diagnostic', hostileDsn('The mail system', `550 5.7.1 ${fill('blocked\r\n ', bytes)}`)],
    // A Diagnostic-Code followed by lines of "-", and one folded over them (expl28: 200 ms under tsx,
    // a call and a closure for each line of parseFieldGroups, and the folded value built line by line).
    ['dsn-dash-lines', hostileDsn('The mail system', fill('-\r\n', bytes))],
    ['dsn-dash-folded', hostileDsn('The mail system', fill('-\r\n ', bytes))],
    ['dsn-word-body', hostileDsn(manyWords, '550 5.1.1 user unknown')],
    ['dsn-base64-part', hostileDsn('The mail system', '550 5.1.1 user unknown', `--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(bytes)}\r\n`)],
    ['dsn-many-parts', hostileDsn('The mail system', '550 5.1.1 user unknown', flatParts)],
    ['nested-mime', `From: MAILER-DAEMON@mx.a.example\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n${nested}`],
    ['header-lines', `${headerLines(headerCount)}\r\n\r\n550 5.1.1 user unknown\r\n`],
    ['header-folded', `Subject: x\r\nX-Long: a${fill('\r\n b', bytes)}\r\n\r\nbody\r\n`],
    ['received-lines', `${fill('Received: from a.example (a.example [192.0.2.1]) by b.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n', bytes)}\r\nbody\r\n`],
    ['spam-status-tests', `X-Spam-Status: Yes, score=9.9 required=5.0 tests=${fill('BAYES_99,', bytes)}\r\n\r\nbody\r\n`],
    ['spam-report-lines', `X-Spam-Report: ${fill('\r\n\t*  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%', bytes)}\r\n\r\nbody\r\n`],
  ];
}

/**
 * `bytes` of links whose hosts and texts are all distinct and not ASCII, five kinds in turn, so each
 * href takes parseUrl's browser reading (core/links/host-mapping.ts) and each text shownDomain's:
 * hosts `bücherN.de`, full-width `ｐａｙN.com`, `payN。com`, `примерN.рф`, `ex\u200bN.com`; texts
 * `münchenN.de`, full-width `ｗｗｗ.ｓｈｏｐN.com`, `日本N。jp`, `okN.com`, `x\u00adN.org` (N in base 36).
 * The generator of the url27 review (rev-u27 perf.mts), kept as it was so its figures compare.
 */
export function distinctNonAsciiHosts(bytes: number): string {
  const fullWidth = (text: string): string => text.replace(/[a-z0-9]/g, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) + 0xfee0));
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const n = i.toString(36);
    const host = [`bücher${n}.de`, `${fullWidth(`pay${n}`)}.com`, `pay${n}\u3002com`, `пример${n}.рф`, `ex\u200b${n}.com`][i % 5];
    const text = [`münchen${n}.de`, `${fullWidth(`www.shop${n}`)}.com`, `日本${n}\u3002jp`, `ok${n}.com`, `x\u00ad${n}.org`][i % 5];
    const part = `<a href="http://${host}/p">${text}</a> `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}
