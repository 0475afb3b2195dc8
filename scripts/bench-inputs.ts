/**
 * The mail the bench scripts time: the HTML (and subject) of every .eml/.html under a corpus
 * folder, bounces left out (they are not drafts). Extracted with postal-mime before any timing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emailToInput, type EmailInput } from '../core/index.ts';

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
