/**
 * `vite dev`: every template is scored when the server starts and again each time it changes,
 * in a worker thread (cli/vite/scorer.ts), never on the path of a request. The result goes to
 * the terminal as the CLI's text report, and to the browser: a page whose template fails gets
 * Vite's error overlay with the findings, any other gets a summary in its console. A page that
 * (re)loads asks for its template's latest result, so a result is never lost to the full reload
 * Vite does when an HTML file changes.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { createFilter, type ViteDevServer } from 'vite';
import { isFailure, type FileResult, type FileTask } from '../analyze-source.ts';
import { formatPoints } from '../formatters/format.ts';
import { displayName, expandOperands } from '../inputs.ts';
import { kindOf } from '../source.ts';
import { failingScoreAt, fails } from '../verdict.ts';
import { overlayError, type OverlayError } from './overlay.ts';
import { Scorer } from './scorer.ts';
import type { Settings, TemplateResult } from './settings.ts';
import { fileReport } from './report.ts';

/** The custom HMR event that carries a template's result to the page (see DevResult). */
export const RESULT_EVENT = 'spamrisk:result';
export const HELLO_EVENT = 'spamrisk:hello';

/** What the browser receives for a template (types and cli/schema/dev-result.schema.json). */
export interface DevResult {
  /** the template, relative to the Vite root */
  readonly file: string;
  /** the URL path the dev server serves it at */
  readonly url: string;
  readonly result: TemplateResult;
  /** whether it fails (score at or above the threshold, or medium with failOn "medium") */
  readonly fails: boolean;
  /** the score at which it starts to fail */
  readonly failAt: number;
  /** Vite's error overlay content, when it fails and the overlay is on */
  readonly overlay?: OverlayError;
}

/** The browser side: overlay for a failing template on its own page, a console summary otherwise. */
export const CLIENT_MODULE = `
const hot = import.meta.hot;
const OVERLAY = 'vite-error-overlay';
let shown = false;
const page = () => decodeURI(location.pathname);
const isHere = (url) => page() === url || (page().endsWith('/') && page() + 'index.html' === url);
function closeOverlays() {
  for (const overlay of document.querySelectorAll(OVERLAY)) overlay.close();
}
function log(entry) {
  const { result } = entry;
  if ('error' in result) return console.warn('[spamrisk] ' + result.error);
  const { report } = result;
  const head = '[spamrisk] ' + entry.file + ': ' + report.score.toFixed(1) + ' ' + report.level + ' · ' + (entry.fails ? 'fails' : 'passes') + ' (fails at ' + entry.failAt.toFixed(1) + ') · ' + report.findings.length + ' finding' + (report.findings.length === 1 ? '' : 's');
  if (report.findings.length === 0) return console.info(head);
  console.groupCollapsed(head);
  for (const finding of report.findings) console.info(finding.points.toFixed(1) + ' ' + finding.rule + ': ' + finding.message + '\\n→ ' + finding.suggestion);
  console.groupEnd();
}
function show(entry) {
  if (!isHere(entry.url)) return;
  log(entry);
  if (entry.overlay) {
    const Overlay = customElements.get(OVERLAY);
    if (!Overlay) return;
    closeOverlays();
    document.body.appendChild(new Overlay(entry.overlay));
    shown = true;
  } else if (shown) {
    closeOverlays();
    shown = false;
  }
}
if (hot) {
  hot.on(${JSON.stringify(RESULT_EVENT)}, show);
  hot.send(${JSON.stringify(HELLO_EVENT)}, { path: page() });
}
`;

function templateResult(result: FileResult): TemplateResult {
  return isFailure(result) ? { file: result.file, error: result.error } : { file: result.file, report: result.report };
}

export function attachDevServer(server: ViteDevServer, settings: Settings): () => void {
  const { root, logger } = server.config;
  const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  const outDir = resolve(root, server.config.build.outDir);
  const outDirGlob = `${relative(root, outDir).split(sep).join('/')}/**`;
  const overlayOn = settings.options.overlay !== false && (typeof server.config.server.hmr !== 'object' || server.config.server.hmr.overlay !== false);
  const isTemplate = createFilter(['**/*.html', '**/*.htm', ...settings.include], ['**/node_modules/**', '**/.git/**', outDirGlob, ...settings.exclude], { resolve: root });
  const scorer = new Scorer(settings.source);
  const latest = new Map<string, DevResult>();
  const running = new Map<string, Promise<DevResult>>();
  const dirty = new Set<string>();

  const urlOf = (absolute: string) => `${base}${relative(root, absolute).split(sep).join('/')}`;
  const fileOfUrl = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const rest = path.slice(base.length);
    const absolute = resolve(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
    return absolute.startsWith(root) ? absolute : undefined;
  };

  async function scoreOnce(absolute: string): Promise<DevResult> {
    const file = displayName(absolute, root);
    const subject = settings.subjectOf(file);
    const task: FileTask = { path: absolute, file, kind: kindOf(absolute), ...(subject !== undefined ? { subject } : {}) };
    const started = performance.now();
    const result = await scorer.score(task);
    const elapsed = performance.now() - started;
    const failing = !isFailure(result) && fails(result.report, settings.failOn);
    const text = failing && overlayOn ? await readFile(absolute, 'utf8').catch(() => undefined) : undefined;
    const entry: DevResult = {
      file,
      url: urlOf(absolute),
      result: templateResult(result),
      fails: failing,
      failAt: failingScoreAt(settings.threshold, settings.failOn),
      ...(failing && overlayOn && !isFailure(result) ? { overlay: overlayError(result, absolute, text, settings.failOn) } : {}),
    };
    settings.options.onScore?.(entry.result, elapsed);
    logger.info(fileReport(result, settings), { timestamp: true });
    return entry;
  }

  /** Scores a template, once at a time per file: a change during scoring scores it again after. */
  function schedule(absolute: string): Promise<DevResult> {
    const current = running.get(absolute);
    if (current) {
      dirty.add(absolute);
      return current;
    }
    const run = (async () => {
      let entry: DevResult;
      do {
        dirty.delete(absolute);
        entry = await scoreOnce(absolute);
      } while (dirty.has(absolute));
      latest.set(absolute, entry);
      running.delete(absolute);
      server.ws.send(RESULT_EVENT, entry);
      return entry;
    })();
    running.set(absolute, run);
    return run;
  }

  const onChange = (path: string) => {
    if (isTemplate(path)) void schedule(resolve(path));
  };
  const onUnlink = (path: string) => latest.delete(resolve(path));
  server.watcher.on('add', onChange);
  server.watcher.on('change', onChange);
  server.watcher.on('unlink', onUnlink);
  server.watcher.add(settings.include.map((pattern) => resolve(root, pattern)));

  server.ws.on(HELLO_EVENT, (data: { path?: unknown }, client) => {
    const absolute = typeof data?.path === 'string' ? fileOfUrl(data.path) : undefined;
    if (!absolute || !isTemplate(absolute)) return;
    const known = running.get(absolute) ?? (latest.has(absolute) ? Promise.resolve(latest.get(absolute) as DevResult) : schedule(absolute));
    void known.then((entry) => client.send(RESULT_EVENT, entry));
  });

  // Every template once at start, one after another in the worker, after the server is up.
  let stopped = false;
  const initial = (async () => {
    const expanded = await expandOperands(['.', ...settings.include], root, [outDirGlob, ...settings.exclude]);
    const templates = expanded.tasks.map((task) => resolve(task.path)).filter((path) => isTemplate(path));
    // Vite watches what pages request; a template is watched from the start, requested or not.
    server.watcher.add(templates);
    const results: DevResult[] = [];
    for (const template of templates) {
      if (stopped) return;
      results.push(await schedule(template));
    }
    const failing = results.filter((entry) => entry.fails).length;
    if (results.length > 0) {
      logger.info(
        `spamrisk: ${results.length} template${results.length === 1 ? '' : 's'} scored, ${failing} at or above ${formatPoints(failingScoreAt(settings.threshold, settings.failOn))}; watching for changes`,
        { timestamp: true },
      );
    }
  })();
  initial.catch((error: unknown) => logger.error(`spamrisk: ${error instanceof Error ? error.message : String(error)}`));

  return () => {
    stopped = true;
    server.watcher.off('add', onChange);
    server.watcher.off('change', onChange);
    server.watcher.off('unlink', onUnlink);
    scorer.close();
  };
}
