/**
 * CLI throughput on many files: the built `spamrisk` bin (as users run it) over a generated folder
 * of templates, on the main thread (--jobs 1) and with the worker pool (--jobs <cores>), and the
 * time a bare start takes. Prints the figures the README quotes.
 *
 *   npm run bench:cli                      # 40, 400 and 2000 files, 5 runs each
 *   npm run bench:cli -- --files 1000 --runs 3
 *
 * Wall times include starting Node; the median of the runs is reported, with the CPU time the
 * process used (all threads). A busy machine skews wall times, so the load average is printed
 * alongside: there, the pool's extra CPU (starting workers) shows, and its parallelism does not.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    files: { type: 'string', multiple: true },
    // default: 40 (under the pool's threshold), 400 and 2000 files
    runs: { type: 'string', default: '5' },
    jobs: { type: 'string', default: String(availableParallelism()) },
  },
});
const counts = (values.files ?? ['40', '400', '2000']).map(Number);
const runs = Number(values.runs);
const jobs = Number(values.jobs);

const work = mkdtempSync(join(tmpdir(), 'spamrisk-bench-cli-'));
const pkg = join(work, 'package');
const cpuReporter = pathToFileURL(join(work, 'cpu-reporter.mjs')).href;
writeFileSync(
  join(work, 'cpu-reporter.mjs'),
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`cpu-microseconds=${u.user + u.system}\\n`); });\n",
);

async function buildPackage(): Promise<string> {
  await build({
    configFile: join(repo, 'vite.lib.config.ts'),
    root: repo,
    logLevel: 'silent',
    build: { outDir: join(pkg, 'dist/lib'), emptyOutDir: true, sourcemap: false },
  });
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  copyFileSync(join(repo, 'bin/spamrisk.js'), join(pkg, 'bin/spamrisk.js'));
  copyFileSync(join(repo, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return join(pkg, 'bin/spamrisk.js');
}

/** `count` templates made from the examples, each a little different so no two are the same text. */
function makeCorpus(count: number): { folder: string; bytes: number } {
  const examples = readdirSync(join(repo, 'examples'))
    .filter((name) => /\.(html|eml)$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(repo, 'examples', name), 'utf8') }));
  const folder = join(work, `corpus-${count}`);
  mkdirSync(folder);
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const example = examples[index % examples.length] as { name: string; text: string };
    const note = `<p>Issue ${index}: notes for week ${index % 52} of the plan.</p>`;
    const text = example.name.endsWith('.eml') ? example.text : example.text.replace('</body>', `${note}\n</body>`);
    const file = join(folder, `${String(index).padStart(5, '0')}-${example.name}`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, bytes };
}

/**
 * Runs the bin and returns wall and CPU seconds. CPU (all threads of the process) comes from a
 * preloaded module that reports process.cpuUsage() at exit, so it needs no platform tool.
 */
function timeRun(bin: string, args: string[]): { wall: number; cpu: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', cpuReporter, bin, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`spamrisk ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const cpu = Number(/cpu-microseconds=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1e6;
  return { wall, cpu };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const format = (seconds: number) => `${seconds.toFixed(2)} s`;

/**
 * How much CPU-bound work `threads` threads get done per second, relative to one: what the pool
 * can hope for on this machine at this moment (a shared or busy machine may give less than ×2).
 */
async function parallelCapacity(threads: number): Promise<number> {
  const spin = `let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`;
  const run = (count: number) =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      let done = 0;
      for (let index = 0; index < count; index++) {
        const worker = new Worker(spin, { eval: true });
        worker.on('message', () => {
          void worker.terminate();
          if (++done === count) resolve(performance.now() - started);
        });
      }
    });
  const one = median([await run(1), await run(1), await run(1)]);
  const many = median([await run(threads), await run(threads), await run(threads)]);
  return (threads * one) / many;
}

function summary(runs: { wall: number; cpu: number }[]): { wall: number; cpu: number } {
  return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) };
}

try {
  const bin = await buildPackage();
  const loadBefore = loadavg()[0] ?? 0;
  console.log(`spamrisk CLI throughput · Node ${process.version} · ${availableParallelism()} cores · ${runs} runs each, median`);
  const startup = summary(Array.from({ length: runs }, () => timeRun(bin, ['--version'])));
  console.log(`  start-up (spamrisk --version)        ${format(startup.wall)}  (CPU ${format(startup.cpu)})`);
  console.log(`  parallel capacity now: ${jobs} CPU-bound threads do ×${(await parallelCapacity(jobs)).toFixed(2)} the work of 1`);
  for (const count of counts) {
    const { folder, bytes } = makeCorpus(count);
    const base = ['--no-config', '--format', 'json', '--output', join(work, 'out.json'), folder];
    const single: { wall: number; cpu: number }[] = [];
    const pooled: { wall: number; cpu: number }[] = [];
    // Alternate the two so that a change in machine load hits both alike.
    for (let run = 0; run < runs; run++) {
      single.push(timeRun(bin, [...base, '--jobs', '1']));
      pooled.push(timeRun(bin, [...base, '--jobs', String(jobs)]));
    }
    const one = summary(single);
    const many = summary(pooled);
    console.log(`  ${count} files (${(bytes / count / 1024).toFixed(1)} KB each on average)`);
    console.log(`    --jobs 1 (main thread)             ${format(one.wall)}  ${(count / one.wall).toFixed(0).padStart(5)} files/s  (CPU ${format(one.cpu)})`);
    console.log(
      `    --jobs ${jobs} (main + ${jobs - 1} worker${jobs > 2 ? 's' : ''})${' '.repeat(Math.max(0, 11 - String(jobs).length - String(jobs - 1).length))}${format(many.wall)}  ${(count / many.wall).toFixed(0).padStart(5)} files/s  (CPU ${format(many.cpu)})  ×${(one.wall / many.wall).toFixed(2)}`,
    );
  }
  console.log(`  load average (1 min): ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
