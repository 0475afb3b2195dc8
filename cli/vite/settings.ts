/**
 * The Vite plugin's options, and how they combine with spamrisk.config.json: the file is read
 * from the Vite root upwards as the CLI reads it (or the one named, or none with `config: false`),
 * and the plugin's own options win over it, key by key.
 */
import { DEFAULT_THRESHOLD, type Report, type RuleSetting } from '../../core/index.ts';
import type { SourceOptions } from '../analyze-source.ts';
import { optionsRecord, unknownOptionProblems } from '../../core/validate.ts';
import { analyzeOptionsOf, configProblems, FAIL_ON, loadConfig, type Config, type FailOn } from '../config.ts';
import { DEFAULT_MAX_SIZE } from '../limits.ts';

/** What a template is called in reports and in `subject`: its path relative to the output folder (built) or to the Vite root, with `/`. */
export type TemplateName = string;

/** One template's outcome, as the plugin reports it (to `onScore`, in dev to the browser, and in the JSON report). */
export type TemplateResult = { readonly file: string; readonly report: Report } | { readonly file: string; readonly error: string };

export interface SpamriskPluginOptions {
  /**
   * Globs (relative to the Vite root) of more templates to score after `vite build`, besides the
   * HTML files the build emits: the output folder of Maizzle's plugin (`'build-emails/**'`), .eml
   * fixtures. In `vite dev` they are watched too.
   */
  include?: string | string[];
  /** Globs (relative to the Vite root, or to the output folder for emitted files) of templates not to score: an app's `index.html`. */
  exclude?: string | string[];
  /** Fail at this score (default: the config's, else 5). */
  threshold?: number;
  /** Fail at `high` (score ≥ threshold, the default) or already at `medium` (half of it). */
  failOn?: FailOn;
  /** As in spamrisk.config.json: rule id → "off" or { points }. */
  rules?: Record<string, RuleSetting>;
  /** As in spamrisk.config.json: your own trigger phrases, and words that never count. */
  phrases?: Config['phrases'];
  /** Wordlist languages (default: the detected one plus English). */
  languages?: string[];
  /** A spamrisk.config.json to use; default: the nearest one from the Vite root; `false`: none. */
  config?: string | false;
  /**
   * The subject to score with. By default each template's `<meta name="subject" content>`, else
   * its `<title>`. Give one subject for all, one per template name, or a function of the name
   * (return undefined to keep the template's own).
   */
  subject?: string | Record<TemplateName, string> | ((file: TemplateName) => string | undefined);
  /** Largest template read, in bytes (default 25 MiB). */
  maxSize?: number;
  /** `vite build`: print only failing templates (default false). */
  quiet?: boolean;
  /** `vite build`: also write the report to this file (relative to the Vite root), as `spamrisk --format json|sarif|junit` would. */
  report?: { file: string; format?: 'json' | 'sarif' | 'junit' };
  /** `vite build`: fail the build when a template fails (default true); false only reports. */
  failBuild?: boolean;
  /** `vite dev`: show failing templates in Vite's error overlay (default true; also off when `server.hmr.overlay` is false). */
  overlay?: boolean;
  /** Called with each template's result as soon as it is scored (build and dev), and how long scoring took. */
  onScore?: (result: TemplateResult, milliseconds: number) => void;
}

export interface Settings {
  readonly source: SourceOptions;
  readonly threshold: number;
  readonly failOn: FailOn;
  readonly include: string[];
  readonly exclude: string[];
  readonly subjectOf: (file: TemplateName) => string | undefined;
  readonly options: SpamriskPluginOptions;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value];
}

/** Every key of SpamriskPluginOptions (the type check fails when one is added or removed). */
const PLUGIN_OPTION_KEYS = ['include', 'exclude', 'threshold', 'failOn', 'rules', 'phrases', 'languages', 'config', 'subject', 'maxSize', 'quiet', 'report', 'failBuild', 'overlay', 'onScore'] as const satisfies readonly (keyof SpamriskPluginOptions)[];
const everyPluginKey: Record<Exclude<keyof SpamriskPluginOptions, (typeof PLUGIN_OPTION_KEYS)[number]>, never> = {};
void everyPluginKey;

const WHERE = 'spamrisk(): options';

/**
 * A wrong option is a clear error when Vite loads the config, never a silently different score.
 * Every problem at once, in one error: an option the plugin does not take (at the top or in
 * `phrases`) worded as the core's functions word it, and every wrong value.
 */
function checkOptions(given: unknown): SpamriskPluginOptions {
  // Not an object at all (null, a string) is a wrong call, said as the core's functions say one.
  const record = optionsRecord(given, WHERE) ?? {};
  const options = record as SpamriskPluginOptions;
  const problems = [
    ...unknownOptionProblems(record, PLUGIN_OPTION_KEYS, WHERE),
    ...configProblems(
      Object.fromEntries(
        Object.entries({ threshold: options.threshold, failOn: options.failOn, rules: options.rules, phrases: options.phrases, languages: options.languages }).filter(
          ([, value]) => value !== undefined,
        ),
      ),
      undefined,
      WHERE,
    ),
  ];
  if (options.maxSize !== undefined && !(typeof options.maxSize === 'number' && options.maxSize >= 1)) problems.push(`maxSize: must be a number of bytes of at least 1, got ${String(options.maxSize)}`);
  if (options.report && !['json', 'sarif', 'junit', undefined].includes(options.report.format)) problems.push(`report.format: must be "json", "sarif" or "junit", got ${JSON.stringify(options.report.format)}`);
  if (problems.length > 0) throw new TypeError(`spamrisk(): invalid options:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return options;
}

/** The settings of `given`, the options spamrisk() was called with (checked here: they come from a vite.config.js, typed or not). */
export async function resolveSettings(given: unknown, root: string): Promise<Settings> {
  const options = checkOptions(given);
  const { config } = await loadConfig(root, options.config);
  const merged = {
    ...config,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
    ...(options.rules !== undefined ? { rules: { ...config.rules, ...options.rules } } : {}),
    ...(options.phrases !== undefined ? { phrases: options.phrases } : {}),
    ...(options.languages !== undefined ? { languages: options.languages } : {}),
  };
  const threshold = merged.threshold ?? DEFAULT_THRESHOLD;
  const failOn = merged.failOn && FAIL_ON.includes(merged.failOn) ? merged.failOn : 'high';
  const { subject } = options;
  const subjectOf =
    typeof subject === 'function' ? subject : typeof subject === 'string' ? () => subject : subject ? (file: TemplateName) => (Object.hasOwn(subject, file) ? subject[file] : undefined) : () => undefined;
  return {
    source: { analyze: analyzeOptionsOf(merged, threshold), subjectFromHtml: true, maxSize: options.maxSize ?? DEFAULT_MAX_SIZE },
    threshold,
    failOn,
    include: list(options.include),
    exclude: list(options.exclude),
    subjectOf,
    options,
  };
}
