/**
 * Template syntax left in a template (`{{ name }}`, `{% if %}`, `*|FNAME|*`, `%%first%%`, `${url}`):
 * which kinds a file has (manifest.tsv's has_placeholders and note), and the same file with them
 * neutralised, so that a test can tell whether placeholder text is what pushes a template's score up.
 */

interface Syntax {
  readonly name: string;
  /** global; each alternative bounded so that the scan stays linear */
  readonly pattern: RegExp;
}

/** Handlebars/Mustache/Liquid/Nunjucks blocks first, so that `{{{x}}}` is one placeholder. */
export const PLACEHOLDER_SYNTAXES: readonly Syntax[] = [
  { name: '{% %}', pattern: /\{%[^%\n]{0,400}%\}/g },
  { name: '{{ }}', pattern: /\{\{\{?[^{}\n]{0,400}\}?\}\}/g },
  { name: '*|MERGE|*', pattern: /\*\|[A-Za-z0-9_: -]{1,80}\|\*/g },
  { name: '%%var%%', pattern: /%%[A-Za-z0-9_.-]{1,80}%%/g },
  { name: '${var}', pattern: /\$\{[A-Za-z0-9_.-]{1,80}\}/g },
];

/** The placeholder syntaxes present in a template, in PLACEHOLDER_SYNTAXES order. */
export function placeholderSyntaxes(html: string): string[] {
  return PLACEHOLDER_SYNTAXES.filter(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(html);
  }).map(({ name }) => name);
}

/** A URL that stands in for a placeholder inside href/src, so that links stay links. */
const NEUTRAL_URL = 'https://www.example.org/';

/**
 * The template with every placeholder replaced by what a sender's data would plausibly put there, in
 * the most neutral form: a URL inside `href="…"`/`src="…"`, nothing elsewhere (names, amounts and
 * block tags simply disappear). Scoring this copy next to the original isolates what the
 * placeholder text itself adds.
 */
export function neutralisePlaceholders(html: string): string {
  let out = html;
  for (const { pattern } of PLACEHOLDER_SYNTAXES) {
    out = out.replace(pattern, (match, offset: number, whole: string) => {
      const before = whole.slice(Math.max(0, offset - 8), offset);
      return /(?:href|src)=["']$/i.test(before) ? NEUTRAL_URL : '';
    });
  }
  return out;
}
