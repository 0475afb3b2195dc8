// A multi-page Vite project whose pages are HTML emails: `vite build` writes them to dist/ and
// spamrisk scores each one, failing the build when one is likely to be filtered as spam.
// `vite` (dev) re-scores a template on each save and shows failing ones in the error overlay.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import spamrisk from 'spamrisk/vite';

const emails = readdirSync(new URL('./emails', import.meta.url)).filter((name) => name.endsWith('.html'));

export default defineConfig({
  build: {
    // Every template in emails/ is a page of its own.
    rollupOptions: { input: Object.fromEntries(emails.map((name) => [name.replace(/\.html$/, ''), `emails/${name}`])) },
  },
  plugins: [
    spamrisk({
      // The subject of each template is its <title> (or <meta name="subject">); override one here:
      subject: { 'emails/receipt.html': 'Your Larkspur receipt for order 1042' },
    }),
  ],
});
