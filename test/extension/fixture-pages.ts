// Loads the compose fixture pages into happy-dom, running their own scripts (they build the compose
// window late, as the real apps do), so adapters are tested on the same DOM the browser suite uses.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The compose-window pages, shared with the browser suite (SPAMRISK_FIXTURES overrides). */
export const COMPOSE_FIXTURES = path.resolve(process.env.SPAMRISK_FIXTURES ?? path.join(REPO_ROOT, 'test/fixtures/compose'));

export function fixturePath(file: string): string {
  return path.join(COMPOSE_FIXTURES, file);
}

export interface LoadedPage {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

/**
 * Opens `file?query` (served as if from `host`) and waits until `ready(document)` holds, polling the
 * fixture's late build.
 */
export async function loadFixture(
  file: string,
  { query = '', host = '127.0.0.1', ready }: { query?: string; host?: string; ready: (document: Document) => boolean },
): Promise<LoadedPage> {
  const window = new Window({
    url: `https://${host}/${file}${query}`,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      navigator: { userAgent: 'happy-dom' },
    },
  });
  const document = window.document as unknown as Document;
  document.write(readFileSync(fixturePath(file), 'utf8'));
  const deadline = Date.now() + 3000;
  while (!ready(document)) {
    if (Date.now() > deadline) throw new Error(`${file}${query}: fixture did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    window,
    document,
    close: async () => {
      await window.happyDOM.abort();
      window.close();
    },
  };
}
