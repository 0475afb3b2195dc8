// Maizzle 6 builds the .vue email templates in emails/ to HTML (into build-emails/) when `vite build`
// runs; spamrisk, listed after it, scores that output and fails the build when a template is likely
// to be filtered as spam. Maizzle's plugin writes its files itself, so spamrisk is told where they
// are with `include`.
import { maizzle } from '@maizzle/framework';
import { defineConfig } from 'vite';
import spamrisk from 'spamrisk/vite';

export default defineConfig({
  // The host app (here only index.html); Maizzle's templates are built alongside it.
  plugins: [
    maizzle({ output: { path: 'build-emails' } }),
    spamrisk({ include: 'build-emails/**/*.html', exclude: 'dist/index.html' }),
  ],
});
