/**
 * `npm run bench:vite`: how long after a save `vite dev` has re-scored a 100 KB template, and
 * whether scoring slows the pages the dev server serves meanwhile. A dev server with spamrisk()
 * runs in this process on a generated project; the template is saved 20 times, 400 ms apart (as
 * a person saves), and each save is timed from the write to the plugin's `onScore` (which
 * includes the file watcher noticing the change). Page requests are timed while idle and while a
 * re-score runs. Prints medians; nothing is asserted (the machine is shared: read the ratio).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { spamrisk, type TemplateResult } from '../../../cli/vite/index.ts';

const SAVES = 20;
const PAUSE_MS = 400;
const TARGET_BYTES = 100 * 1024;

/** A long newsletter: sections of ordinary prose with links, a footer with address and unsubscribe. */
function template(variant: number): string {
  const section = (index: number) => `
  <tr><td style="padding:16px 24px;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222">
    <h2 style="font-size:20px;margin:0 0 8px">Notes from the greenhouse, part ${index}</h2>
    <p>This week the sweet peas went into their deep pots, four seeds to a pot, and the first tomato
    seedlings were pricked out into modules. If you sow now, keep the compost barely moist and give the
    seedlings as much light as you can; a cool windowsill is better than a warm dark shelf.</p>
    <p>Readers asked about saving seed from squash. Cross-pollination makes it a gamble, but you can
    bag a female flower, pollinate it by hand and label it. Our <a href="https://larkspur.example/guides/seed-saving-${index}">seed-saving guide</a>
    walks through it with photographs, and the <a href="https://larkspur.example/calendar#week-${index}">sowing calendar</a> lists what to start next.</p>
  </td></tr>`;
  let body = '';
  for (let index = 1; body.length < TARGET_BYTES - 2000; index++) body += section(index);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Larkspur notes, issue ${variant}</title></head>
<body style="margin:0;background:#f6f4ef">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#fff">
${body}
  <tr><td style="padding:16px 24px;font-size:12px;color:#666">Larkspur Garden Supply, 14 Mill Lane, Hebden Bridge HX7 8AD, United Kingdom.
  <a href="https://larkspur.example/unsubscribe">Unsubscribe</a> · edit ${variant}</td></tr>
</table>
</body></html>
`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'spamrisk-bench-vite-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'emails'));
  const file = join(root, 'emails/newsletter.html');
  writeFileSync(file, template(0));

  let notify: ((result: TemplateResult, ms: number) => void) | undefined;
  const scored = () =>
    new Promise<{ at: number; ms: number; result: TemplateResult }>((resolve) => {
      notify = (result, ms) => resolve({ at: performance.now(), ms, result });
    });
  const first = scored();
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 5800 + Math.floor(Math.random() * 100) },
    plugins: [spamrisk({ onScore: (result, ms) => notify?.(result, ms) })],
  });
  await server.listen();
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const page = `${origin}/emails/newsletter.html`;
  const startup = await first;
  const bytes = Buffer.byteLength(template(0));
  console.log(`template: ${(bytes / 1024).toFixed(0)} KB; first score (worker start-up included): ${startup.ms.toFixed(0)} ms`);
  await fetch(page).then((response) => response.text());
  await sleep(1000);

  const changeToResult: number[] = [];
  const scoring: number[] = [];
  const idleRequests: number[] = [];
  const busyRequests: number[] = [];
  for (let save = 1; save <= SAVES; save++) {
    const idle = performance.now();
    await fetch(page).then((response) => response.text());
    idleRequests.push(performance.now() - idle);

    const result = scored();
    const written = performance.now();
    writeFileSync(file, template(save));
    // A page request while the template is being re-scored.
    const busy = performance.now();
    await fetch(page).then((response) => response.text());
    busyRequests.push(performance.now() - busy);
    const { at, ms } = await result;
    changeToResult.push(at - written);
    scoring.push(ms);
    await sleep(PAUSE_MS);
  }
  await server.close();
  rmSync(root, { recursive: true, force: true });

  const row = (label: string, values: number[]) =>
    console.log(`${label.padEnd(44)} median ${median(values).toFixed(1).padStart(6)} ms · p90 ${percentile(values, 0.9).toFixed(1).padStart(6)} ms · max ${Math.max(...values).toFixed(1).padStart(6)} ms`);
  console.log(`${SAVES} saves, ${PAUSE_MS} ms apart (Node ${process.versions.node}, ${process.platform})`);
  row('save → re-scored (watcher + read + score)', changeToResult);
  row('scoring in the worker (read + analyze)', scoring);
  row('page request, idle', idleRequests);
  row('page request, during a re-score', busyRequests);
}

await main();
