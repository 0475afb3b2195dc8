/**
 * One address of a To/Cc field, read by RFC 5322 §3.4 (with RFC 6532's UTF-8) and held to RFC
 * 5321's limits: `name-addr` (`Name <local@domain>`) or `addr-spec` (`local@domain`), comments
 * and quoted strings anywhere the grammar allows them, a group (`Team: a@x, b@y;`) recognised as
 * one.
 *
 * It is one pass over the characters and one over the tokens, without recursion: nested comments
 * are a counter, so no input can exhaust the stack or take more than linear time (the parser it
 * replaces, `email-addresses`, overflowed the stack on 1,857 `(` and took seconds on 40,000 `"`;
 * issue 10).
 */
import { utf8Length } from '../text/characters.ts';

/** RFC 5321 §4.5.3.1: octets of a local part, a domain, one label of it; RFC 3696 errata 1690: of a whole path. */
export const ADDRESS_LIMITS = { localPart: 64, domain: 255, label: 63, address: 254 } as const;

/**
 * An address as mail text writes it (`jane.doe+news@mail.example.co.uk`), as regular-expression
 * source for the rules that look for one in running text: the common ASCII characters of a local
 * part and of host labels, every part bounded by the limits above, so a scan stays linear. Letters
 * are written out as `A-Za-z`, so the source means the same with or without the `i` and `u` flags
 * (under both, `[a-z]` also matches the Kelvin sign). A rule joins the labels as it needs: any
 * `local@label` is an address to a greeting, but a domain to compare needs a dot (`2@10 dollars`,
 * `info@m` of `info@müller.de`).
 */
export const ADDRESS_IN_TEXT = {
  local: `[A-Za-z0-9._%+-]{1,${ADDRESS_LIMITS.localPart}}`,
  label: `[A-Za-z0-9-]{1,${ADDRESS_LIMITS.label}}`,
  /** Labels after the first one, at most. */
  moreLabels: 10,
} as const;

export type AddressParse =
  | { readonly kind: 'mailbox'; readonly address: string; readonly local: string; readonly domain: string; readonly name?: string }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'invalid'; readonly reason: string };

type Token =
  | { readonly type: 'atom'; readonly text: string }
  | { readonly type: 'quoted'; readonly text: string; readonly raw: string }
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'special'; readonly text: string };

/** RFC 5322 atext: letters, digits and these; RFC 6532 adds every non-ASCII character. */
const ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

function isAtext(code: number): boolean {
  if (code >= 0x80) return code !== 0xfeff && !(code >= 0x80 && code <= 0x9f); // not C1 controls or a BOM
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return ATEXT_SYMBOLS.includes(String.fromCharCode(code));
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Characters → tokens, comments and folding white space dropped. An error names the first thing that is wrong. */
function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) {
      index += 1;
      continue;
    }
    if (code === 40 /* ( */) {
      // A comment: nested parentheses counted, quoted pairs skipped.
      let depth = 0;
      for (; index < text.length; index += 1) {
        const char = text.charCodeAt(index);
        if (char === 92 /* \ */) index += 1;
        else if (char === 40) depth += 1;
        else if (char === 41 && --depth === 0) break;
      }
      if (depth !== 0) return 'a comment "(" is never closed';
      index += 1;
      continue;
    }
    if (code === 34 /* " */) {
      let value = '';
      let end = index + 1;
      for (; end < text.length; end += 1) {
        const char = text.charCodeAt(end);
        if (char === 34) break;
        if (char === 92 && end + 1 < text.length) {
          end += 1;
          value += text[end];
        } else if (char !== 13 && char !== 10) {
          value += text[end];
        }
      }
      if (end >= text.length) return 'a quoted string is never closed';
      tokens.push({ type: 'quoted', text: value, raw: text.slice(index, end + 1) });
      index = end + 1;
      continue;
    }
    if (code === 91 /* [ */) {
      const end = text.indexOf(']', index + 1);
      if (end === -1) return 'a domain literal "[" is never closed';
      const inner = text.slice(index + 1, end);
      if (/[[\\\s]/.test(inner)) return 'the domain literal holds characters it may not';
      tokens.push({ type: 'literal', text: `[${inner}]` });
      index = end + 1;
      continue;
    }
    if (isAtext(code)) {
      let end = index + 1;
      while (end < text.length && isAtext(text.charCodeAt(end))) end += 1;
      tokens.push({ type: 'atom', text: text.slice(index, end) });
      index = end;
      continue;
    }
    if ('.<>@:;,'.includes(text[index] as string)) {
      tokens.push({ type: 'special', text: text[index] as string });
      index += 1;
      continue;
    }
    const shown = code < 32 || code === 127 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${text[index]}"`;
    return `${shown} may not appear there`;
  }
  return tokens;
}


/** RFC 5321 sub-domain: letters or digits, hyphens inside (RFC 6531: any non-ASCII letter too). */
const LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;

function domainProblem(domain: string): string | null {
  if (domain.startsWith('[')) return null; // a literal: [192.0.2.1] or [IPv6:…]
  if (utf8Length(domain) > ADDRESS_LIMITS.domain) return `the domain is longer than ${ADDRESS_LIMITS.domain} characters`;
  const labels = domain.split('.');
  if (labels.length < 2) return 'the domain has no dot (a bare host name cannot be reached from the Internet)';
  for (const label of labels) {
    if (label === '') return 'the domain has an empty label (two dots in a row, or a dot at the start or end)';
    if (utf8Length(label) > ADDRESS_LIMITS.label) return `a label of the domain is longer than ${ADDRESS_LIMITS.label} characters`;
    if (!LABEL.test(label)) return `the domain label "${label.length > 40 ? `${label.slice(0, 39)}…` : label}" holds characters a host name may not (letters, digits and inner hyphens only)`;
  }
  return null;
}

/** The local part as it travels: a dot-atom as it is, anything else quoted. */
function wireLocal(local: string): string {
  if (/^[^\s."\\()<>@,;:[\]]+(?:\.[^\s."\\()<>@,;:[\]]+)*$/u.test(local)) return local;
  return `"${local.replace(/(["\\])/g, '\\$1')}"`;
}

/** `local-part "@" domain` from the tokens in [start, end). */
function addrSpec(tokens: readonly Token[], start: number, end: number): { local: string; domain: string } | string {
  const at = tokens.findIndex((token, index) => index >= start && index < end && token.type === 'special' && token.text === '@');
  if (at === -1) return 'it has no @';
  // local-part: word *("." word), a dot-atom or a quoted string (RFC 5322 obs-local-part allows a mix)
  let local = '';
  let expectWord = true;
  for (let index = start; index < at; index += 1) {
    const token = tokens[index] as Token;
    if (expectWord) {
      if (token.type === 'atom' || token.type === 'quoted') local += token.text;
      else return token.text === '.' ? 'the part before the @ has a dot at its start or two dots in a row' : `"${token.text}" may not appear before the @`;
    } else if (token.type === 'special' && token.text === '.') {
      local += '.';
    } else {
      return 'the part before the @ has a space or two words without a dot between them';
    }
    expectWord = !expectWord;
  }
  if (at === start) return 'nothing comes before the @';
  if (expectWord) return 'the part before the @ ends with a dot';
  // domain: dot-atom or a domain literal
  let domain = '';
  expectWord = true;
  for (let index = at + 1; index < end; index += 1) {
    const token = tokens[index] as Token;
    if (expectWord) {
      if (token.type === 'atom') domain += token.text;
      else if (token.type === 'literal' && index === at + 1 && end === at + 2) domain += token.text;
      else if (token.type === 'special' && token.text === '@') return 'it has more than one @';
      else if (token.type === 'special' && token.text === '.') return 'the domain has an empty label (two dots in a row, or a dot at the start or end)';
      else return `"${token.type === 'quoted' ? token.raw : token.text}" may not appear in the domain`;
    } else if (token.type === 'special' && token.text === '.') {
      domain += '.';
    } else if (token.type === 'special' && token.text === '@') {
      return 'it has more than one @';
    } else {
      return 'the domain has a space or two words without a dot between them';
    }
    expectWord = !expectWord;
  }
  if (at + 1 === end) return 'nothing comes after the @';
  if (expectWord) return 'the domain ends with a dot';
  return { local, domain };
}

/** A display name: words (atoms and quoted strings, and the dots of `John Q. Public`), joined by one space. */
function phrase(tokens: readonly Token[], start: number, end: number): string | null {
  const words: string[] = [];
  for (let index = start; index < end; index += 1) {
    const token = tokens[index] as Token;
    if (token.type === 'atom' || token.type === 'quoted') words.push(token.text);
    else if (token.type === 'special' && token.text === '.' && words.length > 0) words[words.length - 1] += '.';
    else return null;
  }
  return words.join(' ');
}

/** Parses one address (a list is split first, see `splitRecipients`). Linear in the text. */
export function parseAddress(text: string): AddressParse {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { kind: 'invalid', reason: tokens };
  if (tokens.length === 0) return { kind: 'invalid', reason: 'it is empty' };
  const isSpecial = (token: Token | undefined, char: string) => token?.type === 'special' && token.text === char;

  const colon = tokens.findIndex((token) => isSpecial(token, ':'));
  const open = tokens.findIndex((token) => isSpecial(token, '<'));
  if (colon > 0 && (open === -1 || colon < open)) {
    const name = phrase(tokens, 0, colon);
    if (name !== null) return { kind: 'group', name };
  }

  let name: string | undefined;
  let spec: { local: string; domain: string } | string;
  if (open !== -1) {
    const close = tokens.findIndex((token, index) => index > open && isSpecial(token, '>'));
    if (close === -1) return { kind: 'invalid', reason: 'the "<" is never closed by ">"' };
    if (close !== tokens.length - 1) return { kind: 'invalid', reason: 'something follows the ">"' };
    const displayName = phrase(tokens, 0, open);
    if (displayName === null) return { kind: 'invalid', reason: 'the name before "<" holds characters that must be quoted (put the name in "double quotes")' };
    if (displayName) name = displayName;
    // RFC 5322 obs-route (`<@relay:local@domain>`) is not an address anyone types: not read.
    spec = addrSpec(tokens, open + 1, close);
  } else {
    spec = addrSpec(tokens, 0, tokens.length);
  }
  if (typeof spec === 'string') return { kind: 'invalid', reason: spec };

  const local = wireLocal(spec.local);
  if (utf8Length(local) > ADDRESS_LIMITS.localPart) return { kind: 'invalid', reason: `the part before the @ is longer than ${ADDRESS_LIMITS.localPart} characters` };
  const problem = domainProblem(spec.domain);
  if (problem) return { kind: 'invalid', reason: problem };
  const address = `${local}@${spec.domain}`;
  if (utf8Length(address) > ADDRESS_LIMITS.address) return { kind: 'invalid', reason: `the address is longer than ${ADDRESS_LIMITS.address} characters` };
  return { kind: 'mailbox', address, local: spec.local, domain: spec.domain, ...(name !== undefined ? { name } : {}) };
}
