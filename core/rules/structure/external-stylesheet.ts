// Detects external CSS: <link rel="stylesheet"> and @import in a <style> block. Gmail, Outlook and
// most webmail drop them, so the layout falls apart for many readers, and filters note mail that
// fetches remote code-like resources. Web fonts (Google Fonts and the like) are left alone: they
// are a common, harmless progressive enhancement. Source: Campaign Monitor CSS support guide.
import { defineRule, inHtml, shorten, type MessageHit } from '../rule.ts';

const MAX_HITS = 5;
/** `@import` statements looked at, at most: a sheet of thousands is not worth more. */
const MAX_IMPORTS = 50;
const IMPORT = '@import';

/** Whether the URL is on a host that serves web fonts only (wordlists/global/font-hosts.txt); a missing font falls back gracefully. */
function isFontUrl(url: string, fontHosts: readonly string[]): boolean {
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url.trim().slice(0, 300))?.[1]?.toLowerCase();
  return host !== undefined && fontHosts.some((font) => host === font || host.endsWith(`.${font}`));
}

/** The URL of an `@import` statement: `@import url("x")`, `@import 'x'`. */
function importUrl(statement: string): string {
  const match = /^@import\s*(?:url\(\s*)?['"]?([^'")\s;]*)/i.exec(statement);
  return match?.[1] ?? '';
}

function advice(url: string): Pick<MessageHit, 'messageId' | 'suggestionId' | 'data'> {
  return { messageId: 'external-css', suggestionId: 'inline-styles', data: { url: shorten(url, 60) } };
}

export default defineRule({
  id: 'external-stylesheet',
  category: 'structure',
  description: 'External stylesheet linked or imported',
  weight: 0.3,
  cap: 1,
  messages: {
    'external-css':
      'The message loads an external stylesheet (`{url}`). Gmail, Outlook and most webmail ignore external CSS, so the layout breaks for many readers, and filters note mail that fetches remote resources to render.',
    'inline-styles':
      'Inline the styles (style="…" attributes, or a <style> block in the message) instead of linking a stylesheet.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const element of message.elements) {
      if (element.name !== 'stylesheet') continue;
      const href = element.attributes.href ?? '';
      if (isFontUrl(href, context.lists.fontHosts)) continue;
      hits.push({
        ...advice(href),
        evidence: shorten(message.html.slice(element.sourceStart, element.sourceEnd)),
        location: inHtml(element.sourceStart, element.sourceEnd),
        strength: 0.5,
      });
    }
    let searchFrom = 0;
    let imports = 0;
    for (const sheet of message.styleSheets) {
      const lower = sheet.toLowerCase();
      for (let at = lower.indexOf(IMPORT); at >= 0 && imports < MAX_IMPORTS; at = lower.indexOf(IMPORT, at + IMPORT.length)) {
        imports++;
        // `@import url(…)`, `@import "…"`: not a word that merely starts with it (`@imported`).
        if (!/[\s'"u]/.test(lower[at + IMPORT.length] ?? '')) continue;
        const semicolon = sheet.indexOf(';', at);
        const statement = sheet.slice(at, Math.min(semicolon < 0 ? sheet.length : semicolon + 1, at + 300));
        const url = importUrl(statement);
        if (isFontUrl(url, context.lists.fontHosts)) continue;
        const source = message.html.indexOf(statement, searchFrom);
        if (source >= 0) searchFrom = source + statement.length;
        hits.push({
          ...advice(url || statement),
          evidence: shorten(statement),
          ...(source >= 0 ? { location: inHtml(source, source + statement.length) } : {}),
          strength: 0.5,
        });
      }
    }
    return hits.slice(0, MAX_HITS);
  },
});
