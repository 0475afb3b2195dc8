/**
 * The CLI's own words around the findings (`--locale`): the text report's headlines, positions and
 * summary line, `explain`'s headings, the SARIF run's message tails and rule help, the JUnit
 * failure message. English here; French, German and Spanish in ./<lang>.ts, keyed
 * `cli/<message-id>`, read through the core's localizer (core/messages/), as the findings are.
 * Machine-readable parts never pass through here: SARIF rule ids and levels, JSON field names, the
 * JUnit structure and its `type` attributes stay as they are in every language.
 * test/messages/catalogues.test.ts fails when a key is missing or its placeholders differ.
 */
import { formatPoints } from '../formatters/format.ts';
import { createLocalizer, type Catalogues, type MessageData, type MessageSource } from '../../core/messages/index.ts';
import de from './de.ts';
import es from './es.ts';
import fr from './fr.ts';

/**
 * English as the CLI has always written it, byte for byte: counts without thousands separators
 * (`::group-off`), points already formatted (`formatPoints`), levels by their machine name.
 */
export const CLI_MESSAGES = {
  id: 'cli',
  messages: {
    /** a score or points outside English: one decimal, the locale's decimal sign, no thousands separator (`1234,5`), as the extension writes a score */
    score: '{value, number, ::.0 group-off}',
    /** a level as the reports show it after a score: `8.0 high` */
    level: '{level, select, high {high} medium {medium} other {low}}',
    /** text: the verdict after a file's score */
    fails: 'fails (score ≥ {failAt})',
    passes: 'passes (fails at {failAt})',
    /** text: how many findings a file has, after its headline */
    findings: '{count, plural, =0 {no findings} one {{count, number, ::group-off} finding} other {{count, number, ::group-off} findings}}',
    /** text: where a finding is when the file does not hold it as written (an .eml part, the subject) */
    'html-part': 'html part {place}',
    'text-part': 'text part {place}',
    subject: 'subject:{column}',
    /** SARIF and JUnit: the same, after a finding's message */
    'decoded-place': ' (line {line}, column {column} of the decoded {part, select, html {HTML} other {text}} part)',
    'subject-place': ' (column {column} of the subject)',
    /** text: the summary line, by verb (`check`, `domain`, `explain`) */
    'files-checked': '{count, plural, one {{count, number, ::group-off} file} other {{count, number, ::group-off} files}} checked: {high, number, ::group-off} high, {medium, number, ::group-off} medium, {low, number, ::group-off} low',
    'domains-checked': '{count, plural, one {{count, number, ::group-off} domain} other {{count, number, ::group-off} domains}} checked: {high, number, ::group-off} high, {medium, number, ::group-off} medium, {low, number, ::group-off} low',
    'files-explained': '{count, plural, one {{count, number, ::group-off} file} other {{count, number, ::group-off} files}} explained: {high, number, ::group-off} high, {medium, number, ::group-off} medium, {low, number, ::group-off} low',
    'files-not-checked': '{count, plural, one {{count, number, ::group-off} file} other {{count, number, ::group-off} files}} could not be checked (errors on stderr)',
    'domains-not-checked': '{count, plural, one {{count, number, ::group-off} domain} other {{count, number, ::group-off} domains}} could not be checked (errors on stderr)',
    'files-not-read': '{count, plural, one {{count, number, ::group-off} file} other {{count, number, ::group-off} files}} could not be read (errors on stderr)',
    failing: '{count, number, ::group-off} at or above {failAt}',
    'failing-medium': '{count, number, ::group-off} at or above {failAt} (medium)',
    'all-under': 'all under {failAt}',
    /** explain's text report */
    'main-cause': 'Main cause:',
    /** `8.0 points`: `count` is the number as shown, for the plural (French: « 0,8 point », « 2,5 points ») */
    points: '{count, plural, other {{points} points}}',
    'what-to-do': '→ What to do:',
    evidence: 'Evidence:',
    'also-found': 'Also found ({count, number, ::group-off}):',
    'nothing-to-explain': 'Nothing to explain.',
    /** SARIF: the tail of a result's message */
    'result-tail': '[{points}; {file} scores {score}, {level}]',
    /** SARIF: a rule's help */
    'rule-help-text': "{description}. Category: {category}. Each finding's message says what was found and how to fix it. Details: {url}",
    'rule-help-markdown': "**{description}** (category `{category}`).\n\nEach finding's message says what was found and how to fix it. See [{id}]({url}) for why it matters to spam filters.",
    /** SARIF: the run's note when advice was left out */
    'advice-omitted': 'findings of 0 points or less (advice) are left out; --sarif-advice lists them at level "none"',
    /** JUnit: a failing file's message */
    'junit-failure': 'score {score} ({level}) is at or above {failAt}',
    /** JUnit: before a finding that says the check was partial */
    'partial-check': 'partial check: {line}',
  },
} as const satisfies MessageSource;

export type CliMessageId = keyof (typeof CLI_MESSAGES)['messages'];

/**
 * Words only `spamrisk domain` writes. It has no --locale (its findings are English), so these
 * are not translated: a catalogue that had them would promise a French domain report there is not.
 */
export const ENGLISH_ONLY: ReadonlySet<string> = new Set<CliMessageId>(['domains-checked', 'domains-not-checked']);

export const CLI_CATALOGUES: Catalogues = { fr, de, es };

export interface CliWords {
  text(id: CliMessageId, data?: MessageData): string;
  /** points and scores: one decimal, the locale's decimal sign (`8,0`); English as formatPoints writes them (toFixed) */
  points(value: number): string;
  /** `8.0 points`, `0,8 point`: points with their word, in the plural the shown number takes */
  pointsWithWord(value: number): string;
}

/** The CLI's words in a locale (`--locale`; default English). */
export function cliWords(locale?: string): CliWords {
  const localizer = createLocalizer(locale, CLI_CATALOGUES);
  const { language } = localizer;
  const text = (id: CliMessageId, data?: MessageData) => localizer.text(CLI_MESSAGES, id, data);
  // English stays toFixed, as it always was: Intl rounds the shortest decimal (0.15 → "0.2"),
  // toFixed the binary value (0.15 → "0.1"), and English output does not change. Elsewhere
  // the localizer's `score` (as extension/shared/format.ts formatScore writes one); -0 is 0.
  const points = (value: number): string => (language === 'en' ? formatPoints(value) : text('score', { value: value === 0 ? 0 : value }));
  return {
    text,
    points,
    // The plural of the number as shown (1.95 shows as 2.0): rounded to one decimal, half away from zero.
    pointsWithWord: (value) => text('points', { count: Math.sign(value) * (Math.round(Math.abs(value) * 10) / 10), points: points(value) }),
  };
}

/** English, for the callers that write no report in a locale (the Vite plugin's overlay and terminal lines). */
export const ENGLISH: CliWords = cliWords();
