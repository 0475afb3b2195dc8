/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one result per finding with the rule id, a level,
 * the message and the line and column in the template; the rules (description, help, a link to
 * docs/rules/<id>.md) in tool.driver. Paths are relative to the repository root (the folder with
 * .git; the working directory outside git) under the %SRCROOT% base, as upload-sarif resolves them
 * against the checkout.
 *
 * A finding about the whole message (no location) is attached to line 1, and one inside a base64
 * .eml part (which cannot be mapped to the file) to the part's header line, with the position in the decoded part in the message text:
 * GitHub needs a line to show an alert at all.
 *
 * A finding that says the check was partial (its rule's `partialCheck`: unchecked-links,
 * unchecked-language, unchecked-text) is about the run, not the mail, and is never left out as advice is. SARIF
 * 2.1.0 says an incomplete analysis in the invocation's `toolExecutionNotifications` (§3.20.21,
 * Appendix I), so it is one there (level `warning`, the rule as `associatedRule`, the file as
 * location); GitHub code scanning shows alerts from results only, so it is also a result, of level
 * `note` (shown as a Note) rather than advice's `none`.
 */
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../core/index.ts';
import { resolveLocale } from '../../core/messages/index.ts';
import { isFailure, type FileReport } from '../analyze-source.ts';
import { escapeJsonControls } from '../escape.ts';
import { leavesFolder } from '../inputs.ts';
import { cliWords, type CliWords } from '../messages/index.ts';
import { packageInfo } from '../package-info.ts';
import type { Position } from '../positions.ts';
import { STDIN_NAME } from '../source.ts';
import { CONTENT_CATALOGUE, partialCheckRules } from './catalogue.ts';
import { decodedPlace, placeInFile, type Formatter } from './format.ts';

const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'spamriskFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/**
 * A finding that alone takes 40 % of the threshold (2 points at the default 5) is an error, any
 * other risk a warning. Advice (0 points) and reassuring findings (negative) are level `none`:
 * nothing to fix, and they are left out of the log unless asked for (`--sarif-advice`), because
 * on 93 clean public templates they made 428 of 439 results and flooded code scanning (issue 10).
 */
export function sarifLevel(points: number, threshold: number): SarifLevel {
  if (points >= threshold * 0.4) return 'error';
  return points > 0 ? 'warning' : 'none';
}

function isAdvice(finding: Finding): boolean {
  return finding.points <= 0;
}

/**
 * A file's URI: relative to the repository root under %SRCROOT%, since upload-sarif resolves a
 * relative URI against the checkout and ignores originalUriBaseIds (a run from emails/ naming
 * `promo.html` would point alerts at a file that does not exist); a file outside it, absolute.
 */
function artifactUri(file: string, cwd: string, root: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(root, absolute);
  // Outside is `..` itself or `..` and a separator: `..x.html` is a file at the root.
  if (rel === '' || leavesFolder(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * `partialFingerprints.spamriskFinding/v1` of each finding of one file, aligned with them: a hash of
 * the rule id, the file's URI, the evidence with its white space collapsed, case folded and each run
 * of digits read as `#` (so a count in it can change), and the
 * finding's index among the file's findings equal in those three, so that two equal findings on one
 * line of a minified template stay two alerts, and a finding keeps its fingerprint when lines move.
 * Counted over every finding, advice included, so --sarif-advice changes none.
 */
function fingerprints(findings: readonly Finding[], uri: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    // Digit runs are one `#`: a count in the evidence ("12 phrases / 80 words") changes when an
    // unrelated sentence is added, and the alert should not.
    const evidence = finding.evidence.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\d+/g, '#');
    const key = JSON.stringify([finding.rule, uri, evidence]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}:${occurrence}`).digest('hex').slice(0, 32);
  });
}

function ruleHelp(words: CliWords, url: string, id: string, description: string, category: string) {
  return {
    text: words.text('rule-help-text', { description, category, url }),
    markdown: words.text('rule-help-markdown', { description, category, id, url }),
  };
}

/**
 * `runs[].language`, the language the run's messages are in: the locale's tag when
 * the schema's pattern takes it (`fr`, `fr-CA`), else its language alone (`es-419` → `es`);
 * nothing in English, where the log stays as it always was (the default, `en-US`, is close enough).
 */
function sarifLanguage(locale: string | undefined): string | undefined {
  const { language, tag } = resolveLocale(locale);
  if (language === 'en') return undefined;
  return /^[a-zA-Z]{2}(-[a-zA-Z]{2})?$/.test(tag) ? tag : language;
}

function region(position: Position | null) {
  if (position?.origin !== 'file') return { startLine: placeInFile(position).line };
  return { startLine: position.line, startColumn: position.column, endLine: position.endLine, endColumn: position.endColumn };
}

export const formatSarif: Formatter = ({ results, cwd, sourceRoot = cwd, version, catalogue = CONTENT_CATALOGUE, sarifAdvice = false, locale }) => {
  // Messages and help in the run's language; ids, levels, property names and fingerprints are not.
  const words = cliWords(locale);
  const language = sarifLanguage(locale);
  const uriOf = (file: string) => artifactUri(file, cwd, sourceRoot);
  const driverRules: {
    id: string;
    name: string;
    shortDescription: { text: string };
    fullDescription: { text: string };
    help: { text: string; markdown: string };
    helpUri: string;
    defaultConfiguration: { level: SarifLevel };
    properties: { category: string; tags: string[] };
  }[] = catalogue.rules.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}.` },
    help: ruleHelp(words, catalogue.docsUrl(rule.id), rule.id, rule.description, rule.category),
    helpUri: catalogue.docsUrl(rule.id),
    defaultConfiguration: { level: rule.partialCheck === true && rule.weight <= 0 ? 'note' : sarifLevel(rule.weight, 5) },
    properties: { category: rule.category, tags: ['spamrisk', rule.category] },
  }));
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  /** A finding from a rule the driver does not list (a rule that failed, a newer core) still gets metadata. */
  const indexOf = (finding: Finding): number => {
    const known = ruleIndex.get(finding.rule);
    if (known !== undefined) return known;
    driverRules.push({
      id: finding.rule,
      name: finding.rule,
      shortDescription: { text: finding.rule },
      fullDescription: { text: finding.rule },
      help: ruleHelp(words, catalogue.docsUrl(finding.rule), finding.rule, finding.rule, String(finding.category)),
      helpUri: catalogue.docsUrl(finding.rule),
      defaultConfiguration: { level: 'warning' },
      properties: { category: String(finding.category), tags: ['spamrisk', String(finding.category)] },
    });
    ruleIndex.set(finding.rule, driverRules.length - 1);
    return driverRules.length - 1;
  };

  const reports = results.filter((result): result is FileReport => !isFailure(result));
  const artifacts = reports
    .filter((result) => result.file !== STDIN_NAME)
    .map((result) => ({
      location: uriOf(result.file),
      roles: ['analysisTarget'],
      properties: { score: result.report.score, level: result.report.level, threshold: result.report.threshold },
    }));

  const partial = partialCheckRules(catalogue);
  const partialNotifications: object[] = [];
  let adviceOmitted = 0;
  const sarifResults = reports.flatMap((result) => {
    const location = result.file === STDIN_NAME ? null : uriOf(result.file);
    const prints = fingerprints(result.report.findings, location?.uri ?? result.file);
    return result.report.findings.flatMap((finding, index) => {
      const partialCheck = partial.has(finding.rule);
      if (!sarifAdvice && isAdvice(finding) && !partialCheck) {
        adviceOmitted++;
        return [];
      }
      const position = result.positions[index] ?? null;
      const locations = location ? [{ physicalLocation: { artifactLocation: location, region: region(position) } }] : null;
      const level = sarifLevel(finding.points, result.report.threshold);
      if (partialCheck) {
        partialNotifications.push({
          level: 'warning',
          message: { text: `${result.file}: ${finding.message}${decodedPlace(position, words)}` },
          associatedRule: { id: finding.rule, index: indexOf(finding) },
          ...(locations ? { locations } : {}),
        });
      }
      const tail = words.text('result-tail', {
        points: words.pointsWithWord(finding.points),
        file: result.file,
        score: words.points(result.report.score),
        level: { messageId: 'level', data: { level: result.report.level } },
      });
      const text = `${finding.message}${decodedPlace(position, words)} ${finding.suggestion} ${tail}`;
      const sarifResult = {
        ruleId: finding.rule,
        ruleIndex: indexOf(finding),
        level: partialCheck && level === 'none' ? 'note' : level,
        message: { text },
        ...(locations ? { locations } : {}),
        partialFingerprints: { [FINGERPRINT]: prints[index] },
        properties: {
          points: finding.points,
          category: finding.category,
          evidence: finding.evidence,
          suggestion: finding.suggestion,
        },
      };
      return [sarifResult];
    });
  });

  const failures = results.filter(isFailure);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        ...(language !== undefined ? { language } : {}),
        tool: {
          driver: {
            name: 'spamrisk',
            version,
            semanticVersion: version,
            informationUri: packageInfo().repository,
            rules: driverRules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(sourceRoot.endsWith(sep) ? sourceRoot : `${sourceRoot}${sep}`).href } },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: [
              ...failures.map((failure) => ({
                level: 'error',
                message: { text: failure.error },
                ...(failure.file === STDIN_NAME ? {} : { locations: [{ physicalLocation: { artifactLocation: uriOf(failure.file) } }] }),
              })),
              ...partialNotifications,
            ],
          },
        ],
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        ...(adviceOmitted > 0
          ? { properties: { adviceOmitted, comment: words.text('advice-omitted') } }
          : {}),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};
