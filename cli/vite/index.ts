/**
 * `spamrisk/vite`: a Vite plugin that scores HTML email templates (DESIGN §2).
 *
 *   import spamrisk from 'spamrisk/vite';
 *   export default defineConfig({ plugins: [spamrisk()] });
 *
 * - `vite build`: after the bundle is written, every HTML file the build emitted (and the files
 *   `include` names, e.g. Maizzle's output) is scored; the CLI's text report is printed, and the
 *   build fails when a template is at or above the threshold. Settings come from
 *   spamrisk.config.json (found from the Vite root), the plugin's options win.
 * - `vite dev`: templates are scored at start and on each change in a worker thread, off the
 *   request path; failing ones open Vite's error overlay on their page, the others log a summary
 *   in the browser console, and the terminal shows each report (cli/vite/dev.ts).
 */
import { join, relative, resolve, sep } from 'node:path';
import { createFilter, type Plugin, type ResolvedConfig } from 'vite';
import { isFailure, type FileResult, type FileTask } from '../analyze-source.ts';
import { escapeControls } from '../escape.ts';
import { displayName, expandOperands } from '../inputs.ts';
import { analyzeTasks } from '../pool.ts';
import { failingScoreAt, fails } from '../verdict.ts';
import { formatPoints } from '../formatters/format.ts';
import { attachDevServer, CLIENT_MODULE } from './dev.ts';
import { textReport, writeReportFile } from './report.ts';
import { resolveSettings, type Settings, type SpamriskPluginOptions } from './settings.ts';

export type { DevResult } from './dev.ts';
export type { OverlayError } from './overlay.ts';
export type { SpamriskPluginOptions, TemplateName, TemplateResult } from './settings.ts';

const CLIENT_ID = 'virtual:spamrisk/client';
const RESOLVED_CLIENT_ID = `\0${CLIENT_ID}`;

/** The tasks of a build: emitted HTML not excluded, then the files `include` names, each real file once. */
async function buildTasks(emitted: readonly string[], settings: Settings, config: ResolvedConfig): Promise<{ tasks: FileTask[]; errors: FileResult[]; notes: string[] }> {
  const { root } = config;
  const outDir = resolve(root, config.build.outDir);
  const excludedFromRoot = createFilter(settings.exclude, undefined, { resolve: root });
  const excludedFromOut = createFilter(settings.exclude, undefined, { resolve: outDir });
  const keep = (path: string) => settings.exclude.length === 0 || !(excludedFromRoot(path) || excludedFromOut(path));
  const expanded = await expandOperands([...emitted.filter(keep), ...settings.include], root, settings.exclude);
  const tasks = expanded.tasks.map((task) => {
    // A template's name for `subject`: relative to the output folder when it was emitted, else to the root.
    const name = task.path.startsWith(outDir + sep) ? relative(outDir, task.path).split(sep).join('/') : task.file;
    const subject = settings.subjectOf(name);
    return subject === undefined ? task : { ...task, subject };
  });
  return { tasks, errors: expanded.errors.map((error) => ({ file: error.file, error: error.message })), notes: expanded.notes };
}

export function spamrisk(options: SpamriskPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let settings: Settings;
  let stopDev: (() => void) | undefined;
  const emitted = new Set<string>();

  return {
    name: 'spamrisk',

    async configResolved(resolved) {
      config = resolved;
      settings = await resolveSettings(options, resolved.root);
    },

    configureServer(server) {
      stopDev = attachDevServer(server, settings);
      server.httpServer?.once('close', () => stopDev?.());
    },

    resolveId(id) {
      return id === CLIENT_ID ? RESOLVED_CLIENT_ID : undefined;
    },

    load(id) {
      return id === RESOLVED_CLIENT_ID ? CLIENT_MODULE : undefined;
    },

    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Dev only: the page asks for its template's result; built templates stay as written.
        if (!context.server) return undefined;
        return [{ tag: 'script', attrs: { type: 'module', src: `${config.base}@id/__x00__${CLIENT_ID}` }, injectTo: 'head' }];
      },
    },

    writeBundle(outputOptions, bundle) {
      const dir = outputOptions.dir ?? resolve(config.root, config.build.outDir);
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset' && /\.html?$/i.test(output.fileName)) emitted.add(join(dir, output.fileName));
      }
    },

    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config.command !== 'build') {
          stopDev?.();
          return;
        }
        // Once per build: the client environment is the one that emits HTML.
        if (this.environment && this.environment.name !== 'client') return;
        const { tasks, errors, notes } = await buildTasks([...emitted], settings, config);
        emitted.clear();
        // What an `include` glob met and did not read (an empty partial, a named pipe) is said, as the CLI says it, and fails nothing.
        for (const note of notes) config.logger.warn(`spamrisk: note: ${escapeControls(note)}`);
        if (tasks.length === 0 && errors.length === 0) {
          config.logger.warn('spamrisk: no HTML template was emitted or included; nothing to score');
          return;
        }
        const scored = await analyzeTasks(tasks, settings.source, {});
        const results = [...scored, ...errors];
        for (const result of results) {
          settings.options.onScore?.(isFailure(result) ? { file: result.file, error: result.error } : { file: result.file, report: result.report }, 0);
        }
        config.logger.info(`\n${textReport(results, settings, config.root)}`);
        const written = await writeReportFile(results, settings, config.root);
        if (written) config.logger.info(`spamrisk: report written to ${displayName(written, config.root)}`);

        const failing = results.filter((result) => !isFailure(result) && fails(result.report, settings.failOn));
        const unreadable = results.filter(isFailure);
        if (failing.length + unreadable.length === 0 || settings.options.failBuild === false || this.meta.watchMode) return;
        const failAt = formatPoints(failingScoreAt(settings.threshold, settings.failOn));
        const names = failing.map((result) => (isFailure(result) ? result.file : `${result.file} (${formatPoints(result.report.score)})`));
        const parts = [
          ...(failing.length > 0 ? [`${failing.length} template${failing.length === 1 ? '' : 's'} at or above ${failAt}: ${names.join(', ')}`] : []),
          ...(unreadable.length > 0 ? [`${unreadable.length} could not be read: ${unreadable.map((result) => result.file).join(', ')}`] : []),
        ];
        const error = new Error(`spamrisk: ${parts.join('; ')} (the findings are listed above)`);
        // Vite prints the stack: the plugin's internals say nothing the message does not.
        error.stack = `Error: ${error.message}`;
        throw error;
      },
    },
  };
}

export default spamrisk;
