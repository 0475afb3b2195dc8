/**
 * A one-line progress bar on stderr, for long runs on a terminal only: in CI logs and pipes it
 * would be noise. Redrawn at most every 80 ms, erased when done so the report starts clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const WIDTH = 28;
const INTERVAL_MS = 80;

export function renderBar(done: number, total: number, elapsedMs: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * WIDTH);
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} files · ${rate}/s`;
}

export function createProgress(stream: { write(text: string): unknown }, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (done < total && time - last < INTERVAL_MS) return;
      last = time;
      drawn = true;
      stream.write(`\r${renderBar(done, total, time - started)}\u001b[K`);
    },
    stop() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}

export const noProgress: Progress = { update() {}, stop() {} };
