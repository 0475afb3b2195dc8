/**
 * A small ICU MessageFormat subset for finding messages: `{name}`, `{name, number}`,
 * `{name, number, ::.0}`, `{name, number, ::group-off}`, `{name, number, ::.0 group-off}`, `{name, plural, =0 {…} one {# word} other {# words}}` and
 * `{name, select, a {…} other {…}}`. Numbers and plural categories come from `Intl`, so "9,8" in
 * French and the right plural form in every language need no tables of ours.
 *
 * Written here rather than taken from intl-messageformat (~9 kB gzipped with its parser, and
 * built for the whole ICU syntax we do not need): the parser is one left-to-right pass over the
 * template, the renderer one walk over the tree, both linear in the template's length. Data
 * values are inserted as they are and never parsed, so the user's text (evidence, URLs) cannot
 * inject syntax. Unlike ICU, `'` is an ordinary character (French and English prose are full of
 * apostrophes); `{`, `}` and, inside a plural, `#` are the only special characters.
 */

/** A value a message can show: text as is, a number formatted for the locale, a list, or another message of the same rule. */
export type MessageValue = string | number | MessageReference | readonly MessageValue[];

/** Another message of the same rule, rendered in the same language (a fragment that varies, such as a reason). */
export interface MessageReference {
  readonly messageId: string;
  readonly data?: MessageData;
}

export type MessageData = Readonly<Record<string, MessageValue>>;

export type MessageNode =
  | string
  | { readonly kind: 'argument'; readonly name: string }
  | { readonly kind: 'number'; readonly name: string; readonly style: NumberStyle }
  | { readonly kind: 'plural' | 'select'; readonly name: string; readonly options: ReadonlyMap<string, readonly MessageNode[]> }
  | { readonly kind: 'pound' };

export type NumberStyle = Readonly<Pick<Intl.NumberFormatOptions, 'minimumFractionDigits' | 'maximumFractionDigits' | 'style' | 'useGrouping'>>;

/** The style of a bare `{n}` or `#`: the locale's default number format. */
export const DEFAULT_NUMBER_STYLE: NumberStyle = Object.freeze({});

export class MessageSyntaxError extends Error {
  constructor(template: string, at: number, what: string) {
    super(`${what} at ${at} in message ${JSON.stringify(template.length > 80 ? `${template.slice(0, 79)}…` : template)}`);
    this.name = 'MessageSyntaxError';
  }
}

const NAME = /^[A-Za-z][\w-]*$/;
const PLURAL_KEY = /^(?:=\d+|zero|one|two|few|many|other)$/;

/**
 * `::.0` exactly one decimal, `::.##` up to two, `integer`, `percent`, `::group-off` digits without
 * thousands separators (a count English always wrote as `1234`); after `::`, ICU's skeleton
 * tokens combine, separated by a space: `::.0 group-off` (one decimal, no separators: a score).
 */
function numberStyle(style: string): NumberStyle | null {
  if (style === '') return {};
  if (style === 'integer') return { maximumFractionDigits: 0 };
  if (style === 'percent') return { style: 'percent' };
  if (!style.startsWith('::')) return null;
  let fractions: { minimumFractionDigits: number; maximumFractionDigits: number } | null = null;
  let groupOff = false;
  for (const token of style.slice(2).split(' ')) {
    const fraction = /^\.(0*)(#*)$/.exec(token);
    if (token === 'group-off' && !groupOff) groupOff = true;
    else if (fraction && !fractions) {
      const fixed = fraction[1]?.length ?? 0;
      fractions = { minimumFractionDigits: fixed, maximumFractionDigits: fixed + (fraction[2]?.length ?? 0) };
    } else return null;
  }
  return { ...fractions, ...(groupOff ? { useGrouping: false } : {}) };
}

/** Parses a template into its tree; throws `MessageSyntaxError` on anything outside the subset. */
export function parseMessage(template: string): MessageNode[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(template, at, what);
  };
  const skipSpace = () => {
    while (at < template.length && /\s/.test(template[at] ?? '')) at++;
  };
  /** Up to (not including) the first of `stops`, trimmed. */
  const word = (stops: string): string => {
    const start = at;
    while (at < template.length && !stops.includes(template[at] ?? '')) at++;
    return template.slice(start, at).trim();
  };

  // Text runs are sliced whole, not built a character at a time: a report renders a dozen
  // templates, and an analyzer that keeps nothing between reports parses them for each one.
  const parseNodes = (nested: boolean, inPlural: boolean): MessageNode[] => {
    const nodes: MessageNode[] = [];
    let runStart = at;
    const flush = () => {
      if (at > runStart) nodes.push(template.slice(runStart, at));
    };
    while (at < template.length) {
      const code = template.charCodeAt(at);
      if (code === 0x7d /* } */) {
        if (!nested) fail('unmatched "}"');
        break;
      }
      if (code === 0x23 /* # */ && inPlural) {
        flush();
        nodes.push({ kind: 'pound' });
        at++;
        runStart = at;
        continue;
      }
      if (code !== 0x7b /* { */) {
        at++;
        continue;
      }
      flush();
      at++;
      nodes.push(parseArgument(inPlural));
      runStart = at;
    }
    flush();
    return nodes;
  };

  const parseArgument = (inPlural: boolean): MessageNode => {
    const name = word(',}');
    if (!NAME.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    if (template[at] === '}') {
      at++;
      return { kind: 'argument', name };
    }
    if (template[at] !== ',') fail('unclosed "{"');
    at++;
    const type = word(',}');
    if (type === 'number') {
      let style = '';
      if (template[at] === ',') {
        at++;
        style = word('}');
      }
      if (template[at] !== '}') fail('unclosed "{"');
      at++;
      return { kind: 'number', name, style: numberStyle(style) ?? fail(`unknown number style ${JSON.stringify(style)}`) };
    }
    if (type !== 'plural' && type !== 'select') return fail(`unknown argument type ${JSON.stringify(type)}`);
    if (template[at] !== ',') fail(`${type} without options`);
    at++;
    const options = new Map<string, readonly MessageNode[]>();
    for (;;) {
      skipSpace();
      if (at >= template.length) fail('unclosed "{"');
      if (template[at] === '}') break;
      const key = word('{}').trim();
      if (template[at] !== '{' || key === '' || /\s/.test(key)) fail(`bad ${type} option ${JSON.stringify(key)}`);
      if (type === 'plural' ? !PLURAL_KEY.test(key) : !NAME.test(key)) fail(`bad ${type} key ${JSON.stringify(key)}`);
      if (options.has(key)) fail(`repeated ${type} key ${JSON.stringify(key)}`);
      at++;
      options.set(key, parseNodes(true, inPlural || type === 'plural'));
      if (template[at] !== '}') fail('unclosed option');
      at++;
    }
    if (!options.has('other')) fail(`${type} without an "other" option`);
    at++;
    return { kind: type, name, options };
  };

  const nodes = parseNodes(false, false);
  return nodes;
}

/** The names a template reads, and for each select the keys it offers (plural keys vary by language, so they are left out). */
export function argumentsOf(nodes: readonly MessageNode[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const node of nodes) {
    if (typeof node === 'string' || node.kind === 'pound') continue;
    const keys = into.get(node.name) ?? new Set<string>();
    into.set(node.name, keys);
    if (node.kind === 'plural' || node.kind === 'select') {
      for (const [key, option] of node.options) {
        if (node.kind === 'select') keys.add(key);
        argumentsOf(option, into);
      }
    }
  }
  return into;
}

/** What rendering needs from its language: number formats and plural rules (core/messages/index.ts caches them per render). */
export interface Formatters {
  number(value: number, style: NumberStyle): string;
  plural(value: number): Intl.LDMLPluralRule;
  list(items: readonly string[]): string;
  /** the template of another message of the same rule, already parsed */
  lookup(messageId: string): readonly MessageNode[] | null;
}

function isReference(value: MessageValue): value is MessageReference {
  return typeof value === 'object' && !Array.isArray(value);
}

function renderValue(value: MessageValue | undefined, name: string, formatters: Formatters, depth: number): string {
  if (value === undefined) return `{${name}}`;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatters.number(value, DEFAULT_NUMBER_STYLE);
  if (isReference(value)) {
    const nodes = depth < 4 ? formatters.lookup(value.messageId) : null;
    return nodes ? renderNodes(nodes, value.data ?? {}, formatters, null, depth + 1) : `{${name}}`;
  }
  return formatters.list((value as readonly MessageValue[]).map((item) => renderValue(item, name, formatters, depth)));
}

function renderNodes(nodes: readonly MessageNode[], data: MessageData, formatters: Formatters, pound: number | null, depth: number): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.kind === 'pound') {
      out += pound === null ? '#' : formatters.number(pound, DEFAULT_NUMBER_STYLE);
      continue;
    }
    const value = Object.hasOwn(data, node.name) ? data[node.name] : undefined;
    if (node.kind === 'argument') {
      out += renderValue(value, node.name, formatters, depth);
    } else if (node.kind === 'number') {
      out += typeof value === 'number' ? formatters.number(value, node.style) : renderValue(value, node.name, formatters, depth);
    } else if (node.kind === 'plural') {
      const count = typeof value === 'number' ? value : Number.NaN;
      const option =
        node.options.get(`=${count}`) ?? (Number.isFinite(count) ? node.options.get(formatters.plural(count)) : undefined) ?? node.options.get('other') ?? [];
      out += renderNodes(option, data, formatters, count, depth);
    } else {
      const key = typeof value === 'string' ? value : String(value);
      const option = node.options.get(key) ?? node.options.get('other') ?? [];
      out += renderNodes(option, data, formatters, pound, depth);
    }
  }
  return out;
}

/** Renders a parsed template with its data. Missing data shows as `{name}` (a test catches it). */
export function renderMessage(nodes: readonly MessageNode[], data: MessageData, formatters: Formatters): string {
  return renderNodes(nodes, data, formatters, null, 0);
}
